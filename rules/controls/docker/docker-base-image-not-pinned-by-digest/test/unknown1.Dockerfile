ARG TAG
FROM alpine:${TAG}
RUN echo hello
