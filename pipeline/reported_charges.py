"""A hostile act one party says another did, as that party's accusation: "Nepal said the
group had attacked its officers", "Zelenskiy said Russian forces had blown up the dam".
The sentence codes the act (ASSAULT ...) on its verb; when the speaker opens the sentence,
the reported clause names the doer (its active subject or a passive's agent) of another
country than the speaker's, and the act is aimed at the speaker's own country (or at no
other named), saying so
is also the speaker's charge against the doer (PLOVER ACCUSE). A third party's report of
an act between others, or of one its own side took part in, charges no one.
``pipeline.extract`` codes it beside the act.

Attribution after the fact ("Russia fired 38 missiles, Ukraine's air force said") is
the wire's way of sourcing a report, not a charge, and a toll with no doer ("said 12
soldiers had been killed") blames no one by name: neither is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.modality import MODALS
from pipeline.noun_senses import noun_sense
from pipeline.syntax import SELF_WORDS, doer, speech_context, subject
from pipeline.trigger_lexicon import Sense, lemma_of, lexicon
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

    #: The actor pairs coded so far in a sentence, by trigger token index.
    Coded = dict[int, list[tuple[Actor | None, Actor | None]]]

#: The sense of the accusation a reported hostile act makes.
REPORTED_CHARGE = Sense("ACCUSE", "disapprove", "reported charge")
#: Coded acts whose report by a party of another country charges their doer.
CHARGED_ACTS = frozenset({"ASSAULT"})


def _charging_verb(act: Token) -> Token | None:
    """The speech verb before the act whose reported clause the act heads (alone or
    joined to another verb: "said X had shelled the towns and seized ..."), if any."""
    if act.pos_ != "VERB" or act.dep_ not in ("ccomp", "conj") or (
            act.tag_ == "VBG" and not any(c.dep_ == "aux" for c in act.children)):
        # (a bare "-ing" form is a noun the parser took for the clause's verb: "said
        # Pakistani shelling across the border killed ...", a toll)
        return None
    speech = speech_context(act)
    if speech is None or speech.i > act.i or lemma_of(speech) not in word_class("charging_speech"):
        return None
    clause = act if act.dep_ == "ccomp" else act.head
    return speech if clause.head == speech and clause.dep_ == "ccomp" else None


def _named_doer(act: Token) -> Token | None:
    """The doer the act's clause names, when it is stated as done: not a plan, a guess or
    a denial ("said Tajik troops could attack", "said Russia had not shelled"), and not
    the speaker's own side ("said it had struck", "said our forces")."""
    clause = act if act.dep_ == "ccomp" else act.head
    if lemma_of(act) in word_class("uncharged_acts") or any(
            (c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS) or c.dep_ == "neg"
            for t in (act, clause) for c in t.children):
        return None
    who = doer(act) or doer(clause)
    if who is None or who.pos_ == "PRON" or who.lower_ in SELF_WORDS or any(
            c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in who.children):
        return None
    if who.pos_ == "NOUN" and (noun_sense(who) is not None or lemma_of(who) in lexicon().verbs):
        # "said a Russian missile strike had killed 12 soldiers", "said Russian mortar fire
        # had hit the site": an attack as the doer reports a toll or a hit; the charge
        # names a party
        return None
    return who


def reported_charges(finder: ArgumentFinder, doc: Doc, coded: Coded,
                     coded_types: dict[int, set[str]]) -> list[tuple[Token, Actor, Actor]]:
    """(speech verb, accuser, accused) of the sentence's coded hostile acts that a party
    of another country than their doer says were done; ``coded`` maps each coded
    trigger's token index to its actor pairs, ``coded_types`` to its event types."""
    out: list[tuple[Token, Actor, Actor]] = []
    for i, pairs in coded.items():
        act = doc[i]
        if not coded_types.get(i, set()) & CHARGED_ACTS or _named_doer(act) is None:
            continue
        speech = _charging_verb(act)
        if speech is None:
            continue
        said_by = subject(speech)[0]
        if said_by is None or said_by.pos_ == "PRON":
            # "He said Chinese personnel had rammed the boats": a report carried on from
            # the sentence before details the charge made there
            continue
        speakers = finder.resolver.resolve(said_by)
        if not speakers or speakers[0].country is None:
            continue
        accuser = speakers[0]
        if any(s is not None and s.country == accuser.country and s.role in ("GOV", "MIL")
               for s, _ in pairs):
            # "said American and Iraqi forces had attacked the hideout": a joint act of
            # the speaker's own state is reported, not charged (its own rebels are no side)
            continue
        # only the side hit (or a report naming no other victim) charges the doer: "said
        # Israeli jets had struck Hezbollah positions", told by a third party, reports an
        # act aimed at someone else
        out += [(speech, accuser, src) for src in dict.fromkeys(
            s for s, t in pairs if s is not None and s.country not in (None, accuser.country)
            and (t is None or t.country in (None, accuser.country)))]
    return out
