"""A plural that lists its members ("several countries, including France and Germany",
"leaders of nations including Pakistan and Indonesia") acts as each listed state.
Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples, typed_pairs


def test_each_state_a_plural_subject_includes_acts(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Several countries, including Norway and Chile, condemned the attack by "
                    "Russia on Monday.", title="Russia strikes port")
    assert typed_pairs(out, "ACCUSE") == {("NOR", "RUS"), ("CHL", "RUS")}


def test_the_states_listed_under_an_of_phrase_act_not_the_focus(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("A gunman killed 40 worshippers in Auckland on Friday. Leaders of nations "
                    "including Egypt and Malaysia condemned the attack by the gunman.",
                    title="Gunman kills 40 in New Zealand")
    accusers = {s for ty, s, _ in triples(out) if ty == "ACCUSE"}
    assert accusers == {"EGY", "MYS"}


def test_a_list_of_persons_is_left_to_the_head(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Several ministers, including Ali Khan and Sara Malik, condemned the "
                    "attack by India.", title="Pakistan condemns attack")
    assert not any(s in ("EGY", "MYS") for _, s, _ in triples(out))
    assert typed_pairs(out, "ACCUSE")
