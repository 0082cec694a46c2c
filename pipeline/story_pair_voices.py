"""A statement whose speaker the story gives no country, in a story between two
countries, about the home side's own affairs: "the Green Front denounced the ruling" in
a Serbia-Kosovo story filed from Belgrade, "the opposition party accused the ruling party
of rigging the vote". News names the nationality of a foreign voice ("the
U.S. envoy"); an unplaced party or organisation speaking of no other country is the
home side's: the dateline's country, when it is one of the pair. A voice aimed at the
other side or a third country is left uncoded: it may be either side's, or a third
party's (a "voice of the other side" reading was wrong in 3 of 3 tune articles).
``pipeline.story_own_voices`` reads one-country stories.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, names_country, scan_names
from pipeline.implied_parties import party
from pipeline.story_own_voices import addressed_parties, placed_voice, statement_voice
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class
from schemas import Actor

if TYPE_CHECKING:
    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger

#: Named voices that are bodies: organisations and parties ("the Green Front"); a group
#: named by a people or a faith ("Muslims", "Serbs") is no body (NORP counts only as a
#: party's members: word class ``party_members``, "the Social Democrats").
BODY_VOICES = frozenset({"ORG", "NORP"})


def pair_voice(finder: ArgumentFinder, trig: Trigger, event_type: str,
               speaker: Actor | None) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) = the home side speaking (to the party the clause addresses,
    else to itself) for a statement verb whose named subject has no country in a story
    between two countries, when the clause names no country but the home side; else
    None."""
    pair = finder.resolver.pair
    if pair is None or any(c in BODIES for c in pair):
        return None
    subj = statement_voice(finder, trig, event_type, speaker)
    if subj is None or subj.ent_type_ not in BODY_VOICES or (
            subj.ent_type_ == "NORP" and lemma_of(subj) not in word_class("party_members")):
        # "witnesses blamed the police": a voice named by its word may stand on either
        # side; an unplaced person named by name is often a foreign official whose titled
        # first mention went unread (a caution: no figure moved by it); a party or
        # organisation named by name is a body of somewhere, and one the story does not
        # place is its home side's
        return None
    # the home side: where the story is filed from (the story's focus country, a guess
    # from how often each side is named, placed a voice wrongly on the check set)
    home = finder.resolver.dateline
    if home is None or home not in pair:
        return None
    targets = addressed_parties(finder, trig.token, speaker)
    # a country the text names ("accused Kosovo", "the Kosovar government"), not one
    # guessed for a role word ("the ruling party": no evidence of a side)
    named = {t.country for t in targets if t.name or names_country(t.text) == t.country}
    # ... or one the clause names around them ("accused the government in Pristina")
    named |= {e.country for c in trig.token.children
              if c.dep_ not in ("nsubj", "nsubjpass", "punct")
              and (e := scan_names(" ".join(w.text for w in c.subtree))) is not None
              and e.country is not None}
    if not named <= {home}:
        # aimed at the other side or a third party: the voice may be anyone's
        return None
    # a voice about its own country's affairs: the government or party it names without
    # a country is its own country's
    return [placed_voice(subj.text, home)], \
        [dataclasses.replace(t, country=home) if t.country else t for t in targets] or \
        [party(home)]
