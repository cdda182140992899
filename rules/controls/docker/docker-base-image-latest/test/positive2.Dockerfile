ARG BASE=python:latest
FROM golang:1.25 AS build
RUN go build -o /out/app .

FROM ${BASE}
COPY --from=build /out/app /app
