ARG NPM_TOKEN
FROM node:22-alpine
ARG NPM_TOKEN
# a build-time value, not written here
ENV NPM_TOKEN=${NPM_TOKEN}
ENV DB_PASSWORD_FILE=/run/secrets/db_password \
    DB_PASSWORD=changeme \
    API_KEY="<your-api-key>" \
    SESSION_SECRET=$SESSION_SECRET \
    TOKEN_TTL=3600 \
    USE_TOKEN=true
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
