"""A place NER took for a person ("sent troops into Tigray", "seized Goma") is not a
national of the focus country by guess: a party acting on it acts on that place's
country, not on the story's other party."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = ("Ethiopia ordered seven United Nations officials to leave the country on "
         "Thursday. The United Nations said it was shocked. U.N. agencies said aid "
         "convoys had been blocked, and the U.N. chief said the U.N. would keep "
         "working with the government of Ethiopia. Ethiopia accused the U.N. of bias. ")


def test_troops_sent_into_a_region_taken_for_a_person_go_to_its_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "War broke out in November 2020 when Prime Minister Abiy Ahmed sent "
        "troops into Tigray after accusing the regional party of attacking army bases.",
        title="Ethiopia expels U.N. officials"))
    assert not any(t == "MOBILIZE" and s == "ETH" and g == "IGO" for t, s, g in got)
    assert ("MOBILIZE", "ETH", "ETH") in got
