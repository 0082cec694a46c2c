"""Searching or sealing off a place is a police raid or cordon (PLOVER COERCE) only when
security forces do it: "police searched the homes of the captain" is a raid, "rescue
workers searched collapsed homes for survivors" or "firefighters sealed off the building
after a gas leak" is help after a disaster, no coercion (word classes ``rescuers`` and
``sought_survivors``). A subject named only by its country or an agency stays a raid.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.syntax import climbed_subject
from pipeline.trigger_lexicon import lemma_of
from pipeline.word_classes import word_class

#: Verbs whose object table reads police work (triggers.toml [objects.search] / .seal).
SECURITY_SWEEPS = frozenset({"search", "seal"})


def rescue_sweep(tok: Token) -> bool:
    """A search or cordon by rescuers, or a search for survivors or the dead."""
    if lemma_of(tok) not in SECURITY_SWEEPS:
        return False
    subj = climbed_subject(tok, deps=frozenset({"nsubj", "nsubjpass"}))
    if subj is None and tok.dep_ == "acl":
        subj = tok.head  # the parser may hang the verb on its doer: "Firefighters sealed off"
    if subj is not None and (lemma_of(subj) in word_class("rescuers") or any(
            lemma_of(c) in word_class("rescuers") or c.lower_ == "rescue"
            for c in subj.children if c.dep_ in ("compound", "amod"))):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        lemma_of(p) in word_class("sought_survivors") for p in c.children)
        for c in tok.children)
