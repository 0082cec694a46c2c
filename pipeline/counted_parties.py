""""raised duties on steel from Peru, Chile and Bolivia, accusing the three countries of
dumping", "the premier flew to Lisbon ..., and the two governments signed": a counted
definite plural of states stands for the countries its own sentence has just named, as
many as it counts. Read as the story's two parties
(``AnaphoraResolver._both``), a third country's pair, or only one of three, was coded."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.doc_views import span_ents
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Count words of a definite plural ("the two countries", "the three governments"). Not
#: "both": "both countries" is mostly the story's own two parties, whatever the sentence
#: named last ("speaking before leaving for a summit in The Hague, said both countries").
COUNTS = {"two": 2, "three": 3, "four": 4}
#: Prepositions of where something happens: a place named with one is a venue ("talks in
#: Rome"), not one of the parties counted.
VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
#: Heads that make the counted parties states (as ``actor_anaphora.STATE_HEADS``).
STATE_HEADS = frozenset({"country", "nation", "government", "neighbour", "neighbor"})
#: Entities that can name a state's party: places, nationalities, bodies and persons.
PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _count(tok: Token) -> int | None:
    """How many a state plural counts ("the two countries": 2), None if it counts none."""
    if tok.lemma_.lower() not in STATE_HEADS or tok.tag_ != "NNS":
        return None
    return next((COUNTS[c.lower_] for c in tok.children
                 if c.dep_ in ("nummod", "det", "predet") and c.lower_ in COUNTS), None)


def counted_countries(tok: Token, resolve_one: Callable[[Token], Actor | None],
                      pair: tuple[str, str] | None) -> list[Actor] | None:
    """The states a counted plural stands for: the last ``n`` distinct countries its
    sentence names before it, when it names at least that many and they are not the
    story's own pair (which ``AnaphoraResolver._both`` reads as before); else None."""
    n = _count(tok)
    if n is None:
        return None
    codes: list[str] = []
    for ent in reversed(span_ents(tok.sent)):
        if ent.end > tok.i or ent.label_ not in PARTY_LABELS:
            continue
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in VENUE_PREPS:
            continue  # ("announced the agreement in Rome": the venue)
        a = resolve_one(ent.root)
        if a is not None and a.country and a.country not in codes:
            codes.append(a.country)
        if len(codes) == n:
            break
    if len(codes) < n or (pair is not None and set(codes) == set(pair)):
        return None
    return [Actor(text=c, name=c, country=c, role="GOV") for c in reversed(codes)]
