"""A statement whose speaker the story gives no country, in a story about one country:
"the Catholic bishop of Pemba called on the government to do more", "the CONAIE rejected
the measures", "witnesses blamed forces loyal to the TPLF". News names the nationality of
a foreign voice ("the U.S. envoy"); a person or group it leaves unplaced in a story about
one country's own affairs is that country's, and so is the party addressed when the clause
names none. A story between two parties leaves a voice named by its word uncoded: either
side may be speaking ("Trump threatened tariffs" in a China story); a named party or
organisation there is read by ``pipeline.story_pair_voices``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.implied_parties import party
from pipeline.said_days import SAID_TYPES
from pipeline.syntax import objects, subject
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger

#: Acts done by speaking (statements and promises): someone's word, whoever the speaker is.
STATEMENTS = SAID_TYPES
#: Named entities that speak: people and organisations.
VOICES = frozenset({"PERSON", "ORG", "NORP"})


def own_voice(finder: ArgumentFinder, trig: Trigger, event_type: str,
              speaker: Actor | None) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) = the story's country speaking (to the party the clause
    addresses, else to itself) for a statement verb whose named subject has no country
    in a story about one country; else None."""
    focus = finder.resolver.focus
    if focus is None or focus in BODIES or finder.resolver.pair is not None:
        return None
    subj = statement_voice(finder, trig, event_type, speaker)
    if subj is None:
        return None
    return [placed_voice(subj.text, focus)], \
        addressed_parties(finder, trig.token, speaker) or [party(focus)]


def statement_voice(finder: ArgumentFinder, trig: Trigger, event_type: str,
                    speaker: Actor | None) -> Token | None:
    """The unplaced voice (``unplaced_voice``) a statement verb has for its subject; None
    for a noun trigger, an adjective ("the accused official") or another type."""
    if trig.nominal or event_type not in STATEMENTS or trig.token.dep_ == "amod":
        return None
    return unplaced_voice(finder, trig.token, speaker)


def addressed_parties(finder: ArgumentFinder, tok: Token, speaker: Actor | None
                      ) -> list[Actor]:
    """The states and bodies the statement verb's objects name."""
    return [t for t in finder.object_actors(objects(tok), speaker)
            if t.country or t.role in BODIES]


def placed_voice(text: str, country: str) -> Actor:
    """An unplaced speaker, placed in ``country``: no name or role of its own is known."""
    return Actor(text=text, name=None, country=country, role="UNK")


def unplaced_voice(finder: ArgumentFinder, tok: Token, speaker: Actor | None) -> Token | None:
    """The subject of statement verb ``tok`` when it names a voice (``_voice``) that the
    story gives no country; else None."""
    subj, is_agent = subject(tok)
    if subj is None or is_agent or not _voice(subj) or finder.actor(subj, speaker):
        return None
    return subj


def _voice(tok: Token) -> bool:
    """Whether a subject names someone who can speak: a person or an organisation by
    name ("Saied", "the CONAIE", "the Episcopal Conference") or one of the story's own
    voices by their word ("witnesses", "the bishop"); not an act or a document ("the
    statement accused", "the vote")."""
    return tok.ent_type_ in VOICES or (tok.pos_ == "NOUN" and
                                       tok.lower_ in word_class("own_voices"))
