"""A country or body named after "anti-" ("anti-Chinese riots", "anti-MONUSCO protests")
is what the act is against, never its doer; protesters against the story's own country
are the people of the place they protest in, else of the story's other party. "Anti-"
before no party ("anti-aircraft missiles", "anti-government protests", "an
anti-terrorism court") changes nothing, nor does a protest only talked about.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


def test_riots_against_the_story_country_are_the_other_partys(code_text: Any) -> None:
    out = code_text("China evacuates thousands from Vietnam after deadly anti-Chinese "
                    "riots. Beijing said Vietnam must protect Chinese citizens.")
    assert ("PROTEST", "VNM", "CHN") in triples(out)
    assert ("PROTEST", "CHN", "CHN") not in triples(out)


def test_protests_against_a_country_are_held_by_the_place_they_are_in(
        code_text: Any) -> None:
    assert ("PROTEST", "PAK", "USA") in triples(
        code_text("Thousands joined anti-American protests in Pakistan on Friday."))
    assert ("PROTEST", "NER", "FRA") in triples(
        code_text("Anti-French protests spread across Niger after the coup."))


def test_protests_against_a_world_body_aim_at_it(code_text: Any) -> None:
    out = code_text("Three peacekeepers died as anti-MONUSCO protests spread in Congo.")
    assert ("PROTEST", "COD", "IGO") in triples(out)
    assert ("PROTEST", "IGO", "COD") not in triples(out)


def test_sanctions_against_a_country_are_not_its_own(code_text: Any) -> None:
    out = code_text("The anti-Russian sanctions imposed by the European Union hurt German "
                    "exports.")
    assert ("SANCTION", "RUS", "RUS") not in triples(out)
    assert ("SANCTION", "IGO", "RUS") in triples(out)


@pytest.mark.parametrize(("text", "kept"), [
    ("Russia deployed anti-aircraft missiles near the border with Finland.",
     ("MOBILIZE", "RUS", "RUS")),
    ("Ukraine fired anti-ship missiles at a Russian frigate in the Black Sea.",
     ("ASSAULT", "UKR", "RUS")),
    ("Police arrested members of an anti-corruption group in Moscow.",
     ("COERCE", "RUS", "RUS")),
    ("Thousands joined anti-government protests in Belgrade on Saturday.",
     ("PROTEST", "SRB", "SRB")),
    ("An anti-terrorism court in Pakistan sentenced the man to death.",
     ("SANCTION", "PAK", "PAK")),
    ("Pro-Chinese groups held rallies in Hong Kong on Sunday.",
     ("PROTEST", "CHN", "CHN")),
])
def test_anti_before_no_party_changes_nothing(code_text: Any, text: str,
                                              kept: tuple[str, str, str]) -> None:
    assert kept in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Anti-Chinese sentiment is growing in Vietnam, analysts said.",
    "Will there be anti-American protests in Islamabad this week?",
    "The anti-China rhetoric of the campaign worried investors in Taiwan.",
    "Indonesia's football federation fined the club after anti-Malaysian chants at "
    "the stadium.",
])
def test_no_protest_is_read_into_talk_of_one(code_text: Any, text: str) -> None:
    assert not [t for t in triples(code_text(text)) if t[0] == "PROTEST"]


@pytest.mark.parametrize(("lead", "text", "home"), [
    ("Hundreds of Palestinians in Gaza took to the streets on Tuesday as Israel pressed "
     "its offensive.", "Rare anti-Hamas protests broke out in Beit Lahia on Tuesday.", "PSE"),
    ("The Taliban rejected a call by Pakistan to crack down on militants.",
     "Anti-Taliban protests were held in Kabul on Friday.", "AFG"),
    ("Israel struck southern Lebanon again on Monday.",
     "Anti-Hezbollah protests were held in Beirut after the strikes.", "LBN"),
    ("Saudi Arabia struck Yemen again on Saturday.",
     "Rare anti-Houthi protests broke out in Sanaa on Sunday.", "YEM"),
    ("Israel and Iran traded threats on Monday.",
     "Anti-Tehran protests were also held in Isfahan.", "IRN"),
    ("Russia launched new strikes on Ukraine on Saturday.",
     "Anti-Moscow protests were held in St Petersburg on Sunday.", "RUS"),
    ("India and Pakistan traded fire across the Line of Control on Monday.",
     "Anti-Pakistan protests erupted in Quetta on Friday, local media said.", "PAK"),
    ("India and Pakistan traded fire across the Line of Control on Monday.",
     "Anti-India protests erupted in Srinagar after Friday prayers.", "IND"),
])
def test_protests_at_home_against_its_own_rulers_are_its_peoples(
        code_text: Any, lead: str, text: str, home: str) -> None:
    # a group, capital or country of the place itself: the protest is still held there
    assert ("PROTEST", home, home) in triples(code_text(f"{lead}\n{text}", title="Protests"))
