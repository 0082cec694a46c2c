"""A person named in full, then by the first name: the same person (family name first,
or known by the given name)."""

from __future__ import annotations

from typing import Any

from pipeline.leading_names import leading_key
from tests.pipeline.coding import triples


def test_later_mention_by_the_given_name_is_the_person(code_text: Any) -> None:
    out = code_text("Indonesian Defence Minister Surya Halim spoke on Friday. "
                    "Surya on Saturday cancelled a planned trip to Australia.")
    assert ("REJECT", "IDN", "AUS") in triples(out)


def test_family_name_first(code_text: Any) -> None:
    out = code_text("Japan's foreign ministry briefed reporters in Tokyo. Vietnamese Deputy "
                    "Foreign Minister Le Van Thanh spoke on Monday. On Tuesday, Le "
                    "summoned Japan's ambassador.")
    assert ("ACCUSE", "VNM", "JPN") in triples(out)


def test_first_word_that_names_a_country_is_no_key(code_text: Any) -> None:
    assert leading_key("Jordan Morel") is None
    assert leading_key("General Amadou Traore") is None
    assert leading_key("Surya Halim") == "surya"
    out = code_text("French lawmaker Jordan Morel spoke in Paris on Monday. "
                    "Jordan closed its border with Syria on Tuesday.")
    assert ("SANCTION", "JOR", "SYR") in triples(out)
