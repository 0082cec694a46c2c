"""A body named in short after the story has named it in full, or named the body it
belongs to: "the Security Council" after "the UN Security Council" or "the United
Nations" is the UN's (IGO); with no UN named before, or with a possessor or a country of
its own ("Russia's Security Council"), or when the council the story named last had one,
it stays a country's organ. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Israel strikes Iranian consulate"


def test_the_council_of_the_un_named_before_is_igo(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Israel struck the Iranian consulate on Monday. Iran's envoy to the "
                    "United Nations asked for an emergency meeting of the Security Council.",
                    title=TITLE)
    assert ("REQUEST", "IRN", "IGO") in triples(out), out.events


def test_the_short_name_after_the_full_name_is_igo(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The UN Security Council met on Monday after the strike. The Security "
                    "Council condemned Israel for the attack.", title=TITLE)
    assert ("ACCUSE", "IGO", "ISR") in triples(out), out.events


def test_a_council_in_a_story_naming_no_un_is_no_igo(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Putin told the Security Council on Monday that Ukraine had attacked "
                    "the bridge. The Security Council condemned Ukraine for the attack.",
                    title="Putin convenes Security Council")
    got = triples(out)
    assert got and not any(s == "IGO" or t == "IGO" for _, s, t in got), out.events


def test_a_countrys_own_council_stays_its_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The United Nations called for calm on Monday. Russia's Security "
                    "Council accused Ukraine of attacking the bridge.",
                    title="Russia accuses Ukraine")
    assert ("ACCUSE", "RUS", "UKR") in triples(out), out.events


@pytest.mark.parametrize("country_council", [
    "In Moscow, the Security Council of Russia met.",
    "Russia's Security Council met in Moscow.",
    "The Russian Security Council met in Moscow.",
])
def test_the_short_name_takes_up_a_nearer_countrys_council(
        code_text: Callable[..., ExtractedArticle], country_council: str) -> None:
    # the council named last is Russia's, though the UN was named further back
    out = code_text(f"The United Nations sent aid to Sudan. {country_council} The Security "
                    "Council warned Ukraine against any attack.")
    got = triples(out)
    # (a warning "against" aimed at a state is a threat: test_warnings_against)
    assert ("THREATEN", "RUS", "UKR") in got and ("THREATEN", "IGO", "UKR") not in got, \
        out.events


def test_the_un_named_after_a_countrys_council_is_nearer(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("In Moscow, the Security Council of Russia met. The United Nations sent "
                    "aid to Sudan. The Security Council warned Ukraine against any attack.")
    assert ("THREATEN", "IGO", "UKR") in triples(out), out.events
