""""accused the government of stealing the election and called on his supporters to ...":
a finite verb the parser conjoins to the gerund of a preposition's object.

Coordination joins like forms: a past or present finite verb ("called", "urges") with
no subject of its own cannot be the coordinate of an "-ing" form that is the object of
"of", "for" or "by" ("stealing the election"). It is the second verb of the clause the
preposition's phrase hangs on ("accused ... and called on"), so it shares that clause's
subject and is no part of the charge, the reason or the means. (The finite verb of a
content clause, "demanded that Mali free them and warned", is ``syntax.stray_conjunct``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Finite forms: past, and present third person.
FINITE_TAGS = frozenset({"VBD", "VBZ"})
#: Prepositions whose gerund object names a charge, a reason or a means.
PREPOSITIONS = frozenset({"of", "for", "by"})


def gerund_conjunct(tok: Token) -> Token | None:
    """The verb above the preposition whose gerund object the finite ``tok`` is
    conjoined to, or None."""
    gerund = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in FINITE_TAGS or gerund.tag_ != "VBG" or \
            gerund.dep_ != "pcomp" or any(c.dep_ in ("nsubj", "nsubjpass", "aux")
                                          for c in tok.children):
        return None
    if gerund.head.lower_ not in PREPOSITIONS:
        return None
    governor = gerund.head.head
    if governor.pos_ != "VERB" or governor.tag_ not in FINITE_TAGS or governor.i > gerund.i:
        return None
    return governor
