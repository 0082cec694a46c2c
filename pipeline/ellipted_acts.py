"""Acts repeated by ellipsis: "Lima recalled its ambassador, and Chile did the same",
"Oman and Qatar condemned the raid, as did the Arab League". The
"did" clause names a further doer of the acts its main clause coded, against the same
party; no trigger of its own says so. (A plain "Britain sanctioned the banks, as did
Japan" is already two doers of one verb in ``clause_actors``; this reads the "did" the
parser hangs elsewhere, e.g. on a relative clause: "was among the states that condemned
the raid, as did the Arab League".)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token

    from pipeline.actors import ActorResolver
    from pipeline.triggers import Trigger
    from schemas import Actor, Event

#: Dependencies of a clause of its own under the main clause.
SUBCLAUSES = frozenset({"advcl", "conj", "ccomp", "xcomp", "parataxis"})
#: Objects and adverbs that make "did" stand for the main clause's act ("did the same",
#: "did likewise", "did so").
REPEATERS = frozenset({"same", "likewise", "so"})


def _ellipses(sent: Span) -> Iterator[tuple[Token, Token]]:
    """(the "did" that repeats an act, its subject), for "as did X" and "X did the same"
    clauses hung on the main clause's verb."""
    for tok in sent:
        if tok.lemma_ != "do" or tok.dep_ not in ("advcl", "conj") or tok.head == tok:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or any(c.dep_ == "neg" for c in tok.children) or any(
                c.dep_ == "neg" for a in tok.children if a.dep_ == "aux" for c in a.children):
            continue  # "but Italy did not do the same" repeats nothing
        as_did = any(c.dep_ == "mark" and c.lower_ == "as" and c.i == tok.i - 1
                     for c in tok.children) and subj.i > tok.i
        repeats = any(c.dep_ in ("dobj", "advmod") and c.lemma_.lower() in REPEATERS
                      for c in tok.children)
        if as_did or repeats:
            yield tok, subj


def _in_clause(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is ``verb`` or inside its own clause: reached without passing
    through a clause of its own ("recalled its envoy after Indonesia executed X": the
    execution is no act the Netherlands "did the same" of)."""
    while tok.i != verb.i:
        if tok.dep_ in SUBCLAUSES or tok.head == tok:
            return False
        tok = tok.head
    return True


def ellipted_copies(resolver: ActorResolver, sent: Span, triggers: list[Trigger],
                    coded: dict[int, list[tuple[Actor | None, Actor | None]]],
                    events: list[Event]) -> list[tuple[Event, Actor, Trigger]]:
    """(an event the main clause coded, the further doer the "did" clause names, its
    trigger) for each act a "did" clause repeats. ``events`` are the sentence's own."""
    out: list[tuple[Event, Actor, Trigger]] = []
    for did, subj in _ellipses(sent):
        doers = [a for a in resolver.resolve(subj) if a.country or a.role in ("IGO", "NGO")]
        inside = {t.i for t in did.subtree}
        for trig in triggers:
            tok = trig.token
            if tok.i in inside or tok.i not in coded or not _in_clause(tok, did.head):
                continue  # only the acts of the clause "did" is hung on
            pairs = coded[tok.i]
            for ev in events:
                if ev.trigger != trig.sense.phrase or (ev.source, ev.target) not in pairs:
                    continue
                out.extend((ev, d, trig) for d in doers if d != ev.source and (
                    ev.target is None or d.country != ev.target.country))
    return out
