""""announced the recall of its ambassador": a recall told as a noun is a recall (SANCTION
aimed at the host state), as the verb is; a product recall or a troop withdrawal is
not."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_recall_of_the_ambassador(code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Kenya announced the recall of its ambassador to Somalia on "
                            "Monday."))
    assert ("SANCTION", "KEN", "SOM") in got


def test_withdrawal_of_the_envoy(code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Kenya announced the withdrawal of its ambassador from Somalia "
                            "on Monday."))
    assert ("SANCTION", "KEN", "SOM") in got


def test_recall_of_goods_is_no_sanction(code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("The Kenyan carmaker announced the recall of two million "
                            "vehicles."))
    assert not {t for t in got if t[0] == "SANCTION"}
