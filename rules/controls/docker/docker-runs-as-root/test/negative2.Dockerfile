# The final stage builds on a stage that already dropped root.
FROM python:3.13-slim AS runtime
RUN useradd --uid 10001 app
USER 10001:10001

FROM runtime
COPY --chown=10001:10001 app /app
CMD ["python", "/app/main.py"]
