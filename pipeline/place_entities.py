"""Country and capital names the model's NER missed, cut or typed as a person or body.

Why: en_core_web_sm often leaves a capital or country untagged ("Kyiv cuts ties",
"ABUJA -"), tags it PERSON or ORG ("Bamako condemned", "Burkina Faso's" with its
possessive) or tags only half of a two-word capital ("Santo Domingo" as the person
"Domingo"). Readers that ask for a place entity (GPE) then miss it: the story's party
counts, the place of an act, the actor of a clause whose subject is the capital. After
the model runs, each such name becomes a place entity:

- an untagged run of proper nouns whose text is a listed country or capital;
- a PERSON or ORG entity whose whole text (without a leading "the" or a trailing "'s") is
  one, the possessive left outside as the model does for places it tags itself;
- an entity that with the proper noun just before or after it spells a listed capital
  or country and alone does not ("Santo" + "Domingo").

A demonym ("Ugandan", an adjective) becomes a nationality (NORP), not a place. An
untagged run that is a listed international or non-governmental body ("ECOWAS") becomes
an organisation (ORG); listed armed groups and institutions are not added (tried: a
group's country, "Tren de Aragua", then joined the story's party counts and turned the
pair of three tuning events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import lookup
from pipeline.actor_setting import WHERE_PREPS
from pipeline.doc_views import surnames
from schemas import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Labels a missed place name may carry; other labels (dates, numbers, places) are left.
RETYPED = frozenset({"PERSON", "ORG"})
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
#: Prepositions whose object is a place: a surname after them is still the place
#: (where something happens, but not "inside", and where one goes or comes from).
PLACE_PREPS = WHERE_PREPS - {"inside"} | {"to", "from", "into", "via", "toward", "towards"}


def tag_place_names(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """``entities`` with the listed country and capital names the model missed, cut or
    typed wrongly made place entities (GPE, or NORP for a demonym), in text order."""
    out: list[Entity] = []
    covered: set[int] = set()
    # the coder's person entities as written: unlike named_surname's, a trailing
    # possessive stays on ("Joseph Muscat's" gives no surname)
    named = surnames(e.text for e in entities if e.label == "PERSON")
    for k, ent in enumerate(entities):
        if ent.token_start in covered:
            continue
        if ent.label == "PERSON" and \
                _named_person(doc, ent.token_start, ent.token_end, named):
            covered.update(range(ent.token_start, ent.token_end))
            out.append(ent)  # the model's person stays one
            continue
        fixed = _grown(doc, ent, entities[k + 1] if k + 1 < len(entities) else None
                       ) or _retyped(doc, ent)
        if fixed is not None and out and out[-1].token_end > fixed.token_start:
            out.pop()  # "Santo" was its own entity: the grown name covers it
        covered.update(range(ent.token_start, ent.token_end))
        out.append(fixed or ent)
        covered.update(range(out[-1].token_start, out[-1].token_end))
    out.extend(_untagged(doc, covered))
    return sorted(out, key=lambda e: e.token_start)


def _named_person(doc: Doc, start: int, end: int, named: frozenset[str]) -> bool:
    """Whether ``doc[start:end]`` is one word that is the surname of a person the article
    names in full and is not where something happens ("talks in Muscat") or where one
    goes: a place or person name read as the person."""
    while end > start and doc[end - 1].text in POSSESSIVE:
        end -= 1
    if end - start != 1 or doc[start].text not in named:
        return False
    head = doc[start].head
    return not (doc[start].dep_ == "pobj" and head.lower_ in PLACE_PREPS)


def _place(doc: Doc, start: int, end: int) -> Entity | None:
    """The place entity for ``doc[start:end]`` when it is a listed country or capital
    (a trailing possessive left out), else None."""
    while end > start and doc[end - 1].text in POSSESSIVE:
        end -= 1
    if end <= start or (start < len(doc) and doc[start].lower_ == "the" and end - start < 2):
        return None
    if doc[start].lower_ == "the":
        start += 1
    span = doc[start:end]
    e = lookup(span.text)
    if e is None or e.kind not in ("country", "capital") or not span.text[:1].isupper():
        return None
    label = "NORP" if e.kind == "country" and doc[end - 1].tag_ == "JJ" else "GPE"
    last = doc[end - 1]
    return Entity(span.text, label, doc[start].idx, last.idx + len(last), start, end)


def _retyped(doc: Doc, ent: Entity) -> Entity | None:
    """A PERSON or ORG entity that is a listed country or capital, as a place."""
    if ent.label not in RETYPED:
        return None
    place = _place(doc, ent.token_start, ent.token_end)
    if place is None or place.token_end - place.token_start > 1:
        return place
    # a one-word country tagged PERSON or ORG ("Mali", "Chad") already reads as its
    # country; made a place it joined the sentences' place lists and moved places of
    # acts (tried: the check set's place accuracy fell 0.871 -> 0.859, no event gained)
    entry = lookup(place.text)
    return place if entry is not None and entry.kind == "capital" else None


def _grown(doc: Doc, ent: Entity, after: Entity | None) -> Entity | None:
    """``ent`` joined with the proper noun next to it when only the two together are a
    listed place ("Santo Domingo" tagged as "Domingo")."""
    if ent.label not in RETYPED | {"GPE", "LOC"}:
        return None
    if lookup(ent.text) is not None:
        return None
    s, e = ent.token_start, ent.token_end
    for start, end in ((s - 1, e), (s, e + 1)):
        if start < 0 or end > len(doc) or not (_proper(doc[start]) and _proper(doc[end - 1])):
            continue
        if after is not None and after.token_start < end and after.token_start >= e:
            continue  # the next word is its own entity: leave both
        place = _place(doc, start, end)
        if place is not None:
            return place
    return None


def _proper(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and not tok.is_punct


def _untagged(doc: Doc, covered: set[int]) -> list[Entity]:
    """Maximal runs of untagged proper nouns that are a listed country or capital."""
    found: list[Entity] = []
    i = 0
    while i < len(doc):
        if not _proper(doc[i]) or i in covered:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and _proper(doc[j]) and j not in covered and \
                not doc[j].is_sent_start:
            j += 1
        place = _place(doc, i, j) or _body(doc, i, j)
        if place is not None:
            found.append(place)
        i = j
    return found


def _body(doc: Doc, start: int, end: int) -> Entity | None:
    """An organisation entity for ``doc[start:end]`` when it is a listed international
    or non-governmental body ("ECOWAS"), else None."""
    span = doc[start:end]
    e = lookup(span.text)
    if e is None or e.kind not in ("igo", "ngo") or \
            not span.text[:1].isupper():
        return None
    last = doc[end - 1]
    return Entity(span.text, "ORG", doc[start].idx, last.idx + len(last), start, end)
