FROM ubuntu:24.04
RUN ["/bin/bash", "-c", "bash <(curl -s https://example.com/get)"]
