"""Agreeing to remove a curb or end a quarrel is relief agreed (PLOVER AGREE), not a
sanction decided: "Moon and Trump agreed to scrap limits on the weight of warheads", "the
two countries agreed to end a four-year trade dispute". The discontinuing verb ("scrap",
"end", "halt") alone reads as cutting relations; its object, a curb or a dispute, says
that what stops is the pressure, not the relations (``data/word_classes.toml``
``relieving`` and ``restraints``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token


def _agreed_acts(tok: Token) -> list[Token]:
    """The verbs ``tok`` ("agreed") takes as its content, with their conjuncts ("agreed
    to restore visits and end the dispute")."""
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return acts + [g for a in acts for g in a.children if g.dep_ == "conj" and g.pos_ == "VERB"]


def agreed_relief(tok: Token) -> bool:
    """``tok`` is "agree" and one of its agreed acts takes a restraint away: a relieving
    verb with a curb or a dispute as its direct object ("agreed to scrap limits", "to end
    a trade dispute"; not "to impose a ban")."""
    if lemma_of(tok) != "agree":
        return False
    restraints, relieving = word_class("restraints"), word_class("relieving")
    return any(lemma_of(o) in restraints for act in _agreed_acts(tok)
               if lemma_of(act) in relieving
               for o in act.children if o.dep_ in ("dobj", "obj"))
