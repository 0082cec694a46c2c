""""Is this text a country" has one answer, ``country_named``: a country's own name or
its people's name is one; a capital, a metonym, a body or an armed group carries a
country but names something else."""

from __future__ import annotations

import pytest

from pipeline.actor_lexicon import country_named, lookup


@pytest.mark.parametrize(("text", "code"), [
    pytest.param("France", "FRA", id="a-country-name"),
    pytest.param("French", "FRA", id="a-demonym-names-its-country"),
    pytest.param("Georgians", "GEO", id="a-people-names-its-country"),
])
def test_a_country_or_its_people_is_a_country(text: str, code: str) -> None:
    assert country_named(lookup(text)) == code


@pytest.mark.parametrize("text", [
    pytest.param("Paris", id="a-capital-is-a-city"),
    pytest.param("Kremlin", id="a-metonym-is-an-institution"),
    pytest.param("United Nations", id="a-body-has-no-country"),
    pytest.param("Zorblandia", id="an-unknown-name"),
])
def test_what_carries_or_lacks_a_country_is_not_one(text: str) -> None:
    assert country_named(lookup(text)) is None


def test_no_entry_is_no_country() -> None:
    assert country_named(None) is None
