"""Forces that leave a country are foreign to it. With no nationality of their own ("the
marines left Somalia") they are not the country they leave (the story's focus, for want
of a name), but the one foreign country whose forces the story names, else nobody known.
A force whose phrase names its country, or that leaves a town, keeps its reading."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import typed_pairs


@pytest.mark.parametrize(("text", "left"), [
    ("The marines left Somalia on Tuesday.", "SOM"),
    ("The troops withdrew from Mali on Tuesday.", "MLI"),
    ("The marines pulled out of Somalia.", "SOM"),
    # two foreign forces named: which one left is unsaid
    ("French and Chadian troops arrived in Mali in 2013. The soldiers left Mali in August.",
     "MLI"),
])
def test_an_unnamed_force_is_not_the_country_it_leaves(code_text: Any, text: str,
                                                       left: str) -> None:
    assert typed_pairs(code_text(text), "RETREAT") == {("MIL", left)}


def test_an_unnamed_force_is_the_story_s_foreign_force(code_text: Any) -> None:
    got = typed_pairs(code_text("French troops arrived in Mali in 2013. The soldiers left "
                                "Mali in August."), "RETREAT")
    assert got == {("FRA", "MLI")}


@pytest.mark.parametrize(("text", "pair"), [
    # guard: the force's own phrase names its country
    ("French troops left Mali in August.", ("FRA", "MLI")),
    ("France said its troops left Mali in August.", ("FRA", "MLI")),
    ("Somali troops left Mogadishu on Tuesday.", ("SOM", "SOM")),
    # guard: police name no force sent abroad (Kenyan police in Mogadishu do not make
    # the unnamed troops leaving Somalia Kenya's)
    ("Kenyan police arrested 12 men in Mogadishu. The troops withdrew from Somalia on "
     "Tuesday.", ("MIL", "SOM")),
])
def test_guard_a_named_force_keeps_its_country(code_text: Any, text: str,
                                              pair: tuple[str, str]) -> None:
    assert typed_pairs(code_text(text), "RETREAT") == {pair}


@pytest.mark.parametrize("text", [
    # guard: a town or the capital left is no country: the state's own army may leave it
    "Somalia's president spoke in Mogadishu on Monday. The army left the capital on Tuesday.",
    "Somalia's president spoke in Mogadishu on Monday. The army left Baidoa on Tuesday.",
])
def test_guard_a_force_leaving_a_town_may_be_the_state_s_own(code_text: Any, text: str
                                                              ) -> None:
    assert typed_pairs(code_text(text), "RETREAT") == {("SOM", "SOM")}


@pytest.mark.parametrize("text", [
    # guard: no pull-out at all (a question, a sport team, the weather)
    "Did the troops leave Mali last year?",
    "The national team left Mali for the World Cup on Tuesday.",
    "The storm left Mali with heavy flooding.",
])
def test_guard_no_pull_out(code_text: Any, text: str) -> None:
    assert not typed_pairs(code_text(text), "RETREAT")


@pytest.mark.parametrize(("text", "pair"), [
    # guard: a part of a country left ("eastern Ukraine") is a region the country's own
    # army may pull back from, not the country; the enemy the story names did not leave
    ("Russian troops shelled Kharkiv. The army withdrew from eastern Ukraine on Friday, "
     "Kyiv said.", ("UKR", "UKR")),
    ("Russian forces pressed the offensive. Ukraine's commander said the army pulled out "
     "of eastern Ukraine to save lives.", ("UKR", "UKR")),
    ("Syrian rebels advanced. Turkish troops shelled Kurdish positions. The army withdrew "
     "from northern Syria on Friday, state media said.", ("SYR", "SYR")),
    ("Ethiopian troops have backed Mogadishu since 2006. The army withdrew from southern "
     "Somalia on Friday.", ("SOM", "SOM")),
])
def test_guard_a_force_leaving_part_of_a_country_may_be_its_own(
        code_text: Any, text: str, pair: tuple[str, str]) -> None:
    assert typed_pairs(code_text(text), "RETREAT") == {pair}


def test_forces_leaving_a_country_do_so_in_the_country_left(code_text: Any) -> None:
    out = code_text("Ethiopian troops entered Somalia in 2006. The soldiers left Somalia "
                    "on Friday.")
    places = {e.location and e.location.country for e in out.events if e.type == "RETREAT"}
    assert places == {"SOM"}
