"""The side of a doer whose country was only guessed, when it deals with a country it
names by name.

A role word with no country of its own ("the junta", "the foreign ministry", "her
government") and a person the text gives no nationality take the story's focus country
(or the headline's doer) for want of any. When such a doer asks, accuses, summons or
expels a party the clause names by its own name ("asked France to withdraw", "summoned
the U.S. charge d'affaires", "accused Riyadh"), the guess is the named party itself, and
a state does not make demands of, accuse or expel itself: the doer is the story's other
side. That is the other party of a two-party story, else the country the article names
most after the named one (a story whose second party is often named as a place, "in the
Maldives", has no pair, but its runner-up is still that party).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import (
    BODIES,
    STATE_BODIES,
    names_country,
    scan_names,
    state_named,
)
from pipeline.story_parties import mention_codes, other_party
from pipeline.syntax import title_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.actors import ActorResolver
    from schemas import Actor

#: Dealings between states, where a doer and a recipient of one country is a guess gone
#: wrong (force, deployments, arrests and protests are often a state's own business:
#: "soldiers fought rebels in Chad", "police detained protesters in Kathmandu"; so are
#: freeing and pledges: "freed 20 Venezuelan prisoners", "pledged that Addis Ababa would
#: honour its commitments").
DIPLOMATIC = frozenset({"REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN", "SUPPORT",
                        "CONSULT"})

def runner_up(doc: Doc, title_sentences: int, but: str) -> str | None:
    """The country the article names most, other than ``but`` (headline mentions count
    twice, as for the story's focus)."""
    end = title_span(doc, title_sentences).end
    counts: dict[str, float] = {}
    for start, code in mention_codes(doc):
        if code in BODIES or code == but:
            continue
        counts[code] = counts.get(code, 0.0) + (2.0 if start < end else 1.0)
    if not counts:
        return None
    return max(counts, key=lambda c: counts[c])


def headline_countries(doc: Doc, title_sentences: int) -> set[str]:
    """The countries the headline names."""
    end = title_span(doc, title_sentences).end
    return {code for start, code in mention_codes(doc) if start < end}


def guessed_side(resolver: ActorResolver, title_sentences: int, event_type: str,
                 sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """The sources, with a lone doer whose country was a guess moved to the story's other
    side when its first recipient names that very country by name."""
    if event_type not in DIPLOMATIC or len(sources) != 1 or not targets:
        return sources
    src, tgt = sources[0], targets[0]
    named = scan_names(tgt.text)
    if not src.text.strip() or src.country is None or src.country != tgt.country or \
            names_country(src.text) is not None or state_named(named) != tgt.country:
        return sources
    if src.person and src.person not in resolver.guessed:
        return sources  # a listed officeholder or a person the text gave a country
    if not src.person and src.role not in STATE_BODIES:
        return sources  # (only state bodies: "thousands", "armed men" are of the place)
    pair = resolver.pair
    other = other_party(src.country, pair) if pair and src.country in pair else \
        runner_up(resolver.doc, title_sentences, src.country)
    if other is None or other in BODIES or other == src.country or any(
            names_country(t.text) == other for t in targets):
        return sources  # ("cancelled talks between Chinese and U.S. commanders")
    return [dataclasses.replace(src, country=other)]
