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
