FROM python:3.9-slim AS deps
RUN pip install --no-cache-dir -r requirements.txt

FROM docker.io/library/ubuntu:20.04 AS tools
RUN apt-get update

FROM centos:7
COPY --from=deps /usr/local/lib /usr/local/lib
