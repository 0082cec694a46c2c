""""Ethiopia-Eritrea truce holds": a hyphenated pair before an act noun names its
parties in the story's order, the first-named party as the source."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_a_hyphenated_pair_keeps_its_order(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Ethiopia and Eritrea agreed to a truce on Sunday after a week of clashes.",
        title="Ethiopia-Eritrea ceasefire holds overnight"))
    held = {t for t in got if t[0] in ("RETREAT", "CONCEDE")}
    assert held and all(t[1:] == ("ETH", "ERI") for t in held)
