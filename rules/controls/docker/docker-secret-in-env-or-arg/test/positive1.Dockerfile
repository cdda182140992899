FROM node:22-alpine
ENV NODE_ENV=production \
    DB_PASSWORD=hunter2-but-longer
ARG NPM_TOKEN=npm_FAKEfakeFAKEfakeFAKEfake
RUN npm ci
