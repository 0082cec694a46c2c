""""The two countries", "both governments" in a story whose counts give it no dyad (the
second country is named mostly as a place) are still the story's two most named
countries: the text itself says two states act. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples, typed_pairs

#: Brazil is named far more often than Paraguay, and Paraguay mostly as a place: no dyad.
DAM = ("Brazil presses Paraguay over dam tariff.\n\n"
       "Brazil wants a lower tariff for power from the Itaipu dam. Brazil's energy "
       "minister said on Monday that Brazil would not pay more. Brazil has spent "
       "billions on the dam, and Brazil's utilities buy most of its power. The dam sits "
       "on the river in Paraguay, near the city of Hernandarias in Paraguay. ")


def _consult(out: Any) -> set[tuple[str | None, str | None]]:
    return typed_pairs(out, "CONSULT")


def _of(out: Any, sentence: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events coded from one sentence."""
    return {(e.type, e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.evidence.sentence == sentence}


def test_officials_from_the_two_countries_met(code_text: Any) -> None:
    out = code_text(DAM + "Officials from the two countries met in Asuncion on Friday.")
    assert _consult(out) & {("BRA", "PRY"), ("PRY", "BRA")}


def test_the_two_governments_held_talks(code_text: Any) -> None:
    out = code_text(DAM + "The two governments held talks in Asuncion on Friday.")
    assert _consult(out) & {("BRA", "PRY"), ("PRY", "BRA")}


def test_guard_the_two_leaders_are_not_the_two_countries(code_text: Any) -> None:
    # guard: "the two leaders" are often the two persons just named (the detained
    # president and premier), not the story's two countries
    said = "Rights groups demanded the release of the two leaders."
    assert not any(t == "PRY" for _, _, t in _of(code_text(DAM + said), said))


def test_guard_both_the_army_and_the_rebels_are_not_two_countries(code_text: Any) -> None:
    # guard: "both the army and the rebels" are two named sides, not "the two countries"
    said = "Aid groups say both the army and the rebels have looted food stores."
    assert not any(s == "PRY" or t == "PRY" for _, s, t in _of(code_text(DAM + said), said))


def test_guard_a_story_naming_one_country_only(code_text: Any) -> None:
    # guard: with one country named, "the two countries" finds no second party
    out = code_text("Brazil dam dispute.\n\nBrazil wants a lower tariff. Brazil said on "
                    "Monday it would not pay more. Officials from the two countries met "
                    "on Friday.")
    assert not any(s == t == "BRA" for ty, s, t in triples(out) if ty == "CONSULT")
