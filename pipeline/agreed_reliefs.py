"""Agreeing to remove a curb or end a quarrel is relief agreed (PLOVER AGREE), not a
sanction decided: "Moon and Trump agreed to scrap limits on the weight of warheads", "the
two countries agreed to end a four-year trade dispute". The discontinuing verb ("scrap",
"end", "halt") alone reads as cutting relations; its object, a curb or a dispute, says
that what stops is the pressure, not the relations (``data/word_classes.toml``
``relieving`` and ``restraints``). ``trigger_objects.agreed_sanction`` passes over such
an act and still reads the others agreed with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token


def relieved_act(act: Token) -> bool:
    """``act``, an act agreed on, takes a restraint away: a relieving verb with a curb or
    a dispute as its direct object ("to scrap limits", "to end a trade dispute"; not "to
    impose a ban"). Only that act is no sanction: "agreed to drop the cap on Russian oil
    and ban all imports of it" still decides the ban."""
    if lemma_of(act) not in word_class("relieving"):
        return False
    restraints = word_class("restraints")
    return any(lemma_of(o) in restraints for o in act.children if o.dep_ in ("dobj", "obj"))
