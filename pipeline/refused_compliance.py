"""A refusal told as a vow not to keep to something: "Chile said it would not renew the
fishing pact", "vowed never to comply with the ruling", "would no longer abide by the accord";
and a vow not to yield to pressure: "Chile would not be bullied", "said Paris would not be
intimidated by British manoeuvres".

Keeping to an agreement, a ruling or an order is no event of its own in PLOVER, so these
verbs are no triggers; negated by the party bound, they refuse what binds it (REJECT), as
a negated cooperative act does ("would not step down", ``pipeline.event_filters``). A
condition ("if Chile does not comply") refuses nothing (screened as every trigger is), and
a passive names no refuser ("the mandate would not be renewed", "the deal was never
implemented"): it tells what became of the thing, not who refused it.

A party that says it will not be pressed ("would not be intimidated", "will not be pushed
around") defies whoever presses it: the party named as the passive's subject refuses
(REJECT), aimed at the presser when the clause names one ("by British manoeuvres"), else at
whom the actor rules find. Said as done ("its fishermen had been intimidated by patrol
boats") it is the pressing, told by the sufferer, and no refusal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.modality import FUTURE_MODALS, WONT, is_negated
from pipeline.syntax import no_longer
from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The sense a refused keeping takes: the refuser's REJECT of what binds it.
REFUSED_COMPLIANCE = Sense("REJECT", None, "refuse compliance")
#: The sense a defied pressure takes: the pressed party's REJECT of the presser.
DEFIED_PRESSURE = Sense("REJECT", None, "defy pressure")


#: Auxiliaries of a party's own stance for the time to come ("would not", "won't").
STANCE_AUX = FUTURE_MODALS | {WONT}


def _own_stance(tok: Token) -> bool:
    """The keeping verb tells the bound party's own stance: a future or modal ("would not
    renew", "won't comply"), an infinitive of its own vow ("vowed not to comply": the
    governing verb has no object, so the vower is the one bound), or a present "no longer
    abides by". Not a request or charge about another ("urged Israel not to implement",
    "accused Moscow of not honouring") nor a past charge ("had not honoured the deal")."""
    aux = [c for c in tok.children if c.dep_ == "aux"]
    if any(a.lower_ in STANCE_AUX for a in aux):
        return True
    if any(a.tag_ == "TO" for a in aux):
        return tok.dep_ == "xcomp" and not any(
            c.dep_ in ("dobj", "obj", "dative") for c in tok.head.children)
    return not aux and tok.tag_ in ("VBZ", "VBP") and no_longer(tok)


def refused_compliance(tok: Token) -> bool:
    """A verb of keeping (word class ``keeping``) negated on itself or its governing verbs
    ("would not renew", "vowed not to comply", "no longer abide by") as the bound party's
    own stance (``_own_stance``)."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in word_class("keeping"):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    return (is_negated(tok) or no_longer(tok)) and _own_stance(tok)


def defied_pressure(tok: Token) -> bool:
    """A passive verb of pressing (word class ``pressing``) negated, with a subject: "would
    not be intimidated", "will never be bullied", "would no longer be pushed around"."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in word_class("pressing"):
        return False
    if lemma_of(tok) == "push" and not any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("around", "off")
            for c in tok.children):
        return False  # "would not be pushed back by troops" is the fighting, not pressure
    if not any(c.dep_ == "auxpass" for c in tok.children) or \
            not any(c.dep_ == "nsubjpass" for c in tok.children):
        return False
    return is_negated(tok) or no_longer(tok)

