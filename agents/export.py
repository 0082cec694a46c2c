"""``newswire export gdelt``: read events and stories to their current end, print GDELT TSV."""

from __future__ import annotations

import sys
from typing import IO, Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition

from agents.kafka import client_kwargs, wait_for_broker
from pipeline.gdelt import event_row, format_row
from pipeline.settings import Settings


async def read_to_end(settings: Settings, topic: str) -> list[tuple[bytes | None, bytes | None]]:
    """Every record of ``topic`` from the beginning to the end offsets seen at start."""
    consumer = AIOKafkaConsumer(group_id=None, enable_auto_commit=False,
                                auto_offset_reset="earliest", **client_kwargs(settings))
    await consumer.start()
    try:
        parts = consumer.partitions_for_topic(topic)
        if parts is None:
            await consumer.force_metadata_update()  # type: ignore[no-untyped-call]
            parts = consumer.partitions_for_topic(topic)
        if not parts:
            return []
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        # The end is fixed when we start: records written while we read belong to the next
        # export. It is asked again once we get there, because a broker can report a stale
        # high watermark right after a burst of writes (seen on Tansu); we stop when two
        # answers agree.
        ends = await consumer.end_offsets(tps)
        await consumer.seek_to_beginning(*tps)
        out: list[tuple[bytes | None, bytes | None]] = []
        for _round in range(3):
            pending = {tp for tp in tps if ends[tp] > await consumer.position(tp)}
            while pending:
                batch = await consumer.getmany(*pending, timeout_ms=1000)
                for tp, records in batch.items():
                    out.extend((r.key, r.value) for r in records if r.offset < ends[tp])
                for tp in list(pending):
                    if await consumer.position(tp) >= ends[tp]:
                        pending.discard(tp)
                        consumer.seek(tp, ends[tp])
            again = await consumer.end_offsets(tps)
            if again == ends:
                break
            ends = again
        return out
    finally:
        await consumer.stop()


def _loads(value: bytes | None) -> Any:
    try:
        return orjson.loads(value) if value is not None else None
    except orjson.JSONDecodeError:
        return None


async def export_gdelt(settings: Settings, *, topic: str, stories_topic: str | None = None,
                       out: IO[str] | None = None) -> int:
    """Write one GDELT 2.0 Event row per event; counts from the latest Story per id."""
    out = out or sys.stdout
    await wait_for_broker(settings, timeout=30, what="export")
    stories: dict[str, Any] = {}
    for key, value in await read_to_end(settings, stories_topic or settings.topic("stories")):
        record = _loads(value)
        if key is not None and isinstance(record, dict):
            stories[key.decode()] = record  # compacted topic: the last record wins
    seen: set[str] = set()
    written = skipped = 0
    for _key, value in await read_to_end(settings, topic):
        event = _loads(value)
        if not isinstance(event, dict) or "event_id" not in event:
            skipped += 1
            continue
        if event["event_id"] in seen:
            continue  # at-least-once delivery: the same event twice is one row
        seen.add(event["event_id"])
        row = event_row(event, stories.get(event.get("story_id") or ""))
        if row is None:
            skipped += 1
            continue
        out.write(format_row(row) + "\n")
        written += 1
    out.flush()
    print(f"newswire export: {written} events written, {skipped} skipped (no date or not "
          f"an event), {len(stories)} story records read", file=sys.stderr)
    return 0
