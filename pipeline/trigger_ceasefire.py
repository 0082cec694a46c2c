"""Declared ends of fighting: "halted its offensive", "an end to military operations",
"declared the war over"; and the fighting nouns that are only what is stopped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.prep_objects import prep_objects
from pipeline.syntax import has_neg
from pipeline.trigger_lexicon import (
    Sense,
    lemma_of,
    lexicon,
    object_phrase,
    of_objects,
    verb_rest_ok,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A declared end of one's own fighting (PLOVER CONCEDE: ceasefire declared).
CEASING = Sense("CONCEDE", "ceasefire", "end of fighting")
#: "said it was very sorry": regret for one's own act.
SORRY = Sense("CONCEDE", "regret", "sorry")


def _work_at_site(tok: Token) -> bool:
    """Unmarked "operations" "at" a place of work ("suspended operations at its embassy",
    "operations at the refinery"); not "military operations at dawn", "at the request of
    the UN" or "at midnight", which say when or why the fighting stops."""
    ceasing = lexicon().ceasing
    if any(c.dep_ in ("amod", "compound") and lemma_of(c) in ceasing["armed_marks"]
           for c in tok.children):
        return False
    # the "at" phrase may hang on the verb ("suspended operations at its embassy")
    around = [tok, tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [tok]
    return any(lemma_of(o) in ceasing["sites"] for h in around
               for o in prep_objects(h, ("at",)))


def _fighting(tok: Token) -> bool:
    """"offensive", "military operations", "the state of war", "hostilities"; not the
    work done at a site ("suspended operations at its embassy in Tehran", "a halt to
    operations at the industrial park"): stopping that is a sanction or a retreat, no
    ceasefire."""
    if lemma_of(tok) == "operation" and _work_at_site(tok):
        return False
    words = lexicon().ceasing["fighting"]
    if any(p in words for p in object_phrase(tok)):
        return True
    return lemma_of(tok) == "state" and any(
        lemma_of(p) == "war" for p in of_objects(tok))


def ceasing_noun(tok: Token) -> bool:
    """"an end to military operations", "a halt to the offensive"."""
    return lemma_of(tok) in lexicon().ceasing["nouns"] and tok.pos_ == "NOUN" and any(
        _fighting(p) for c in tok.children if c.dep_ == "prep" and c.lower_ in (
            "to", "of", "in") for p in c.children if p.dep_ == "pobj")


def declared_over(tok: Token) -> bool:
    """A clause stating that fighting is over: "the war (was) over", "hostilities ended"."""
    ended = lexicon().ceasing["ended"]
    if tok.lower_ not in ended and lemma_of(tok) not in ended and not any(
            c.lower_ in ended for c in tok.children if c.dep_ in ("advmod", "acomp", "prt")):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _fighting(subj)


def ceasing_verb(tok: Token) -> bool:
    """"halted its offensive", "the bombing was suspended", "ordered an end to the
    fighting", "declared the state of war over"."""
    lex = lexicon().ceasing
    lemma = lemma_of(tok)
    if tok.dep_ == "xcomp":
        return False  # "pledged to help end the conflict": an aim, not a declared halt
    stopping = lemma in lex["verbs"] or any(v.split()[0] == lemma and verb_rest_ok(
        tok, tuple(v.split()[1:])) for v in lex["verbs"] if " " in v)
    if stopping and any(c.dep_ in ("dobj", "nsubjpass") and _fighting(c) for c in tok.children):
        return True
    if lemma in lex["declare"]:
        for c in tok.children:
            if c.dep_ == "dobj" and ceasing_noun(c):
                return True
            if c.dep_ in ("ccomp", "xcomp", "oprd") and declared_over(c):
                return True
        # "declared the war over": the state parsed as a particle of the verb
        if any(c.dep_ == "dobj" and _fighting(c) for c in tok.children) and any(
                c.lower_ in lex["ended"] for c in tok.children
                if c.dep_ in ("prt", "advmod", "oprd", "acomp")):
            return True
    return False


def ended_fighting(tok: Token) -> bool:
    """A fighting noun that is only what is stopped or declared over ("an end to the
    war", "declared the war over"): no event of its own."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and ceasing_noun(head.head):
        return True
    cur = tok
    while cur.dep_ == "pobj" and cur.head.dep_ == "prep":  # "the state of war"
        cur = cur.head.head
    return cur.dep_ in ("nsubj", "nsubjpass", "dobj") and (
        declared_over(cur.head) or ceasing_verb(cur.head))


#: Verbs through which a truce, their subject, is said to hold ("appeared to be holding").
RAISING = frozenset({"appear", "seem", "continue", "remain", "look"})


def truce_kept(tok: Token) -> bool:
    """A truce noun said to be kept (PLOVER RETREAT: a ceasefire observed) through a
    verb of seeming ("a ceasefire appeared to be holding", "the truce seemed to hold")
    or in a headline's reduced clause ("Armenia says truce with Azerbaijan holding")."""
    def kept(verb: Token) -> bool:
        return lemma_of(verb) == "hold" and not has_neg(verb)

    verb = tok.head
    if tok.dep_ == "nsubj" and lemma_of(verb) in RAISING and \
            not has_neg(verb) and \
            any(c.dep_ == "xcomp" and kept(c) for c in verb.children):
        return True
    return any(c.dep_ == "acl" and c.tag_ == "VBG" and kept(c) for c in tok.children)
