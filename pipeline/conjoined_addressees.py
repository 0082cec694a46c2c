"""The addressee a statement shares with the verb joined to it.

"A UN agency faulted the new rules and urged Lithuania to change them", "the ministry
condemned the raid and called on Kabul to act", "said it was concerned by the expulsion
and reminded Zambia of its duty": a criticism, refusal or welcome that names no
recipient, joined by "and" to a verb addressed to a state, is about that state. The
story's pair would otherwise supply the recipient (Belarus in a story of the
Lithuania-Belarus border; Zimbabwe in one of a Zimbabwean opposition leader). An act
the statement names with an author told before ("condemned the arrest") keeps that
author (``author_target`` is asked first), and a welcome of a thing ("welcomed the truce
and urged the United States to guarantee it") is not the party urged's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.implied_parties import party, party_codes
from pipeline.syntax import conjoined, objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

#: Statements whose recipient an addressed verb beside them can give.
STATEMENTS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST"})
#: Verbs addressed to someone (see word_classes.toml).
ADDRESSING = word_class("addressing")
#: Prepositions that carry the addressee of an addressing verb ("called on Kabul",
#: "appealed to the UN").
ADDRESS_PREPS = frozenset({"on", "to"})
#: Conjunctions that set the joined verbs against each other.
CONTRASTS = frozenset({"but", "yet", "while"})


def _joined(tok: Token) -> list[Token]:
    """The verbs joined to ``tok`` by "and" (its conjuncts, the verb it is the conjunct
    of, and that verb's other conjuncts), nearest first; none across a "but" ("welcomed
    the release but urged Iran to free the others": the welcome is for whoever freed)."""
    first = tok.head if tok.dep_ == "conj" else tok
    if any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in first.children):
        return []
    return [t for t in conjoined(tok) if t.pos_ == "VERB"]


def _addressees(tok: Token) -> list[Token]:
    """The objects an addressing verb is addressed to ("urged Lithuania", "called on
    Kabul")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS
             for p in c.children if p.dep_ == "pobj"]
    return objs


def conjoined_addressee(finder: ArgumentFinder, tok: Token, event_type: str,
                        sources: list[Actor], speaker: Actor | None) -> list[Actor]:
    """The state or body a verb joined to the statement ``tok`` is addressed to, when
    that is one party other than the sources; [] otherwise."""
    if event_type not in STATEMENTS or not sources:
        return []
    if event_type == "SUPPORT" and objects(tok):
        # "welcomed the truce and urged the United States to guarantee it": what is
        # welcomed is the truce's parties' doing, not the party urged
        return []
    own = party_codes(sources)
    for verb in _joined(tok):
        if verb.lemma_.lower() not in ADDRESSING:
            continue
        found = {a.country or a.role for o in _addressees(verb)
                 for a in finder.actor(o, speaker)
                 if not a.person and (a.country or a.role in BODIES)}
        found.discard(None)
        if len(found) == 1 and not found & own:
            return [party(found.pop())]
    return []
