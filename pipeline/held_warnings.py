"""A warning told after another act ("demanded X, warning that ...") that holds something over
the hearer is a threat of its own; so is one whose content is what a state must do ("warned
that Kyiv must stop its attacks")."""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING

from pipeline.modality import in_if_clause
from pipeline.statement_senses import DEMAND_MODAL
from pipeline.trigger_protest import names_a_state
from pipeline.trigger_statements import modal_demand
from pipeline.unreal_acts import RESPONSES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.trigger_lexicon import Sense
    from schemas import Actor

    #: A coded (source, target) pair.
    Pair = tuple[Actor | None, Actor | None]

#: Words that mark the condition a threat is held on ("if", "unless", "otherwise").
CONDITIONS = frozenset({"if", "unless", "otherwise"})


def _conditioned(clause: Token) -> bool:
    """The warned clause carries a condition: "would move them itself if the agency failed
    to act", "could use force unless ...", "otherwise Israel would do so itself"."""
    for c in clause.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                     for m in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in CONDITIONS:
            return True
    return False


def held_over(tok: Token, coercive: Container[int]) -> bool:
    """A participial warning after another act ("summoned the envoy and demanded measures,
    warning that Japan would consider all options if it did not") states a threat beside
    that act when its clause sets a condition, names the warner's next measures ("further
    steps would follow") or a coercive act ("they could use force"). ``coercive`` holds the
    positions of the sentence's coercive triggers. A warning that only elaborates the act
    ("condemned X, warning of consequences", "urged calm, warning that supplies were under
    threat") has no clause of this kind and stays one statement with it."""
    for clause in tok.children:
        if clause.dep_ != "ccomp":
            continue
        if _conditioned(clause):
            return True
        if any(g.dep_ == "nsubj" and g.lemma_.lower() in RESPONSES for g in clause.children):
            return True
        if any(g.i in coercive and not (g.dep_ == "nsubj" and g.head == clause)
               for g in clause.subtree):
            return True
    return False


def warned_pairs(tok: Token, coded: Mapping[int, list[Pair]]) -> list[Pair]:
    """The parties of a participial warning after a coded act that names no hearer of its
    own ("asked the UNHCR to move the refugees, warning that Kenya would move them itself"):
    the act's own pairs, as the warning is held over the party the act is done to; ``coded``
    maps each trigger coded so far in the sentence to its pairs. A warning that names its
    hearer ("warning Seoul that ...") is read off its own clause."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or any(
            c.dep_ in ("dobj", "dative") for c in tok.children):
        return []
    act = tok.head
    if act.i not in coded and act.dep_ in ("xcomp", "ccomp"):
        # "asked Denmark to hand it back, warning ...", "demanded that Denmark release it,
        # warning ...": hung on what was asked, the warning goes with the asking
        act = act.head
    return [(s, t) for s, t in coded.get(act.i, []) if s is not None and t is not None]


def warned_demand(warning: Token, demand: Token, sense: Sense) -> bool:
    """"warned that Kyiv must stop its attacks", "warned that Vilnius must bear the
    consequences": a modal demand in the warning's own content clause, made of a state
    or its body, is what the warning holds over that state (the warning is the event, as
    gold codes it). Demands of no state ("warned that investors should be cautious",
    "that aid must reach Gaza") or in the passive ("the match should be postponed") are
    alarm or advice, no coercion."""
    if sense != DEMAND_MODAL or demand.dep_ != "ccomp" or demand.head != warning or \
            in_if_clause(warning):
        return False  # ("if Russia warned that Kyiv must withdraw, ...": none was made)
    return demanded_state(demand) is not None


def demanded_state(demand: Token) -> Token | None:
    """The active subject naming a state that a modal demand is made of ("Kyiv" in
    "... that Kyiv must stop its attacks", "the Israeli government"), else None. A body
    that names no country ("Congress", "parliament") is left out: whose it is would be a
    guess from the story."""
    subj = next((c for c in demand.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.dep_ != "nsubj" or not names_a_state(subj):
        return None
    return subj if subj.ent_type_ == "GPE" or any(
        c.ent_type_ in ("GPE", "NORP") for c in subj.children) else None


def warned_demand_state(warning: Token) -> Token | None:
    """The state a warning's own content clause makes a modal demand of ("warned that
    Kyiv must stop its attacks": Kyiv), whom the warning is aimed at; else None."""
    return next((s for c in warning.children if c.dep_ == "ccomp" and modal_demand(c)
                 for s in (demanded_state(c),) if s is not None), None)
