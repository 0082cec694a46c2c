"""Premises standing shut: shops, schools and offices shut with no authority named doing
it, or shut by a strike, are the state of the street (the strike is coded on its own
word), not an act of coercion; an authority shutting them still coerces."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("Many shops stayed shut on Tuesday.", "shut"),
    ("Most shops in the old city were shut on Monday.", "shut"),
    ("The general strike, which halted flights, shut universities and malls.", "shut"),
])
def test_premises_standing_shut_are_no_coercion(nlp: Any, text: str, word: str) -> None:
    assert word not in _types(nlp, text)


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Police shut dozens of shops in the old city.", "shut", "COERCE"),
    ("Schools were closed by the authorities.", "closed", "COERCE"),
    ("The army closed the border.", "closed", "SANCTION"),
])
def test_authorities_shutting_premises_still_count(nlp: Any, text: str, word: str,
                                                   type_: str) -> None:
    assert _types(nlp, text).get(word) == type_


def test_what_strikers_shut_is_no_coercion(nlp: Any) -> None:
    types = _types(nlp, "The union federation called off the strike, which had halted "
                        "flights, shut universities and closed the schools.")
    assert "shut" not in types and "closed" not in types


def test_a_union_of_states_shutting_its_airspace_still_sanctions(nlp: Any) -> None:
    assert _types(nlp, "The union agreed to shut its airspace to Iranian airlines.").get(
        "shut") == "SANCTION"
