"""The party an attack or sanction noun is aimed at through a thing of its own: "attacks
on Kenyan positions", "an attack on a Belgian convoy", "French strikes on Libyan fuel
depots", "retaliatory tariffs on Japanese goods".
``pipeline.noun_modifiers`` takes an "on/against" object only when the object itself is
an actor, and never an "of" object, so such an attack had no target, and with no doer
named either it was dropped, though its target is stated (its unnamed doer is left open:
a null source). Only an object whose own words name a country counts: a bare "the killing
of civilians" or "an assault on the country's transition" would be coded on a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import scan_names
from pipeline.syntax import CLAUSE_DEPS
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.clause_actors import ClauseActors
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Acts whose noun's object is what they were done to (not arrests or deportations: "the
#: deportation of Palestinian refugees" mostly names a grievance told in passing, and the
#: arrester the coder guesses for it is often wrong).
AIMED_TYPES = frozenset({"ASSAULT", "SANCTION"})
#: Prepositions that place a thing beside a country, not in it or of it.
NEAR_PREPS = frozenset({"near", "along", "off", "beside", "by", "outside", "across",
                        "around", "close", "opposite"})
#: The prepositions naming what an attack or sanction noun struck.
AIM_PREPS = frozenset({"on", "against", "upon", "of"})


def struck_party(finder: ClauseActors, trig: Trigger, speaker: Actor | None) -> list[Actor]:
    """The country named inside an attack or sanction noun's "on/against/of" object,
    or []."""
    tok = trig.token
    if trig.sense.type not in AIMED_TYPES:
        return []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in AIM_PREPS or (
                c.lower_ == "of" and trig.sense.type == "ASSAULT"
                and lemma_of(tok) not in word_class("victim_of_nouns")):
            # ("the attack of Russian forces": an attack's "of" names the doer, but for a
            # killing's or a bombing's victims; a sanction's names the sanctioned: "the
            # expulsion of Russian diplomats")
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            entry = scan_names(" ".join(t.text for t in _own_words(p)))
            # (a capital names where a thing is, not whose it is: "attacks on Lima
            # embassy staff" struck a foreign embassy's staff, not Peru)
            named = entry.country if entry is not None and entry.kind != "capital" else None
            found = [a for a in finder.object_actors([p], speaker) if a.country == named]
            if named is not None and found:
                return found
    return []


def _own_words(tok: Token) -> list[Token]:
    """The words of ``tok``'s phrase, without the clauses and the places it is only near
    ("positions near the Kenyan border" may be anyone's; "hideouts in eastern
    Afghanistan" and "positions of the Kenyan army" are struck in or of that country)."""
    out, queue = [], [tok]
    while queue:
        t = queue.pop()
        out.append(t)
        queue.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS and not (
            c.dep_ == "prep" and c.lower_ in NEAR_PREPS))
    return sorted(out, key=lambda t: t.i)
