"""The objects of a word's prepositional phrases (``pipeline.prep_objects``), the walk
the detention, release, expulsion and ceasefire readers share. Sentences are made up."""

from __future__ import annotations

from typing import Any

from pipeline.prep_objects import prep_objects


def _word(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


def test_only_the_named_prepositions_are_walked(nlp: Any) -> None:
    tok = _word(nlp, "The reporter was arrested in Lagos on Friday.", "arrested")
    assert [p.text for p in prep_objects(tok, ("in", "at"))] == ["Lagos"]
    assert prep_objects(tok, ("from",)) == []


def test_objects_come_in_text_order(nlp: Any) -> None:
    tok = _word(nlp, "The activist was freed from prison in Minsk.", "freed")
    assert [p.text for p in prep_objects(tok, ("from", "in"))] == ["prison", "Minsk"]
