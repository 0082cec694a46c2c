"""The place a sentence opens with ("In Manila, Foreign Secretary X said ..."), and whose
people it sets there.

News that turns to another capital opens the sentence with it and then names that
capital's own officials by title alone: "In Manila, Foreign Secretary X" is the
Philippines' foreign secretary, "In Yerevan, police" Armenia's police. Without the
opening place such a role word or titled person falls back on the story's focus
country, which here is the other side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup, place_country
from pipeline.body_seats import seat_cities
from pipeline.doc_views import ent_at, entity_text
from pipeline.place_names import qualified_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _opening_name(sent: Span) -> str | None:
    """The proper name a sentence opens with as a place, set off by a comma ("In
    Yerevan, ..."; not "In talks with X"), with the entity it is part of when there is
    one (NER often takes a capital for a person, so the name is looked up as a place)."""
    pobj = _opening_pobj(sent)
    return entity_text(pobj) if pobj is not None else None


def _opening_pobj(sent: Span) -> Token | None:
    """The proper noun of a sentence's opening "In X," phrase (see ``_opening_name``)."""
    first = sent[0] if sent[0].is_alpha or len(sent) == 1 else sent[1]
    if first.lower_ != "in" or first.dep_ != "prep" or first.head != sent.root:
        return None
    pobj = next((p for p in first.children if p.dep_ == "pobj"), None)
    if pobj is None or not any(t.text == "," for t in sent[first.i - sent.start:
                                                           pobj.i - sent.start + 2]):
        return None
    return pobj if pobj.pos_ == "PROPN" else None


def opening_place(tok: Token) -> str | None:
    """The country of the place a sentence opens with ("In Yerevan, thousands of
    protesters rallied outside the government headquarters"): the role words of a
    sentence set in a place by its opening phrase are that place's own people and
    bodies, not the story's focus country's."""
    opening = _opening_pobj(tok.sent)
    if opening is None:
        return None
    # ("In Athens, Texas on Monday, police arrested": the city its region names)
    ent = ent_at(opening)
    return place_country(qualified_name(ent) if ent is not None else opening.text)


def opening_speaker_place(head: Token) -> str | None:
    """The opening capital's country for a titled person with no country of their own who
    is the subject of the clause that capital opens ("In Manila, Foreign Secretary X said
    ...", "In Tallinn, Defence Minister X told reporters"). Not a person elsewhere in the
    sentence: "In Beijing, Xi met Foreign Minister X" has X visiting."""
    while head.dep_ in ("appos", "conj"):
        head = head.head  # ("In Tokyo, the foreign minister, X, said")
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head != head.sent.root:
        return None
    name = _opening_name(head.sent)
    if name is None:
        return None
    entry = lookup(name)
    if entry is None or entry.kind != "capital" or name.lower() in seat_cities():
        # only a national capital says whose minister speaks there: a visitor speaks "In
        # New York" or "In Geneva", and "In Addis Ababa" may be at the African Union
        # (the seats of ``data/places.toml``); "Brussels" looks up as the EU
        return None
    return place_country(name)
