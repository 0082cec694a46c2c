"""Measures a government decides at home (expulsions, downgraded ties): a place only
locates them when it hangs on the act itself, not where the envoy is posted, whose act
is answered, or another clause's event."""

from __future__ import annotations

from typing import Any


def _place(nlp: Any, text: str, trigger: str, event_type: str = "SANCTION") -> str | None:
    from pipeline.event_places import sentence_place

    sent = next(iter(nlp(text).sents))
    trig = next(t for t in sent if t.text == trigger)
    return sentence_place(sent, trig, event_type, venue_first=True)


def test_where_the_envoy_is_posted_does_not_place_the_measure(nlp: Any) -> None:
    assert _place(nlp, "Peru said on Monday it was downgrading its representation in "
                  "Caracas.", "downgrading") is None


def test_the_country_whose_act_is_answered_does_not_place_the_measure(nlp: Any) -> None:
    assert _place(nlp, "Norway said it would expel two Iranian diplomats, hitting back at "
                  "Tehran's expulsion of its envoy.", "expel") is None


def test_another_clauses_event_does_not_place_the_measure(nlp: Any) -> None:
    assert _place(nlp, "Chile told Bolivia's ambassador to leave on Monday, a day after "
                  "soldiers shot three farmers near the border town of Oruro.",
                  "leave") is None


def test_a_place_on_the_act_still_places_it(nlp: Any) -> None:
    assert _place(nlp, "EU ministers meeting in Brussels adopted new sanctions against "
                  "Iran on Monday.", "adopted") == "Brussels"
    assert _place(nlp, "The State Department suspended visa processing at the embassy in "
                  "Lima.", "suspended") == "Lima"
