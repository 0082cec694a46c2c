"""A participial warning told after another act is a threat of its own when it holds
something over the hearer: "Norway demanded that Denmark release the trawler, warning that
Oslo would take further steps if it did not" states the demand (REQUEST) and the threat
(THREATEN), and the threat is aimed at the party the demand is made of. A warning that only
elaborates the act ("condemned the raid, warning of consequences", "urged calm, warning that
supplies were running short") stays one statement with it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Norway demanded on Monday that Denmark release the trawler at once, warning that "
    "Oslo would consider all options if Copenhagen did not.",
    "Norway asked Denmark to hand back the seized trawler within a week, warning that "
    "Norway would take it back itself if Copenhagen failed to act.",
    "Norway recalled its ambassador from Copenhagen on Monday, warning that further "
    "measures would follow.",
])
def test_a_warning_after_an_act_that_holds_something_over_is_a_threat(
        code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert ("THREATEN", "NOR", "DNK") in got, got
    assert any(t[0] in ("REQUEST", "SANCTION") and t[1:] == ("NOR", "DNK") for t in got)


@pytest.mark.parametrize("text", [
    # guards: a warning that only elaborates the act it follows
    "Norway condemned the Danish raid on Monday, warning of consequences.",
    "Norway urged Denmark to reopen the port on Monday, warning that fuel supplies were "
    "running short.",
    "Norway urged Denmark to protect the fishermen, warning that many of them could lose "
    "their livelihoods.",
])
def test_a_warning_that_elaborates_the_act_is_no_threat(code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert not any(t[0] == "THREATEN" for t in got), got
