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


@pytest.mark.parametrize(("sentence", "pair"), [
    # a state that hits, whatever it hits; the makings of arms are a military target
    ("Israel hit Iran's missile production overnight, the Israeli military said.",
     ("ISR", "IRN")),
    ("Israel hit Iran's drone industry in a wave of overnight raids.", ("ISR", "IRN")),
    ("Ukraine hit Russia's oil industry again on Sunday, knocking out a refinery in "
     "Ryazan.", ("UKR", "RUS")),
    ("Pakistan hit Afghanistan's Taliban-run border sector on Sunday, Kabul said.",
     ("PAK", "AFG")),
    # arms in the passive agent
    ("Ukraine's grain exports were hit by Russian missiles on Monday.", ("RUS", "UKR")),
    ("Russian oil exports were hit by Ukrainian drones at the port of Primorsk.",
     ("UKR", "RUS")),
    ("Ecuador's tourism industry was hit by a car bomb in Guayaquil.", (None, "ECU")),
    # a "hitting" after a head that imposes no measure
    ("The Houthis extended their ban on Israeli-linked shipping, hitting a "
     "Liberian-flagged tanker on Monday.", ("YEM", "LBR")),
    ("Russia ignored the ban on cluster munitions, hitting a Ukrainian school in Kharkiv "
     "on Thursday.", ("RUS", "UKR")),
])
def test_a_state_or_arms_hitting_the_economy_still_strike(
        code_text: Callable[..., ExtractedArticle], sentence: str,
        pair: tuple[str | None, str]) -> None:
    assert pair in typed_pairs(code_text(sentence), "ASSAULT")


def test_a_sector_hit_with_bombs_is_struck(code_text: Callable[..., ExtractedArticle]
                                           ) -> None:
    out = code_text("Russia hit the eastern sector of the front with glide bombs, "
                    "Ukraine's army said.")
    assert "ASSAULT" in event_types(out)


@pytest.mark.parametrize("sentence", [
    "France's wine exports could be hit by U.S. tariffs.",
    "Vietnam's garment exports were hit by the new U.S. duties.",
    "Brazil's coffee exports were hit by frost.",
])
def test_exports_hit_by_measures_or_weather_are_no_attack(
        code_text: Callable[..., ExtractedArticle], sentence: str) -> None:
    assert "ASSAULT" not in event_types(code_text(sentence))
