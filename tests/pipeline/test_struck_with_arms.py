""""Hit X with" is a sanction (PLOVER SANCTION) when what X is hit with is a penalty
("hit Iran with new sanctions", "hit US goods with tariffs"); hit with weapons or fire
("hit the base with mortar fire", "with rockets", "with artillery") it is a blow (ASSAULT)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize(("text", "triple"), [
    ("Russian forces hit Ukrainian positions near Bakhmut with mortar fire on Tuesday.",
     ("ASSAULT", "RUS", "UKR")),
    ("Israel hit Hezbollah positions in southern Lebanon with artillery on Sunday.",
     ("ASSAULT", "ISR", "LBN")),
    ("The Iraqi army base was hit with rockets overnight, the US military said.",
     ("ASSAULT", "IRQ", "IRQ")),
])
def test_hit_with_weapons_is_a_blow(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    out = code_text(text)
    assert triple in triples(out)
    assert "SANCTION" not in event_types(out)


# Guards (pass before and after): hit with measures stays a sanction.

@pytest.mark.parametrize(("text", "triple"), [
    ("The United States hit Iran with new sanctions on Friday.", ("SANCTION", "USA", "IRN")),
    ("China hit US goods with tariffs of 25%.", ("SANCTION", "CHN", "USA")),
    ("Britain hit the bank with a record fine for breaking rules on Russian clients.",
     ("SANCTION", "GBR", "GBR")),
])
def test_guard_hit_with_measures_stays_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


# Review guards: a salvo, volley or barrage is judged by what it is "of", and bare fire
# "from all sides" is words, no blow.

@pytest.mark.parametrize("text", [
    "Britain hit Russian banks with a salvo of sanctions on Thursday.",
    "The EU hit Russia with a volley of new sanctions on Friday.",
    "Trump hit Canada with a volley of tariffs on steel.",
])
def test_guard_a_salvo_of_sanctions_is_a_sanction(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    kinds = event_types(code_text(text))
    assert "SANCTION" in kinds
    assert "ASSAULT" not in kinds


@pytest.mark.parametrize("text", [
    "Reporters hit the minister with a barrage of questions in Kyiv.",
    "The minister was hit with a barrage of criticism in parliament in London.",
    "The opposition leader was hit with fire from all sides after the debate in Ankara.",
])
def test_guard_a_barrage_of_words_is_no_blow(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" not in event_types(code_text(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("Russia hit Kyiv with a barrage of missiles overnight.", "ASSAULT"),
    ("The army hit the village with heavy fire on Sunday.", "ASSAULT"),
    ("The US hit Iran with heavy sanctions on Friday.", "SANCTION"),
])
def test_a_barrage_of_arms_strikes_and_heavy_sanctions_punish(
        code_text: Callable[..., ExtractedArticle], text: str, kind: str) -> None:
    assert kind in event_types(code_text(text))
