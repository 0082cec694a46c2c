"""Envoys sent home: a state calling its named envoy home, an envoy asked or told to
return home, and a foreign body's officials ordered to leave are recalls and expulsions
(PLOVER SANCTION), not requests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    # the envoy's title and name may hang on "home"
    ("The president said he had called ambassador Pedro Ruiz home for consultations.",
     "called"),
    ("Officials said ambassador Lena Berg had been asked to return home.", "asked"),
    ("The ministry said the consul had been told to return home for consultations.",
     "told"),
    ("Kenya has ordered five senior United Nations officials to leave within 48 hours.",
     "ordered"),
])
def test_envoys_sent_home_are_sanctions(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) == "SANCTION"


@pytest.mark.parametrize(("text", "word", "type_"), [
    # a state's own officials, and people told to go home who are no envoys, stay apart
    ("The mayor told the strikers to return home.", "told", "REQUEST"),
])
def test_others_sent_home_are_not_expulsions(nlp: Any, text: str, word: str,
                                             type_: str) -> None:
    assert _types(nlp, text).get(word) == type_


def test_envoy_named_on_home_is_recalled(nlp: Any) -> None:
    # the small model may parse "called ambassador X Y home" with the whole name as
    # compounds of the adverb "home"
    words = ["She", "called", "ambassador", "Jorge", "Lozada", "home", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 4, 4, 5, 1, 1],
              deps=["nsubj", "ROOT", "compound", "compound", "compound", "advmod", "punct"],
              pos=["PRON", "VERB", "PROPN", "PROPN", "PROPN", "ADV", "PUNCT"],
              tags=["PRP", "VBD", "NNP", "NNP", "NNP", "RB", "."],
              lemmas=["she", "call", "ambassador", "Jorge", "Lozada", "home", "."])
    assert {t.token.text: t.sense.type for t in find_triggers(doc[:])}.get(
        "called") == "SANCTION"
