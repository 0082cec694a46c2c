"""An opposition or a legislature faces its own government.

"The opposition Labor Party accused his government of a major failure", "Congress party
leaders accused the government of withholding information", "Social Democrat lawmakers
complained that police had waited too long": opposition parties and members of
parliament act within their own state, on its government. When the text gives such an
actor no country of its own (the resolver guessed one, often the story's focus or the
other party of the dyad), the government body it addresses tells whose it is. A person
addressed tells nothing (lawmakers also demand that a foreign visitor leave), nor does a
state named by its bare name ("accused Germany of meddling"), and violence is left
alone: an armed opposition may fight a foreign state's forces.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container

from pipeline.actor_lexicon import BODIES, lookup
from pipeline.actor_self_named import STATE_NAMES, known_country
from pipeline.word_classes import word_class
from schemas import Actor

#: Members of a legislature ("lawmakers", "senators"), as the head of an actor's text.
LEGISLATORS = word_class("legislators")
#: Words that mark an opposition anywhere in an actor's text.
CRITIC_MARKS = word_class("home_critic_marks")
#: Heads of a party's name ("the Congress party", "the Popular Party").
PARTY_WORDS = word_class("party_words")


def home_critic(actor: Actor) -> bool:
    """Whether an actor is an opposition, a named party or legislators ("Social Democrat
    lawmakers"; not "the two parties" of a dispute, nor a named person)."""
    words = actor.text.replace("\u2019", "'").split()
    low = [w.lower() for w in words]
    if actor.person or not low:
        return False
    if CRITIC_MARKS & set(low) or low[-1] in LEGISLATORS:
        return True
    return any(w in PARTY_WORDS and i > 0 and words[i - 1][:1].isupper() and
               low[i - 1] != "the" for i, w in enumerate(low))


def state_name(actor: Actor) -> bool:
    """Whether an actor is a state by its bare name ("Germany", "Moscow"): a state an
    opposition names is a foreign one it accuses ("opposition parties accused Germany of
    meddling"), not the government it faces at home."""
    text = actor.text.strip().removeprefix("the ").removesuffix("'s").removesuffix("\u2019s")
    e = lookup(text) if text else None
    return e is not None and e.kind in STATE_NAMES


def own_critics(sources: list[Actor], targets: list[Actor], event_type: str,
                guessed: Container[str]) -> list[Actor]:
    """The sources, with an opposition or legislators of a guessed country given the
    country of the government body they address (the first target: "the government",
    "the police"; not a person, whom such actors also address abroad)."""
    if event_type == "ASSAULT" or not targets:
        return sources
    gov = targets[0]
    if gov.role != "GOV" or gov.person or not gov.country or gov.country in BODIES or \
            state_name(gov):
        return sources
    return [dataclasses.replace(s, country=gov.country)
            if s.country != gov.country and home_critic(s) and
            not known_country(s, guessed) else s for s in sources]
