"""The two countries a story most names, for a phrase that says there are two ("officials
from the two countries met", "the two governments broke ground on a road") when the
mention counts alone made no dyad of the story.

``pipeline.story_parties.focus_countries`` takes a second country as the story's party
only when it is named as a party half as often as the first is named at all: a passing
second country must not become the target of every domestic act. A phrase like "both
countries" is different: the text itself says two countries act, and the two it means
are the two the story names most. Without this the act lost its actors altogether, and
no event came out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.story_parties import mediator_codes, mention_codes
from pipeline.syntax import title_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Each of the two must be named at least this often (the title counting double): a
#: country named once is a passing mention, not one of "the two countries".
MIN_MENTIONS = 2.0


def stated_dyad(doc: Doc, title_sentences: int) -> tuple[str, str] | None:
    """The two most named countries (not bodies, not go-betweens), each named at least
    twice; None if there are not two such."""
    title_end = title_span(doc, title_sentences).end
    brokers = mediator_codes(doc)
    counts: dict[str, float] = {}
    for start, code in mention_codes(doc):
        if code in BODIES or code in brokers:
            continue
        counts[code] = counts.get(code, 0.0) + (2.0 if start < title_end else 1.0)
    ranked = sorted(counts, key=lambda c: -counts[c])
    if len(ranked) < 2 or counts[ranked[1]] < MIN_MENTIONS:
        return None
    return ranked[0], ranked[1]
