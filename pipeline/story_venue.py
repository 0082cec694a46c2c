"""The story's venue as its headline gives it: "Colombia, FARC sign ceasefire in Havana",
"agree Hodeidah ceasefire at Sweden talks", "truce to start after all-night Minsk summit".
The body's meetings and agreements then happen there when their own sentence names no
place, rather than in a party's country (the parties travelled to meet)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, place_country
from pipeline.doc_views import doc_ents, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["MEETINGS", "places_data", "title_venue"]

#: Meeting nouns a place premodifies or locates ("Minsk summit", "talks in Geneva").
MEETINGS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "conference"})


@cache
def places_data() -> dict[str, dict[str, list[str]]]:
    """pipeline/data/places.toml (word lists of the place rules), read once."""
    return tomllib.loads((Path(__file__).parent / "data" / "places.toml")
                         .read_text(encoding="utf-8"))


def _title_acts() -> frozenset[str]:
    """Headline verbs of meeting or settling ("sign", "agree")."""
    return frozenset(places_data().get("venue", {}).get("title_acts", []))


def title_venue(doc: Doc) -> str | None:
    """The place the headline (the doc's first line, with no closing stop) says the
    parties met or settled in: one premodifying a meeting noun ("at Sweden talks") or the
    object of "in"/"at" on a meeting noun or a verb of meeting or settling ("sign peace
    deal in Helsinki")."""
    end = doc_text(doc).find("\n")
    if end <= 0 or doc_text(doc)[:end].rstrip().endswith((".", "?", "!")):
        return None  # no headline line: a body's first sentence is no headline
    for ent in doc_ents(doc):
        if ent.start_char >= end:
            break  # (the headline's last entity can run on into the blank line after it)
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        root = ent.root
        if root.dep_ in ("compound", "amod", "nmod"):
            held = root.head.lemma_.lower() in MEETINGS
        elif root.dep_ == "pobj" and root.head.lower_ in ("in", "at"):
            on = root.head.head
            if on.dep_ in ("dobj", "obj") and on.pos_ in ("NOUN", "PROPN"):
                on = on.head  # "sign peace deal in Washington": the place hangs on the deal
            held = on.lemma_.lower() in MEETINGS or (
                on.pos_ in ("VERB", "AUX") and on.lemma_.lower() in _title_acts())
        else:
            held = False
        name = doc[ent.start:ent.end].text.strip()
        code = place_country(name) if held else None
        if code is not None and code not in BODIES:
            return name
    return None
