"""The live page's data: recent events and story sizes, fanned out to Server-Sent Events.

One plain aiokafka consumer (no group: every worker's page shows everything) follows
``newswire.events`` and ``newswire.stories`` from a bounded backlog on, keeps the most
recent events in memory and pushes each new one to every connected browser.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict, deque
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from agents.kafka import client_kwargs
from agents.metrics import STORIES
from pipeline.settings import Settings
from schemas.codec import RecordError, loads

log = logging.getLogger(__name__)

BACKLOG_PER_PARTITION = 500  # how far back a (re)started worker's page reaches
KEEP_EVENTS = 2000
KEEP_STORIES = 20_000
QUEUE_SIZE = 1000  # a browser this far behind loses messages rather than our memory


def page_event(ev: dict[str, Any], ts_ms: int | None) -> dict[str, Any]:
    """The fields the page shows, so a browser does not download whole events."""
    loc = ev.get("location") or {}
    actor_keys = ("name", "text", "country", "role")
    return {
        "event_id": ev.get("event_id"), "story_id": ev.get("story_id"),
        "type": ev.get("type"), "quad_class": ev.get("quad_class"),
        "modality": ev.get("modality"),
        "source": {k: (ev.get("source") or {}).get(k) for k in actor_keys},
        "target": {k: (ev.get("target") or {}).get(k) for k in actor_keys},
        "date": ev.get("date"),
        "location": {k: loc.get(k) for k in ("name", "text", "country", "lat", "lon")},
        "quantities": [{"value": q.get("value"), "value_max": q.get("value_max"),
                        "unit": q.get("unit"), "qualifier": q.get("qualifier")}
                       for q in ev.get("quantities") or []],
        "sentence": (ev.get("evidence") or {}).get("sentence", ""),
        "title": (ev.get("article") or {}).get("title"),
        "url": (ev.get("article") or {}).get("url"),
        "ts": ts_ms,  # when it landed on the events topic (the timeline's clock)
    }


class LiveFeed:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.events: deque[dict[str, Any]] = deque(maxlen=KEEP_EVENTS)
        self.event_ids: set[str] = set()
        # story id → mentions: from the stories topic when a cluster stage writes it,
        # else counted from events (the same story id on several events).
        self.mentions: OrderedDict[str, int] = OrderedDict()
        self._from_stories: set[str] = set()
        self.subscribers: set[asyncio.Queue[tuple[str, dict[str, Any]] | None]] = set()

    # ------------------------------------------------------------ browser side
    def subscribe(self) -> tuple[asyncio.Queue[tuple[str, dict[str, Any]] | None],
                                 list[dict[str, Any]]]:
        """A queue for new messages and the backlog, taken together (no gap, no overlap)."""
        queue: asyncio.Queue[tuple[str, dict[str, Any]] | None] = asyncio.Queue(QUEUE_SIZE)
        self.subscribers.add(queue)
        return queue, [self._with_mentions(e) for e in self.events]

    def unsubscribe(self, queue: asyncio.Queue[tuple[str, dict[str, Any]] | None]) -> None:
        self.subscribers.discard(queue)

    def close_subscribers(self) -> None:
        for queue in list(self.subscribers):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(None)

    def _publish(self, kind: str, data: dict[str, Any]) -> None:
        for queue in list(self.subscribers):
            try:
                queue.put_nowait((kind, data))
            except asyncio.QueueFull:
                log.debug("live page: a slow browser dropped a %s message", kind)

    def _with_mentions(self, ev: dict[str, Any]) -> dict[str, Any]:
        return {**ev, "mentions": self.mentions.get(ev.get("story_id") or "", 1)}

    # ------------------------------------------------------------ Kafka side
    def _count_story(self, story_id: str, mentions: int | None) -> None:
        if mentions is not None:
            self._from_stories.add(story_id)
            self.mentions[story_id] = mentions
        elif story_id not in self._from_stories:
            self.mentions[story_id] = self.mentions.get(story_id, 0) + 1
        self.mentions.move_to_end(story_id)
        while len(self.mentions) > KEEP_STORIES:
            old, _ = self.mentions.popitem(last=False)
            self._from_stories.discard(old)
        STORIES.set(len(self.mentions))

    def on_event(self, value: Any, ts_ms: int | None) -> None:
        if not isinstance(value, dict) or not value.get("event_id"):
            return
        if value["event_id"] in self.event_ids:  # at-least-once: the same event again
            return
        if len(self.events) == self.events.maxlen:
            self.event_ids.discard(self.events[0]["event_id"])
        ev = page_event(value, ts_ms)
        self.events.append(ev)
        self.event_ids.add(ev["event_id"])
        if ev["story_id"]:
            self._count_story(ev["story_id"], None)
        self._publish("event", self._with_mentions(ev))

    def on_story(self, value: Any) -> None:
        if not isinstance(value, dict) or not value.get("story_id"):
            return
        mentions = value.get("num_mentions")
        self._count_story(value["story_id"], int(mentions) if mentions is not None else None)
        self._publish("story", {"story_id": value["story_id"],
                                "mentions": self.mentions[value["story_id"]]})

    async def run(self) -> None:
        events_topic = self.settings.topic("events")
        stories_topic = self.settings.topic("stories")
        consumer = AIOKafkaConsumer(group_id=None, enable_auto_commit=False,
                                    auto_offset_reset="earliest",
                                    **client_kwargs(self.settings))
        await consumer.start()
        try:
            parts = [TopicPartition(t, p) for t in (events_topic, stories_topic)
                     for p in sorted(consumer.partitions_for_topic(t) or ())]
            if not parts:
                await consumer.force_metadata_update()
                parts = [TopicPartition(t, p) for t in (events_topic, stories_topic)
                         for p in sorted(consumer.partitions_for_topic(t) or ())]
            consumer.assign(parts)
            ends = await consumer.end_offsets(parts)
            starts = await consumer.beginning_offsets(parts)
            for tp in parts:
                consumer.seek(tp, max(ends[tp] - BACKLOG_PER_PARTITION, starts[tp]))
            while True:
                batch = await consumer.getmany(timeout_ms=500)
                for tp, records in batch.items():
                    for rec in records:
                        try:
                            value = loads(rec.value) if rec.value is not None else None
                        except RecordError:
                            continue
                        if tp.topic == events_topic:
                            self.on_event(value, rec.timestamp)
                        else:
                            self.on_story(value)
        finally:
            await consumer.stop()
