ARG NODE_VERSION=18
FROM node:${NODE_VERSION}-alpine AS web

FROM python:3.13-alpine3.19 AS worker

FROM public.ecr.aws/docker/library/debian:buster-slim
