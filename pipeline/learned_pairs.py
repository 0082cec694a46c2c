"""The parties of the events the learned detector adds (``pipeline.event_detector``), and
the learned actor ranker's choice among the parties around a trigger
(``pipeline.actor_ranker``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_ranker import ActorChooser, candidates
from pipeline.implied_parties import party
from pipeline.story_parties import mention_codes, other_party
from pipeline.syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

#: ``Event.trigger`` of the events the learned detector added (their provenance), before
#: the phrase of the trigger the rules dropped.
DETECTED = "(detector)"


def ranked_pair(ranker: ActorChooser, finder: ArgumentFinder, sent: Span, anchor: Token,
                event_type: str, proposed: tuple[Actor | None, Actor | None],
                speaker: Actor | None, dateline: str | None, own: bool = False
                ) -> tuple[Actor | None, Actor | None]:
    """The pair the learned actor ranker prefers to ``proposed`` (the rules' pair), or
    with ``own`` its own best pair (for an event the rules did not code)."""
    cands = candidates(finder, sent, anchor, proposed, speaker, dateline)
    if own:
        return ranker.best(sent, event_type, cands, proposed)
    return ranker.choose(sent, event_type, cands, proposed)


def detected_pair(finder: ArgumentFinder, sent: Span,
                  coded: list[tuple[Actor | None, Actor | None]]
                  ) -> tuple[Actor | None, Actor | None]:
    """The parties of a detected event: those of the event the rules coded in the same
    sentence (a second act of the same parties, "seized the ship and detained its crew"),
    else the sentence's subject (resolved like any actor, pronouns included) or first
    named party, acting on the next party the sentence names or, in a two-party story,
    on the other party."""
    if coded:
        return coded[0]
    subj = subject(sent.root)[0]
    sources = finder.actor(subj, None) if subj is not None else []
    named = mention_codes(sent)
    if not sources and named:
        i, code = named[0]
        sources = finder.actor(sent.doc[i], None) or [party(code)]
    if not sources:
        return None, None
    src = sources[0]
    own = src.country or src.role
    other = next((code for _, code in named if code != own), None)
    if other is not None:
        return src, party(other)
    pair = finder.resolver.pair
    if pair is not None and own in pair:
        return src, party(other_party(own, pair))
    return src, None
