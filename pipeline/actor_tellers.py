"""Who tells of an act without an agent is not always who did it.

"Rights groups said more than 200 people had been detained", "aid agencies said water
and electricity had been cut": a passive with no agent, reported by a
non-governmental body, was coded as that body's own arrest or cut. Rights groups, aid
agencies and charities report arrests, sanctions and attacks; they never make them.
The act is the state's (for arrests and sanctions on someone named), or nobody named.
Nor is the teller the doer of a strike whose clause names a thing as what struck ("a
shell hit the base", "devices exploded, killing 12"; see ``thing_struck``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.actor_guessed_side import headline_countries, runner_up
from pipeline.actor_lexicon import BODIES, names_country
from pipeline.implied_parties import party
from pipeline.plover import FORCEFUL
from pipeline.story_parties import other_party
from pipeline.syntax import subject
from pipeline.trigger_lexicon import lexicon, object_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor



#: Tellers who speak for a side: a state's officials and forces.
STATE_TELLERS = frozenset({"GOV", "MIL"})


def teller_only(speaker: Actor | None, event_type: str, agentless: bool) -> bool:
    """Whether the speaker of an agentless coercive act only reports it."""
    return agentless and speaker is not None and speaker.role == "NGO" and \
        not speaker.country and event_type in FORCEFUL


def thing_struck(tok: Token, finder: ArgumentFinder) -> bool:
    """Whether the clause of the strike ``tok`` names what struck, and it is a thing
    that is no actor: "a shell struck their vehicle", "pagers exploded, killing nine"
    (a participle's subject is its main verb's).
    Not a pronoun ("said it had struck"), an actor ("gunmen", "Israeli jets") or the
    fighting itself ("the operation had hit hideouts", "the strike hit aircraft"): an
    act named by its noun is its author's, often the teller's own."""
    subj, by_agent = subject(tok)
    if by_agent:
        return False  # "held hostage by inmates": the agent may be people of no role
    if subj is not None and subj.dep_ in ("nsubj", "nsubjpass") and \
            subj.lower_ in ("which", "that") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "the bombing, which killed 40 police"
    if subj is None or not (subj.pos_ == "NOUN" or (
            subj.pos_ == "PROPN" and subj.i == subj.sent.start and not subj.ent_type_)):
        # a name is a party or a place ("the ambush near Tillaberi, which killed"); a
        # sentence's capitalised first word, no entity, is a common noun ("Pagers")
        return False
    if any(p in lexicon().ceasing["fighting"] for p in object_phrase(subj)):
        return False
    if any(t.nominal and t.token == subj for t in finder.sentence_triggers):
        return False  # "the Feb. 3 ambush, which killed 12 soldiers": an act's noun
    return not finder.actor(subj, None)


def teller_as_doer(speaker: Actor, event_type: str, targets: list[Actor],
                   finder: ArgumentFinder, agentless: bool, tok: Token
                   ) -> tuple[list[Actor], list[Actor]]:
    """The sources (and targets) of an act whose clause names no doer, told by
    ``speaker``: the speaker, except that a side does not tell of its own attack on
    itself ("A few missiles struck Israel, the army spokesman said", "they shot down a
    U.S. drone, the Pentagon said"): force on a victim named as the speaker's own
    country is the other party's in a two-party story, else nobody named (PLOVER: a
    null source). People named by no country of their own, killed with no agent named
    ("Pakistan said two children were killed", "the Syrian army said six people were
    killed at the base"), are the teller's own people when the teller is a party of a
    two-party story (or, in a story with no pair, its focus or a country its headline
    names): they had taken the story's focus country for want of one, and the teller
    became the killer of the other party's people. An outsider telling of the dead
    leaves them where they were."""
    pair = finder.resolver.pair
    if event_type == "ASSAULT" and thing_struck(tok, finder) and not (
            targets and speaker.country and names_country(targets[0].text) == speaker.country):
        # "a shell struck the base, the ministry said": nobody named (but "missiles struck
        # Israel, the army said" is still the other party's, below)
        return [], targets
    if event_type != "ASSAULT" or not speaker.country or not targets:
        return [speaker], targets
    victim = targets[0]
    # (a teller who is a side of the story: a party of its pair or, when it has none, its
    # focus or a country its headline names; an outsider's report of the dead does not
    # make them the outsider's people)
    party_teller = speaker.country in pair if pair else \
        speaker.country == finder.resolver.focus or speaker.country in headline_countries(
            finder.resolver.doc, finder.annotated.title_sentences)
    if agentless and victim.role == "CVL" and speaker.role in STATE_TELLERS and \
            party_teller and not victim.person and names_country(victim.text) is None and \
            victim.country != speaker.country:
        victim = dataclasses.replace(victim, country=speaker.country)
        targets = [victim, *targets[1:]]
    elif names_country(victim.text) != speaker.country:
        # (a victim named by a role word only, "aircraft", "guards", may have taken
        # the story's country for want of its own: no sign of the teller's side)
        return [speaker], targets
    if pair and speaker.country in pair:
        other: str | None = other_party(speaker.country, pair)
    else:
        other = runner_up(finder.resolver.doc, finder.annotated.title_sentences,
                          speaker.country)
    return ([party(other)] if other is not None and other not in BODIES else []), targets
