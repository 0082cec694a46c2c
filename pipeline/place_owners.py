"""Names that own an act rather than locate it: "at Baghdad's request", "during Russia's
invasion", "in Israel's offensive" name who acts, not where. A place possessing a noun
of the trigger lexicon (other than a meeting: "at Geneva's talks" is the venue's) is no
place of the event its prepositional phrase carries."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.story_venue import MEETINGS
from pipeline.trigger_lexicon import cooperation_words, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def _act_nouns() -> frozenset[str]:
    """Nouns naming an act someone does: the trigger lexicon's noun heads and the nouns
    of consent ("request", "invitation", "behest"), less the meeting nouns."""
    return (frozenset(lexicon().nouns) | cooperation_words()["consent_nouns"]) - MEETINGS


def owns_act(name: Token, head: Token) -> bool:
    """Whether the name ``name`` is the possessor of ``head``, an act noun: "Baghdad's
    request" (Baghdad asks), not "Ukraine's east" (a part of the place)."""
    return name.dep_ == "poss" and name.head == head and head.lemma_.lower() in _act_nouns()
