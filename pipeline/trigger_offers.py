"""Offers of help stated as readiness: "said it was ready to help", "is willing to act
as a mediator", "stood ready to provide training". The helping verb is no event verb of
its own; the readiness adjective makes it an offer (PLOVER AGREE)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.syntax import has_neg
from pipeline.trigger_lexicon import Sense, lemma_of, triggers_data

if TYPE_CHECKING:
    from spacy.tokens import Token

OFFERED_HELP = Sense("AGREE", None, "offered help")
#: Readiness adjectives: with a helping verb an offer, with a cooperative act (unreal_acts)
#: an offer of that act.
OFFER_WORDS = frozenset({"ready", "prepared", "willing", "open"})


@cache
def _offered_help_words() -> dict[str, frozenset[str]]:
    """Helping verb -> the words one of which it needs ("act" -> {"as"}); empty: none."""
    raw = triggers_data()["AGREE"]["offered_help"]
    out: dict[str, set[str]] = {}
    for entry in raw:
        verb, *rest = entry.split()
        out.setdefault(verb, set()).update(rest)
    return {k: frozenset(v) for k, v in out.items()}


def offered_help(tok: Token) -> bool:
    """An infinitive of helping under a readiness adjective, neither negated: "not ready
    to help" offers nothing, and the adjective's own refusal is coded elsewhere."""
    if tok.tag_ != "VB" or tok.dep_ != "xcomp" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    if head.pos_ != "ADJ" or lemma_of(head) not in OFFER_WORDS or has_neg(head) \
            or has_neg(tok) or (head.head.i != head.i and has_neg(head.head)):
        return False
    needs = _offered_help_words().get(lemma_of(tok))
    if needs is None:
        return False
    # "act as a mediator" needs its "as"; "play a constructive role" its "role"
    return not needs or any(c.lower_ in needs or lemma_of(c) in needs for c in tok.children)
