"""A rival beaten "to" a prize or "into" a place ("beat Arsenal to the award", "beat Holm
into second place") lost a race, and a penalty converted, missed or kicked by a named
player is a kick in a game: no blow (PLOVER ASSAULT) and no punishment (SANCTION).
"Beat the journalist to death", "imposed penalties", "the death penalty" keep theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize("text", [
    "Liverpool beat Arsenal to the award for team of the year.",
    "After beating Amy Winehouse, Jamelia and PJ Harvey to the best British female prize, "
    "Joss Stone said she was astounded.",
    "He beat Olympic champion Stefan Holm into second place to end the Swede's unbeaten "
    "record.",
    "The French film beat the German entry to the top prize at Cannes.",
])
def test_a_rival_beaten_to_a_prize_is_no_blow(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "The fly-half missed two kickable penalties and Ireland drew level with a Ronan "
    "O'Gara penalty midway through the first half.",
    "The young striker was tripped by Bryson and Thompson converted the penalty.",
    "De Marigny landed a penalty to make it 19-8.",
])
def test_a_penalty_kick_is_no_punishment(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" not in event_types(code_text(text))


# Guards (pass before and after): beatings and penalties imposed.

@pytest.mark.parametrize(("text", "triple"), [
    ("Police beat the journalist to death in Minsk, his family said.",
     ("ASSAULT", "BLR", "BLR")),
    ("Iranian guards beat the activist to unconsciousness in Evin prison.",
     ("ASSAULT", "IRN", "IRN")),
    ("Russian riot police beat football fans after the 3-0 defeat in Moscow.",
     ("ASSAULT", "RUS", "RUS")),
    ("Washington imposed a penalty on the Chinese firm that supplied Russia.",
     ("SANCTION", "USA", "CHN")),
])
def test_guard_beatings_and_penalties_imposed(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "An Iranian court upheld the death penalty for three men convicted of spying for Israel.",
    "Hungary missed the deadline and the EU imposed a penalty of 1m euros a day.",
])
def test_guard_a_penalty_handed_down_stays_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" in event_types(code_text(text))


# Review guards: a penalty landed, taken, won, earned or saved from a regulator, a court or
# a federation is a punishment; only a game's context makes those verbs a kick.

@pytest.mark.parametrize("text", [
    "Binance landed a record penalty from the US Justice Department on Tuesday.",
    "The bank will take a penalty of $500 million from US regulators.",
    "China won a penalty against the United States at the WTO over tariffs.",
    "Saudi Arabia earned a penalty from FIFA for racist chanting by fans.",
    "The UN court saved the penalty for last, ordering Israel to pay damages.",
])
def test_guard_a_penalty_from_an_authority_is_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "Messi won a penalty in the second half.",
    "Kane took the penalty and scored the winning goal.",
])
def test_a_penalty_won_or_taken_in_a_game_is_no_punishment(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "SANCTION" not in event_types(code_text(text))


def test_guard_prisoners_beaten_into_position_are_beaten(
        code_text: Callable[..., ExtractedArticle]) -> None:
    text = "Soldiers beat the prisoners into position for the photograph in Abu Ghraib."
    assert "ASSAULT" in event_types(code_text(text))
