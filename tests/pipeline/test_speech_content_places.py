"""A speech act is made where the speaker is: a place inside what it is about (its
object, its demanded or reported clause, its charge) or its addressee's "on" is no place
of the accusation or appeal. A place on the act itself, on its speaker or on a meeting
still locates it."""

from __future__ import annotations

from typing import Any


def _place(nlp: Any, text: str, trigger: str, event_type: str) -> str | None:
    from pipeline.event_places import sentence_place

    sent = next(iter(nlp(text).sents))
    trig = next(t for t in sent if t.text == trigger)
    return sentence_place(sent, trig, event_type, venue_first=True)


def test_the_place_of_a_condemned_act_does_not_place_the_condemnation(nlp: Any) -> None:
    text = "The minister condemned the killing of protesters in Chile."
    assert _place(nlp, text, "condemned", "ACCUSE") is None


def test_the_addressee_of_a_call_is_no_place(nlp: Any) -> None:
    assert _place(nlp, "Peru called on Chile to return the ship.", "called",
                  "REQUEST") is None


def test_a_demanded_act_s_place_is_not_where_it_was_demanded(nlp: Any) -> None:
    text = "Beijing urged London to stop meddling in Macau."
    assert _place(nlp, text, "urged", "REQUEST") is None


def test_a_charge_s_place_is_not_where_it_was_made(nlp: Any) -> None:
    text = "Bolivia accused Chile of committing abuses in Arica."
    assert _place(nlp, text, "accused", "ACCUSE") is None


def test_a_speaker_s_place_still_places_the_act(nlp: Any) -> None:
    text = "Speaking in Geneva, the minister accused Russia of abuses in Ukraine."
    assert _place(nlp, text, "accused", "ACCUSE") == "Geneva"


def test_a_summit_still_places_a_demand(nlp: Any) -> None:
    text = "At a summit in Abuja, the leaders demanded that Mali free the soldiers."
    assert _place(nlp, text, "demanded", "REQUEST") == "Abuja"


def test_ministers_meeting_in_a_city_call_from_there(nlp: Any) -> None:
    text = "Arab ministers meeting in Cairo called on Israel to withdraw."
    assert _place(nlp, text, "called", "REQUEST") == "Cairo"


def test_a_done_act_keeps_the_place_of_its_object(nlp: Any) -> None:
    text = "Police arrested officials in Lima on Monday."
    assert _place(nlp, text, "arrested", "COERCE") == "Lima"
