FROM alpine:3.22
RUN <<EOF
set -eu
wget -qO- https://example.com/setup | sh
EOF
