"""``own_countries``: whether an act's recipients are of the actors' own country, the one
reading of the home checks (a ban at home, one's own envoys, a permission abroad)."""

from __future__ import annotations

from pipeline.own_countries import all_at_home, any_abroad, any_at_home, countries
from schemas import Actor

AFG = Actor(text="the Taliban", country="AFG", role="GOV")
WOMEN = Actor(text="women", country="AFG", role="CVL")
USA = Actor(text="Washington", country="USA", role="GOV")
NOBODY = Actor(text="they", country=None, role="UNK")


def test_countries_leave_out_actors_of_no_country() -> None:
    assert countries([AFG, NOBODY, WOMEN]) == {"AFG"}


def test_all_at_home_needs_every_target_of_the_sources_country() -> None:
    assert all_at_home([AFG], [WOMEN])
    assert not all_at_home([AFG], [WOMEN, USA])
    assert not all_at_home([AFG], [])
    assert not all_at_home([NOBODY], [NOBODY])  # no country known is no home


def test_any_at_home_needs_one_target_of_the_sources_country() -> None:
    assert any_at_home([USA], [AFG, Actor(text="embassy staff", country="USA")])
    assert not any_at_home([NOBODY], [NOBODY])


def test_any_abroad_needs_a_known_country_on_both_sides() -> None:
    assert any_abroad([AFG], [WOMEN, USA])
    assert not any_abroad([AFG], [WOMEN, NOBODY])
    assert not any_abroad([NOBODY], [USA])
