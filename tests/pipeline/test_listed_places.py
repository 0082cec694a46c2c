"""A list of places read as one event per party ("visited Lima and Quito", "police in
Norway and Sweden each arrested") puts each event at its own party's place, not at the
list's nearest name."""

from __future__ import annotations

from typing import Any


def _places(out: Any, event_type: str) -> dict[tuple[str | None, str | None], str | None]:
    return {(e.source and e.source.country, e.target and e.target.country):
            e.location and e.location.country for e in out.events if e.type == event_type}


def _place(nlp: Any, text: str, trigger: str, event_type: str, **parties: str) -> str | None:
    from pipeline.event_places import sentence_place

    sent = next(iter(nlp(text).sents))
    trig = next(t for t in sent if t.text == trigger)
    return sentence_place(sent, trig, event_type, venue_first=True, **parties)


def test_a_visit_to_two_capitals_is_in_each_host(nlp: Any) -> None:
    text = "The Spanish foreign minister visited Lima and Quito last week."
    assert _place(nlp, text, "visited", "CONSULT", source="ESP", target="ECU") == "Quito"
    assert _place(nlp, text, "visited", "CONSULT", source="ESP", target="PER") == "Lima"


def test_a_tour_of_three_states_is_in_each_host(nlp: Any) -> None:
    text = "The premier visited Fiji, Tonga and Samoa in May to shore up ties."
    assert _place(nlp, text, "visited", "CONSULT", source="AUS", target="TON") == "Tonga"


def test_police_of_two_countries_act_each_at_home(nlp: Any) -> None:
    text = "Police in Norway and Sweden each arrested one suspect on Tuesday."
    assert _place(nlp, text, "arrested", "COERCE", source="NOR") == "Norway"
    assert _place(nlp, text, "arrested", "COERCE", source="SWE") == "Sweden"


def test_a_single_place_is_kept_whatever_the_parties(nlp: Any) -> None:
    text = "Police in Norway arrested two Swedish suspects on Tuesday."
    assert _place(nlp, text, "arrested", "COERCE", source="SWE") == "Norway"


def test_a_list_with_no_party_keeps_the_nearest_place(nlp: Any) -> None:
    text = "The envoy met rebel leaders in Lima and Quito last week."
    assert _place(nlp, text, "met", "CONSULT", source="ESP", target="COL") == "Lima"


def test_a_person_named_after_a_title_is_no_list_of_places(nlp: Any) -> None:
    text = "The minister, after meeting his Dutch counterpart Jan Hague in Moscow, spoke."
    assert _place(nlp, text, "meeting", "CONSULT", source="RUS", target="NLD") == "Moscow"
