""""Officials in the European Union and the United States urged ...": a state's officials
listed after a body's are that state's own, an actor beside the body. Sentences are made
up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs


def test_officials_of_a_body_and_a_state_are_two_actors(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Officials in the European Union and Canada urged the army in Peru to "
                    "show restraint.", title="Peru protests")
    assert {("IGO", "PER"), ("CAN", "PER")} <= typed_pairs(out, "REQUEST")


def test_guard_a_body_named_before_its_officials_keeps_them(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: the places after "UN officials in" say where they serve, not whose they are
    out = code_text("UN officials in Chile and Canada urged the army in Peru to show "
                    "restraint.", title="Peru protests")
    pairs = typed_pairs(out, "REQUEST")
    assert ("IGO", "PER") in pairs
    assert not {("CHL", "PER"), ("CAN", "PER")} & pairs


def test_an_adjective_is_no_owner_of_the_officials(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: "senior" names no body; the listed state keeps its officials
    out = code_text("Senior officials in the European Union and Canada urged the army in "
                    "Peru to show restraint.", title="Peru protests")
    assert {("IGO", "PER"), ("CAN", "PER")} <= typed_pairs(out, "REQUEST")
