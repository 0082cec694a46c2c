"""In a story of a country's own street unrest, police officers hurt or killed with no
agent named were hurt by that country's own crowds: the violence is the country's own,
not a null-source attack. (Soldiers or jets downed stay someone else's attack.)
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

TITLE = "Protests over fuel prices spread across Peru"
STORY = ("Thousands of protesters marched in Lima on Monday against fuel price rises. "
         "Protesters blocked roads in several provinces. Riot police fired tear gas at "
         "demonstrators outside parliament. The protests entered a second week. "
         "The Interior Ministry said 25 police officers were injured in the clashes.")


def test_police_hurt_in_unrest_are_the_country_own_violence(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    hurt = {(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "ASSAULT" and "25 police" in e.evidence.sentence}
    assert ("PER", "PER") in hurt
    assert (None, "PER") not in hurt
