"""A state's police keeps order at home: in a story with a second country, what the
police does with nobody named (a killing, an investigation, a warning) is aimed at its
own country, also when the text names the police's country ("Peruvian police"), and
the armed men it arrests where they struck are that country's own, not the story's
other party. Someone the text names as foreign stays foreign, and so does the other
party's army. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

# A story about a row between Peru (its focus) and Chile.
TITLE = "Peru recalls ambassador from Chile over border incident"
LEAD = ("Peru recalled its ambassador from Chile on Monday after a border incident. "
        "Peru said Chile must apologise. Chile rejected the demand from Peru. "
        "Chile's foreign minister said Chile would raise the case with Peru. ")


def _pairs(out: Any, kind: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t in triples(out) if ty == kind}


def test_police_named_by_country_kill_at_home(code_text: Any) -> None:
    text = LEAD + "Peruvian police said on Friday they had shot dead three gang members."
    killed = _pairs(code_text(text, title=TITLE, published="2023-03-01"), "ASSAULT")
    assert ("PER", "PER") in killed
    assert ("PER", "CHL") not in killed


def test_a_police_agency_warns_its_own_public(code_text: Any) -> None:
    text = LEAD + ("Peru's National Police Agency warned that attempts to enter government "
                   "buildings would be dealt with firmly.")
    warned = _pairs(code_text(text, title=TITLE, published="2023-03-01"), "THREATEN")
    assert ("PER", "PER") in warned
    assert ("PER", "CHL") not in warned


def test_the_gunman_foreign_police_arrest_is_their_own(code_text: Any) -> None:
    # Peru is the focus: a bare "the gunman" would get Peru, but Chile's police
    # arrest him where he struck, in Chile
    text = ("Peru evacuated its embassy in Chile on Saturday after a gunman killed a "
            "guard. Peru's president condemned the attack and said Peru would bring its "
            "diplomats home. Peru demanded that Chile punish those responsible. Chile "
            "said it regretted the attack. Chilean police arrested the gunman at the scene.")
    out = code_text(text, title="Peru evacuates embassy in Chile after deadly gun attack",
                    published="2023-03-01")
    arrested = _pairs(out, "COERCE")
    assert ("CHL", "CHL") in arrested
    assert ("CHL", "PER") not in arrested


def test_foreigners_the_police_arrest_stay_foreign(code_text: Any) -> None:
    text = LEAD + "Peruvian police arrested three Chilean fishermen near the border."
    arrested = _pairs(code_text(text, title=TITLE, published="2023-03-01"), "COERCE")
    assert ("PER", "CHL") in arrested
    assert ("PER", "PER") not in arrested


def test_an_army_shelling_the_other_partys_army_stays_foreign(code_text: Any) -> None:
    text = ("Rwanda and Congo traded accusations on Monday. Congo said Rwanda must "
            "withdraw its troops. Rwanda rejected the demand from Congo. "
            "Rwandan troops shelled Congolese army positions near Goma on Sunday.")
    out = code_text(text, title="Congo accuses Rwanda of shelling army positions",
                    published="2023-03-01")
    shelled = _pairs(out, "ASSAULT")
    assert ("RWA", "COD") in shelled
    assert ("RWA", "RWA") not in shelled
