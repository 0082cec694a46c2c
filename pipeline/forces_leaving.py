"""Troops leaving a country or town are pulled out (PLOVER RETREAT: "withdraw"): "the last
French troops left Mali in August", "Chadian soldiers began leaving the Central African
Republic", "its units had left Bucha on March 30", "some 200 soldiers left the capital".
Gold codes these RETREAT in four tuning/guard articles; "leave" had no sense before.

Only forces (the subject's words, see wire_constructions.FORCES) leaving a named place or
"the country"/"the capital"; people, ships or envoys leaving are other rules' or travel.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trigger_lexicon import Sense, lemma_of
from pipeline.wire_constructions import FORCES, LEAVING

FORCES_LEFT = Sense("RETREAT", "withdraw", "forces leave")

#: Places left named by a noun rather than a name ("left the country").
_PLACE_NOUNS = frozenset({"country", "capital", "territory", "region", "town", "city"})


def _subject(tok: Token) -> Token | None:
    """The verb's subject, or its governing verb's ("began leaving": who began)."""
    for verb in (tok, tok.head) if tok.dep_ == "xcomp" else (tok,):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def forces_leaving(tok: Token) -> bool:
    """A verb of leaving whose subject is troops and whose object is a place."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in LEAVING - {"go"}:
        return False
    subj = _subject(tok)
    if subj is None or not ({lemma_of(subj), subj.lower_} & FORCES):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in tok.children):
        return False  # "left Kigali for Mozambique": a deployment, going somewhere
    # a name (the parser often tags a country left as a person: "left Mali")
    return any(c.dep_ in ("dobj", "obj") and (
        c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC") or lemma_of(c) in _PLACE_NOUNS)
        for c in tok.children)
