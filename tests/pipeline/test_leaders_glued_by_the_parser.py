""""A and Nationality President B": the small parser often hangs the first leader's name
on the second as a modifier. The first name is still a party of its own (a conjunct),
and it says nothing about whose the second leader is: the nationality does."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = ("The move came days after Putin and Chinese President Xi Jinping held talks in "
         "Moscow and issued a joint statement.")


def test_both_leaders_are_parties_to_the_talks(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY, title="Moscow hosts Beijing"))
    assert ("CONSULT", "RUS", "CHN") in got or ("CONSULT", "CHN", "RUS") in got


def test_the_nationality_not_the_glued_name_gives_the_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Blinken spoke by phone with Pashinyan and Azerbaijani President "
                    "Ilham Aliyev on Tuesday. Later that week Aliyev met Pashinyan in "
                    "Brussels.", title="Caucasus neighbours talk")
    met = [(e.source and e.source.country, e.target and e.target.country)
           for e in out.events if e.type == "CONSULT" and "Brussels" in e.evidence.sentence]
    assert met and all({s, t} == {"ARM", "AZE"} for s, t in met)
