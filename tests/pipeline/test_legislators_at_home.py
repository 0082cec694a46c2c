"""Legislators and their chambers act on their own government's policy: a criticism,
demand or refusal with no named recipient is domestic ("The Chilean parliament rejected
the agreement"), not aimed at the foreign party the deal was made with
(``implied_recipients``' LEGISLATORS, which holds the chambers too)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Chile recalls envoy from Peru"
STORY = ("Chile recalled its ambassador from Peru on Monday after a border dispute. "
         "Chile condemned Peru. Peru rejected the criticism from Chile. ")


def test_a_chamber_s_rejection_with_no_recipient_is_domestic(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the legislators class holds the chambers too (implied_recipients' domestic test)
    got = triples(code_text(STORY + "The Chilean parliament rejected the agreement on "
                            "Tuesday.", title=TITLE))
    assert ("REJECT", "CHL", "CHL") in got
    assert ("REJECT", "CHL", "PER") not in got
