"""The whole a collective or a part is "of" (``actor_collectives.whole_spoken_for``), which
the actor resolver reads for both "a group of demonstrators" and "some of the soldiers".
Sentences are made up."""

from __future__ import annotations

from typing import Any

from pipeline.actor_collectives import whole_spoken_for
from schemas import Actor

#: An actor the counting word would name by itself ("group" read as an armed group).
OWN = Actor(text="group", name=None, country=None, role="REB")


def _word(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


def _none(tok: Any) -> None:
    return None


def test_a_collective_is_its_people(nlp: Any) -> None:
    tok = _word(nlp, "A group of farmers blocked the highway.", "group")
    whole = whole_spoken_for(tok, lambda t: OWN)  # its own reading yields
    assert whole is not None and whole.text == "farmers"


def test_a_part_is_its_whole_when_it_names_no_one(nlp: Any) -> None:
    tok = _word(nlp, "Some of the miners refused to leave the pit.", "Some")
    whole = whole_spoken_for(tok, _none)
    assert whole is not None and whole.text == "miners"


def test_a_part_that_names_its_own_actor_keeps_it(nlp: Any) -> None:
    tok = _word(nlp, "Some of the miners refused to leave the pit.", "Some")
    assert whole_spoken_for(tok, lambda t: OWN) is None


def test_a_collective_of_its_own_kind_is_no_count(nlp: Any) -> None:
    tok = _word(nlp, "An armed group of former soldiers attacked the village.", "group")
    assert whole_spoken_for(tok, _none) is None
