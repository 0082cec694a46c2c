"""Harm told as an act, not a bare toll: people wounded "when" a blast went off, or a
count of people that includes a side's counted losses, report the violence (PLOVER
ASSAULT); "dozens had been injured" alone stays a casualty count."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "Medics said 40 people were wounded when a car bomb exploded near the market.",
    "About 25 people were injured as the grenade went off in the square.",
    "Officials said 60 people were injured, including 12 police officers.",
    "Eight people, including three soldiers, were wounded.",
])
def test_harm_told_with_its_act_or_a_counted_side_is_an_assault(nlp: Any, text: str) -> None:
    harm = next(w for w in ("wounded", "injured") if w in text)
    assert readings(nlp, text).get(harm) == "ASSAULT"


@pytest.mark.parametrize(("text", "harm"), [
    ("A monitoring group said dozens had been injured.", "injured"),
    ("The ministry said 30 people were injured and dozens were detained.", "injured"),
    ("He did not say when the commander was wounded.", "wounded"),
    ("Twelve people were injured when a bus overturned on the highway.", "injured"),
    ("Thirty people were injured as crowds fled a fire at the stadium.", "injured"),
])
def test_a_bare_toll_stays_no_event(nlp: Any, text: str, harm: str) -> None:
    assert harm not in readings(nlp, text)
