"""Poison input through the real agent bodies (Faust ``test_context``, no broker).

Hypothesis generates the bad records; each stage's agent gets all of them plus a few
good ones, and for every key exactly one outcome must appear: the stage's output (or a
finished ``coded`` record) or a dead letter naming the stage and a reason, with the
stage's dead-letter counter moved by as much. A record without an outcome would be an
exception that escaped the agent body (Faust acks and skips those): a lost record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import orjson
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from agents.metrics import RECORDS
from schemas import AnnotatedArticle, CleanArticle, dumps
from tests.agents.test_agents import SETTINGS, _annotated_bytes, agent, app_and_topics, until

__all__ = ["app_and_topics"]  # the fixture, re-used

CONTROL = "".join(chr(c) for c in range(32)) + "\x7f\u2028\ufeff"
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=10)
texts = st.one_of(st.text(max_size=200), st.text(alphabet=CONTROL, max_size=100),
                  st.just(""), st.builds(lambda t: f"<script>{t}</script><p></p>",
                                         st.text(max_size=30)))


def generate(strategy: st.SearchStrategy[bytes], n: int) -> list[bytes]:
    """Draw ``n`` examples with Hypothesis (its generator, not ``.example()``)."""
    out: list[bytes] = []

    @hsettings(max_examples=n, deadline=None, database=None,
               suppress_health_check=list(HealthCheck))
    @given(strategy)
    def draw(value: bytes) -> None:
        out.append(value)

    draw()
    return out


def dead_count(stage: str) -> float:
    return RECORDS.labels(stage, "deadletter")._value.get()


async def run_stage(app: Any, sent: dict[str, list[tuple[bytes, bytes]]], stage: str,
                    payloads: list[bytes], outputs: tuple[str, ...],
                    timeout: float = 60.0) -> tuple[set[bytes], list[Any]]:
    """Put every payload (key ``pN``); return the keys that came out and the dead letters.

    Dead letters keep the message key; normalize keys its outputs by the article id it
    decoded, so outcomes are counted, and the dead letters' keys checked.
    """
    before = dead_count(stage)
    keys = {f"p{i}".encode() for i in range(len(payloads))}

    def outcomes() -> list[bytes]:
        return [k for name in (*outputs, "deadletter") for k, _ in sent[name]]

    async with agent(app, stage).test_context() as a:
        for i, payload in enumerate(payloads):
            await a.put(payload, key=f"p{i}".encode())
        await until(lambda: len(outcomes()) >= len(payloads), timeout)
    dead = [orjson.loads(v) for _, v in sent["deadletter"]]
    # Exactly one outcome per record: nothing lost, nothing doubled.
    assert len(outcomes()) == len(payloads), "a record was lost or doubled"
    assert {k for k, _ in sent["deadletter"]} <= keys
    if stage != "normalize":
        assert sorted(outcomes()) == sorted(keys)
    for d in dead:
        assert d["stage"] == stage and d["error"] and d["message"], d
    assert dead_count(stage) - before == len(dead)
    return set(outcomes()), dead


raw_payloads = st.one_of(
    st.binary(max_size=300),  # invalid UTF-8 and non-JSON
    json_values.map(orjson.dumps),  # wrong top-level types
    st.fixed_dictionaries({}, optional={
        "article_id": st.one_of(st.text(max_size=10), json_values),
        "title": st.one_of(texts, json_values), "text": st.one_of(texts, json_values),
        "published": json_values, "language": json_values}).map(orjson.dumps),
)


async def test_normalize_agent_dead_letters_every_bad_raw_record(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    bad = generate(raw_payloads, 300)
    good = [orjson.dumps({"article_id": f"ar_g{i}", "title": "Truce",
                          "text": f"The two sides agreed a truce in the north, report {i}."})
            for i in range(3)]
    huge = orjson.dumps({"article_id": "ar_huge", "title": "t", "text": "word " * 2_100_000})
    names = orjson.dumps({"article_id": "ar_names", "title": "Names",
                          "text": " ".join(f"The minister met Ann Lee{i}."
                                           for i in range(100_000))})
    payloads = [*bad, *good, huge, names]
    _, dead = await run_stage(app, sent, "normalize", payloads, ("clean", "coded"))
    by_key = {d["key"]: d for d in dead}
    n = len(payloads)
    assert f"p{n - 2}" in by_key and "text" in by_key[f"p{n - 2}"]["message"]  # 10 MB
    assert len(dead) >= len(bad) * 0.5
    # 100,000 names: cut to max_article_chars; a list of names has no language
    # ("zxx"), so it finishes as ``filtered`` rather than going on to the parser.
    finished = {k: orjson.loads(v) for name in ("clean", "coded") for k, v in sent[name]}
    names_out = finished[b"ar_names"]
    assert len(names_out.get("text", "")) <= SETTINGS.max_article_chars + 200
    assert names_out.get("truncated") or names_out.get("status") == "filtered"


def _clean_dict(text: str, i: int) -> dict[str, Any]:
    return orjson.loads(dumps(CleanArticle(f"ar_c{i}", "T", text, None, None, None, None,
                                           "en", f"h{i}", len(text.split()))))


async def test_annotate_agent_survives_bad_clean_records(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    docs = ["Talks\n\nRussia and Ukraine met in Istanbul on Monday.",
            "Egypt condemned the raid.", "Police arrested 40 protesters in Nairobi."]
    base = _clean_dict(docs[0], 0)
    fields = st.sampled_from(sorted(base))
    mutated = st.builds(lambda k, v: orjson.dumps({**base, k: v}), fields, json_values)
    dropped = st.builds(lambda k: orjson.dumps({x: y for x, y in base.items() if x != k}),
                        fields)
    weird_text = st.builds(lambda t: orjson.dumps({**base, "text": t}), texts)
    bad = generate(st.one_of(st.binary(max_size=100), json_values.map(orjson.dumps), mutated,
                             dropped, weird_text), 150)
    good = [orjson.dumps(_clean_dict(t, i)) for i, t in enumerate(docs)]
    await run_stage(app, sent, "annotate", [*bad, *good], ("annotated",), timeout=120)
    assert len(sent["annotated"]) >= len(good)


async def test_extract_agent_survives_bad_annotated_records(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    base = orjson.loads(_annotated_bytes())
    fields = st.sampled_from(sorted(base))
    mutated = st.builds(lambda k, v: orjson.dumps({**base, k: v}), fields, json_values)
    bad = generate(st.one_of(st.binary(max_size=100), json_values.map(orjson.dumps), mutated),
                   250)
    # 100,000 entities-worth of names on one parse: capped or dead-lettered, not a hang.
    many = dict(base, entities=base["entities"] * (100_000 // max(len(base["entities"]), 1)))
    payloads = [*bad, orjson.dumps(base), orjson.dumps(many)]
    _out, _ = await run_stage(app, sent, "extract", payloads, ("extracted",), timeout=120)
    extracted = {k: orjson.loads(v) for k, v in sent["extracted"]}
    for value in extracted.values():
        assert len(value["events"]) <= SETTINGS.max_events_per_article


async def test_enrich_agent_survives_bad_extracted_records(app_and_topics: Any) -> None:
    app, _, sent = app_and_topics
    from agents.resources import load_nlp
    from pipeline.extract import extract

    nlp = load_nlp(SETTINGS.model)
    good = extract(AnnotatedArticle.from_dict(orjson.loads(_annotated_bytes())),
                   vocab=nlp.vocab, version="test", now=datetime.now(UTC))
    base = orjson.loads(dumps(good))
    fields = st.sampled_from(sorted(base))
    mutated = st.builds(lambda k, v: orjson.dumps({**base, k: v}), fields, json_values)
    event_fields = st.sampled_from(sorted(base["events"][0])) if base["events"] else fields
    bad_event: Callable[[str, Any], bytes] = lambda k, v: orjson.dumps(  # noqa: E731
        {**base, "events": [{**base["events"][0], k: v}]})
    bad = generate(st.one_of(st.binary(max_size=100), json_values.map(orjson.dumps), mutated,
                             st.builds(bad_event, event_fields, json_values)), 250)
    await run_stage(app, sent, "enrich", [*bad, orjson.dumps(base)], ("coded",))
