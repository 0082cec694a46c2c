"""A verb of answering ("responded with", "retaliated with", "hit back with") names its
subject's act in the "with" phrase: the act is coded with the answering side as source,
also as the second clause of a coordination."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_responded_with_strikes_in_a_second_clause(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Georgia accused Russia of provocations on the border, and Moscow responded "
             "with missile strikes on Georgian airfields.")
    out = code_text(story, title="Georgia and Russia trade blame")
    assert ("ACCUSE", "GEO", "RUS") in triples(out)
    assert ("ASSAULT", "RUS", "GEO") in triples(out)


def test_retaliated_with_strikes_is_an_assault(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Turkey retaliated with air strikes on Kurdish positions in Syria.",
                    title="Turkey strikes Syria")
    types = {t for t, _, _ in triples(out)}
    assert "ASSAULT" in types and "SANCTION" not in types


def test_hit_back_with_sanctions(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Moscow hit back with sanctions on Canadian lawmakers.",
                    title="Moscow hits back")
    assert ("SANCTION", "RUS", "CAN") in triples(out)


# Answering with arms (pipeline/answered_arms.py): the "with" phrase names only the arms,
# and the answer is their firing.

def test_retaliated_with_a_barrage_of_rockets_is_an_assault(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Hezbollah retaliated on Sunday with a barrage of rockets on northern "
                    "Israel.", title="Hezbollah fires on Israel")
    assert ("ASSAULT", "LBN", "ISR") in triples(out)
    assert "SANCTION" not in {t for t, _, _ in triples(out)}


def test_responded_with_dozens_of_artillery_rounds_is_an_assault(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("North Korea fired two shells at a South Korean border post on Thursday. "
             "The South's military responded with dozens of artillery rounds on North "
             "Korean gun positions.")
    out = code_text(story, title="North and South Korea trade fire across border")
    assert ("ASSAULT", "KOR", "PRK") in triples(out)


def test_police_responding_with_tear_gas_use_crowd_control(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Thousands of farmers marched on the parliament in Lima on Monday over fuel "
             "prices. Riot police responded with tear gas and water cannon.")
    out = code_text(story, title="Peru farmers march on parliament")
    assert ("COERCE", "PER", "PER") in triples(out)


def test_retaliated_with_waves_of_attacks_is_no_sanction(
        code_text: Callable[..., ExtractedArticle]) -> None:
    """A container ("waves of") is looked through to the act it counts: the verb of
    answering is not coded again as a retaliatory sanction."""
    out = code_text("Iran retaliated with waves of missile attacks on Israeli cities.",
                    title="Iran strikes Israel")
    assert ("ASSAULT", "IRN", "ISR") in triples(out)
    assert "SANCTION" not in {t for t, _, _ in triples(out)}


def test_guard_responded_with_a_statement_is_no_firing(
        code_text: Callable[..., ExtractedArticle]) -> None:
    """Guard: only arms the fire, launch and use tables list are answered with."""
    out = code_text("The ministry responded with a statement on Tuesday evening.",
                    title="Ministry responds")
    assert not {t for t, _, _ in triples(out)} & {"ASSAULT", "COERCE"}


def test_guard_answering_with_tariffs_stays_a_sanction(
        code_text: Callable[..., ExtractedArticle]) -> None:
    """Guard: an economic answer is not read as arms."""
    out = code_text("Beijing retaliated with tariffs on American soybeans.",
                    title="Beijing answers US duties")
    assert ("SANCTION", "CHN", "USA") in triples(out)
    assert not {t for t, _, _ in triples(out)} & {"ASSAULT", "COERCE"}
