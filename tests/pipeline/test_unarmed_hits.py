"""A "hit" dealt by measures or hard times, or to trade and the economy, strikes no one
(no PLOVER ASSAULT): "a step that could hit garment exports", "hardest hit by car
tariffs", "cities hit by unrest", "hit by a surge in violence", "imposed tariffs on U.S.
goods, hitting American whiskey" (the measure is coded on its own word). A weapon or an
armed doer hitting, or a wave of attacks, keeps the strike. Sentences are made up for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, typed_pairs

STORY = "Colombia and Venezuela traded accusations over the border. "


@pytest.mark.parametrize("sentence", [
    "The European Union is weighing a step against Cambodia that could hit the "
    "country's garment exports.",
    "New U.S. tariffs on China will hit Chinese exports hardest, Beijing said.",
    "Colombian President Ivan Duque sent soldiers to Colombian cities hit by unrest.",
    "Ecuador has been hit by a surge in violence blamed on Colombian gangs.",
    "German carmakers would be hardest hit by any U.S. car tariffs, Merkel said.",
])
def test_a_blow_of_measures_or_hard_times_is_no_attack(
        code_text: Callable[..., ExtractedArticle], sentence: str) -> None:
    assert "ASSAULT" not in event_types(code_text(STORY + sentence))


def test_a_measures_reach_restated_is_no_attack_beside_the_measure(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The European Union imposed retaliatory tariffs on U.S. goods on "
                    "Friday, hitting American whiskey, motorcycles and jeans.")
    assert "ASSAULT" not in event_types(out)
    assert ("IGO", "USA") in typed_pairs(out, "SANCTION")


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Russian missiles hit Ukraine's grain export terminal in Odesa on Monday.",
     ("RUS", "UKR")),
    ("Ukraine said its drones hit Russian oil production facilities in Samara.",
     ("UKR", "RUS")),
    ("The Houthis hit a Greek cargo ship carrying exports to Europe.", ("YEM", "GRC")),
    ("The Israeli town of Kiryat Shmona was hit by a surge in rocket attacks from "
     "Lebanon.", ("LBN", "ISR")),
])
def test_arms_that_hit_still_strike(code_text: Callable[..., ExtractedArticle],
                                    sentence: str, pair: tuple[str, str]) -> None:
    assert pair in typed_pairs(code_text(sentence), "ASSAULT")
