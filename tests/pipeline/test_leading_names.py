"""A person named in full, then by the first name, where the person's country's news
uses that name alone (family name first, or known by the given name); nowhere else, never
for an honorific, and never against a listed officeholder or a second person."""

from __future__ import annotations

from typing import Any

from pipeline.leading_names import leading_key, register_leading
from schemas import Actor
from tests.pipeline.coding import triples


def _person(name: str, country: str) -> Actor:
    return Actor(text=name, name=name, country=country, role="GOV", person=name)


def test_later_mention_by_the_given_name_is_the_person(code_text: Any) -> None:
    out = code_text("Indonesian Defence Minister Surya Halim spoke on Friday. "
                    "Surya on Saturday cancelled a planned trip to Australia.")
    assert ("REJECT", "IDN", "AUS") in triples(out)


def test_family_name_first(code_text: Any) -> None:
    out = code_text("Japan's foreign ministry briefed reporters in Tokyo. Vietnamese Deputy "
                    "Foreign Minister Le Van Thanh spoke on Monday. On Tuesday, Le "
                    "summoned Japan's ambassador.")
    assert ("ACCUSE", "VNM", "JPN") in triples(out)


def test_only_where_the_news_uses_the_first_name() -> None:
    assert leading_key("Surya Halim", "IDN") == "surya"
    assert leading_key("Somchai Wongsawat", "THA") == "somchai"
    # the review's cases: Western given names and titles were keyed
    assert leading_key("Chris Murphy", "USA") is None
    assert leading_key("Sir Keir Starmer", "GBR") is None
    assert leading_key("Ayatollah Ali Khamenei", "IRN") is None


def test_honorifics_titles_and_place_names_are_no_key() -> None:
    assert leading_key("Sir Tan Wei", "SGP") is None
    assert leading_key("Ayatollah Li Ming", "CHN") is None
    assert leading_key("Pope Leo", "KOR") is None
    assert leading_key("Crown Prince Ahmad", "IDN") is None
    assert leading_key("General Prayut Chanwit", "THA") is None
    assert leading_key("Jordan Park", "KOR") is None


def test_a_country_only_guessed_gives_no_key() -> None:
    persons: dict[str, Actor] = {}
    register_leading(persons, set(), _person("Budi Santoso", "IDN"), 2024, guessed=True)
    assert persons == {}
    register_leading(persons, set(), _person("Budi Santoso", "IDN"), 2024, guessed=False)
    assert persons["budi"].name == "Budi Santoso"


def test_a_key_two_persons_claim_is_dropped() -> None:
    persons: dict[str, Actor] = {}
    disputed: set[str] = set()
    register_leading(persons, disputed, _person("Quan Jianguo", "CHN"), 2024, guessed=False)
    register_leading(persons, disputed, _person("Quan Lihua", "TWN"), 2024, guessed=False)
    assert "quan" not in persons
    register_leading(persons, disputed, _person("Quan Dehai", "CHN"), 2024, guessed=False)
    assert "quan" not in persons


def test_a_surname_key_is_not_taken() -> None:
    held = _person("Adam Surya", "AUS")
    persons = {"surya": held}
    register_leading(persons, set(), _person("Surya Halim", "IDN"), 2024, guessed=False)
    assert persons["surya"] is held


def test_listed_officeholder_wins_over_a_first_name(code_text: Any) -> None:
    out = code_text("South Korean Unification Minister Kim Sang-woo spoke in Seoul on "
                    "Monday. North Korean leader Kim Jong Un oversaw a parade. Kim "
                    "demanded that South Korea halt its drills.", published="2025-03-02")
    assert ("REQUEST", "PRK", "KOR") in triples(out)
    assert ("REQUEST", "KOR", "KOR") not in triples(out)


def test_listed_officeholder_wins_when_only_the_other_is_named(code_text: Any) -> None:
    out = code_text("South Korean Unification Minister Kim Sang-woo spoke in Seoul on "
                    "Monday. Kim demanded that South Korea halt its drills.",
                    published="2025-03-02")
    assert ("REQUEST", "KOR", "KOR") not in triples(out)
