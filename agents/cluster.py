"""cluster agents: events → story groups (repartitioned by story key) → ``newswire.stories``.

Flow (each arrow a topic; both internal topics are partitioned like the tables):

    newswire.events ──group_by(group key)──► <app>-cluster-by-story ──► story-groups table
        │                                          ▲                       │
        │ (per counted event: link article → story) │ mention               ▼
        └──────────► <app>-cluster-by-article ──────┘              newswire.stories
    newswire.articles.coded (status duplicate) ──┘   story-articles table

A duplicate article never reaches extraction, so it has no events: its ArticleRecord
names the original (``duplicate_of``). The ``story-articles`` table, keyed by original
article id, joins the original's stories (links) with its duplicates in whichever order
they arrive, and sends one mention per (duplicate, story) to the story's partition.

Both tables are changelog-backed and every write is set-if-absent, so a replay after a
crash or a restart recovers the state and changes no count.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import faust
import orjson

from agents.app import Topics
from agents.deadletter import dead_letter
from agents.metrics import RECORDS, STAGE_SECONDS
from pipeline.cluster import Group, StoryState, group_key, story_id_of
from pipeline.settings import Settings
from schemas import Event, dumps

log = logging.getLogger(__name__)
STAGE = "cluster"
#: Seconds of stream time between expiry sweeps of one partition.
SWEEP_EVERY = 60.0


def _bytes_topic(app: faust.App, name: str, settings: Settings) -> faust.TopicT:
    return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw",
                     value_serializer="raw", partitions=settings.partitions, internal=True)


def _group_key_of(value: bytes) -> bytes:
    """Repartition key of an Event value; undecodable values keep a key of their own."""
    try:
        return group_key(Event.from_dict(orjson.loads(value))).encode()
    except Exception:  # the agent dead-letters it after the repartition
        return b"!invalid"


def _now(event: Any) -> float:
    ts = getattr(event.message, "timestamp", None)
    return float(ts) if isinstance(ts, int | float) and ts > 0 else time.time()


def register(app: faust.App, topics: Topics, settings: Settings) -> Any:
    by_story = _bytes_topic(app, f"{settings.app_id}-cluster-by-story", settings)
    by_article = _bytes_topic(app, f"{settings.app_id}-cluster-by-article", settings)
    # group key → Group JSON (candidate stories with their member sets)
    groups = app.Table("story-groups", partitions=settings.partitions, key_type=str,
                       value_type=str)
    # original article id → {"stories": [[group key, story id]], "dups": [[id, src, url, pub]]}
    articles = app.Table("story-articles", partitions=settings.partitions, key_type=str,
                         value_type=str)
    window = settings.story_window_hours * 3600.0
    last_sweep: dict[int, float] = {}

    async def emit(story: StoryState) -> None:
        for record in story.story_records():
            await topics.stories.send(key=record.story_id.encode(), value=dumps(record))

    def load(key: str, partition: int) -> Group:
        raw = groups.get(key)
        return Group.from_json(orjson.loads(raw)) if raw else Group(partition=partition)

    def sweep(partition: int, now: float) -> None:
        """Expire stories of this partition only (see agents/near_dup.py for why)."""
        if now - last_sweep.get(partition, 0.0) < SWEEP_EVERY:
            return
        last_sweep[partition] = now
        for key, raw in list(groups.items()):
            group = Group.from_json(orjson.loads(raw))
            if group.partition != partition or not group.expire(now, window):
                continue
            if group.stories:
                groups[key] = orjson.dumps(group.to_json()).decode()
            else:
                del groups[key]

    @app.agent(topics.events, name="cluster", concurrency=1)
    async def cluster_agent(stream: faust.StreamT) -> None:
        # Repartition by group key: every candidate story of an event is in one partition.
        async for value in stream.group_by(_group_key_of, name="story", topic=by_story):
            event = faust.current_event()
            assert event is not None
            RECORDS.labels(STAGE, "in").inc()
            started = time.perf_counter()
            try:
                now = _now(event)
                partition = event.message.partition
                sweep(partition, now)
                body = orjson.loads(value)
                key = event.key.decode() if isinstance(event.key, bytes) else str(event.key)
                group = load(key, partition)
                if "mention" in body:
                    m = body["mention"]
                    story, changed = group.add_mention(
                        m["story_id"], m["article_id"], m.get("source"), m.get("url"),
                        m.get("published"), now=now)
                    outcome = "mention" if changed else "mention-known"
                else:
                    ev = Event.from_dict(body)
                    story, changed = group.add_event(ev, now=now)
                    outcome = "out" if changed else "replayed"
                    # The original's stories, for its duplicates (set-if-absent there).
                    link = [key, ev.story_id or story_id_of(ev)]
                    await by_article.send(key=ev.article.article_id.encode(),
                                          value=orjson.dumps({"link": link}))
                if story is not None:
                    if changed:
                        groups[key] = orjson.dumps(group.to_json()).decode()
                    # A replayed event or mention re-emits its story's current record: after
                    # a crash the table write may have survived while the Story record did
                    # not (a clean-clone CI run once read a story one duplicate short). Same
                    # key, same counts: the compacted topic keeps one.
                    await emit(story)
                RECORDS.labels(STAGE, outcome).inc()
            except Exception as exc:
                await dead_letter(topics.deadletter, event, STAGE, exc)
            STAGE_SECONDS.labels(STAGE).observe(time.perf_counter() - started)

    @app.agent(topics.coded, name="cluster-duplicates", concurrency=1)
    async def duplicates_agent(stream: faust.StreamT) -> None:
        # Re-key duplicate records by their original (a manual group_by on duplicate_of).
        async for value in stream:
            try:
                rec = orjson.loads(value)
            except orjson.JSONDecodeError:
                continue  # not ours to judge: the coded topic's writers validate it
            if not isinstance(rec, dict) or rec.get("status") != "duplicate" \
                    or not rec.get("duplicate_of"):
                continue
            dup = [rec["article_id"], rec.get("source"), rec.get("url"), rec.get("published")]
            await by_article.send(key=str(rec["duplicate_of"]).encode(),
                                  value=orjson.dumps({"dup": dup}))

    def sweep_articles(partition: int, now: float) -> None:
        # Runs in this table's own stream: deletes must go to its changelog partition.
        if now - last_sweep.get(-1 - partition, 0.0) < SWEEP_EVERY:
            return
        last_sweep[-1 - partition] = now
        for key, raw in list(articles.items()):
            state = orjson.loads(raw)
            if state.get("p") == partition and now - state.get("t", now) > window:
                del articles[key]

    @app.agent(by_article, name="cluster-articles", concurrency=1)
    async def articles_agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            try:
                sweep_articles(event.message.partition, _now(event))
                original = event.key.decode()
                body = orjson.loads(event.value)
                raw = articles.get(original)
                state = orjson.loads(raw) if raw else {"stories": [], "dups": []}
                # Partition and time: the sweep expires links with their stories.
                state["p"], state["t"] = event.message.partition, _now(event)
                new_stories: list[list[str]] = []
                new_dups: list[list[Any]] = []
                changed = False
                if "link" in body:
                    if body["link"] not in state["stories"]:
                        state["stories"].append(body["link"])
                        changed = True
                    new_stories, new_dups = [body["link"]], state["dups"]
                elif "dup" in body:
                    if body["dup"][0] not in {d[0] for d in state["dups"]}:
                        state["dups"].append(body["dup"])
                        changed = True
                    new_stories, new_dups = state["stories"], [body["dup"]]
                else:
                    continue
                if changed:
                    articles[original] = orjson.dumps(state).decode()
                # Sent again on a replay too: after a crash the table write may have
                # reached its changelog while the mention did not (different topics, no
                # order between them). The story side counts a mention once per article
                # id, so a repeat changes nothing (a CI run lost one mention without this).
                for gkey, story_id in new_stories:
                    for dup_id, source, url, published in new_dups:
                        mention = {"story_id": story_id, "article_id": dup_id,
                                   "source": source, "url": url, "published": published}
                        await by_story.send(key=gkey.encode(),
                                            value=orjson.dumps({"mention": mention}))
            except Exception as exc:
                await dead_letter(topics.deadletter, event, STAGE, exc)

    return cluster_agent
