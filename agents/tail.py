"""``newswire tail``: follow a topic and print it readably (or as JSON Lines)."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from aiokafka import AIOKafkaConsumer
from rich.console import Console

from agents.display import event_line
from agents.kafka import client_kwargs, wait_for_broker
from pipeline.settings import Settings
from schemas.codec import RecordError, loads


def _matches(value: Any, type_: str | None, country: str | None) -> bool:
    if not isinstance(value, dict):
        return not (type_ or country)
    if type_ and value.get("type") != type_.upper():
        return False
    if country:
        codes = {(value.get(k) or {}).get("country") for k in ("source", "target", "location")}
        if country.upper() not in codes:
            return False
    return True


async def tail(settings: Settings, *, topic: str, as_json: bool, follow: bool,
               type_: str | None = None, country: str | None = None) -> int:
    await wait_for_broker(settings, timeout=30, what="tail")
    consumer = AIOKafkaConsumer(topic, group_id=None, auto_offset_reset="earliest",
                                enable_auto_commit=False, **client_kwargs(settings))
    await consumer.start()
    console = Console(highlight=False)
    try:
        idle = 0.0
        while True:
            batch = await consumer.getmany(timeout_ms=500)
            if not batch:
                idle += 0.5
                if not follow and idle >= 2.0:
                    return 0
                continue
            idle = 0.0
            for records in batch.values():
                for rec in records:
                    try:
                        value = loads(rec.value) if rec.value is not None else None
                    except RecordError:
                        value = rec.value
                    if not _matches(value, type_, country):
                        continue
                    if as_json:
                        sys.stdout.write(rec.value.decode("utf-8", "replace") + "\n")
                    elif isinstance(value, dict) and "event_id" in value:
                        console.print(event_line(value))
                    else:
                        console.print(value)
            sys.stdout.flush()
    except asyncio.CancelledError:
        return 0
    finally:
        await consumer.stop()
