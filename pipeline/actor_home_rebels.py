"""Armed groups of the story's own country fight their own state.

"The militants set fire to a cathedral", "rebels continued to shell the railway hub",
"the rebels did not withdraw": a non-state armed group that took the story's focus
country for want of a country of its own, acting on nobody named, was coded as acting
on the other party of a two-party story (the country the focus country's leader was
visiting, the group's alleged backer). Coders take such a group's attacks, threats and
refusals as aimed at its own state. A clause that names the other party or a place in
another country ("stormed an army base in Uri", "attacks inside Kenya") keeps the usual
reading, and so do groups whose name gives them a country of their own (Hamas,
Hezbollah, the Houthis), which as often strike across a border.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import names_country, place_country
from pipeline.actor_own_ground import takes_own_ground
from pipeline.doc_views import span_ents
from pipeline.implied_parties import last_word
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Words for non-state armed men, whatever role the lexicon gives them.
ARMED_MEN = word_class("armed_men")
#: Modifiers that make soldiers or leaders a rebel side ("rebel soldiers", "separatist
#: leaders"), whatever role their head word gives them.
REBEL_MODIFIERS = frozenset({"rebel", "separatist", "insurgent", "mutinous"})
#: What an armed group does against a state: attacks, threats, refusals (not truces or
#: withdrawals, which are between the sides of a war: "his fighters would respect the
#: ceasefire").
HOSTILE = frozenset({"ASSAULT", "THREATEN", "REJECT", "COERCE"})


def _foreign_places(trig: Trigger, own: str) -> bool:
    """Whether the trigger's clause names a place in a country other than ``own``."""
    tok = trig.token
    # "stormed an army base in Uri, killing 19 soldiers", "stormed its embassy in
    # Tehran and killed a guard": a participle or conjoined verb shares its head's places
    shared = tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")
    span = {t.i for t in (tok.head if shared else tok).subtree}
    for ent in span_ents(tok.sent):
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.start in span:
            code = place_country(ent.text) or names_country(ent.text)
            if code and code != own:
                return True
    return False


def home_rebels(finder: ArgumentFinder, trig: Trigger, event_type: str,
                sources: list[Actor], targets: list[Actor], near: list[str]) -> bool:
    """Whether a group of armed men of the story's own (guessed) country acts, naming
    nobody but people of that same guess, on its own state."""
    pair, focus = finder.resolver.pair, finder.resolver.focus
    if event_type not in HOSTILE or len(sources) != 1 or not pair:
        return False
    src = sources[0]
    if src.person or not src.country or src.country != focus or \
            names_country(src.text) is not None:
        return False
    if any(t.person or t.country != src.country or names_country(t.text) is not None
           for t in targets):
        # "gunmen killed 20 people", "a suicide bomber killed 26 people at the station":
        # victims named by no country of their own, that took the same guess as the
        # group, are the group's own country's people; anyone else named is no home aim
        return False
    words = src.text.lower().split()
    if src.role != "REB" and last_word(src.text) not in ARMED_MEN and \
            not REBEL_MODIFIERS & set(words[:-1]):
        return False
    if any(c != src.country for c in near):
        return False
    return not _foreign_places(trig, src.country)


def fights_own_state(finder: ArgumentFinder, trig: Trigger, event_type: str,
                     sources: list[Actor], targets: list[Actor], near: list[str]) -> bool:
    """Whether an armed group acts, naming nobody, on its own state: taking places of
    its own country ("M23 seized towns") or, a group of the story's own country,
    attacking, threatening or refusing."""
    return takes_own_ground(trig, event_type, sources, targets) or \
        home_rebels(finder, trig, event_type, sources, targets, near)
