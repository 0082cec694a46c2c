"""Where forces withdraw from: "French troops withdrew from Mali and Burkina Faso",
"completed their withdrawal from neighbouring Mali", "Israeli troops left Jenin". A
withdrawal (PLOVER RETREAT) is aimed at the country the forces leave, which the "from"
phrase of the act names, or the country of the town a verb of leaving takes as its
object; without it the recipient is only implied by the story (the other party of a
two-party story, or the story's own country), which is wrong whenever the text names a
third country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import country_named, lookup, place_country
from pipeline.own_countries import countries
from pipeline.syntax import compound_name
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder


#: Lemmas of forces leaving a place (not a release "from prison", a resignation "from
#: the cabinet" or a handover "from Russian custody").
WITHDRAWALS = frozenset({"withdraw", "withdrawal", "pull", "pullout", "leave", "exit",
                         "retreat", "evacuate", "evacuation", "drawdown"})


def withdrawn_from(finder: ArgumentFinder, tok: Token, speaker: Actor | None,
                   sources: list[Actor]) -> list[Actor]:
    """The countries a withdrawal's own "from" phrase names (with their conjuncts), and
    for "leave"/"exit" those of the towns it takes as objects (`_towns_left`), other than
    the withdrawing side's; empty when it names none ("withdrew from the talks", "from
    the deal": no country)."""
    if tok.lemma_.lower() not in WITHDRAWALS:
        return []
    homes = countries(sources)
    out: list[Actor] = []
    for n in places_left(tok, out_of=False):
        if n.pos_ == "PROPN":
            out += [a for a in finder.actor(n, speaker)
                    if a.country and a.country not in homes and a not in out]
    if tok.lemma_.lower() in LEFT_BY_NAME:
        out += [a for a in _towns_left(tok) if a.country not in homes and a not in out]
    return out


#: Verbs whose direct object is the place left ("left Jenin", "exited Kherson").
LEFT_BY_NAME = frozenset({"leave", "exit"})


def _towns_left(tok: Token) -> list[Actor]:
    """The countries of the places a verb of leaving takes as its object: "Israeli troops
    left Jenin" leave the Palestinian territories, "Russian forces left Kherson" Ukraine
    (a town is no actor of its own). A country left by its own name ("left Mali") is
    skipped: the actor lookup reads it as its government, as "withdrew from Mali"."""
    out: list[Actor] = []
    for n in places_left(tok, by_object=True):
        name = compound_name(n)
        if n.pos_ == "PROPN" and country_named(lookup(name)) is None and (
                code := place_country(name)) is not None:
            out.append(Actor(text=name, name=None, country=code, role="UNK"))
    return out


def places_left(tok: Token, *, by_object: bool = False, out_of: bool = True) -> list[Token]:
    """The words naming the places a pull-out leaves, each with its conjuncts ("from Mali
    and Niger"), in order: the direct objects of a verb of leaving (``by_object``: "left
    Jenin"), else the objects of its "from" phrase and (``out_of``) of its "out of" phrase,
    where the parser hangs "of" on "out" ("pulled out of Somalia")."""
    if by_object:
        heads = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    else:
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
        if out_of:
            preps += [o for c in tok.children if c.lower_ == "out" for o in c.children
                      if o.dep_ == "prep" and o.lower_ == "of"]
        heads = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    return [n for p in heads for n in (p, *p.conjuncts)]
