"""Extract: events per sentence, offsets, no fallback codes, entity lists, speed."""

from __future__ import annotations

import time
from typing import Any


def test_headline_and_body_events_with_offsets(code_text: Any) -> None:
    out = code_text("Israel freed 90 Palestinian prisoners on Monday. Analysts were surprised.",
                    title="Hamas frees three Israeli hostages")
    text = out.article.text
    types = {(e.type, e.source and e.source.country, e.target and e.target.country)
             for e in out.events}
    assert ("RETREAT", "PSE", "ISR") in types and ("RETREAT", "ISR", "PSE") in types
    for e in out.events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.sentence
        assert 0 <= e.confidence <= 1 and e.event_id.startswith("ev_")
    assert e.evidence.sentence_index >= 0


def test_no_event_from_questions_or_description(code_text: Any) -> None:
    out = code_text("Will Russia attack Ukraine? Opinion polls show strong support for the EU.")
    assert out.events == []


def test_several_events_in_one_sentence(code_text: Any) -> None:
    out = code_text("India suspended the treaty, while Pakistan shut its airspace to Indian "
                    "airlines and warned India of retaliation.")
    types = {e.type for e in out.events}
    assert {"SANCTION", "THREATEN"} <= types


def test_entities_listed(code_text: Any) -> None:
    out = code_text("UN Secretary-General Antonio Guterres visited Damascus on Monday.")
    assert "Antonio Guterres" in out.persons and "Damascus" in out.places


def test_ids_are_deterministic(code_text: Any) -> None:
    a = code_text("Russia offered Ukraine a prisoner exchange.")
    b = code_text("Russia offered Ukraine a prisoner exchange.")
    assert [e.event_id for e in a.events] == [e.event_id for e in b.events]


def test_speed(code_text: Any) -> None:
    body = ("Russian officials accused Ukraine of shelling the city, and the army said it had "
            "detained 40 protesters in Kyiv after talks with the United Nations. ") * 25
    t0 = time.perf_counter()
    code_text(body)
    assert time.perf_counter() - t0 < 5.0  # includes parsing; extract alone is ~50 ms
