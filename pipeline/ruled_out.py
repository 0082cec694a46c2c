"""Acts ruled out: "Putin rules out tit-for-tat expulsions", "had ruled out lifting the
restrictions" refuse the act (PLOVER REJECT); not ruling one out ("has not ruled out
invoking Article 155", "refused to rule out using military force", "has never ruled out
using force") keeps a coercive option open, a threat (PLOVER THREATEN). Either way the
act ruled out or kept open is not done (``ruled_out_act``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.plover import COOPERATIVE
from pipeline.syntax import has_neg
from pipeline.trigger_lexicon import Sense, lemma_of, lexicon, object_phrase, of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

RULED_OUT = Sense("REJECT", None, "rule out")
KEPT_OPEN = Sense("THREATEN", None, "not rule out")


def rule_out(tok: Token) -> bool:
    """The phrasal verb "rule out" (the particle on the verb)."""
    return lemma_of(tok) == "rule" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def _complements(tok: Token) -> list[Token]:
    """What is ruled out: a gerund ("ruled out lifting") or a noun ("rules out
    expulsions")."""
    return [c for c in tok.children
            if (c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and not _set_off(c))
            or c.dep_ in ("dobj", "obj")]


def _set_off(clause: Token) -> bool:
    """A participle set off by a comma is an act of its own beside the ruling out
    ("ruled out new talks, accusing Kyiv of sabotage"), not what is ruled out."""
    i = clause.left_edge.i
    return i > 0 and clause.doc[i - 1].text == ","


def _kept_open(tok: Token) -> bool:
    """"has not ruled out", "never ruled out", "refused to rule out"."""
    return has_neg(tok) or (tok.dep_ == "xcomp" and
                            lemma_of(tok.head) in word_class("withholding"))


def ruled_out_sense(tok: Token, sense_of: Callable[[Token], Sense | None]) -> Sense | None:
    """The sense of a "rule out" verb, or None: ruled out, a refusal; kept open, a threat
    unless what is kept open is a friendly act. What is ruled out must be an act by its
    own sense (``sense_of``): "ruled out foul play", "did not rule out contacts" are
    none."""
    if not rule_out(tok):
        return None
    acts = [s for s in (sense_of(c) for c in _complements(tok)) if s is not None]
    if not _kept_open(tok):
        return RULED_OUT if acts else None
    if acts:
        # a friendly act kept open threatens no one ("did not rule out talks")
        return None if any(s.type in COOPERATIVE for s in acts) else KEPT_OPEN
    # "never ruled out using force": the use of force has no trigger of its own. The
    # means is the complement or its object, not a word inside a name ("a task force")
    means = [g for c in _complements(tok)
             for g in [c, *(o for o in c.children if o.dep_ in ("dobj", "obj")),
                       *of_objects(c)]]  # "the use of force"
    return KEPT_OPEN if any(lemma_of(g) in word_class("coercive_means") and not any(
        x.dep_ == "compound" for x in g.children) for g in means) else None


def dismissal_not_made(tok: Token) -> bool:
    """"has not dismissed the possibility of talks", "never dismissed a two-state
    solution": like "has not ruled out talks", a dismissal not made rejects nothing. A
    sacking not made ("did not dismiss the minister", a sanction by the verb's object
    table) is left to the sanction's own modality."""
    if lemma_of(tok) != "dismiss" or not has_neg(tok):
        return False
    table = lexicon().objects.get("dismiss", {})
    return not any(table[p].type == "SANCTION" for c in tok.children
                   if c.dep_ in ("dobj", "obj") for p in object_phrase(c) if p in table)


def refused_to_rule_out(tok: Token) -> bool:
    """"refused to rule out using force": the refusal is the kept-open threat of the
    "rule out" it governs, no refusal of its own."""
    return lemma_of(tok) in word_class("withholding") and any(
        c.dep_ == "xcomp" and rule_out(c) for c in tok.children)


def ruled_out_act(tok: Token) -> bool:
    """The act a "rule out" verb rules out or keeps open: not done."""
    return tok.head != tok and rule_out(tok.head) and tok in _complements(tok.head)
