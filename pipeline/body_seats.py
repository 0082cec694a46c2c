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
    from spacy.tokens import Span

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


def _court_word(actor: Actor) -> bool:
    """Whether a world body's actor text is a court or its people ("the judges", "the
    International Court of Justice", "prosecutors")."""
    return any(w.lower().removesuffix("s") in COURT_STAFF for w in actor.text.split())


def court_seat(sent: Span, actor: Actor | None) -> str | None:
    """Where a world court rules when the sentence names no place: the city the article
    last gave as a world court's seat up to this sentence ("The International Court of Justice
    in The Hague ruled ... The judges dismissed Kenya's argument" is in The Hague), not
    the story's dateline ("NAIROBI"). Only for a court or its people of role IGO."""
    if actor is None or actor.role != "IGO" or not _court_word(actor):
        return None
    seat: str | None = None
    for tok in sent.doc[:sent.end]:
        if tok.lemma_.lower() not in COURTS or international_mention(tok) is None:
            continue  # ("a court in Nairobi" is no world court's seat)
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for obj in prep.children:
                name = sent.doc[obj.left_edge.i:obj.i + 1].text
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE" and place_country(name):
                    seat = name
    return seat
