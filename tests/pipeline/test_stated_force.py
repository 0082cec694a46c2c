"""Force a party is reported to say it will use ("the Israeli military said it would step
up its attacks", "Rabat said its forces would only open fire in self-defence") is a
warning (PLOVER THREATEN), not an attack. A past act, a negated one, a forecast about
another party and the other senses of "strike" and "hit" are left as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize(("text", "doer"), [
    ("The Israeli military said it would step up its attacks from Sunday.", "ISR"),
    ("Rabat said its forces would only open fire in self-defence.", "MAR"),
    ("The Taliban said they would resume fighting when the ceasefire expires.", "AFG"),
])
def test_force_stated_as_coming_warns(code_text: Callable[..., ExtractedArticle],
                                      text: str, doer: str) -> None:
    article = code_text(text)
    assert "THREATEN" in {t for t, s, _ in triples(article) if s == doer}
    assert "ASSAULT" not in event_types(article)


@pytest.mark.parametrize("text", [
    "The army said it had attacked rebel positions overnight.",
    "Russia will attack Ukraine next week, US intelligence officials said.",
    "He said the rebels attacked the convoy on Monday.",
])
def test_acts_and_forecasts_stay_attacks(code_text: Callable[..., ExtractedArticle],
                                         text: str) -> None:
    types = event_types(code_text(text))
    assert "ASSAULT" in types
    assert "THREATEN" not in types


@pytest.mark.parametrize("text", [
    "The army said it would not attack civilians.",
    "The rebels said they would not fight during the holiday.",
    "The company said it would strike a deal with its rivals.",
    "Officials said the storm would hit the coast on Friday.",
    "The minister said prices would hit a record.",
])
def test_no_warning(code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "THREATEN" not in event_types(code_text(text))
