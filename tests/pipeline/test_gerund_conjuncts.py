""""accused the government of stealing the vote and called on ...": a finite verb the
parser conjoins to the gerund after "of" is the accuser's second verb, not part of the
charge (coordination joins like forms)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_appeal_after_a_charge_is_the_accusers(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("The Ghanaian opposition leader accused the government of "
                            "rigging the vote and called on his supporters to stay calm."))
    assert ("REQUEST", "GHA", "GHA") in got


def test_second_gerund_stays_in_the_charge(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "arming ... and sending troops": two gerunds, both the content of the charge
    got = triples(code_text("Kenya accused Uganda of arming the rebels and sending "
                            "troops across the border."))
    assert ("MOBILIZE", "KEN", "KEN") not in got
