"""A visitor's words to a legislature go to the host's: "Zelensky, visiting Washington,
urged Congress to approve aid", "on a visit to Ottawa, the president addressed
parliament". A legislature named by no country of its own took the story's focus (the
visitor's country) and the appeal read as aimed at home; the clause says where the
speaker is, and the chamber he addresses there is that country's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import place_country
from pipeline.doc_views import entity_text
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Chambers and their members (see word_classes.toml).
LEGISLATURES = word_class("legislatures") | word_class("legislators")
#: Words of visiting: the participle ("visiting Washington") and the noun ("on a visit
#: to Ottawa", "during a trip to Kyiv").
VISIT_VERBS = frozenset({"visit", "tour"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour"})


def _country(tok: Token) -> str | None:
    """The country of a place token (its entity's text, else its own)."""
    return place_country(entity_text(tok))


def _visited(verb: Token) -> str | None:
    """The country a clause's verb says its subject is visiting, if one."""
    # ("Zelensky, visiting Washington," may hang on the subject rather than the verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in [*verb.children, *(g for s in subjects for g in s.children)]:
        if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in VISIT_VERBS:
            # "Zelensky, visiting Washington, urged": the participle's object
            for o in c.children:
                if o.dep_ in ("dobj", "obj") and (code := _country(o)):
                    return code
        if c.dep_ == "prep" and c.lower_ in ("on", "during"):
            # "on a visit to Ottawa": the noun's "to" object
            for n in c.children:
                if n.dep_ == "pobj" and n.lemma_.lower() in VISIT_NOUNS:
                    for p in n.children:
                        if p.dep_ == "prep" and p.lower_ == "to":
                            for o in p.children:
                                if o.dep_ == "pobj" and (code := _country(o)):
                                    return code
    return None


def visited_host(tok: Token) -> str | None:
    """The host country of a legislature (or lawmakers) addressed by a clause whose
    subject is visiting a named place; None for any other role word."""
    if tok.lemma_.lower() not in LEGISLATURES and tok.lower_ not in LEGISLATURES:
        return None
    if tok.dep_ not in ("dobj", "obj", "pobj", "dative"):
        return None  # ("Congress approved the aid": a chamber acting is not addressed)
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return _visited(verb)
