FROM debian:bookworm-slim AS base
USER 0:0

FROM base AS final
COPY app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
