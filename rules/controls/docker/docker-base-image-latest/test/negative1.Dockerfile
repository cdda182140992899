FROM node:22.12-bookworm-slim AS build
RUN npm ci

FROM build AS test
RUN npm test

FROM scratch
COPY --from=build /app /app
