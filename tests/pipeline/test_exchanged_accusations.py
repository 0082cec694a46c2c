"""Exchanging accusations or blame is an accusation (PLOVER ACCUSE), as trading them is,
not a swap of prisoners (RETREAT). Exchanging fire and prisoners keep their readings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


@pytest.mark.parametrize("what", ["accusations", "blame"])
def test_exchanged_accusations_accuse_each_other(
        code_text: Callable[..., ExtractedArticle], what: str) -> None:
    got = triples(code_text(f"Armenia and Azerbaijan exchanged {what} on Monday."))
    # the type only: the pair of a mutual accusation in a one-sentence story is not
    # settled (AZE->ARM is coded, the other direction is not), as for "traded blame"
    assert {t[0] for t in got} == {"ACCUSE"}
    assert ("ACCUSE", "AZE", "ARM") in got


def test_exchanged_prisoners_are_still_a_swap(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Armenia and Azerbaijan exchanged prisoners on Monday."))
    assert {t[0] for t in got} == {"RETREAT"}


def test_exchanged_fire_is_still_an_attack(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Armenia and Azerbaijan exchanged fire on Monday."))
    assert {t[0] for t in got} == {"ASSAULT"}
