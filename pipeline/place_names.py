"""Place names the parser's entity tagger misses: "captured Goma", "took Aleppo" (tagged
as a person or an organisation), known to the gazetteer as a town or city; and town names
the gazetteer places in a country the story never names (a namesake abroad)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import (
    SUBDIVISION_WORD,
    actor_gazetteer,
    country_name,
    country_named,
    fold,
    lookup,
    names_country,
    place_country,
    subdivisions,
)
from pipeline.doc_views import doc_ents
from pipeline.syntax import NOUN_SUBJECTS, compound_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def named_town(tok: Token) -> bool:
    """Whether a proper noun names a town or city: a place the gazetteer knows that is
    no country and no first-level subdivision ("took Florida" is an election's)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ == "DATE":
        return False
    text = compound_name(tok, pos="PROPN")
    entry = lookup(text)
    if entry is not None and entry.kind != "capital":
        return False  # a country, a body, a people: "seized Kuwait" is tagged GPE anyway
    if fold(text) in subdivisions():
        return False
    return place_country(text) is not None


#: Towns this big are read as places when a name could be a person's too: the
#: gazetteer's villages share many family names ("Kurti"). Far below ``_KNOWN_CITY``,
#: which keeps a city in a story that never names its country; this only tells a town
#: from a family name.
KNOWN_TOWN_SIZE = 15_000


def known_place(name: Token) -> bool:
    """A name the gazetteer knows as a country, capital, body or town ("ordered Kharkiv
    held" at all costs holds ground, whatever the tagger read it as)."""
    text = compound_name(name, pos="PROPN")
    return lookup(text) is not None or gazetteer_city_population(text) >= KNOWN_TOWN_SIZE


#: Entity labels whose names tell which countries a story is about.
_STORY_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG"})


def story_countries(doc: Doc) -> frozenset[str]:
    """The countries an article names anywhere, by name, capital or people ("Armenia",
    "Yerevan", "Azerbaijani"); read once per document."""
    cached = doc.user_data.get("story_countries")
    if cached is None:
        cached = frozenset(c for ent in doc_ents(doc) if ent.label_ in _STORY_LABELS
                           and (c := names_country(ent.text)) is not None)
        doc.user_data["story_countries"] = cached
    return cached


#: A city this large, under its own name, is meant even in a story that never names its
#: country: talks and appeals are held in Geneva (200,000) whatever the story is about.
_KNOWN_CITY = 100_000


def stray_town(text: str, code: str, doc: Doc) -> bool:
    """Whether a place name resolves to a country the story never names as only a
    namesake abroad: a word ("the metro") or a small town under its own name ("the Jebel
    area" read as a town in Turkmenistan), or a first-level subdivision of such a country
    (news rarely names a region without its country). Countries, capitals, large cities
    and variant spellings of a city ("Dohuk") are never strays."""
    if lookup(text) is not None or code in story_countries(doc):
        return False
    if fold(text) in subdivisions() or fold(SUBDIVISION_WORD.sub("", text)) in subdivisions():
        # a region of a country the story never names is a namesake: "a Gulf summit" is
        # no summit in Papua New Guinea's Gulf province, "the kingdom's Eastern Province"
        # none in Sri Lanka's, "Santiago" no Dominican province in a story of Chile;
        # a region named for its large city is that city ("on the outskirts of Kaduna")
        return gazetteer_city_population(text, code) < _KNOWN_CITY
    # a variant spelling alone (population 0 here) is kept: "Dohuk" is Iraq's Duhok
    return text.islower() or 0 < gazetteer_city_population(text) < _KNOWN_CITY


def gazetteer_city_population(text: str, country: str | None = None) -> int:
    """The population of the largest city the gazetteer knows by ``text`` (in
    ``country`` when given; 0 if none)."""
    try:
        return actor_gazetteer().city_population(text, country)
    except Exception:  # a broken gazetteer must not break coding
        return 0


def qualified_name(ent: Span) -> str:
    """A place entity with the country that follows it after a comma ("in Tripoli,
    Lebanon, on Monday" -> "Tripoli, Lebanon"), which the gazetteer reads as that
    country's namesake; else the entity's own text."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return ent.text
    nxt = next((e for e in doc_ents(doc) if e.start == ent.end + 1), None)
    if nxt is None:
        return ent.text
    after = doc[nxt.end] if nxt.end < len(doc) else None
    # (the parser reads a dateline's "TRIPOLI, Lebanon" as a conjunct too: only a comma
    # and "and"/"or" after the country mark a list)
    listed = after is not None and after.text == "," and nxt.end + 1 < len(doc) and \
        doc[nxt.end + 1].lower_ in ("and", "or")
    if nxt.label_ == "GPE" and not listed and \
            (region_of := region_country(nxt)) is not None:
        # "Athens, Georgia", "Paris, Texas on Monday": the region's city, named with the
        # region's country
        return qualified(ent.text, country_name(region_of) or "") or ent.text
    if nxt.label_ != "GPE" or listed or \
            not (nxt.root.dep_ == "appos" or after is None or after.is_punct):
        # "in Kharkiv, Russia said", "In Kabul, U.S. Defense Secretary X met": the
        # country opens a clause or a phrase of its own; "in Kabul, Pakistan, and Iraq"
        # lists places
        return ent.text
    if actor_gazetteer().is_country_name(ent.text):
        return ent.text  # a list of countries ("Kenya, Uganda") is no qualified name
    return qualified(ent.text, nxt.text) or ent.text


def names_region(ent: Span) -> bool:
    """Whether a country's name after a comma names a region of the city before it (see
    ``region_country``)."""
    return region_country(ent) is not None


def region_country(ent: Span) -> str | None:
    """The country of the region a name after a comma names: a US state, whether or not
    it shares its name with a country ("ATLANTA, Georgia (agency) -", "in Athens,
    Georgia, on Monday", "in Paris, Texas on Monday" -> USA), when the city before it is
    one the gazetteer knows in the region's country and not in the country the name
    itself names ("Tbilisi, Georgia" stays the country's); else None. A capital, a body
    or a people after the comma is no region ("in Moscow, Washington and Kyiv")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return None
    region_of = subdivisions().get(fold(ent.text))
    entry = lookup(ent.text)
    named = country_named(entry)
    if region_of is None or named == region_of or (named is None and entry is not None):
        return None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and not after.is_punct and (
            after.pos_ != "ADP" or (named is not None and ent.root.dep_ in NOUN_SUBJECTS)):
        # "In Atlanta, Georgia said", "In Athens, Georgia on Monday signed": the country
        # opens a clause of its own ("on Monday" after a state that names no country, or
        # after one that is no subject, still closes the place: "Paris, Texas on Monday")
        return None
    city = next((p for p in doc_ents(doc) if p.end == ent.start - 1), None)
    if city is None or qualified(city.text, ent.text) is not None:
        return None
    return region_of if gazetteer_city_population(city.text, region_of) > 0 else None


def qualified(place: str, qualifier: str | None) -> str | None:
    """"Place, Country" when ``qualifier`` is a country the gazetteer reads ``place``
    in ("Tripoli, Lebanon"; a village it lacks: "Psarades, Greece"), else None (a date
    after a dateline's city, "Atlanta, Georgia" - a US state's city, not the country's)."""
    if not qualifier:
        return None
    if country_named(lookup(qualifier.strip())) is None:
        return None
    named = f"{place}, {qualifier.strip()}"
    return named if actor_gazetteer().geocode(named) is not None else None
