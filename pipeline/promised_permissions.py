"""A permission promised is an agreement (PLOVER AGREE: promising, offering): "Bangladesh
will allow Indian cargo vessels to use its ports", "Israel will pay compensation and let
Turkey deliver aid", "residents would be allowed to live and work in Britain". A state
that says it will permit something commits itself to the other party; nothing is conceded
yet, and the tuning gold codes such sentences AGREE (or COOPERATE, AID), never CONCEDE
alone. A permission given ("Jordan allowed the guard to cross") stays as read, and so does
one promised at home ("Saudi Arabia would allow Saudi women to drive"): a reform conceded to
one's own people, with no other party to commit to. Nor is a permission ended ("will no
longer allow") or conditioned ("only if sanctions were lifted") a promise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.modality import FUTURE_MODALS
from pipeline.syntax import has_neg
from pipeline.trigger_access import PERMITTING
from pipeline.trigger_lexicon import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schemas import Actor


def promised_permission(tok: Token, sources: list[Actor], targets: list[Actor]) -> bool:
    """``tok`` is a verb of permitting under "will"/"would"/"shall", its own or, for a
    conjunct ("will reopen the offices ... and allow direct flights"), its first
    conjunct's, and it permits a party of another country than the permitter's; a negated
    one ("will not allow", "will no longer allow") is a refusal, and a conditioned one
    ("would allow the ships to leave only if sanctions were lifted") a demand, no promise."""
    if lemma_of(tok) not in PERMITTING or has_neg(tok) or _withheld(tok):
        return False
    own = {a.country for a in sources if a.country is not None}
    if not own or not any(a.country is not None and a.country not in own for a in targets):
        return False
    heads = [tok]
    while heads[-1].dep_ == "conj" and heads[-1].head is not heads[-1] and len(heads) < 6:
        heads.append(heads[-1].head)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS and not has_neg(h)
               for h in heads for c in h.children)


def _withheld(tok: Token) -> bool:
    """"will no longer allow" ends a permission; an "if"/"unless" clause under the verb
    ("would let them go home if Damascus guaranteed their safety") sets a condition on the
    other party rather than committing to it."""
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
           for c in tok.children):
        return True
    return any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in tok.subtree)
