"""A proposal verb that introduces a clause stating what is or was tells a claim, not an
offer: "officials suggested that fighters from Peru were serving with the rebels" is
their allegation against Peru (ACCUSE). The verb still proposes when its clause names an
act to be done ("suggested that the talks be held in Geneva", "suggested Peru could
help", "suggested holding talks"). A fact that evidence suggests ("early indications
suggested ...") is nobody's claim."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Chilean officials have also suggested that fighters from Peru were serving with the "
    "rebels.",
    "The row began when Chile's transport minister suggested Peru's president had taken "
    "drugs.",
])
def test_a_suggested_fact_is_an_allegation(code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert ("ACCUSE", "CHL", "PER") in got
    assert not any(t[0] == "AGREE" for t in got)


@pytest.mark.parametrize("text", [
    "Chile suggested that the talks with Peru be held in Geneva.",
    "Chile suggested Peru could help build the road.",
    "Chile suggested holding talks with Peru in Geneva.",
    "Chile suggested that both sides should withdraw their troops from the border.",
    "Chile has once again suggested that the Peruvian side consider a prisoner exchange.",
    # a stated clause that offers: time or readiness, an expletive "it", the speaker's side
    "Chilean officials suggested that it was time for talks with Peru.",
    "Chilean officials suggested that Santiago is ready to mediate between Peru and "
    "Bolivia.",
    "Chilean officials suggested it was open to talks with Peru.",
])
def test_a_suggested_act_stays_a_proposal(code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert any(t[0] == "AGREE" for t in got)
    assert not any(t[0] == "ACCUSE" for t in got)


def test_a_fact_evidence_suggests_is_nobodys_claim(code_text: Any) -> None:
    got = triples(code_text("A Chilean official said early indications suggested a "
                            "Peruvian missile had struck the plane."))
    assert not any(t[0] in ("ACCUSE", "AGREE") for t in got)
