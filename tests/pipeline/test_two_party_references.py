"""Phrases that stand for both parties of a two-party story: a plural pronoun after
"both countries" or "both leaders", and "the neighbours". Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("India and Pakistan traded strikes across the border. India said Pakistan had "
         "shelled its villages. Pakistan accused India of aggression. ")


def test_them_after_both_countries_is_each_party(code_text: Any) -> None:
    out = code_text(STORY + "China, which has ties with both countries, urged them to "
                    "show restraint.")
    assert {("REQUEST", "CHN", "IND"), ("REQUEST", "CHN", "PAK")} <= triples(out)


def test_them_after_both_leaders_is_each_party(code_text: Any) -> None:
    out = code_text(STORY + "The Russian president spoke with both leaders and urged them "
                    "to avoid escalation.")
    assert {("REQUEST", "RUS", "IND"), ("REQUEST", "RUS", "PAK")} <= triples(out)


def test_the_neighbours_are_the_two_parties(code_text: Any) -> None:
    out = code_text(STORY + "The nuclear-armed neighbours accused each other of breaking "
                    "the truce.")
    assert {("ACCUSE", "IND", "PAK"), ("ACCUSE", "PAK", "IND")} <= triples(out)


CAUCASUS = ("Armenia and Azerbaijan signed a peace treaty on Friday. Armenia said "
            "Azerbaijan would reopen the border. Azerbaijan thanked Armenia. ")


def test_an_outsiders_welcome_goes_to_both_parties(code_text: Any) -> None:
    out = code_text(CAUCASUS + "The United States welcomed the step.")
    assert {("SUPPORT", "USA", "ARM"), ("SUPPORT", "USA", "AZE")} <= triples(out)


def test_several_outsiders_welcome_both_parties(code_text: Any) -> None:
    out = code_text(CAUCASUS + "Georgia and Iran welcomed the treaty.")
    assert {("SUPPORT", "GEO", "ARM"), ("SUPPORT", "GEO", "AZE"),
            ("SUPPORT", "IRN", "ARM"), ("SUPPORT", "IRN", "AZE")} <= triples(out)


def test_people_counted_on_one_side_fell_to_the_other(code_text: Any) -> None:
    out = code_text(CAUCASUS + "The fighting killed 90 people on the Armenian side.")
    assert ("ASSAULT", "AZE", "ARM") in triples(out)


def test_people_killed_in_fighting_with_the_other_party(code_text: Any) -> None:
    out = code_text("Kyrgyzstan and Tajikistan agreed a truce on Friday. Kyrgyzstan said "
                    "Tajikistan had broken it. Tajikistan denied it. Kyrgyzstan said 59 of "
                    "its citizens had been killed in the fighting with Tajikistan.")
    assert ("ASSAULT", "TJK", "KGZ") in triples(out)
