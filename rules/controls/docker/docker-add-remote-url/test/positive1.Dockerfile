FROM alpine:3.22
ADD https://example.com/releases/tool-1.2.3-linux-amd64.tar.gz /tmp/tool.tar.gz
RUN tar -xzf /tmp/tool.tar.gz -C /usr/local/bin
