"""Reading a topic to its end must not trust the broker's end offsets alone (Tansu)."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaProducer

from agents.broker import EmbeddedBroker
from agents.kafka import ensure_topics, read_to_end
from pipeline.settings import Settings
from pipeline.topics import EVENTS

pytestmark = pytest.mark.integration


async def test_every_record_is_read_even_when_sent_in_batches(broker: EmbeddedBroker,
                                                              prefix: str) -> None:
    settings = Settings(broker=broker.url, topic_prefix=prefix, partitions=2)
    await ensure_topics(settings, [EVENTS])
    topic = settings.topic(EVENTS.suffix)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
    await producer.start()
    try:
        # Batched sends: Tansu then reports the last batch's base offset as the end.
        futures = [await producer.send(topic, key=b"k%d" % i, value=b"v%d" % i)
                   for i in range(60)]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    records = await read_to_end(settings, topic)
    assert sorted(v for _, v in records) == sorted(b"v%d" % i for i in range(60))
    assert await read_to_end(settings, f"{prefix}.no-such-topic") == []
