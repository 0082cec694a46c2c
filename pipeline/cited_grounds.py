"""Grounds cited for a hostile act, as an accusation of the party it is done to: "Moldova
ordered Russia to cut its embassy staff, citing 'hostile actions'", "China suspended beef
imports from Australia, citing breaches of labelling rules". The participle "citing" names
a wrong of the act's target (PLOVER ACCUSE beside the act), when what it cites is a charge:
a noun of misconduct ("interference", "refusal", "breaches"), a disapproving word on it
("his impolite attitude") or the speaker's own label ("what it called provocations"). Grounds
of prudence ("citing security concerns", "citing the threat") blame no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of, lexicon
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The participles that give an act's grounds as a thing named ("citing X", "invoking X").
CITING = frozenset({"cite"})
#: Verbs by which the speaker labels what it cites ("citing what it called provocations").
NAMING = frozenset({"call", "describe", "term"})


def _charge(noun: Token) -> bool:
    """A noun of misconduct, one with a disapproving modifier, or one of them among
    coordinated grounds ("citing the law and Pretoria's genocide case")."""
    charges = word_class("cited_charges")
    blame = lexicon().eval_adjectives | word_class("cited_blame")
    for n in (noun, *(c for c in noun.subtree if c.dep_ == "conj" and c.pos_ == "NOUN")):
        if lemma_of(n) in charges:
            return True
        if lemma_of(n) in word_class("cited_plain_grounds") and any(
                (c.dep_ == "compound" and c.pos_ == "NOUN") or c.dep_ in ("acl", "ccomp")
                for c in n.children):
            return True
        if any(c.dep_ == "amod" and (lemma_of(c) in blame or c.lower_ in blame)
               for c in n.children):
            return True
    return False


def _labelled(obj: Token) -> bool:
    """"citing what she called repeated statements": the speaker's label of the grounds."""
    return obj.lower_ == "what" or any(
        lemma_of(c) in NAMING and any(g.lower_ == "what" for g in c.children)
        for c in (obj, *obj.children) if c.i == obj.i or c.dep_ == "relcl")


def _own_clause(act: Token) -> list[Token]:
    """The act and the verbs above it up to its clause: the climb stops at a clause
    reported of another doer, so that "the army said gunmen attacked its soldiers, citing
    evidence" gives the grounds to the reporter ("said"), not to the reported attack; it
    goes on past a clause with no other doer ("announced that the envoy had been expelled,
    citing ...": the announcer expelled)."""
    out = [act]
    t = act
    while not _reported_by_another(t) and t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


def _reported_by_another(act: Token) -> bool:
    """An act reported by someone else than its doer ("the army said Hamas gunmen
    attacked its soldiers, citing ..."): a trailing "citing" is the reporter's evidence,
    not the doer's grounds, though the parser hangs it on the reported verb. A pronoun
    doer is the reporter itself ("Ghana said it had expelled the envoy, citing ..."), and a
    passive names no other doer ("announced the envoy had been expelled, citing ...")."""
    if act.dep_ != "ccomp":
        return False
    subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ != "PRON"


def cited_charge(act: Token) -> bool:
    """Whether a participle "citing ..." after the ``act`` cites a charge. The participle
    may hang on the act, on a verb above it, or on the act's own complement ("declared
    the envoy persona non grata, citing", "ordered Russia to cut staff, citing")."""
    if _reported_by_another(act):
        return False
    heads = {*(a.i for a in _own_clause(act)),
             *(c.i for c in act.children if c.dep_ in ("xcomp", "ccomp"))}
    for c in act.sent:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma_of(c) in CITING and \
                c.head.i in heads and c.i > act.i:
            objs = [o for o in c.children if o.dep_ in ("dobj", "ccomp")]
            if any(_charge(o) or _labelled(o) for o in objs):
                return True
    return False
