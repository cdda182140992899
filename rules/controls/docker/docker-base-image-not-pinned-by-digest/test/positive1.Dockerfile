FROM node:22-alpine AS build
RUN npm ci

FROM nginx:1.27-alpine@sha256:1111111111111111111111111111111111111111111111111111111111111111
COPY --from=build /app/dist /usr/share/nginx/html
