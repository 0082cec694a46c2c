"""The party a clause names beats the story's other party.

"Washington halted intelligence sharing with Kyiv", "it halted imports of fish from
Taiwan", "North Korea was preparing to send troops to help Russia": in a two-party story
an event of one party whose recipient the parser did not attach was aimed at the other
party by default, though its own phrase names a third country. When the event's own
phrase (not a coordinated clause or a clause with its own subject) names, as the object
of a verb or preposition and not as the place where it happens ("in Geneva"), one
country that is neither the source's nor the other party, that one is the recipient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.story_parties import mention_codes, place_only

if TYPE_CHECKING:
    from spacy.tokens import Token


#: How a country is named as a participant of a phrase: the object of a verb or of a
#: preposition ("help Russia", "sharing with Kyiv", "imports from Taiwan"); not as an
#: adjective or compound of a thing ("a U.S.-supplied rocket", "Russian instructors") or
#: as the apposition of a place ("in Granada, Spain").
OBJECT_DEPS = frozenset({"pobj", "dobj", "dative", "obj"})


def own_clause(tok: Token) -> set[int]:
    """Token indices of the event's own phrase: its subtree without coordinated clauses
    and without clauses that have a subject of their own ("saying instructors are")."""
    out = {t.i for t in tok.subtree}
    for t in tok.subtree:
        if t != tok and ((t.dep_ in ("conj", "cc") and t.head == tok) or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
            out -= {d.i for d in t.subtree}
    return out


def third_named(tok: Token, source: str, pair: tuple[str, str]) -> str | None:
    """The one country other than ``source`` and the pair that the event's own phrase
    names as a participant (None when it names none, several, or the other party)."""
    inside = own_clause(tok)
    codes: set[str] = set()
    for i, code in mention_codes(tok.sent):
        if i not in inside or code == source:
            continue
        if code in pair:
            return None  # the other party is named: the usual reading
        t = tok.doc[i]
        if code in BODIES or t.dep_ not in OBJECT_DEPS or place_only(t):
            continue  # bodies are named as settings and frames as often as parties
        codes.add(code)
    return codes.pop() if len(codes) == 1 else None
