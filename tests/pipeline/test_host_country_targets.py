"""A state's force with no named recipient lands on the country where it happens: jets
hitting camps around a foreign city, or an emergency declared for an overseas territory
in unrest, act on that place, not on the state itself. Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any


def test_strikes_around_a_foreign_city_hit_its_country(code_text: Any) -> None:
    out = code_text("France strikes rebels in Mali\n\n"
                    "French jets hit rebel camps around the city of Gao on Sunday.")
    got = {(e.type, e.source.country, e.target.country) for e in out.events
           if "Gao" in e.evidence.sentence and e.source and e.target}
    assert ("ASSAULT", "FRA", "MLI") in got, got
    assert ("ASSAULT", "FRA", "FRA") not in got, got


def test_an_emergency_for_a_territory_acts_on_it(code_text: Any) -> None:
    out = code_text("Riots shake New Caledonia\n\n"
                    "Rioters burned shops in Noumea on Monday. "
                    "Paris declared a state of emergency on Wednesday.")
    got = {(e.type, e.source.country, e.target.country) for e in out.events
           if "emergency" in e.evidence.sentence and e.source and e.target}
    assert ("COERCE", "FRA", "NCL") in got, got
    assert ("COERCE", "FRA", "FRA") not in got, got


def test_people_detained_abroad_are_the_places(code_text: Any) -> None:
    out = code_text("France strikes rebels in Mali\n\n"
                    "French soldiers detained 40 people around Gao on Sunday.")
    got = {(e.type, e.source.country, e.target.country) for e in out.events
           if "Gao" in e.evidence.sentence and e.source and e.target}
    assert ("COERCE", "FRA", "MLI") in got, got
    assert ("COERCE", "FRA", "FRA") not in got, got
