"""Deaths told of their victims: "Azerbaijan said 71 of its troops had died", "nine
fighters had died", "a student died during clashes with police".

"Die" is a verb of force only by what it reports: a killing with no agent named. Its
subject is the victim, so the event's target is the victims' country and its source the
author of the attack the deaths are told in ("died in Russian shelling"); else, for
soldiers or fighters, the other state of a two-state war; else, in a one-country story,
that country's state (its people died in its own unrest); else nobody (PLOVER ASSAULT
with an unnamed attacker).
A death is news of violence only when it is counted ("71 of its troops", "nine
fighters") or told with its violent cause ("during clashes", "of wounds"); "the former
president died aged 90" is an obituary, no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES
from pipeline.bodily_fits import bodily_fit
from pipeline.syntax import subject
from pipeline.trigger_lexicon import lexicon
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.arguments import ArgumentFinder
    from pipeline.triggers import Trigger
    from schemas import Actor

#: Verbs whose subject dies (the ASSAULT verbs "die" in data/triggers.toml).
DEATH_VERBS = frozenset({"die"})
#: Causes of a death that tell of violence done ("died of wounds", "of injuries from a
#: beating"); the lexicon's attack nouns ("during clashes", "in the shelling") do too.
WOUNDS = word_class("wounds")
#: Victims' roles that fall to the other side of a two-state conflict.
FIGHTERS = frozenset({"MIL", "REB"})
#: Victims named by no side or role: their count alone tells no violence.
ANONYMOUS = frozenset({"people", "person"})
#: Prepositions a death's cause hangs on.
CAUSE_PREPS = frozenset({"of", "from", "in", "during", "after", "amid", "under"})


def died(trig: Trigger) -> bool:
    """The trigger is a verb of dying coded as a killing."""
    return not trig.nominal and trig.sense.type == "ASSAULT" and \
        trig.token.lemma_.lower() in DEATH_VERBS


def _counted(subj: Token) -> bool:
    """"71 of its troops", "nine Taliban fighters", "dozens": a toll, not one person;
    "five people died" names no side (a crash or a flood as well as an attack)."""
    if subj.lemma_.lower() in ANONYMOUS and not any(
            c.dep_ in ("amod", "compound") for c in subj.children):
        return False
    if subj.tag_ == "CD" or subj.lower_ in ("dozens", "hundreds", "thousands", "scores"):
        return True
    return any(c.dep_ == "nummod" for c in subj.children)


def counted_side(subj: Token | None) -> bool:
    """"seven soldiers", "three members of the security forces": a number of people
    named by what they are, not "dozens" or "285 people" alone."""
    if subj is None or subj.lemma_.lower() in ANONYMOUS or subj.tag_ == "CD":
        return False
    return any(c.dep_ == "nummod" for c in subj.children)


def _violent_cause(tok: Token) -> bool:
    """"died during clashes with police", "died of wounds suffered": the cause is force."""
    nouns = lexicon().nouns
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in CAUSE_PREPS:
            continue
        for p in prep.children:
            lemma = p.lemma_.lower()
            if p.dep_ == "pobj" and not bodily_fit(p) and (lemma in WOUNDS or any(
                    sense.type == "ASSAULT" for _, sense in nouns.get(lemma, []))):
                return True
    return False


def violent_death(tok: Token) -> bool:
    """A death that reports violence: counted, or told with its violent cause."""
    subj = subject(tok)[0]
    if subj is not None and subj.lower_ in ("who", "that", "which") and \
            tok.dep_ == "relcl":
        subj = tok.head
    return (subj is not None and _counted(subj)) or _violent_cause(tok)


def death_parties(finder: ArgumentFinder, trig: Trigger, speaker: Actor | None
                  ) -> tuple[list[Actor], list[Actor]] | None:
    """(sources, targets) of a death: the victims are the target; the source is the
    attack's author, else the other state of a two-state war when soldiers died, else
    the country itself in a one-country story, else none. None when the victims name no
    country (then the ordinary attachment decides)."""
    tok = trig.token
    subj = subject(tok)[0]
    victims = [a for a in finder.actor(subj, speaker)
               if a.country or a.role in BODIES]
    if not victims:
        return None
    own = victims[0].country
    pair = finder.resolver.pair
    authors = finder.attack_author(tok, speaker)
    if authors:
        return [a for a in authors if a.country != own], victims[:1]
    states = [c for c in pair or () if c not in BODIES]
    other = next((c for c in states if c != own), None)
    if other is not None and own in states:
        if victims[0].role not in FIGHTERS:
            return [], victims[:1]
        # two states at war: the soldiers one side lost fell to the other's force
        return [_state(other)], victims[:1]
    if own and own == finder.resolver.focus:
        # one country's own unrest or conflict ("a student died during clashes with
        # police"): its people died at its own hands, whoever fired
        return [_state(own)], victims[:1]
    return [], victims[:1]


def _state(code: str) -> Actor:
    from schemas import Actor

    # implied, as the other implied parties: no words of the text name it
    return Actor(text="", name=None, country=code, role="GOV")
