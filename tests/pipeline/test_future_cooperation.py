"""Working together said of the future is still cooperation (PLOVER COOPERATE): "will work
closely with Ghana's army", "would cooperate with Paris to secure the border". A promised
release, handover or aid delivery stays a promise (AGREE), as PLOVER codes future
material acts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "pair"), [
    ("The Togolese battalion will work closely with Ghana's army in the north, Togo said.",
     ("TGO", "GHA")),
    ("Morocco said on Monday it would cooperate with Paris to secure its border.",
     ("MAR", "FRA")),
    ("Kenyan officers would work alongside the Somali police, Kenya said on Friday.",
     ("KEN", "SOM")),
])
def test_future_working_together_is_cooperation(code_text: Callable[..., Any], text: str,
                                                pair: tuple[str, str]) -> None:
    out = triples(code_text(text))
    assert ("COOPERATE", *pair) in out or ("COOPERATE", pair[1], pair[0]) in out


@pytest.mark.parametrize("text", [
    # guards: promised material acts are agreements
    "Kenya will hand over the two suspects to Uganda next week, Nairobi said.",
    "Japan will deliver aid to Tonga next week, Tokyo said.",
])
def test_promised_material_acts_stay_agreements(code_text: Callable[..., Any],
                                                text: str) -> None:
    types = {t for t, _, _ in triples(code_text(text))}
    assert "AGREE" in types and "COOPERATE" not in types
