"""bench.agreement scores one annotation against another the way the coder is scored:
an annotation agrees with itself, and a second annotator's different actor pair or type
counts against it."""

from __future__ import annotations

import copy
from typing import Any

from bench.agreement import agreement, as_predictions

ARTICLE = {"title": "Talks end", "published": "2025-06-02",
           "text": "Russia and Ukraine held talks in Istanbul on Monday. Kyiv rejected the plan."}


def _doc(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": "a", "article": ARTICLE, "events": events}


def _split(text: str) -> list[str]:
    return [s.strip() + "." for s in text.split(".") if s.strip()]


TALKS = {"type": ["CONSULT"], "source": "RUS", "target": "UKR", "evidence": "held talks",
         "date": "2025-06-02", "location": "TUR", "optional": False}
REJECTION = {"type": ["REJECT", "ACCUSE"], "source": "UKR", "target": "RUS",
             "evidence": "Kyiv rejected the plan", "optional": False}


def test_an_event_becomes_its_sentence_first_type_and_attributes() -> None:
    [talks] = as_predictions(_doc([TALKS]), _split(ARTICLE["text"]), with_optional=False)
    assert talks["evidence"]["sentence"] == "Russia and Ukraine held talks in Istanbul on Monday."
    assert talks["type"] == "CONSULT"
    assert talks["source"] == {"country": "RUS"} and talks["target"] == {"country": "UKR"}
    assert talks["location"] == {"country": "TUR"} and talks["date"] == "2025-06-02"


def test_optional_events_are_predictions_only_when_asked() -> None:
    maybe = {**REJECTION, "optional": True}
    assert as_predictions(_doc([maybe]), _split(ARTICLE["text"]), with_optional=False) == []
    assert len(as_predictions(_doc([maybe]), _split(ARTICLE["text"]), with_optional=True)) == 1


def test_an_annotation_agrees_with_itself() -> None:
    gold = [_doc([TALKS, REJECTION])]
    line = agreement(gold, copy.deepcopy(gold), False, _split)
    assert line.startswith("events f1=1.000 p=1.00 r=1.00")


def test_a_reversed_rejection_is_a_disagreement() -> None:
    gold = [_doc([TALKS, REJECTION])]
    other = [_doc([TALKS, {**REJECTION, "source": "RUS", "target": "UKR"}])]
    assert agreement(gold, other, False, _split).startswith("events f1=0.500 p=0.50 r=0.50")
