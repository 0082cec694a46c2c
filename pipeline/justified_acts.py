"""The reason given for a hostile act, as a second event: "The United States expelled 15
diplomats, saying Havana had failed to protect its staff" states the expulsion and, in
its participle, an accusation of Cuba (PLOVER ACCUSE). A sentence codes the act on its
verb; this module finds the reason and the party it blames, so that ``pipeline.extract``
can code the accusation beside the act.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.cited_grounds import cited_charge
from pipeline.modality import MODALS
from pipeline.plover import COOPERATIVE
from pipeline.syntax import SELF_WORDS, doer
from pipeline.trigger_lexicon import Sense, lemma_of, lexicon
from pipeline.triggers import verb_sense
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipeline.arguments import ArgumentFinder
    from schemas import Actor

    #: The actor pairs coded so far in a sentence, by trigger token index.
    Coded = dict[int, list[tuple[Actor | None, Actor | None]]]

#: The sense of the accusation a reason makes (its trigger phrase names the construction).
JUSTIFICATION = Sense("ACCUSE", "disapprove", "reason given")
#: Verbs of giving a reason in a participle after the act ("..., saying X had ...").
REASON_VERBS = word_class("reason_verbs")
#: Auxiliaries that make the reason's clause a plan, a guess or a warning, not a charge
#: ("saying it would respond", "saying the move could harm ties").
UNREAL_AUX = MODALS
#: Acts that, coordinated after a reported charge, follow from it: demands and warnings.
CHARGED_TYPES = frozenset({"REQUEST", "THREATEN"})
#: Words by which a clause's subject names both parties ("said both countries were close
#: allies and urged them to talk"): what is said of both blames neither.
PAIR_WORDS = frozenset({"both", "two", "all", "each"})
#: Words by which a speaker names itself or its own side ("saying it had ...", "its
#: troops"): what it says of them charges no one.


def hostile(event_type: str) -> bool:
    """Acts whose stated reason blames someone: not the cooperative ones ("signed the
    deal, saying the two sides had made progress" blames no one)."""
    return event_type not in COOPERATIVE


def reason_clause(act: Token) -> Token | None:
    """The clause of the reason a participle after a verbal act gives ("expelled the
    envoy, saying Chad had ..."): the participle's reported clause, if it has one."""
    for c in act.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma_of(c) in REASON_VERBS and \
                c.i > act.i:
            return next((g for g in c.children if g.dep_ == "ccomp"), None)
    return None


def charge_before(act: Token) -> Token | None:
    """The reported clause a demand or warning is coordinated after ("Berlin said the
    critic had been poisoned and demanded that Moscow explain"): the charge that the
    demand follows from, said by the demand's own subject. (The parser hangs the demand
    on the speech verb or on the reported clause's own verb.)"""
    head = act.head
    if act.dep_ != "conj" or head.i > act.i or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
        return None
    if lemma_of(head) in REASON_VERBS:
        return next((c for c in head.children if c.dep_ == "ccomp" and c.i < act.i), None)
    if head.dep_ == "ccomp" and lemma_of(head.head) in REASON_VERBS:
        return head
    return None




@cache
def _praise_words() -> frozenset[str]:
    """Words of approval and friendly roles, joined once (asked for every reason given)."""
    return lexicon().praise_adjectives | word_class("approving_words") | \
        word_class("friendly_roles")


def _benign(clause: Token) -> bool:
    """A reason that blames no one: a cooperative act ("saying the Danish prime minister
    had visited Oslo") or praise of the party ("saying Denmark was an important partner":
    a word of approval, or a friendly role, in the copula's attribute)."""
    sense = verb_sense(clause)[0]
    if sense is not None and sense.type in COOPERATIVE:
        return True
    if lemma_of(clause) != "be":
        return False
    kind = _praise_words()
    return any(lemma_of(t) in kind for c in clause.children if c.dep_ in ("attr", "acomp")
               for t in (c, *c.children) if t.dep_ in ("attr", "acomp", "amod"))


def _blamed_in(finder: ArgumentFinder, clause: Token, source: Actor) -> list[Actor]:
    """The parties of another country than the ``source`` that a charge's clause names
    as the doer; none for the speaker's own side ("said it had ..."), a plan, a guess or
    a warning ("saying it would retaliate") or a denial ("saying Cuba had not been
    involved" clears Cuba). Parties of the source's own country are left out: the reason
    for an act at home names the people it is done to as often as the ones it blames."""
    if any((c.dep_ in ("aux", "auxpass") and c.lower_ in UNREAL_AUX) or c.dep_ == "neg"
           for c in clause.children) or _benign(clause):
        return []
    subj = doer(clause)
    if subj is None or subj.lower_ in SELF_WORDS or any(
            c.lower_ in PAIR_WORDS or (c.dep_ == "poss" and c.lower_ in SELF_WORDS)
            for c in subj.children):
        return []
    named = finder.actor(subj, source)
    if not named and subj.pos_ == "NOUN":
        named = finder.noun_modifiers(subj, source)[0]
    return [a for a in named if a.country is not None and a.country != source.country]


def blamed_parties(finder: ArgumentFinder, act: Token, source: Actor, event_type: str,
                   targets: list[Actor]) -> list[Actor]:
    """The parties blamed by the charge that goes with a hostile ``act`` done by
    ``source`` to ``targets``: the reason a participle gives after the act ("expelled the
    envoy, saying Chad had ...": any other country the clause names as its doer; for a
    refusal (``event_type`` REJECT) only the refused party: a refusal's reason defends
    the refuser, "denied the claim, saying Russian instructors were there under an
    agreement" blames no one), or the charge a demand or warning follows ("said X had
    ... and demanded ...": the party the demand is made of)."""
    own = {t.country for t in targets}
    reason = reason_clause(act)
    if reason is not None:
        blamed = _blamed_in(finder, reason, source)
        return [a for a in blamed if a.country in own] if event_type == "REJECT" else blamed
    if event_type != "REJECT" and cited_charge(act):  # "expelled X, citing 'hostile actions'"
        return [t for t in targets if t.country is not None and t.country != source.country]
    charge = charge_before(act) if event_type in CHARGED_TYPES else None
    if charge is not None:
        return [a for a in _blamed_in(finder, charge, source) if a.country in own]
    return []


def reason_accusations(finder: ArgumentFinder, doc: Doc, coded: Coded,
                       coded_types: dict[int, set[str]]) -> list[tuple[Token, Actor, Actor]]:
    """(act, accuser, accused) of the charges that go with a sentence's coded hostile
    acts; ``coded`` maps each coded trigger's token index to its actor pairs,
    ``coded_types`` to its event types."""
    out: list[tuple[Token, Actor, Actor]] = []
    for i, pairs in coded.items():
        types = [t for t in coded_types.get(i, ()) if hostile(t)]
        if not types:
            continue
        for src in dict.fromkeys(s for s, _ in pairs if s is not None and s.country):
            targets = [t for s, t in pairs if s == src and t is not None]
            out += [(doc[i], src, tgt)
                    for tgt in blamed_parties(finder, doc[i], src, types[0], targets)]
    return out
