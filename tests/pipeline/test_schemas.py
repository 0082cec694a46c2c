"""The JSON Schema files match the records the pipeline writes and the contract's example."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import pytest

from schemas import (
    Actor,
    ArticleRecord,
    ArticleRef,
    DeadLetter,
    Event,
    Evidence,
    Location,
    PipelineInfo,
    PlaceMention,
    Quantity,
    Speaker,
    Story,
    dumps,
    loads,
)
from schemas.story import CountryRef
from schemas.validation import SCHEMA_NAMES, errors, load_schema, validator_for

# The example from CONTRACT.md ("Event (value of `newswire.events`)"), verbatim except that
# the elided ids, URL and sentence ("ev_3f0c…", "https://…", "…") are written out in full.
CONTRACT_EXAMPLE = """
{
  "schema_version": 1,
  "event_id": "ev_3f0c9d2e4b1a5c6d7e8f90a1b2c3d4e5",
  "story_id": "st_91ab2c3d4e5f60718293a4b5c6d7e8f9",
  "type": "AGREE",
  "mode": "release",
  "contexts": ["humanitarian"],
  "cameo_root": "05",
  "quad_class": 1,
  "goldstein": 3.5,
  "modality": "asserted",
  "source": {"text": "Russia", "name": "Russia", "country": "RUS", "role": "GOV", "person": null},
  "target": {"text": "Ukraine", "name": "Ukraine", "country": "UKR", "role": "GOV", "person": null},
  "date": "2025-07-23",
  "date_text": "Wednesday, July 23, 2025",
  "date_precision": "day",
  "location": {"text": "Istanbul", "name": "Istanbul", "country": "TUR", "admin1": "34",
               "lat": 41.01384, "lon": 28.94966, "geonames_id": 745044},
  "quantities": [{"value": 1200, "unit": "prisoner", "qualifier": "at_least",
                  "text": "at least 1,200 more prisoners"}],
  "speaker": {"name": "Vladimir Medinsky", "country": "RUS", "role": "GOV"},
  "quote": "we have agreed that at least 1,200 more prisoners from each side will be exchanged",
  "evidence": {"sentence": "As part of continuing the exchange of prisoners, we have agreed.",
               "sentence_index": 9, "start": 2431, "end": 2590},
  "tone": -1.8,
  "confidence": 0.82,
  "article": {"article_id": "ar_0123456789abcdef0123456789abcdef",
              "url": "https://example.org/russia-ties-putin-zelensky-meeting",
              "title": "Russia ties Putin-Zelensky meeting to pre-agreed peace terms",
              "source": "example.com", "published": "2025-07-23T00:00:00Z", "language": "en"},
  "pipeline": {"version": "0.1.0", "extracted_at": "2026-11-25T08:00:00Z"}
}
"""


def contract_example() -> dict[str, Any]:
    value: dict[str, Any] = json.loads(CONTRACT_EXAMPLE)
    return value


def built_event(**changes: Any) -> Event:
    """An Event built from the dataclasses, as the enrich stage would."""
    event = Event(
        event_id="ev_" + "a1" * 16,
        type="RETREAT",
        modality="proposed",
        source=Actor(text="Russia", name="Russia", country="RUS", role="GOV"),
        target=Actor(text="the United Nations", name="United Nations", country=None,
                     role="IGO"),
        evidence=Evidence(sentence="Russia offered to exchange prisoners.", sentence_index=3,
                          start=120, end=157),
        article=ArticleRef(article_id="ar_" + "b2" * 16, url="https://example.org/a",
                           title="Title", source="example.org",
                           published="2025-07-23", language="en"),
        pipeline=PipelineInfo(version="0.1.0", extracted_at="2026-11-25T08:00:00Z"),
        trigger="exchange",
        mode="release",
        contexts=["humanitarian"],
        cameo_root="08",
        quad_class=2,
        goldstein=7.0,
        date="2025-07-23",
        date_text="Wednesday",
        date_precision="day",
        location=Location(text="Istanbul", name="Istanbul", country="TUR", admin1="34",
                          lat=41.01384, lon=28.94966, geonames_id=745044),
        quantities=[Quantity(value=1000, unit="prisoner", qualifier="range", text="1,000-1,200",
                             value_max=1200)],
        speaker=Speaker(name="Vladimir Medinsky", country="RUS", role="GOV"),
        quote="we have agreed",
        tone=-1.5,
        confidence=0.7,
        story_id="st_" + "c3" * 16,
    )
    return dataclasses.replace(event, **changes)


def as_json(record: Any) -> Any:
    return loads(dumps(record))


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_files_are_valid_draft_2020_12(name: str) -> None:
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert validator_for(name) is validator_for(name)  # cached


def test_unknown_schema_name() -> None:
    with pytest.raises(KeyError, match="no JSON Schema named"):
        load_schema("raw_article")


@pytest.mark.parametrize(("name", "record_type"), [
    ("event", Event), ("article_record", ArticleRecord), ("story", Story),
    ("dead_letter", DeadLetter),
])
def test_schema_properties_match_dataclass_fields(name: str, record_type: type) -> None:
    """A field added to a record without the schema (or the reverse) is drift."""
    fields = {f.name for f in dataclasses.fields(record_type)}
    assert set(load_schema(name)["properties"]) == fields


def test_event_built_from_dataclasses_validates() -> None:
    assert errors("event", as_json(built_event())) == []


def test_minimal_event_validates() -> None:
    """Only the fields without defaults set: nulls and empty lists are valid."""
    event = Event(
        event_id="ev_" + "0" * 32, type="ASSAULT", modality="asserted", source=None,
        target=None,
        evidence=Evidence(sentence="Shots were fired.", sentence_index=0, start=0, end=17),
        article=ArticleRef(article_id="ar_" + "1" * 32, url=None, title=None, source=None,
                           published=None, language=None),
        pipeline=PipelineInfo(version="0.1.0", extracted_at="2026-11-25T08:00:00+00:00"),
    )
    assert errors("event", as_json(event)) == []


def test_contract_example_validates() -> None:
    assert errors("event", contract_example()) == []


def test_contract_example_round_trips_through_the_dataclass() -> None:
    value = contract_example()
    event = Event.from_dict(value)
    again = as_json(event)
    assert errors("event", again) == []
    again.pop("trigger")  # the only field the contract example does not show
    assert again == {**value, "quantities": [{**value["quantities"][0], "value_max": None}]}


def broken(path: list[str | int], new: Any) -> dict[str, Any]:
    """The contract example with one value replaced (``new is ...`` removes the key)."""
    value = copy.deepcopy(contract_example())
    target: Any = value
    for part in path[:-1]:
        target = target[part]
    if new is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = new
    return value


@pytest.mark.parametrize(("path", "new"), [
    (["type"], "NEGOTIATE"),
    (["type"], "agree"),
    (["event_id"], ...),
    (["event_id"], "3f0c"),
    (["modality"], "maybe"),
    (["source", "country"], "Russia"),
    (["source", "country"], "ru"),
    (["source", "country"], "IGO"),
    (["target", "role"], "GOVERNMENT"),
    (["location", "country"], "TR"),
    (["speaker", "country"], "NGO"),
    (["quad_class"], 5),
    (["quad_class"], 0),
    (["quad_class"], 1.5),
    (["goldstein"], 10.5),
    (["goldstein"], -11),
    (["confidence"], 1.2),
    (["confidence"], -0.1),
    (["cameo_root"], "21"),
    (["cameo_root"], "00"),
    (["cameo_root"], "5"),
    (["date_precision"], "week"),
    (["date"], "23 July 2025"),
    (["quantities", 0, "qualifier"], "roughly"),
    (["evidence"], ...),
    (["article", "article_id"], ...),
    (["schema_version"], 2),
    (["unexpected_field"], 1),
    (["source", "unexpected_field"], 1),
])
def test_broken_events_fail(path: list[str | int], new: Any) -> None:
    assert errors("event", broken(path, new)), f"{path} = {new!r} should not validate"


def test_igo_actor_puts_its_name_in_name_with_country_null() -> None:
    value = broken(["target"], {"text": "the UN", "name": "United Nations", "country": None,
                                "role": "IGO", "person": None})
    assert errors("event", value) == []


def test_error_messages_name_the_path() -> None:
    messages = errors("event", broken(["source", "country"], "Russia"))
    assert any(m.startswith("source/country:") for m in messages)


def test_article_record_validates() -> None:
    coded = ArticleRecord(
        article_id="ar_" + "d4" * 16, status="coded", processed_at="2026-11-25T08:00:00Z",
        url="https://example.org/a", title="T", source="example.org", published="2025-07-23",
        language="en", event_ids=["ev_" + "a1" * 16], persons=["Vladimir Medinsky"],
        organizations=["TASS"],
        locations=[PlaceMention(name="Istanbul", country="TUR", lat=41.0, lon=28.9)],
        tone=-1.2, word_count=812,
    )
    assert errors("article_record", as_json(coded)) == []
    duplicate = dataclasses.replace(coded, status="duplicate", event_ids=[],
                                    reason="duplicate_of: ar_" + "e5" * 16,
                                    duplicate_of="ar_" + "e5" * 16)
    assert errors("article_record", as_json(duplicate)) == []
    assert errors("article_record", as_json(dataclasses.replace(coded, status="done")))
    # duplicate/filtered records must say why
    assert errors("article_record", as_json(dataclasses.replace(duplicate, reason=None)))


def test_story_validates() -> None:
    story = Story(story_id="st_" + "c3" * 16, type="RETREAT", source=CountryRef("RUS"),
                  target=CountryRef("UKR"), date="2025-07-23", location=CountryRef(None),
                  first_seen="2026-11-25T08:00:00Z", last_seen="2026-11-25T08:05:00Z",
                  num_mentions=3, num_articles=2, num_sources=2,
                  event_ids=["ev_" + "a1" * 16])
    assert errors("story", as_json(story)) == []
    assert as_json(story)["source"] == {"country": "RUS"}  # the contract's source.country
    assert errors("story", as_json(dataclasses.replace(story, source=CountryRef("Russia"))))
    assert errors("story", as_json(dataclasses.replace(story, type="MEET")))


def test_dead_letter_validates() -> None:
    payload, encoding = DeadLetter.encode_payload(b"\xff\xfe not utf-8")
    letter = DeadLetter(stage="normalize", error="RecordError", message="bad JSON",
                        key="ar_x", payload=payload, payload_encoding=encoding,
                        topic="newswire.articles.raw", partition=0, offset=42,
                        failed_at="2026-11-25T08:00:00Z")
    assert encoding == "base64"
    assert errors("dead_letter", as_json(letter)) == []
    assert errors("dead_letter", as_json(dataclasses.replace(letter, payload_encoding="hex")))
    value = as_json(letter)
    del value["stage"]
    assert errors("dead_letter", value)
