"""A meeting noun in an adjunct of a clause ("was on a visit to India", "told X in a
phone call") reports a meeting of the clause's subject:
the noun names the other party itself, or the clause's verb has it as its object. A
meeting noun that names nobody stays background, and so does one whose clause has no
party for a subject."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_on_a_visit_to_a_country(code_text: Any) -> None:
    got = triples(code_text("Japan's foreign minister Taro Sato was on a visit to India "
                            "when the clashes began."))
    assert ("CONSULT", "JPN", "IND") in got


def test_told_someone_in_a_phone_call(code_text: Any) -> None:
    got = triples(code_text("Chilean President Ana Lopez told Peruvian President Jorge "
                            "Ruiz in a phone call that the border would stay open."))
    assert ("CONSULT", "CHL", "PER") in got or ("CONSULT", "PER", "CHL") in got


def test_a_meeting_noun_naming_nobody_stays_background(code_text: Any) -> None:
    got = triples(code_text("Kenyan President William Ruto signed the budget on "
                            "Monday after a long meeting."))
    assert not any(t[0] == "CONSULT" for t in got)


def test_talks_pushed_for_are_not_held(code_text: Any) -> None:
    got = triples(code_text("Chile pushed for talks with Peru over the border."))
    assert not any(t[0] == "CONSULT" for t in got)


def test_talks_commented_on_are_a_topic(code_text: Any) -> None:
    got = triples(code_text("Chile declined to comment on the talks with Peru."))
    assert not any(t[0] == "CONSULT" for t in got)
