"""A meeting noun in an adjunct of a clause ("was on a visit to India", "told X in a
phone call") reports a meeting of the clause's subject:
the noun names the other party itself, or the clause's verb has it as its object, or,
for one arriving somewhere "for talks", the country arrived in hosts them. A meeting noun
that names nobody stays background, and so does one whose clause has no party for a
subject."""

from __future__ import annotations

from typing import Any

import pytest

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


@pytest.mark.parametrize(("text", "pair"), [
    ("Japan's foreign minister, Toshimitsu Motegi, is due in Jakarta on Friday for talks "
     "expected to include maritime security.", ("JPN", "IDN")),
    ("A cross-party group of about 10 Japanese lawmakers arrived in Beijing on Tuesday for "
     "a three-day visit aimed at easing tensions.", ("JPN", "CHN")),
    ("Japan's foreign minister arrived in Jakarta for a summit of Asian leaders.",
     ("JPN", "IDN")),
])
def test_arriving_somewhere_for_talks_meets_its_host(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    assert ("CONSULT", *pair) in triples(code_text(text))


@pytest.mark.parametrize("text", [
    # no meeting, or at home
    "Thousands of fans arrived in Paris for the final against Germany's champions.",
    "Nigerian migrants arrived in Italy for a better life, the UN refugee agency said.",
    "Germany's football team arrived in Qatar for the World Cup.",
    "Iran's president returned to Tehran for talks on the budget.",
])
def test_arriving_for_no_talks_or_at_home_meets_no_host(code_text: Any, text: str) -> None:
    assert not any(t == "CONSULT" for t, _, _ in triples(code_text(text)))


@pytest.mark.parametrize("text", [
    "The Japanese prime minister is due in Beijing for talks with Chinese leaders.",
    "Iranian negotiators are due in Vienna next week for talks with the United States.",
    "The Indian foreign minister was due in Moscow on Monday for talks with Lavrov.",
])
def test_talks_one_is_due_for_are_still_to_come(code_text: Any, text: str) -> None:
    talks = [e for e in code_text(text).events if e.type == "CONSULT"]
    assert talks and all(e.modality == "future" for e in talks)


@pytest.mark.parametrize("text", [
    "The Japanese prime minister arrived in Beijing for talks with Chinese leaders.",
    "The Japanese prime minister is in Beijing for talks with Chinese leaders.",
    "The French president was in Berlin last week for talks with the German chancellor.",
    "The Japanese prime minister held talks in Beijing with Chinese leaders, which were "
    "due in part to the crisis.",
])
def test_talks_of_one_already_there_are_held(code_text: Any, text: str) -> None:
    talks = [e for e in code_text(text).events if e.type == "CONSULT"]
    assert talks and all(e.modality == "asserted" for e in talks)


@pytest.mark.parametrize(("text", "kind"), [
    ("The closure of the border was due to protests by farmers in Poland.", "PROTEST"),
    ("The rise in oil prices is due to attacks by the Houthis on ships in the Red Sea.",
     "ASSAULT"),
    ("The power cuts in Kyiv are due to Russian strikes on the grid.", "ASSAULT"),
    ("The deaths were partly due to Israeli air strikes, the health ministry said.",
     "ASSAULT"),
    ("The crash of the shares was due to the arrest of the chief executive by Chinese "
     "police.", "COERCE"),
])
def test_an_act_something_is_due_to_is_its_cause_and_done(
        code_text: Any, text: str, kind: str) -> None:
    # "due to" a noun is "because of": the act it names happened, it is no arrival to come
    acts = [e for e in code_text(text).events if e.type == kind]
    assert acts and all(e.modality == "asserted" for e in acts)
