"""Bodies that sit where their own phrase says: "a court in the city of Pskov", "a
federal court in Brooklyn", "police in Szeged", "officials in Bogota". A court, a judge,
the police or officials are the bodies of the place they are "in", however the story's
focus runs; a city or province is looked up as a place (``place_country``), which the
country vocabulary alone does not know."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES, judicial, place_country
from pipeline.actor_setting import is_local_role
from pipeline.doc_views import ent_at

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Place words between a body and the name in its "in" phrase ("in the city of Dandong").
PLACE_NOUNS = frozenset({"city", "town", "province", "region", "district", "state",
                         "village", "capital", "port", "county"})
#: Entity labels of a named place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def is_local_body(tok: Token) -> bool:
    """A court, judge or prosecutor (role JUD), or a body of the place it acts in
    (police, officials, authorities: ``actor_setting.is_local_role``)."""
    return judicial(tok) or is_local_role(tok)


def own_place(body: Token, mod: Token) -> str | None:
    """The country of ``mod`` when it is the place the body's own "in" phrase names
    ("a court in Pskov", "a court in the northeastern city of Dandong"), else None."""
    if not is_local_body(body) or mod.pos_ != "PROPN":
        return None
    if mod.dep_ != "pobj":
        return None
    prep = mod.head
    named_place = prep.lower_ == "of" and prep.head.dep_ == "pobj" and \
        prep.head.lemma_.lower() in PLACE_NOUNS
    if named_place:
        prep = prep.head.head  # "the city of Dandong": the city's "in"
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.head != body:
        return None
    ent = ent_at(mod)
    if ent is not None and ent.label_ not in PLACE_LABELS and not named_place:
        return None  # ("officials in Hamas" name a movement; "the city of X" a place,
        # whatever NER made of X)
    code = place_country(ent.text if ent is not None else mod.text)
    return code if code is not None and code not in BODIES else None
