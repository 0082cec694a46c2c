"""A party wanting another to act, or a thing done, demands it (PLOVER REQUEST): "Paris
wants the bloc to tighten checks", "Kathmandu wanted the dispute settled through talks"
(``pipeline.wanted_changes``). Wanting without a small clause is an aim; a negated or
conditional want, a wish that things go on, a market's or a crowd of fans' wish and a
question demand nothing. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs


@pytest.mark.parametrize(("text", "pair"), [
    ("Bulgaria wants North Macedonia to acknowledge the Bulgarian roots of its language.",
     ("BGR", "MKD")),
    ("Paris wants the bloc to tighten checks at its external borders.", ("FRA", "IGO")),
    ("Nepal's foreign minister said Kathmandu wanted the dispute with India settled through "
     "talks.", ("NPL", "IND")),
    ("Russia's foreign minister said Moscow wanted Ukraine's army withdrawn from the four "
     "regions.", ("RUS", "UKR")),
])
def test_wanting_another_to_act_is_a_demand(
        code_text: Callable[..., ExtractedArticle], text: str,
        pair: tuple[str, str]) -> None:
    assert pair in typed_pairs(code_text(text), "REQUEST")


@pytest.mark.parametrize("text", [
    # negated, conditional, a question
    "Japan's defence minister said Tokyo did not want the dispute with Seoul to damage ties "
    "further.",
    "Does China want Taiwan to negotiate?",
    # an aim, no one asked
    "Kuwait wanted to complete the demarcation of the sea border with Iraq.",
    # a wish that things go on or turn out well
    "Erdogan said Putin still wanted the grain arrangement to continue.",
    "The French president wants the Olympics to be a success for France.",
    "Germany wants its economy to grow faster next year.",
    # markets, firms, fans and clubs
    "Investors want the Federal Reserve to cut interest rates next month.",
    "Apple wants its new phone to sell well in Europe this year.",
    "Fans wanted the coach sacked after Germany's defeat to France.",
    "Barcelona want Messi to stay at the club, the Spanish club's president said.",
])
def test_wishes_that_ask_nothing_of_a_party_are_no_demand(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not typed_pairs(code_text(text), "REQUEST")


def test_a_conditional_want_is_no_demand_of_its_own(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("If Moscow wants Kyiv to negotiate, it must stop shelling cities, "
                    "Ukraine's president said.")
    assert not any(e.trigger == "want done" for e in out.events)


@pytest.mark.parametrize("text", [
    # a thing's turning out, with no party asked to act
    "The Kremlin wants the war to end on its terms.",
    "The Italian prime minister wants the country's birth rate to rise.",
    "The Turkish central bank wants inflation to fall to 5 percent by next year.",
    "The prime minister said he wanted the Indian team to win the World Cup.",
    "The Chinese government wants foreign investors to return.",
    # a public's opinion, a firm's staff rules
    "Most Americans want Congress to pass a budget, a poll showed.",
    "The company wants its employees to return to the office three days a week.",
])
def test_a_wish_for_things_or_crowds_is_no_demand(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not typed_pairs(code_text(text), "REQUEST")


@pytest.mark.parametrize(("text", "source"), [
    ("Russia wanted the sanctions lifted, officials in Moscow said.", "RUS"),
    ("The Canadian government wanted the tariffs removed before the summit.", "CAN"),
])
def test_a_thing_wanted_done_is_never_asked_of_the_wanter(
        code_text: Callable[..., ExtractedArticle], text: str, source: str) -> None:
    # whoever is to lift them goes unnamed: no target, never the wanter itself
    assert typed_pairs(code_text(text), "REQUEST") == {(source, None)}
