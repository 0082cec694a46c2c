"""Kafka client plumbing shared by the poller, ingest, tail and demo: config, topics."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Iterable
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError

from pipeline.settings import Settings
from pipeline.topics import ALL_TOPICS

log = logging.getLogger(__name__)


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """aiokafka connection arguments, including SASL/TLS for real clusters."""
    kwargs: dict[str, Any] = {"bootstrap_servers": settings.kafka_bootstrap}
    proto = settings.security_protocol.upper()
    if proto != "PLAINTEXT":
        kwargs["security_protocol"] = proto
        if "SSL" in proto:
            ctx = ssl.create_default_context(cafile=settings.ssl_cafile or None)
            kwargs["ssl_context"] = ctx
        if proto.startswith("SASL"):
            kwargs["sasl_mechanism"] = settings.sasl_mechanism
            kwargs["sasl_plain_username"] = settings.sasl_username
            kwargs["sasl_plain_password"] = settings.sasl_password
    return kwargs


def make_producer(settings: Settings, **extra: Any) -> AIOKafkaProducer:
    # No idempotence: Tansu refuses InitProducerId; ids make duplicates harmless.
    return AIOKafkaProducer(acks="all", enable_idempotence=False,
                            max_request_size=max(settings.max_raw_bytes * 2, 1_048_576),
                            **client_kwargs(settings), **extra)


async def wait_for_broker(settings: Settings, *, timeout: float | None = None,
                          what: str = "newswire") -> None:
    """Wait (with backoff, one log line per state change) until the broker answers."""
    from agents.broker_watch import QUIET, install_quiet_retries  # it imports this module

    delay, loop = 0.5, asyncio.get_running_loop()
    deadline = None if timeout is None else loop.time() + timeout
    warned = False
    while True:
        admin = AIOKafkaAdminClient(**client_kwargs(settings))
        try:
            await admin.start()
            await admin.close()
            if warned:
                QUIET.down = False
                log.warning("%s: broker %s is reachable again", what, settings.broker)
            return
        except (KafkaConnectionError, KafkaError, OSError) as exc:
            if not warned:
                log.warning("%s: broker %s not reachable (%s); retrying with backoff",
                            what, settings.broker, type(exc).__name__)
                warned = True
                # The client's own error per attempt adds nothing to the line above.
                install_quiet_retries()
                QUIET.down = True
            if deadline is not None and loop.time() + delay > deadline:
                raise ConnectionError(f"broker {settings.broker} not reachable") from exc
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)
        finally:
            await admin.close()


async def ensure_topics(settings: Settings, specs: Iterable[Any] = ALL_TOPICS) -> None:
    """Create newswire's topics with the configured partitions (idempotent)."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        new = []
        for spec in specs:
            name = settings.topic(spec.suffix)
            if name in existing:
                continue
            configs = {"cleanup.policy": "compact"} if spec.compacted else {}
            new.append(NewTopic(name, num_partitions=settings.partitions,
                                replication_factor=settings.replication_factor,
                                topic_configs=configs))
        if new:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(new)
            log.info("created topics: %s", ", ".join(t.name for t in new))
    finally:
        await admin.close()


async def read_to_end(settings: Settings, topic: str, *, settle: float = 0.5,
                      timeout: float = 60.0) -> list[tuple[bytes | None, bytes | None]]:
    """Every record of ``topic`` from the beginning to its end, without a consumer group.

    The end offsets the broker reports are only a lower bound: Tansu answers ListOffsets
    with the base offset of the last record batch, not last offset + 1 (measured: 11
    records in partition 0, reported end 4). So after reaching the reported ends we keep
    reading until the topic has been quiet for ``settle`` seconds. On Apache Kafka that
    costs one short idle poll.
    """
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(group_id=None, enable_auto_commit=False,
                                auto_offset_reset="earliest", **client_kwargs(settings))
    await consumer.start()
    records: list[tuple[bytes | None, bytes | None]] = []
    try:
        await consumer.topics()  # refresh metadata so partitions_for_topic knows the topic
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            return records
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            behind = [tp for tp in tps if await consumer.position(tp) < ends[tp]]
            batch = await consumer.getmany(timeout_ms=int(settle * 1000))
            for msgs in batch.values():
                records.extend((m.key, m.value) for m in msgs)
            if not batch and not behind:
                return records
        log.warning("reading %s to its end took longer than %.0f s; going on with %d "
                    "records", topic, timeout, len(records))
        return records
    finally:
        await consumer.stop()
