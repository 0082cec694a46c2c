"""The day an event noun's own premodifying date gives ("the Feb. 14 suicide bombing",
"the Easter Sunday bombings"): background with its own day, whatever day the sentence
tells of. Split from ``pipeline.event_dates``, which uses it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pipeline import dates

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns a day phrase premodifies as a time, not an event ("Sunday morning").
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "day", "week", "weekend",
                        "time", "hour", "dawn", "midnight", "noon", "date", "deadline"})
#: How a date premodifies a noun ("the Feb. 14 bombing", "the Easter Sunday bombings").
PREMODIFIER = frozenset({"nmod", "compound", "npadvmod"})


def premodifying_date(noun: Token) -> Token | None:
    """The child of an event noun that is a date phrase before it ("Feb. 14")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in TIME_NOUNS:
        return None
    child = next((c for c in noun.children if c.dep_ in PREMODIFIER and c.i < noun.i and
                  c.ent_type_ in ("DATE", "EVENT")), None)
    if child is None or child.left_edge.i == 0:
        return None
    # a determiner opens the noun phrase ("the Feb. 14 bombing"); "On Wednesday crowds
    # stormed" is a misparsed adverbial
    before = noun.doc[child.left_edge.i - 1]
    return child if before.dep_ in ("det", "poss") and before.head == noun else None


def own_day(tok: Token, published: date | None) -> dates.DateResolution | None:
    """The day a nominal trigger's own premodifying date gives ("the Feb. 14 suicide
    bombing in Pulwama" happened on Feb. 14, whatever day the sentence tells of)."""
    noun = tok
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "relcl":
        # "the Easter Sunday bombings that killed 321 people", "the Feb. 14 bombing in
        # Pulwama, which killed 40": the relative clause tells of the dated noun's event
        noun = tok.head
        if premodifying_date(noun) is None and noun.dep_ == "pobj" and \
                noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
    child = premodifying_date(noun)
    if child is None:
        return None
    sub = tok.doc[child.left_edge.i:child.right_edge.i + 1]
    try:
        res = dates.resolve_date(sub.text, published=published)
    except Exception:  # a date bug must not lose the event
        return None
    return res if res is not None and res.precision == "day" else None
