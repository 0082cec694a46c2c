"""A state body named again with no country of its own ("the ministry", "the court")
is the one the story named last by its country ("South Korea's top court ... The court
rejected"), as "it" would be; with no earlier mention that names a country it stays the
story's own. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Japan protests as Japanese firm loses appeal in South Korea"


def _sources(out: ExtractedArticle, words: str, kind: str) -> set[str | None]:
    """The source countries of the events of type ``kind`` in the sentence with ``words``."""
    return {e.source and e.source.country for e in out.events
            if e.type == kind and words in e.evidence.sentence}


def test_the_court_is_the_court_named_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Japan lodged a strong protest with Tokyo's partners on Tuesday. "
                    "South Korea's top court heard the case of the Japanese steelmaker "
                    "last week. The court rejected the company's final appeal on Monday.",
                    title=TITLE)
    assert _sources(out, "final appeal", "REJECT") == {"KOR"}, triples(out)


def test_the_ministry_is_the_ministry_named_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Japan lodged a strong protest on Tuesday. South Korea's foreign "
                    "ministry said the ruling was final. The ministry rejected the "
                    "protest as groundless.", title=TITLE)
    assert _sources(out, "groundless", "REJECT") == {"KOR"}, triples(out)


def test_a_state_body_never_named_with_a_country_stays_the_storys_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # only a South Korean court was named: "the ministry" is not South Korea's
    out = code_text("Japan lodged a strong protest on Tuesday. South Korea's top court "
                    "heard the case last week. The ministry rejected the ruling as "
                    "groundless.", title=TITLE)
    assert "KOR" not in _sources(out, "groundless", "REJECT"), triples(out)


def test_the_government_stays_the_storys_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "the government" is the story's own (Japan's), not the South Korean one named last
    out = code_text("Japan lodged a strong protest on Tuesday. South Korea's government "
                    "said the ruling was final. The government recalled its ambassador "
                    "from Seoul on Wednesday.", title=TITLE)
    assert "KOR" not in _sources(out, "recalled its ambassador", "SANCTION"), triples(out)


def test_a_ministry_named_with_a_capital_is_the_ministry_named_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "Commerce Ministry", capitalised as part of its name, is still a ministry
    out = code_text("Japan lodged a strong protest on Tuesday. South Korea's Trade "
                    "Ministry said the ruling was final. The ministry rejected the "
                    "protest as groundless.", title=TITLE)
    assert _sources(out, "groundless", "REJECT") == {"KOR"}, triples(out)
