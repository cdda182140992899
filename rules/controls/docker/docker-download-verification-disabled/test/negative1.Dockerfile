FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl
RUN curl -fsSL -K /etc/curlrc https://example.com/tool -o /usr/local/bin/tool
RUN wget -q https://example.com/file
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 GIT_SSL_NO_VERIFY=false
