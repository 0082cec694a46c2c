"""Which recipients of the source's own country stay at home in a two-party story
(pipeline/home_aims.py): a role word given the source's country by the story's focus
is the other party's, while a pronoun, a name that says its country, a crowd or a
recipient of another country keeps the country it has."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from pipeline.home_aims import EventView, stays_home
from schemas import Actor

SOURCE = Actor(text="the army", name=None, country="EGY", role="MIL")


def _view(event_type: str = "ASSAULT") -> EventView:
    # the tests below read no story: the finder's resolver has no pair of parties (so no
    # stretch of a two-party story is read) and the trigger no token
    finder = SimpleNamespace(resolver=SimpleNamespace(pair=None))
    return EventView(finder=cast(Any, finder), trig=cast(Any, SimpleNamespace(token=None)),
                     event_type=event_type, sources=[SOURCE], targets=[], near=[],
                     own_violence=False)


def _target(text: str, country: str | None = "EGY") -> Actor:
    return Actor(text=text, name=None, country=country, role="UNK")


def test_a_role_word_of_the_sources_country_is_the_other_partys() -> None:
    assert not stays_home(_target("a convoy"), _view(), "LBY")


@pytest.mark.parametrize("text", ["them", "the crowds", "Egyptian fishermen"])
def test_pronouns_crowds_and_named_countries_stay_home(text: str) -> None:
    assert stays_home(_target(text), _view(), "LBY")


def test_a_recipient_of_another_country_or_with_no_other_party_stays() -> None:
    assert stays_home(_target("a convoy", "SDN"), _view(), "LBY")
    assert stays_home(_target("a convoy"), _view(), None)


def test_a_statement_to_lawmakers_is_said_at_home_an_attack_on_them_is_not() -> None:
    assert stays_home(_target("lawmakers"), _view("REQUEST"), "LBY")
    assert not stays_home(_target("lawmakers"), _view("ASSAULT"), "LBY")
