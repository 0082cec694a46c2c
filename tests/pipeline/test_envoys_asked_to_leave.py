"""An envoy who "was asked to leave" or "has been ordered to leave the country" is
expelled (PLOVER SANCTION: expel), in the passive as in the active ("told the
ambassador to leave"); a high commissioner is an envoy."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("The French ambassador was asked to leave the country within 48 hours.", "asked"),
    ("The minister said the Canadian envoy had been ordered to leave.", "ordered"),
    ("He said British High Commissioner John Smith had been asked to leave the country.",
     "asked"),
])
def test_an_envoy_sent_away_in_the_passive_is_expelled(nlp: Any, text: str,
                                                         word: str) -> None:
    assert _types(nlp, text).get(word) == "SANCTION"


def test_a_visitor_asked_to_leave_is_no_expulsion(nlp: Any) -> None:
    text = "The journalist was asked to leave the room."
    assert _types(nlp, text).get("asked") != "SANCTION"
