"""An attack noun whose "on/against/of" object names a country through a thing of its
own ("attacks on Kenyan positions") is aimed at that country; with no doer named the
attack is still coded, its source left open (pipeline.struck_objects)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs


def test_attacks_on_a_countrys_positions_are_aimed_at_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("There were fresh attacks on Kenyan positions near the border on Monday.")
    assert typed_pairs(out, "ASSAULT") == {(None, "KEN")}


def test_attack_on_a_countrys_convoy_told_as_background(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The talks resumed a week after an attack on a Belgian convoy.")
    assert (None, "BEL") in typed_pairs(out, "ASSAULT")


def test_named_doer_keeps_the_struck_country_as_target(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the doer's adjective gave the source; the object's country is the target, not
    # a guess from elsewhere in the story
    out = code_text("Chad protested, citing French strikes on Libyan fuel depots.")
    assert ("FRA", "LBY") in typed_pairs(out, "ASSAULT")


def test_object_naming_no_country_gives_no_guessed_target(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The killing of civilians in the town prompted the expulsions.")
    assert not typed_pairs(out, "ASSAULT")


def test_tariffs_on_a_countrys_goods_are_aimed_at_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ottawa's retaliatory tariffs on Japanese steel take effect next "
                    "month.")
    assert ("CAN", "JPN") in typed_pairs(out, "SANCTION")


def test_a_capital_naming_an_embassy_is_not_the_struck_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "Lima embassy staff" are the staff of some foreign embassy in Lima, not Peru's
    out = code_text("There were attacks on Lima embassy staff on Monday.")
    assert (None, "PER") not in typed_pairs(out, "ASSAULT")


def test_guard_of_names_the_doer_of_an_attack(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: "the attack of Russian forces" is Russia's attack, not one on Russia
    out = code_text("Residents fled the attack of Russian forces near the village.")
    assert (None, "RUS") not in typed_pairs(out, "ASSAULT")


def test_guard_a_place_near_the_object_is_not_its_owner(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # review: positions "near the Kenyan border" may be anyone's
    out = code_text("There were attacks on positions near the Kenyan border on Monday.")
    assert (None, "KEN") not in typed_pairs(out, "ASSAULT")
