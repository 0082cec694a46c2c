"""Triggers re-read once the teller is known: a told instigation that accuses no one and a
told breach by the teller's own country are read by their verbs' own senses.

``pipeline.extract`` passes each sentence's triggers through ``read_instigations`` and
``own_breaches`` before coding them; ``reported_speaker`` is the speaker of the reported
clause a trigger is in.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pipeline.reported_instigation import INSTIGATION, instigation_parties, ordered_harm
from pipeline.statement_senses import EVALUATION
from pipeline.syntax import speech_context, subject
from pipeline.told_breaches import violator
from pipeline.trigger_lexicon import lemma_of
from pipeline.triggers import Trigger, own_verb_sense
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from pipeline.arguments import ArgumentFinder
    from schemas import Actor


def reported_speaker(finder: ArgumentFinder, trig: Trigger) -> Actor | None:
    """The speaker of the reported clause that contains the trigger, if any."""
    speech = speech_context(trig.token)
    if speech is None:
        return None
    s_tok, _ = subject(speech)
    sp = finder.resolver.resolve(s_tok) if s_tok is not None else []
    return sp[0] if sp else None


def read_instigations(finder: ArgumentFinder, triggers: list[Trigger], unaccused: set[int]
                      ) -> list[Trigger]:
    """A told instigation's parties are resolved once, here, and carried on its trigger
    (``Trigger.accused``). One that accuses no one (teller and instigator of one country,
    or either unknown: ``pipeline.reported_instigation``) is read by its verb's own sense
    ("officials said Biden authorized the strike", "said troops shelled the city on the
    orders of Putin"), and the act it orders stays an event (its index joins
    ``unaccused``)."""
    out: list[Trigger] = []
    for trig in triggers:
        if trig.sense != INSTIGATION:
            out.append(trig)
            continue
        accused = instigation_parties(finder, trig.token, reported_speaker(finder, trig))
        if accused is not None:
            trig = dataclasses.replace(trig, accused=accused)
        else:
            unaccused.add(trig.token.i)
            sense, by_obj = own_verb_sense(trig.token)
            if sense is None or (ordered_harm(trig.token) is not None and
                                 sense.type != "ASSAULT"):
                # "authorized the strike that killed": the act ordered is the event,
                # told by its own verb ("ordered the killing" is coded on the order)
                continue
            trig = Trigger(trig.token, sense, nominal=False, by_object=by_obj,
                           answerer=trig.answerer)
        out.append(trig)
    return out


def own_breaches(finder: ArgumentFinder, triggers: list[Trigger]) -> list[Trigger]:
    """A told breach by the teller's own country ("Norway said Norwegian fishing boats had
    violated Russian waters") accuses no one (``pipeline.told_breaches``): it is read by
    the verb's own sense (the statement reading is ``find_triggers``'s alone, so the
    re-read cannot come back as the breach)."""
    out: list[Trigger] = []
    for trig in triggers:
        tok = trig.token
        doer = violator(tok) if trig.sense == EVALUATION and \
            lemma_of(tok) in word_class("breaching") else None
        speaker = reported_speaker(finder, trig) if doer is not None else None
        if doer is not None and speaker is not None and speaker.country is not None:
            named = finder.actor(doer, speaker)
            if not named and doer.pos_ == "NOUN":
                named = finder.noun_modifiers(doer, speaker)[0]
            if named and named[0].country == speaker.country:
                sense, by_obj = own_verb_sense(tok)
                if sense is None:
                    continue
                trig = Trigger(tok, sense, nominal=False, by_object=by_obj,
                               answerer=trig.answerer)
        out.append(trig)
    return out
