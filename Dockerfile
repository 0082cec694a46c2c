# newswire: one image for every role (`worker`, `poll`, `ingest`, `tail`, …).
#   docker build -t newswire .
#   docker run --rm -e NEWSWIRE_BROKER=kafka://kafka:9092 newswire worker
# The spaCy model (en-core-web-sm) is a regular dependency, so nothing is downloaded at
# start-up. See docker-compose.yml for Apache Kafka + poller + scalable workers.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY schemas/ schemas/
COPY pipeline/ pipeline/
COPY agents/ agents/
COPY bench/ bench/
RUN pip install . \
    && cd / && rm -rf /src \
    && newswire --help > /dev/null

# Run as an unprivileged user; Faust keeps its small data directory in the home directory.
RUN useradd --create-home --home-dir /home/newswire --uid 10001 --shell /usr/sbin/nologin newswire
USER newswire
WORKDIR /home/newswire

ENTRYPOINT ["newswire"]
CMD ["worker"]
