"""The act an order has done: "ordered the border closed", "ordered the assets frozen",
"a judge ordered him held" code the act itself, done by whoever gave the order (PLOVER
codes the act, not a demand); so does an order to another state to close its own mission
("ordered China to close its consulate in Houston")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline import wire_constructions as wire
from pipeline.syntax import has_neg
from pipeline.trigger_lexicon import Sense, lemma_of, lexicon, object_phrase
from pipeline.word_classes import word_class

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


def closed_mission(order: Token) -> Sense | None:
    """"ordered Russia to close its consulate in San Francisco", "instructed Belgium to shut
    its embassy": a state ordering another to close its own mission closes it (PLOVER
    SANCTION: reduce relations), the same act as "ordered the consulate closed"; the one
    ordered is the mission's state, not a party asked to act. The sense is the closing
    verb's own entry for the mission in the object table. Not a negated order or closing,
    and not "asked", "urged", "demanded", which a party may refuse."""
    if lemma_of(order) not in wire.COMMANDING or has_neg(order):
        return None
    for act in wire.infinitives(order):
        if act.dep_ != "xcomp" or has_neg(act):
            continue
        table = lexicon().objects.get(lemma_of(act), {})
        for obj in (c for c in act.children if c.dep_ in ("dobj", "obj")):
            if lemma_of(obj) not in word_class("missions"):
                continue
            sense = next((table[p] for p in object_phrase(obj) if p in table), None)
            if sense is not None and sense.type == "SANCTION":
                return sense
    return None
