"""The act an order has done: "ordered the border closed", "ordered the assets frozen",
"a judge ordered him held" code the act itself, done by whoever gave the order (PLOVER
codes the act, not a demand)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline import wire_constructions as wire
from pipeline.trigger_lexicon import Sense, lexicon, object_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Acts an authority does by ordering them, of its own agencies or as the object of the
#: order ("ordered sanctions", "ordered police to arrest him").
ORDERED_ACTS = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID"})


def ordered_act(done: Token, own_sense: Callable[[Token], Sense | None]) -> Sense | None:
    """The sense of the act an order has done (``done``: the participle of
    ``wire.ordered_done``): the participle's subject is what it acts on. A participle
    the lexicon types only by its patient is read by ``own_sense`` (the verb reading of
    ``pipeline.triggers``): "ordered him held" holds a person, a detention."""
    lex = lexicon()
    lemma = wire.participle_lemma(done)
    table = lex.objects.get(lemma, {})
    for obj in [c for c in done.children if c.dep_ in ("nsubj", "nsubjpass")] + [
            c for c in done.head.children if c.dep_ in ("dobj", "obj")]:
        for phrase in object_phrase(obj):
            if phrase in table:
                return table[phrase]
    plain = next((sense for rest, sense in lex.verbs.get(lemma, []) if not rest), None)
    if plain is not None:
        return plain
    own = own_sense(done)
    return own if own is not None and own.type in ORDERED_ACTS else None
