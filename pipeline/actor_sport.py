"""World sport's governing bodies (FIFA, UEFA, the IOC) are NGOs in the actor lexicon, but
their names also name what they run and what is not theirs: "Qatar hosted the FIFA World
Cup", "the UEFA European Championship" are tournaments, no guest or target, and a bare
"IOC" in an article that never says "Olympic" is as likely Indian Oil Corp."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup
from pipeline.doc_views import doc_text
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Olympic bodies' acronyms that may name other things ("IOC"; data list
#: olympic_acronyms).
OLYMPIC_ACRONYMS = word_class("olympic_acronyms")
#: A body's tournaments and titles ("cup", "championship"; data list body_events).
BODY_EVENTS = word_class("body_events")


def sport_body_misread(tok: Token) -> bool:
    """A tournament named for its body, or a word of its name (an event noun of word
    class ``body_events`` with a body's name among its compound words: "the FIFA World
    Cup", "the World Athletics Continental Tour final"), or an acronym of word class
    ``olympic_acronyms`` in an article with no "Olympic" in it: no actor."""
    if tok.lower_ in OLYMPIC_ACRONYMS:
        return "olympic" not in doc_text(tok.doc).lower()
    head = tok
    while head.dep_ in ("compound", "det"):
        head = head.head  # "FIFA" in "the FIFA World Cup", "the" of "the ... Tour final"
    if lemma_of(head) not in BODY_EVENTS:
        return False
    words = [t for t in tok.doc[head.left_edge.i:head.i] if t.dep_ == "compound"]
    return any((e := lookup(" ".join(t.text for t in words[i:j]))) is not None and
               e.kind == "ngo"
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))
