# A digest pins the image even where the tag is latest.
FROM alpine:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000
RUN apk add --no-cache ca-certificates
