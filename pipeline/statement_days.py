"""Which undated statements go back to the story's own day.

A paragraph that narrates an earlier day ("Trump announced the strikes on Friday night")
does not carry that day into a later paragraph's undated statement ("The ministry
rejected the allegations", "Erdogan repeated his demand"): news reports reactions on
the day it tells of. Physical acts there still continue the narrated day, and so does a
statement that points back at it ("At that meeting", "hours later") or goes on with the
last sentence's speaker ("He called on Cuba to ..."), which even takes a background
day that sentence gave (``told_on``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.doc_views import span_text
from pipeline.event_places import clause_verb

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Span, Token

    from pipeline.event_dates import DateState

#: Event types that are statements: said, not done.
STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})

#: Words tying a sentence to the narrated day or its events.
_POINTS_BACK = re.compile(r"\b(?:(?:that|the\s+same)\s+(?:day|night|morning|evening|meeting|"
                          r"session|time)|then|hours|later|earlier)\b", re.IGNORECASE)
#: Pronoun subjects that go on with the previous sentence's actor: one list for both
#: tests below, so a sentence opening "It said ..." is treated alike by each.
CARRY_ON_PRONOUNS = frozenset({"he", "she", "they", "it"})
#: A pronoun opening the sentence goes on with the previous sentence's actor.
_CARRIES_ON = re.compile(r"\s*[\"“]?(?:" + "|".join(sorted(CARRY_ON_PRONOUNS)) + r")\b",
                         re.IGNORECASE)


def back_on_story_day(sent: Span, kind: str | None) -> bool:
    """Whether an undated event of type ``kind`` in ``sent`` is on the story's day."""
    return kind in STATEMENT_TYPES and _POINTS_BACK.search(span_text(sent)) is None and \
        _CARRIES_ON.match(span_text(sent)) is None


def told_on(sent: Span, tok: Token, state: DateState) -> date | None:
    """The day of the sentence just before, when this one goes on with its actor in the
    simple past, active or passive ("He asked for ...", "They were detained ..."), and
    that day is not already the narrative's."""
    if state.last_day is None or state.last_end is None or state.last_day == state.previous:
        return None
    if sent.start == 0 or sent.doc[sent.start - 1].sent.end_char != state.last_end:
        return None  # only the sentence just before
    verb = clause_verb(tok)
    # the simple past, active ("He asked") or passive ("They were detained")
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                         for c in verb.children)
    if (verb.tag_ != "VBD" and not passive) or verb.dep_ != "ROOT":
        return None
    return state.last_day if any(c.dep_ in ("nsubj", "nsubjpass") and
                                 c.lower_ in CARRY_ON_PRONOUNS
                                 for c in verb.children) else None
