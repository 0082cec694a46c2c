"""Listed names resolve whatever their accents: the lexicon is looked up by exact key
first, then by an accent-folded key on both sides. Names are made up or generic."""

from __future__ import annotations

from pipeline.actor_lexicon import lookup


def test_unaccented_spelling_finds_an_accented_listed_name() -> None:
    e = lookup("Elysee")  # listed only as "Élysée"
    assert e is not None and e.country == "FRA"


def test_accented_spelling_finds_an_unaccented_listed_name() -> None:
    e = lookup("Türkiye")
    assert e is not None and e.country == "TUR"
    cap = lookup("Bogotá")
    assert cap is not None and cap.country == "COL"
    assert lookup("Bogota") == cap


def test_folding_keeps_the_plural_and_case_rules() -> None:
    e = lookup("ÉLYSÉE")
    assert e is not None and e.country == "FRA"
    assert lookup("Médecins Sans Frontières") == lookup("MEDECINS SANS FRONTIERES")
    assert lookup("Québécois") is None or lookup("Québécois") == lookup("Quebecois")
