"""Stopping aid, supplies, trade or flights to another party reduces relations (PLOVER
SANCTION): "halted all aid", "stopped fuel shipments", "paused the flights"; a stop
that is only agreed or asked for is not done."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_halted_aid_in_a_second_clause(code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Germany on Monday froze the assets of three Burkinabe officers, and Belgium "
             "halted all development aid to Burkina Faso.")
    out = code_text(story, title="Europeans punish Burkina Faso junta")
    assert ("SANCTION", "BEL", "BFA") in triples(out)


def test_stopped_shipments_and_paused_flights(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ankara stopped fuel shipments to Armenia and paused all flights to "
                    "Yerevan.", title="Turkey squeezes Armenia")
    assert ("SANCTION", "TUR", "ARM") in triples(out)


def test_a_stop_agreed_to_is_no_sanction(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ankara agreed to halt fuel shipments to Armenia.",
                    title="Turkey and Armenia talk")
    assert not any(t == "SANCTION" for t, _, _ in triples(out))
