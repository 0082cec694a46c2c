"""A branch of an organisation closed by force: "police closed the Minsk chapter of the
opposition party", "authorities closed the Moscow chapter of Memorial".

"Chapter" is also a span of history ("closed a shameful chapter", "the chapter of the
Cold War"), which shuts nothing. Only an "of" owner that is an organisation, a name of
no event or time or an organisation's common noun, makes it a branch whose closing is
repression (PLOVER COERCE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trigger_lexicon import lemma_of, of_objects

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Token

#: Entity labels of a name that is no organisation ("the chapter of the Cold War").
NOT_OWNERS = frozenset({"EVENT", "DATE", "TIME", "WORK_OF_ART", "LAW"})


def organisation_branch(noun: Token, branches: Set[str], owners: Set[str]) -> bool:
    """The noun is a branch word with an organisation as its "of" owner."""
    return lemma_of(noun) in branches and any(
        (o.pos_ == "PROPN" and o.ent_type_ not in NOT_OWNERS) or lemma_of(o) in owners
        for o in of_objects(noun))
