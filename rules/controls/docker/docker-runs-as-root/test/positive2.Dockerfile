FROM python:3.13-slim
RUN useradd --create-home app
USER app
COPY --chown=app . /home/app
# switched back to install a package, and never switched again
USER root
RUN pip install --no-cache-dir -r /home/app/requirements.txt
CMD ["python", "/home/app/main.py"]
