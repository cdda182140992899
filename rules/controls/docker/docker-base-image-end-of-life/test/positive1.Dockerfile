FROM node:16-alpine AS build
RUN npm ci

FROM node:20.18.0-bookworm-slim
COPY --from=build /app /app
