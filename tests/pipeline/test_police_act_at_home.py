"""A state's police keeps order at home: in a story with a second country, what the
police does with nobody named (a killing, an investigation, a warning) is aimed at its
own country, also when the text names the police's country ("Peruvian police"), and
the armed men it arrests where they struck are that country's own, not the story's
other party. Someone the text names as foreign stays foreign, and so does the other
party's army. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import typed_pairs

Pair = tuple[str, str]

# A story about a row between Peru (its focus) and Chile.
TITLE = "Peru recalls ambassador from Chile over border incident"
LEAD = ("Peru recalled its ambassador from Chile on Monday after a border incident. "
        "Peru said Chile must apologise. Chile rejected the demand from Peru. "
        "Chile's foreign minister said Chile would raise the case with Peru. ")

CASES = [
    pytest.param(
        LEAD + "Peruvian police said on Friday they had shot dead three gang members.",
        TITLE, "ASSAULT", {("PER", "PER")}, {("PER", "CHL")},
        id="police-named-by-country-kill-at-home"),
    pytest.param(
        LEAD + ("Peru's National Police Agency warned that attempts to enter government "
                "buildings would be dealt with firmly."),
        TITLE, "THREATEN", {("PER", "PER")}, {("PER", "CHL")},
        id="a-police-agency-warns-its-own-public"),
    # Peru is the focus: a bare "the gunman" would get Peru, but Chile's police arrest
    # him where he struck, in Chile
    pytest.param(
        "Peru evacuated its embassy in Chile on Saturday after a gunman killed a guard. "
        "Peru's president condemned the attack and said Peru would bring its diplomats "
        "home. Peru demanded that Chile punish those responsible. Chile said it regretted "
        "the attack. Chilean police arrested the gunman at the scene.",
        "Peru evacuates embassy in Chile after deadly gun attack",
        "COERCE", {("CHL", "CHL")}, {("CHL", "PER")},
        id="the-gunman-foreign-police-arrest-is-their-own"),
    pytest.param(
        LEAD + "Peruvian police arrested three Chilean fishermen near the border.",
        TITLE, "COERCE", {("PER", "CHL")}, {("PER", "PER")},
        id="foreigners-the-police-arrest-stay-foreign"),
    pytest.param(
        "Rwanda and Congo traded accusations on Monday. Congo said Rwanda must withdraw "
        "its troops. Rwanda rejected the demand from Congo. Rwandan troops shelled "
        "Congolese army positions near Goma on Sunday.",
        "Congo accuses Rwanda of shelling army positions",
        "ASSAULT", {("RWA", "COD")}, {("RWA", "RWA")},
        id="an-army-shelling-the-other-partys-army-stays-foreign"),
]


@pytest.mark.parametrize(("text", "title", "kind", "expected", "excluded"), CASES)
def test_police_act_at_home(code_text: Any, text: str, title: str, kind: str,
                            expected: set[Pair], excluded: set[Pair]) -> None:
    found = typed_pairs(code_text(text, title=title, published="2023-03-01"), kind)
    assert expected <= found
    assert not excluded & found
