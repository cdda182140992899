FROM python:3.13-slim@sha256:2222222222222222222222222222222222222222222222222222222222222222 AS base
RUN pip install --no-cache-dir poetry

FROM base
COPY . /app

FROM scratch AS export
COPY --from=base /app /
