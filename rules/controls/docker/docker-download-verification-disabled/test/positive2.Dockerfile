FROM node:22-alpine AS build
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
RUN npm ci

FROM python:3.13-slim
RUN <<EOF
pip install --trusted-host pypi.internal.example.com -r requirements.txt
EOF
