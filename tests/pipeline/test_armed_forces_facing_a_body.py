"""In a story that pairs a country with an international body (a bloc that suspends it,
a UN mission), what the country's armed forces do with no recipient named (surrender,
refuse orders, accuse, warn) faces the country's own side, not the body; as fighting
and deployments already did. Guards: the government's refusal still answers the body,
and what the forces ask for may be asked of it."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "African Union suspends Guinea after army mutiny"
STORY = ("The African Union suspended Guinea on Tuesday after a mutiny in the capital "
         "Conakry. The African Union said Guinea must return to constitutional order, and "
         "the African Union's council will meet again next month. ")


def test_soldiers_surrender_at_home_not_to_the_body(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Mutinous soldiers said they had decided to surrender.",
                            title=TITLE))
    assert ("RETREAT", "GIN", "GIN") in got and ("RETREAT", "GIN", "IGO") not in got, got


def test_soldiers_refusing_orders_refuse_their_own_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "The soldiers refused orders to fire on "
                            "demonstrators.", title=TITLE))
    assert ("REJECT", "GIN", "GIN") in got and ("REJECT", "GIN", "IGO") not in got, got


def test_guard_the_governments_refusal_still_answers_the_body(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "The government rejected the demand.", title=TITLE))
    assert ("REJECT", "GIN", "IGO") in got, got
