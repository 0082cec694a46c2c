"""Integration fixtures: a real Tansu broker, real ``newswire worker`` processes, and a
reader that is not ours (confluent-kafka)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition

from agents.broker import EmbeddedBroker, stop_process

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("tansu") / "tansu.log"
    with EmbeddedBroker(log_file=log) as b:
        yield b


@pytest.fixture()
def prefix() -> str:
    """A fresh topic prefix and consumer group per test: tests never see each other."""
    return f"it{uuid.uuid4().hex[:8]}"


def newswire_env(broker: EmbeddedBroker, prefix: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(NEWSWIRE_BROKER=broker.url, NEWSWIRE_TOPIC_PREFIX=prefix,
               NEWSWIRE_APP_ID=f"{prefix}-app", NEWSWIRE_PARTITIONS="2",
               NEWSWIRE_WEB_PORT="0",
               # NEWSWIRE_TEST_LOG_LEVEL=debug: the workers' Kafka client traffic in the logs.
               NEWSWIRE_LOG_LEVEL=os.environ.get("NEWSWIRE_TEST_LOG_LEVEL", "info"), **extra)
    return env


def run_cli(args: list[str], env: dict[str, str], timeout: float = 120
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "agents.cli", *args], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=timeout, check=False)


class WorkerProcess:
    """A real ``newswire worker`` subprocess; its stderr is kept for assertions."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.log_path = log_path
        self._log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([sys.executable, "-m", "agents.cli", "worker"], env=env,
                                     cwd=REPO, stdout=self._log, stderr=subprocess.STDOUT)

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "worker ready" in self.output():
                return
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited early:\n{self.output()[-3000:]}")
            time.sleep(0.2)
        raise AssertionError(f"worker not ready in {timeout}s:\n{self.output()[-3000:]}")

    def stop(self) -> None:
        stop_process(self.proc)  # SIGTERM: offsets committed; SIGKILL after 30 s
        self._log.close()


@pytest.fixture()
def start_worker(broker: EmbeddedBroker, prefix: str, tmp_path: Path
                 ) -> Iterator[Callable[..., WorkerProcess]]:
    workers: list[WorkerProcess] = []

    def start(**extra_env: str) -> WorkerProcess:
        w = WorkerProcess(newswire_env(broker, prefix, **extra_env),
                          tmp_path / f"worker{len(workers)}.log")
        workers.append(w)
        w.wait_ready()
        return w

    yield start
    for w in workers:
        w.stop()


def produce(broker: EmbeddedBroker, topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    p = Producer({"bootstrap.servers": broker.bootstrap, "enable.idempotence": False,
                  "acks": "all"})
    for key, value in messages:
        p.produce(topic, key=key, value=value)
    assert p.flush(30) == 0


class TopicReader:
    """Reads topics from the beginning with confluent-kafka (assign, no group)."""

    def __init__(self, broker: EmbeddedBroker, topics: list[str]) -> None:
        self.consumer = Consumer({"bootstrap.servers": broker.bootstrap,
                                  "group.id": f"reader-{uuid.uuid4().hex[:6]}",
                                  "enable.auto.commit": False,
                                  "auto.offset.reset": "earliest"})
        md = self.consumer.list_topics(timeout=10)
        parts = [TopicPartition(t, p, 0) for t in topics
                 for p in (md.topics[t].partitions if t in md.topics else [])]
        self.consumer.assign(parts)
        self.records: dict[str, list[tuple[str | None, bytes]]] = {t: [] for t in topics}
        self._lock = threading.Lock()

    def poll_until(self, done: Callable[[dict[str, list[tuple[str | None, bytes]]]], bool],
                   timeout: float) -> dict[str, list[tuple[str | None, bytes]]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not done(self.records):
            for msg in self.consumer.consume(num_messages=500, timeout=0.5):
                if msg.error():
                    continue
                key = msg.key().decode() if msg.key() else None
                self.records[msg.topic()].append((key, msg.value()))
        return self.records

    def close(self) -> None:
        self.consumer.close()


@pytest.fixture()
def reader(broker: EmbeddedBroker) -> Iterator[Callable[[list[str]], TopicReader]]:
    readers: list[TopicReader] = []

    def make(topics: list[str]) -> TopicReader:
        r = TopicReader(broker, topics)
        readers.append(r)
        return r

    yield make
    for r in readers:
        r.close()


def values(records: list[tuple[str | None, bytes]]) -> list[Any]:
    import orjson

    return [orjson.loads(v) for _, v in records]
