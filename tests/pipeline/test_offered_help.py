"""Offers of help stated as readiness: "ready to help", "willing to act as a mediator",
"ready to provide training" are offers (PLOVER AGREE), though the helping verb is no
event verb of its own; "not ready to help" offers nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("The minister said Chile was ready to help Peru rebuild the bridge.", "help"),
    ("Oman said it was willing to act as a mediator between the two rivals.", "act"),
    ("Spain stood ready to provide medical training to the Libyan coast guard.", "provide"),
    ("Norway is prepared to play a role in any future talks.", "play"),
])
def test_readiness_to_help_is_an_offer(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "AGREE"


@pytest.mark.parametrize(("text", "word"), [
    ("The minister said Chile was not ready to help Peru.", "help"),
    ("Oman said it would act as a mediator between the two rivals.", "act"),
    ("Spain was ready to play football.", "play"),
])
def test_other_helping_verbs_offer_nothing(nlp: Any, text: str, word: str) -> None:
    assert word not in readings(nlp, text)
