FROM alpine:3.22
ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/tool.tar.gz /tmp/
ADD app.tar.gz /opt/app/
COPY https-proxy.conf /etc/
