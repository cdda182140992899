FROM debian:bookworm-slim
ADD --chown=1000:1000 \
    ["./config.yml", "HTTPS://example.com/ca.pem", "/etc/app/"]
