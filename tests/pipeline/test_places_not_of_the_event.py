"""Place phrases in an event's sentence that locate something else: the possessor of an
act ("at Baghdad's request") names who acted, and the place of a report ("told reporters
in Kabul that ...") is where it was told, not where the reported act happened."""

from __future__ import annotations

from typing import Any


def _countries(out: Any, event_type: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events if e.type == event_type}


def test_the_owner_of_a_request_is_not_the_place(nlp: Any) -> None:
    from pipeline.event_places import sentence_place

    sent = next(iter(nlp("Jordanian jets bombed militant camps at Baghdad's request.").sents))
    trig = next(t for t in sent if t.text == "bombed")
    assert sentence_place(sent, trig, "ASSAULT") is None


def test_a_part_owned_by_a_place_is_still_in_it(nlp: Any) -> None:
    from pipeline.event_places import sentence_place

    sent = next(iter(nlp("Rebels attacked a base in Ukraine's east on Sunday.").sents))
    trig = next(t for t in sent if t.text == "attacked")
    assert sentence_place(sent, trig, "ASSAULT") == "Ukraine"


def test_a_strike_reported_at_a_news_conference_is_not_where_it_was_told(
        code_text: Any) -> None:
    out = code_text("An Indian general told a news conference in New Delhi that Indian "
                    "troops had attacked Pakistani militant camps overnight.")
    assert "IND" not in _countries(out, "ASSAULT")


def test_a_speaker_at_the_scene_still_places_the_act(code_text: Any) -> None:
    out = code_text("A rebel spokesman in Misrata said government forces had shelled the "
                    "city on Friday.")
    assert _countries(out, "ASSAULT") <= {"LBY"}
