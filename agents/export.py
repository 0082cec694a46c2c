"""``newswire export gdelt``: read events and stories to their current end, print GDELT TSV."""

from __future__ import annotations

import sys
from typing import IO, Any

import orjson

from agents.kafka import read_to_end, wait_for_broker
from pipeline.gdelt import event_row, format_row
from pipeline.settings import Settings


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
