"""A summons whose purpose is a protest: "the ministry summoned Romatet to protest against
the arrest", "summoned the ambassador to lodge a strong protest". Summoning someone
to complain of his state's act is a diplomatic protest (PLOVER ACCUSE), even where the
summoned envoy is named only by his name, which the summons table cannot read as an
envoy; other summonses ("summoned the assembly to an extraordinary session") stay
requests. The words are ``data/word_classes.toml`` (protest_purposes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

SUMMONED_PROTEST = Sense("ACCUSE", "disapprove", "summon to protest")


def summoned_to_protest(tok: Token, sense: Sense) -> Sense | None:
    """ACCUSE for "summoned X to protest / to lodge a protest / to complain", else None."""
    if lemma_of(tok) != "summon" or sense.type != "REQUEST":
        return None
    purposes = word_class("protest_purposes")
    for aim in tok.children:
        if aim.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in aim.children):
            continue
        if lemma_of(aim) in purposes or any(
                c.dep_ in ("dobj", "obj") and lemma_of(c) in purposes for c in aim.children):
            return SUMMONED_PROTEST
    return None
