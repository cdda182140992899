FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --allow-unauthenticated curl
RUN curl -fsSLk https://example.com/tool -o /usr/local/bin/tool
