"""Each agent in Faust's ``test_context()``: no broker; outbound topics are mocked."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any
from unittest.mock import AsyncMock

import orjson
import pytest

from agents.app import Topics, create_app
from pipeline.settings import Settings
from schemas import CleanArticle, dumps

SETTINGS = Settings(broker="kafka://127.0.0.1:1", partitions=1, web_port=0)


@pytest.fixture()
async def app_and_topics(monkeypatch: pytest.MonkeyPatch
                         ) -> AsyncIterator[tuple[Any, Topics, dict]]:
    """A fresh app bound to the test's loop (the faust testing guide's recipe)."""
    app, topics = create_app(SETTINGS)
    app.loop = asyncio.get_running_loop()
    app.finalize()
    app.conf.store = "memory://"
    app.flow_control.resume()
    sent: dict[str, list[tuple[bytes, bytes]]] = {}
    for name in ("clean", "annotated", "extracted", "events", "coded", "deadletter"):
        bucket = sent.setdefault(name, [])

        async def send(*, key: bytes, value: bytes, _b: list = bucket, **kw: Any) -> None:
            _b.append((key, value))

        monkeypatch.setattr(getattr(topics, name), "send", AsyncMock(side_effect=send))
    yield app, topics, sent


async def until(condition: Any, timeout: float = 30.0) -> None:
    """Wait inside ``test_context`` for work the agent does off the event loop (threads)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "agent did not produce its output in time"
        await asyncio.sleep(0.05)


def agent(app: Any, name: str) -> Any:
    return next(a for a in app.agents.values() if a.name.endswith(name))


RAW = {"article_id": "ar_1", "title": "Truce agreed",
       "text": "<p>The two sides agreed a 48-hour truce in the north on Monday.</p>"}


