"""Where a world body's standing organ meets when the sentence names no place: at its
seat ("the UN Security Council was due to hold an emergency meeting" is in New York),
not at the story's dateline or in a requesting member's country; and where a world
court rules: the seat the article gave it."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.actor_bodies import international_mention
from pipeline.actor_lexicon import place_country
from pipeline.story_venue import places_data
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from schemas import Actor


@cache
def _seats() -> tuple[tuple[str, str], ...]:
    """pipeline/data/places.toml's organ names and their seats, longest name first (so
    "peace and security council" is tried before "security council")."""
    table = places_data().get("seats", {})
    return tuple(sorted(((str(k).lower(), str(v)) for k, v in table.items()),
                        key=lambda kv: -len(kv[0])))


@cache
def seat_cities() -> frozenset[str]:
    """The cities world bodies' organs sit in (lower case), from the same table."""
    return frozenset(seat.lower() for _, seat in _seats())


def body_seat(*actors: Actor | None) -> str | None:
    """The seat of the first world body (role IGO) among ``actors`` whose text names a
    seated organ; None when no party is one."""
    for actor in actors:
        if actor is None or actor.role != "IGO":
            continue  # "a meeting of his Security Council": a state's organ meets at home
        text = actor.text.lower()
        for organ, seat in _seats():
            if organ in text:
                return seat
    return None


#: A court's people and the court itself, and the courts (data/word_classes.toml).
COURT_STAFF = word_class("court_staff")
COURTS = word_class("courts")
#: Capitalised words of a court's mention that are no part of its name ("The Judges").
_UNNAMING = COURT_STAFF | {"the"}


@cache
def _court_seats() -> frozenset[str]:
    """The cities world courts sit in (lower case, no "the "), pipeline/data/places.toml."""
    return frozenset(c.lower().removeprefix("the ")
                     for c in places_data().get("court_seats", {}).get("cities", []))


@cache
def court_rulings() -> frozenset[str]:
    """The event types of a court's rulings and statements, given at its seat."""
    return frozenset(places_data().get("court_seats", {}).get("rulings", []))


def world_court_city(name: str) -> bool:
    """Whether a city is one world courts sit in ("The Hague", "Arusha")."""
    return name.lower().removeprefix("the ") in _court_seats()


def court_place(tok: Token) -> str | None:
    """The city a court mention says it sits in ("the International Court of Justice in
    The Hague", "a court in Nairobi"); None when it names none."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            name = tok.doc[obj.left_edge.i:obj.i + 1].text
            if obj.dep_ == "pobj" and obj.ent_type_ == "GPE" and place_country(name):
                return name
    return None


def _court_word(actor: Actor) -> bool:
    """Whether a world body's actor text is a court or its people ("the judges", "the
    International Court of Justice", "prosecutors")."""
    return any(w.lower().removesuffix("s") in COURT_STAFF for w in actor.text.split())


def _court_name(text: str) -> str:
    """A court's name for matching its mentions ("The International Court of Justice"
    -> "international court of justice")."""
    return text.lower().removeprefix("the ").strip()


def court_seat(sent: Span, actor: Actor | None) -> str | None:
    """Where a world court rules when the sentence names no place: the seat the article
    gave the acting court up to this sentence ("The International Court of Justice in The
    Hague ruled ... The judges dismissed Kenya's argument" is in The Hague), not the
    story's dateline ("NAIROBI"). Only for a court or its people of role IGO, and only
    the acting court's own seat: a court named by name takes the seat given with that
    name; "the judges", "the court" the seat given with the world court named last (the
    Hague seat of the ICJ named before is not the African Court's)."""
    if actor is None or actor.role != "IGO" or not _court_word(actor):
        return None
    seats: dict[str, str | None] = {}
    last: str | None = None
    for tok in sent.doc[:sent.end]:
        if tok.lemma_.lower() not in COURTS or international_mention(tok) is None:
            continue  # ("a court in Nairobi" is no world court's seat)
        last = _court_name(" ".join(t.text for t in sent.doc[tok.left_edge.i:tok.i + 1]
                                    if t.dep_ != "det"))
        seats[last] = court_place(tok) or seats.get(last)
    own = _court_name(actor.text)
    if any(w[:1].isupper() and w.lower().removesuffix("'s") not in _UNNAMING
           for w in actor.text.split()):
        # a court by its name: the seat given with that name (or a name inside it)
        return next((seat for name, seat in seats.items()
                     if seat and (name in own or own in name)), None)
    return seats.get(last) if last is not None else None
