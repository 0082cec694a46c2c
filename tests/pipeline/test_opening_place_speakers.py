""""In Manila, Foreign Secretary X said ...": a titled person with no country of their
own who is the subject of a sentence set in a capital by its opening phrase is that
capital's official, not the story's focus country's. Sentences are made up for these
tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = ("China rejected the tribunal's ruling on Tuesday and said the tribunal had no "
         "jurisdiction over the reef. ")


def test_a_titled_speaker_in_the_opening_capital_is_its_official(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "In Manila, Foreign Secretary Juan Reyes welcomed the decision and called "
        "on all parties to exercise restraint.", title="China rejects reef ruling"))
    assert ("SUPPORT", "PHL", "CHN") in got
    assert not any(s == "CHN" and ty in ("SUPPORT", "REQUEST") for ty, s, _ in got)


def test_a_person_the_opening_capital_hosts_is_no_official_of_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the subject is the visitor's host; the guest who is met keeps the story's guess
    got = triples(code_text(
        STORY + "In Manila, President Ferdinand Marcos met Foreign Minister Li Wen and "
        "urged him to respect the ruling.", title="China rejects reef ruling"))
    assert ("REQUEST", "PHL", "CHN") in got


def test_guard_a_speaker_where_world_bodies_sit_is_no_local_official(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: "In New York" / "In Geneva" sets a visitor at a world body, no US or Swiss
    # official
    for city in ("New York", "Geneva"):
        got = triples(code_text(
            STORY + f"In {city}, Foreign Minister Jan Novak condemned the Chinese "
            "ruling.", title="China rejects reef ruling"))
        assert not any(s in ("USA", "CHE") for _, s, _ in got), (city, got)
