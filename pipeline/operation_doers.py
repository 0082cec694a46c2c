"""Launching or beginning an "operation" puts forces in motion (PLOVER MOBILIZE, the
``[objects.launch]``/``[objects.begin]`` entries) only when forces or a state do it:
"troops launched an operation to track down the gunmen" is a deployment; "the company
launched an operation in Brazil" or "the government launched an investigation operation
into the fraud" moves no forces. ``pipeline.triggers`` drops the verb's object table
for such an operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lexicon
from pipeline.syntax import climbed_subject
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose object table reads "operation" as a deployment.
OPERATION_VERBS = frozenset({"launch", "begin"})


def unarmed_operation(tok: Token) -> bool:
    """Whether ``tok`` launches or begins an operation that is no use of forces: one
    whose modifier names another kind ("an investigation operation"), or whose doer is a
    company, a medium, a court or civilians (word class ``unarmed_doers``)."""
    if lemma_of(tok) not in OPERATION_VERBS:
        return False
    ops = [c for c in tok.children if c.dep_ in ("dobj", "obj") and lemma_of(c) == "operation"]
    if not ops:
        return False
    if any(m.dep_ in ("compound", "nmod") and lemma_of(m) not in
           word_class("armed_operations") for o in ops for m in o.children):
        return True
    who = climbed_subject(tok, deps=frozenset({"nsubj"}))
    return who is not None and lexicon().roles.get(lemma_of(who)) in word_class("unarmed_doers")
