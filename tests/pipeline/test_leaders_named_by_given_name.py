"""Ethiopian and Eritrean names are a given name and the father's name; the news names
those leaders by the given name alone ("Abiy", "Isaias"), which identifies them as well as
a surname does elsewhere."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.officeholders import known_person
from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_a_given_name_alone_names_the_listed_leader() -> None:
    office = known_person("Abiy", 2020)
    assert office is not None and office.country == "ETH"
    office = known_person("Isaias", 2020)
    assert office is not None and office.country == "ERI"


def test_the_father_s_name_alone_names_nobody() -> None:
    assert known_person("Ahmed", 2020) is None


def test_a_deal_signed_by_a_leader_named_by_given_name(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Abiy signed a border accord with Eritrean President Isaias Afwerki "
                    "in 2019.", title="Horn of Africa neighbours mend ties")
    assert ("AGREE", "ETH", "ERI") in triples(out)
