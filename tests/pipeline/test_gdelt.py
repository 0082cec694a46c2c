"""GDELT export: rows load with a GDELT 2.0 Event reader written here, independently."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline.gdelt import event_row, format_row, fraction_date, global_event_id, iso3_to_fips

# --- an independent GDELT 2.0 Event-table reader (from the codebook, not from our code) ---
INT, FLOAT, STR = "int", "float", "str"
_ACTOR = [("Code", STR), ("Name", STR), ("CountryCode", STR), ("KnownGroupCode", STR),
          ("EthnicCode", STR), ("Religion1Code", STR), ("Religion2Code", STR),
          ("Type1Code", STR), ("Type2Code", STR), ("Type3Code", STR)]
_GEO = [("Type", INT), ("FullName", STR), ("CountryCode", STR), ("ADM1Code", STR),
        ("ADM2Code", STR), ("Lat", FLOAT), ("Long", FLOAT), ("FeatureID", STR)]
SPEC: list[tuple[str, str]] = [
    ("GLOBALEVENTID", INT), ("SQLDATE", INT), ("MonthYear", INT), ("Year", INT),
    ("FractionDate", FLOAT),
    *[(f"Actor1{n}", t) for n, t in _ACTOR], *[(f"Actor2{n}", t) for n, t in _ACTOR],
    ("IsRootEvent", INT), ("EventCode", STR), ("EventBaseCode", STR), ("EventRootCode", STR),
    ("QuadClass", INT), ("GoldsteinScale", FLOAT), ("NumMentions", INT), ("NumSources", INT),
    ("NumArticles", INT), ("AvgTone", FLOAT),
    *[(f"Actor1Geo_{n}", t) for n, t in _GEO], *[(f"Actor2Geo_{n}", t) for n, t in _GEO],
    *[(f"ActionGeo_{n}", t) for n, t in _GEO],
    ("DATEADDED", INT), ("SOURCEURL", STR),
]
REAL_FILE = Path(__file__).resolve().parents[3] / "shared/corpus/gdelt/20191024143000.export.CSV"


def read_gdelt_events(text: str) -> list[dict[str, Any]]:
    """Parse GDELT 2.0 Event TSV; raise ValueError on anything a GDELT loader would reject."""
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        fields = line.split("\t")
        if len(fields) != 61:
            raise ValueError(f"line {n}: {len(fields)} fields, expected 61")
        row: dict[str, Any] = {}
        for (name, kind), raw in zip(SPEC, fields, strict=True):
            if raw == "":
                row[name] = None
            elif kind == INT:
                row[name] = int(raw)
            elif kind == FLOAT:
                row[name] = float(raw)
            else:
                row[name] = raw
        for req in ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
                    "IsRootEvent", "NumMentions", "NumSources", "NumArticles", "DATEADDED"):
            if row[req] is None:
                raise ValueError(f"line {n}: {req} is empty")
        day = datetime.strptime(str(row["SQLDATE"]), "%Y%m%d").date()
        if row["MonthYear"] != day.year * 100 + day.month or row["Year"] != day.year:
            raise ValueError(f"line {n}: MonthYear/Year disagree with SQLDATE")
        if int(row["FractionDate"]) != day.year:
            raise ValueError(f"line {n}: FractionDate {row['FractionDate']}")
        datetime.strptime(str(row["DATEADDED"]), "%Y%m%d%H%M%S")
        if row["EventRootCode"] is not None and not re.fullmatch(r"\d{2}", row["EventRootCode"]):
            raise ValueError(f"line {n}: EventRootCode {row['EventRootCode']!r}")
        if row["EventCode"] is not None and not (re.fullmatch(r"\d{2,4}", row["EventCode"])
                                                 and row["EventCode"].startswith(
                                                     row["EventRootCode"] or "")):
            raise ValueError(f"line {n}: EventCode {row['EventCode']!r}")
        if row["QuadClass"] is not None and row["QuadClass"] not in (1, 2, 3, 4):
            raise ValueError(f"line {n}: QuadClass {row['QuadClass']}")
        if row["GoldsteinScale"] is not None and not -10 <= row["GoldsteinScale"] <= 10:
            raise ValueError(f"line {n}: GoldsteinScale {row['GoldsteinScale']}")
        if row["IsRootEvent"] not in (0, 1):
            raise ValueError(f"line {n}: IsRootEvent {row['IsRootEvent']}")
        for who in ("Actor1", "Actor2"):
            cc = row[f"{who}CountryCode"]
            if cc is not None and not re.fullmatch(r"[A-Z]{3}", cc):
                raise ValueError(f"line {n}: {who}CountryCode {cc!r}")
        for who in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
            if row[f"{who}_Type"] not in (0, 1, 2, 3, 4, 5):
                raise ValueError(f"line {n}: {who}_Type {row[f'{who}_Type']}")
            cc = row[f"{who}_CountryCode"]
            if cc is not None and not re.fullmatch(r"[A-Z]{2}", cc):  # FIPS 10-4, 2 letters
                raise ValueError(f"line {n}: {who}_CountryCode {cc!r}")
            lat, lon = row[f"{who}_Lat"], row[f"{who}_Long"]
            if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError(f"line {n}: {who} coordinates {lat},{lon}")
        if not (row["NumMentions"] >= 1 and row["NumSources"] >= 1 and row["NumArticles"] >= 1):
            raise ValueError(f"line {n}: counts must be positive")
        rows.append(row)
    return rows


@pytest.mark.skipif(not REAL_FILE.is_file(), reason="../shared GDELT sample not present")
def test_the_reader_loads_a_real_gdelt_export() -> None:
    rows = read_gdelt_events(REAL_FILE.read_text(encoding="utf-8"))
    assert len(rows) == 2111
    assert rows[0]["GLOBALEVENTID"] == 881990832 and rows[0]["ActionGeo_CountryCode"] == "CA"


EVENT: dict[str, Any] = {
    "event_id": "ev_3f0c00aa", "story_id": "st_91ab", "type": "AGREE", "cameo_root": "05",
    "quad_class": 1, "goldstein": 3.5, "tone": -1.8, "date": "2025-07-23",
    "source": {"text": "Russia", "name": "Russia", "country": "RUS", "role": "GOV",
               "person": None},
    "target": {"text": "the UN", "name": "United Nations", "country": None, "role": "IGO",
               "person": None},
    "location": {"text": "Istanbul", "name": "Istanbul", "country": "TUR", "admin1": "34",
                 "lat": 41.01384, "lon": 28.94966, "geonames_id": 745044},
    "evidence": {"sentence": "s", "sentence_index": 1, "start": 0, "end": 1},
    "article": {"article_id": "ar_1", "url": "https://example.org/a", "title": "t",
                "source": "example.org", "published": "2025-07-23T08:00:00Z",
                "language": "en"},
    "pipeline": {"version": "0.1.0", "extracted_at": "2025-07-23T09:15:00Z"},
}
STORY = {"story_id": "st_91ab", "num_mentions": 7, "num_sources": 3, "num_articles": 4}


def test_event_row_parses_and_maps_each_part() -> None:
    row = event_row(EVENT, STORY)
    assert row is not None
    [parsed] = read_gdelt_events(format_row(row))
    assert parsed["SQLDATE"] == 20250723 and parsed["MonthYear"] == 202507
    assert parsed["FractionDate"] == pytest.approx(2025 + (6 * 30 + 23) / 365, abs=1e-4)
    assert parsed["Actor1Code"] == "RUSGOV" and parsed["Actor1CountryCode"] == "RUS"
    assert parsed["Actor1Name"] == "RUSSIA" and parsed["Actor1Type1Code"] == "GOV"
    assert parsed["Actor2Code"] == "IGO" and parsed["Actor2KnownGroupCode"] == "IGO"
    assert parsed["Actor2CountryCode"] is None
    assert (parsed["EventRootCode"], parsed["EventCode"], parsed["QuadClass"]) == ("05", "050", 1)
    assert parsed["GoldsteinScale"] == 3.5 and parsed["AvgTone"] == -1.8
    assert (parsed["NumMentions"], parsed["NumSources"], parsed["NumArticles"]) == (7, 3, 4)
    assert parsed["IsRootEvent"] == 1
    # Geography in FIPS, as GDELT: Turkey is TU, its ADM1 code prefixed with it.
    assert parsed["ActionGeo_Type"] == 4 and parsed["ActionGeo_CountryCode"] == "TU"
    assert parsed["ActionGeo_ADM1Code"] == "TU34"
    assert parsed["ActionGeo_FullName"] == "Istanbul, Turkey"
    assert parsed["Actor1Geo_Type"] == 0 and parsed["Actor1Geo_CountryCode"] is None
    assert parsed["DATEADDED"] == 20250723091500
    assert parsed["SOURCEURL"] == "https://example.org/a"
    assert parsed["GLOBALEVENTID"] == global_event_id("ev_3f0c00aa") > 0


def test_country_level_place_and_missing_story_and_date() -> None:
    ev = {**EVENT, "date": None, "location": {"text": "Germany", "name": "Germany",
                                              "country": "DEU", "lat": 51.5, "lon": 10.5},
          "evidence": {"sentence": "s", "sentence_index": 7, "start": 0, "end": 1}}
    [parsed] = read_gdelt_events(format_row(event_row(ev, None) or []))
    assert parsed["SQLDATE"] == 20250723  # publication date stands in
    assert (parsed["ActionGeo_Type"], parsed["ActionGeo_CountryCode"],
            parsed["ActionGeo_ADM1Code"], parsed["ActionGeo_FeatureID"]) == (1, "GM", "GM", "GM")
    assert (parsed["NumMentions"], parsed["NumSources"], parsed["NumArticles"]) == (1, 1, 1)
    assert parsed["IsRootEvent"] == 0
    no_date = {**ev, "article": {**EVENT["article"], "published": None}}
    assert event_row(no_date, None) is None


def test_iso_to_fips_from_data() -> None:
    assert [iso3_to_fips(c) for c in ("DEU", "GBR", "USA", "KEN", "UGA", "YEM", "XKX")] == \
        ["GM", "UK", "US", "KE", "UG", "YM", "KV"]
    assert iso3_to_fips(None) == "" and iso3_to_fips("ZZZ") == ""
    assert fraction_date(date(2018, 10, 24)) == "2018.8055"  # as in GDELT's own export


def test_reader_rejects_bad_rows() -> None:
    good = format_row(event_row(EVENT, STORY) or [])
    with pytest.raises(ValueError, match="61"):
        read_gdelt_events(good + "\textra")
    fields = good.split("\t")
    fields[1] = "20251399"
    with pytest.raises(ValueError):
        read_gdelt_events("\t".join(fields))