async def test_normalize_sends_clean_text_to_the_clean_topic(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    async with agent(app, "normalize").test_context() as a:
        await a.put(orjson.dumps(RAW), key=b"ar_1")
    (key, value), = sent["clean"]
    clean = CleanArticle.from_dict(orjson.loads(value))
    assert key == b"ar_1"
    assert clean.text.startswith("Truce agreed\n\nThe two sides agreed")
    assert sent["deadletter"] == []


async def test_normalize_dead_letters_bad_json_and_keeps_going(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    async with agent(app, "normalize").test_context() as a:
        await a.put(b"{not json", key=b"bad")
        await a.put(orjson.dumps(RAW), key=b"ar_1")
    (key, value), = sent["deadletter"]
    dead = orjson.loads(value)
    assert key == b"bad" and dead["stage"] == "normalize" and dead["error"] == "RecordError"
    assert dead["payload"] == "{not json"
    assert len(sent["clean"]) == 1


async def test_normalize_marks_exact_duplicates_with_the_first_id(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    app.loop = asyncio.get_running_loop()
    copy = {**RAW, "article_id": "ar_2", "text": RAW["text"].upper().replace("<P>", "<p>")}
    async with agent(app, "normalize").test_context() as a:
        await a.put(orjson.dumps(RAW), key=b"ar_1")
        await a.put(orjson.dumps(RAW), key=b"ar_1")  # redelivery of the same article
        await a.put(orjson.dumps(copy), key=b"ar_2")
    assert [k for k, _ in sent["clean"]] == [b"ar_1", b"ar_1"]
    (key, value), = sent["coded"]
    record = orjson.loads(value)
    assert key == b"ar_2"
    assert record["status"] == "duplicate" and record["duplicate_of"] == "ar_1"


async def test_normalize_filters_unsupported_languages(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    app.loop = asyncio.get_running_loop()
    german = {**RAW, "language": "de"}
    async with agent(app, "normalize").test_context() as a:
        await a.put(orjson.dumps(german), key=b"ar_1")
    (_, value), = sent["coded"]
    assert orjson.loads(value)["status"] == "filtered"
    assert orjson.loads(value)["reason"] == "language: de"


async def test_annotate_dead_letters_a_bad_record_in_a_batch(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    app.loop = asyncio.get_running_loop()
    clean = CleanArticle("ar_1", "Talks", "Talks\n\nRussia and Ukraine met in Istanbul.",
                         None, None, None, None, "en", "h", 7)
    async with agent(app, "annotate").test_context() as a:
        await a.put(b"[]", key=b"bad")
        await a.put(dumps(clean), key=b"ar_1")
        await until(lambda: sent["annotated"])
    assert [k for k, _ in sent["deadletter"]] == [b"bad"]
    (key, value), = sent["annotated"]
    assert key == b"ar_1" and orjson.loads(value)["tokens"]["words"][:2] == ["Talks", "\n\n"]


def _annotated_bytes() -> bytes:
    from agents.resources import load_nlp
    from pipeline.annotate import annotate_batch

    text = ("Truce agreed\n\nIsraeli troops withdrew from the town of Jenin on Monday, "
            "the army said. Egypt condemned the raid.")
    clean = CleanArticle("ar_1", "Truce agreed", text, None, None, "example.org",
                         "2024-03-06T00:00:00Z", "en", "h", len(text.split()))
    return dumps(annotate_batch([clean], load_nlp(SETTINGS.model))[0])


async def test_extract_turns_a_parse_into_one_extracted_article(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    async with agent(app, "extract").test_context() as a:
        await a.put(b'{"article": 1}', key=b"bad")
        await a.put(_annotated_bytes(), key=b"ar_1")
        await until(lambda: sent["extracted"])
    assert [k for k, _ in sent["deadletter"]] == [b"bad"]
    (key, value), = sent["extracted"]
    extracted = orjson.loads(value)
    assert key == b"ar_1"
    assert {ev["type"] for ev in extracted["events"]} >= {"RETREAT", "ACCUSE"}


async def test_enrich_writes_events_then_one_article_record(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    from datetime import UTC, datetime

    from agents.resources import load_nlp
    from pipeline.extract import extract
    from schemas import AnnotatedArticle

    nlp = load_nlp(SETTINGS.model)
    extracted = extract(AnnotatedArticle.from_dict(orjson.loads(_annotated_bytes())),
                        vocab=nlp.vocab, version="test", now=datetime.now(UTC))
    async with agent(app, "enrich").test_context() as a:
        await a.put(dumps(extracted), key=b"ar_1")
        await a.put(b"not json", key=b"bad")
        await until(lambda: sent["deadletter"])
    record = orjson.loads(sent["coded"][0][1])
    events = [orjson.loads(v) for _, v in sent["events"]]
    assert record["status"] == "coded"
    assert record["event_ids"] == [ev["event_id"] for ev in events]
    assert all(ev["cameo_root"] and ev["quad_class"] for ev in events)
    assert any((ev["location"] or {}).get("country") == "PSE" or
               (ev["target"] or {}).get("country") for ev in events)
    assert [k for k, _ in sent["deadletter"]] == [b"bad"]


async def test_annotate_dead_letters_only_the_article_that_kills_the_nlp_process(
        app_and_topics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash in native code takes the NLP child and its whole batch down; the agent
    redoes the batch one article at a time so only the culprit is dead-lettered."""
    from agents import nlp_runner
    from agents.nlp_runner import NlpProcessDied

    class CrashingRunner:
        ready = True

        async def start(self) -> None:
            pass

        async def annotate(self, articles: list[CleanArticle]) -> list[bytes]:
            if any(a.article_id == "ar_poison" for a in articles):
                raise NlpProcessDied("the NLP process died while working on this input")
            return [dumps({"article": {"article_id": a.article_id}}) for a in articles]

    monkeypatch.setattr(nlp_runner.ProcessRunner, "start", CrashingRunner.start)
    monkeypatch.setattr(nlp_runner.ProcessRunner, "annotate", CrashingRunner.annotate)
    app, _, sent = app_and_topics

    def clean(article_id: str) -> bytes:
        return dumps(CleanArticle(article_id, "T", "T\n\nText.", None, None, None, None, "en",
                                  article_id, 2))

    async with agent(app, "annotate").test_context() as a:
        for article_id in ("ar_1", "ar_poison", "ar_2"):
            await a.put(clean(article_id), key=article_id.encode())
        await until(lambda: len(sent["annotated"]) + len(sent["deadletter"]) == 3)
    assert sorted(k for k, _ in sent["annotated"]) == [b"ar_1", b"ar_2"]
    (key, value), = sent["deadletter"]
    assert key == b"ar_poison"
    assert orjson.loads(value)["error"] == "NlpProcessDied"
    assert orjson.loads(value)["stage"] == "annotate"


async def test_enrich_files_an_off_topic_article_as_filtered_and_counts_its_events(
        app_and_topics: Any) -> None:
    from agents.metrics import RECORDS, SCREENED
    from schemas import ExtractedArticle
    from schemas.validation import validator_for

    app, _, sent = app_and_topics
    clean = CleanArticle(article_id="ar_2", title="Rovers attack", text="Rovers attack",
                         url=None, canonical_url=None, source=None, published=None,
                         language="en", content_hash="h2", word_count=2)
    extracted = ExtractedArticle(article=clean, events=[], off_topic="sport",
                                 screened_events=3)
    before = SCREENED.labels("sport")._value.get()
    outcomes = {k: RECORDS.labels("enrich", k)._value.get() for k in ("out", "filtered")}
    async with agent(app, "enrich").test_context() as a:
        await a.put(dumps(extracted), key=b"ar_2")
        await until(lambda: sent["coded"])
    record = orjson.loads(sent["coded"][0][1])
    validator_for("article_record").validate(record)
    assert (record["status"], record["reason"]) == ("filtered",
                                                    "off_topic: sport (3 events screened)")
    assert record["event_ids"] == [] and not sent["events"]
    assert SCREENED.labels("sport")._value.get() == before + 3
    # counted once, as filtered, so the outcomes of the stage still add up to its input
    assert RECORDS.labels("enrich", "filtered")._value.get() == outcomes["filtered"] + 1
    assert RECORDS.labels("enrich", "out")._value.get() == outcomes["out"]
