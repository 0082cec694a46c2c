"""A verdict that an agreement, vote or ruling is "null and void" refuses it (PLOVER REJECT)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trigger_lexicon import Sense

#: "declared the accord null and void", "called the vote null and void", "said the award
#: was null and void": the speaker refuses to be bound by what it names (gold codes REJECT
#: in all four such sentences of the tuning sets, beside ACCUSE in one).
VOID_VERDICT = Sense("REJECT", None, "null and void")


def void_verdict(tok: Token) -> Sense | None:
    """The sense of "null" in "null and void" said of something, else None. The phrase is
    its own verdict whatever the parser makes of it (a predicate adjective, an object
    complement or a noun), so it is read by its words; a negated verdict ("was not null
    and void") refuses nothing."""
    if tok.lower_ != "null" or tok.i + 2 >= len(tok.doc):
        return None
    if tok.doc[tok.i + 1].lower_ != "and" or tok.doc[tok.i + 2].lower_ != "void":
        return None
    head = tok.head
    if any(c.dep_ == "neg" for c in (*tok.children, *head.children)):
        return None
    return VOID_VERDICT


def voided_things(tok: Token) -> list[Token]:
    """What a "null and void" verdict is said of: the subject of "was null and void", or
    the object of "declared the accord null and void" (empty for any other token)."""
    if void_verdict(tok) is None:
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")
            and c.pos_ in ("NOUN", "PROPN")]
