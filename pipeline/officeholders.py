"""Listed officeholders (``data/people.toml``): the country and role a named person
speaks for in the article's year ("Putin", "President George Bush")."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.actor_lexicon import BODIES

DATA = Path(__file__).parent / "data"

#: Countries whose names put the family name first ("Xi Jinping" -> "Xi").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR", "VNM", "KHM", "SGP", "HKG"})
#: Countries whose names are a given name and the father's name, the given name being
#: the one the news uses alone ("Abiy Ahmed" -> "Abiy", "Isaias Afwerki" -> "Isaias").
GIVEN_NAME_USED = frozenset({"ETH", "ERI"})
#: Name words that are not a surname ("Kim Jong Un Jr.", "King Abdullah II").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "vi"})


@dataclass(frozen=True, slots=True)
class Office:
    """One listed officeholder's country (None for IGO/NGO), role and terms."""

    country: str | None
    role: str
    terms: tuple[tuple[int, int], ...]

    def covers(self, year: int, slack: int = 0) -> bool:
        return any(a - slack <= year <= b + slack for a, b in self.terms)

    def distance(self, year: int) -> int:
        return min((0 if a <= year <= b else min(abs(year - a), abs(year - b))
                    for a, b in self.terms), default=0)


@dataclass(frozen=True, slots=True)
class People:
    full: dict[str, tuple[Office, ...]]
    surnames: dict[str, tuple[Office, ...]]
    #: full names (keys of ``full``) of three words or more, by their last word
    long_names: dict[str, tuple[str, ...]]


def _name_words(name: str) -> list[str]:
    """Folded words of a person's name without initials or suffixes."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"'s$", "", text.strip())
    words = re.findall(r"[a-z][a-z']*", text.replace("-", " ").replace(".", " "))
    return [w for w in words if len(w) > 1 and w not in NAME_SUFFIXES]


def _person_key(name: str) -> str:
    return " ".join(_name_words(name))


def _parse_office(code: str, spec: str) -> Office:
    parts = spec.split()
    terms: list[tuple[int, int]] = []
    for p in parts[1:]:
        a, _, b = p.partition("-")
        terms.append((int(a), int(b or a)))
    country = None if code in BODIES else code
    return Office(country, parts[0], tuple(terms))


@cache
def people() -> People:
    """Officeholders of ``data/people.toml``, by full name and by family name."""
    raw = tomllib.loads((DATA / "people.toml").read_text(encoding="utf-8"))["people"]
    full: dict[str, list[Office]] = {}
    surnames: dict[str, list[Office]] = {}
    for code, table in raw.items():
        for name, spec in table.items():
            office = _parse_office(code, spec)
            key = _person_key(name)
            full.setdefault(key, []).append(office)
            words = key.split()
            family = {surname_key(words[-1])}
            if code in (FAMILY_NAME_FIRST | GIVEN_NAME_USED) and len(words) > 1:
                family = {words[0]}
            if len(words) > 1 and words[0] in ("king", "sheikh", "prince", "sultan",
                                                "ayatollah", "mullah", "subcomandante"):
                family = {surname_key(words[-1])}
            for f in family:
                surnames.setdefault(f, []).append(office)
    long_names: dict[str, list[str]] = {}
    for key in full:
        words = key.split()
        if len(words) > 2:
            long_names.setdefault(words[-1], []).append(key)
    return People({k: tuple(v) for k, v in full.items()},
                  {k: tuple(v) for k, v in surnames.items()},
                  {k: tuple(v) for k, v in long_names.items()})


def _pick(offices: tuple[Office, ...], year: int | None) -> Office | None:
    """The office of the article's year (else the nearest), if the entries agree."""
    if year is not None:
        current = [o for o in offices if o.covers(year)]
        if current:
            offices = tuple(current)
        else:
            offices = tuple(sorted(offices, key=lambda o: o.distance(year))[:1])
    codes = {(o.country, o.role if o.country is None else "") for o in offices}
    return offices[0] if len(codes) == 1 else None


def _not_yet(offices: tuple[Office, ...], year: int | None) -> tuple[Office, ...]:
    """Offices whose holder could be the one named in a text of ``year``: a namesake
    writing over a decade before the listed holder first took office is someone else
    ("Ben Wallace" the basketball player in 2004, not the 2019 defence secretary)."""
    if year is None:
        return offices
    return tuple(o for o in offices if not o.terms or min(a for a, _ in o.terms) <= year + 10)


def known_person(name: str, year: int | None) -> Office | None:
    """The listed officeholder a name refers to: by full name in any year, by a bare
    family name only when the listed people of that name in office around the article's
    year ("Putin", "Milosevic") all belong to one country or body."""
    book = people()
    key = _person_key(name)
    if not key:
        return None
    offices = book.full.get(key)
    if offices is not None:
        return _pick(_not_yet(offices, year), year)
    words = key.split()
    if len(words) != 1:
        # "Vladimir V. Putin", "President-elect Joe Biden": the listed name inside
        for n in range(len(words) - 1, 1, -1):
            for i in range(len(words) - n + 1):
                offices = book.full.get(" ".join(words[i:i + n]))
                if offices is not None:
                    return _pick(_not_yet(offices, year), year)
        # "Tayyip Erdogan", "Andres Manuel Obrador": a listed name shortened, with its
        # family name and none but its own other names
        longer = [k for k in book.long_names.get(words[-1], ())
                  if set(words) <= set(k.split())]
        if len(longer) == 1:
            return _pick(_not_yet(book.full[longer[0]], year), year)
        return None
    offices = book.surnames.get(surname_key(words[0]))
    if not offices:
        return None
    if year is not None:
        offices = tuple(o for o in offices if not o.terms or o.covers(year, slack=1))
        if not offices:
            return None
    return _pick(offices, None)


def surname_key(word: str) -> str:
    """Surname key: "al-Assad" and "Assad" are the same person."""
    word = word.casefold().replace("\u2019", "'").removesuffix("'s")
    return re.sub(r"^(?:al|el|ad|ash|as|bin|ibn)-", "", word)
