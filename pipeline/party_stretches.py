"""Stretches of a two-party story that leave the other party out: a story about one
country's own affairs that also names a second country (a foreign reaction, an embassy, an
exiled leader's host) names that country around its foreign paragraphs only, and what its
people and institutions do between those paragraphs is done at home."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, names_country
from pipeline.doc_views import sentence_starts
from pipeline.story_parties import mention_codes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How many sentences before an event's own are read for a mention of the other party
#: (a paragraph of wire copy is two to four sentences; 1 and 2 lost events on the tuning
#: and older sets that 3 kept, 4 gained nothing more).
WINDOW = 3

#: Steps back a state takes by its own name in a home stretch (lifting its emergency,
#: dropping a bill): at home, unlike what it says by its name, which addresses another.
STEPS_BACK = frozenset({"RETREAT"})


def sentence_number(doc: Doc, i: int) -> int:
    """The number of the sentence token ``i`` is in (0 for the first)."""
    return bisect_right(sentence_starts(doc), i) - 1


def named_nearby(tok: Token, code: str, window: int = WINDOW) -> bool:
    """Whether party ``code`` (a country or body) is named in ``tok``'s sentence or in
    the ``window`` sentences before it."""
    doc = tok.doc
    here = sentence_number(doc, tok.i)
    return any(c == code and here - window <= sentence_number(doc, i) <= here
               for i, c in mention_codes(doc))


def home_stretch(tok: Token, source_country: str, source_text: str,
                 pair: tuple[str, str] | None, event_type: str | None = None) -> bool:
    """Whether an event with no recipient named, done by ``source_country``'s person or
    institution, sits in a stretch of a two-party story about that party's own affairs:
    the other party (a state, not a body) goes unnamed in the event's sentence and the
    ``WINDOW`` before it ("The senate passed the bill on Monday", "She praised the
    decision" in a story on one country's politics that names a neighbour only in its
    foreign paragraphs). A source named by its country ("Paris rejected the claim",
    "France's interior ministry") still deals with the other state: a state speaks to
    another by its name (measured: such sources lost more events than they gained); but a
    step back it takes by its name there ("Paris lifted the curfew", "dropped the bill")
    is taken at home."""
    if pair is None or source_country not in pair:
        return False
    other = pair[1] if source_country == pair[0] else pair[0]
    return other not in BODIES and not named_nearby(tok, other) and (
        event_type in STEPS_BACK or names_country(source_text) is None)
