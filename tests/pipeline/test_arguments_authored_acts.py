""""Iran condemned the strikes": the recipient is whoever the story has carrying out
strikes — its main doer of them, not whoever fired last."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_condemned_strikes_aim_at_the_main_striker(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Turkish jets struck targets in northern Iraq on Monday. Turkish drones attacked a "
        "village near Dohuk. Turkish artillery shelled the border area. Iraqi forces shot "
        "down a Turkish drone on Tuesday. Iran condemned the strikes.",
        title="Turkey strikes northern Iraq"))
    assert ("ACCUSE", "IRN", "TUR") in got
    assert ("ACCUSE", "IRN", "IRQ") not in got
