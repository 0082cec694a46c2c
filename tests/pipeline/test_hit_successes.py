""""Hit" is an attack (PLOVER ASSAULT) when something strikes a target; a hit that is a
success ("the comedy hit", "a box office hit", "a hit single") or a launch or a mark
reached ("first hit the charts", "hits the shelves", "hit top form", "hit a record high")
strikes no one. A strike on a shop, a film studio, TV towers, a stage or an office keeps
its reading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.ordinary_mentions import hit_success
from schemas import ExtractedArticle
from tests.pipeline.coding import event_types, triples


@pytest.mark.parametrize("text", [
    "Young UK film fans voted animated Hollywood hit Shrek 2 best film at the awards on "
    "Sunday.",
    "HBO has been looking for its next big comedy hit since the show drew to a close in "
    "the US.",
    "The Last Samurai was the biggest foreign movie hit in Japan last year.",
    "Argentina's brightest new star hit top form in August.",
    "The new phone will hit the shops in Britain next month.",
    "The euro hit a record high against the dollar in Frankfurt on Monday.",
])
def test_a_hit_as_a_success_or_a_mark_reached_is_no_attack(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "The band have had eight top three hits since they first hit the charts in 2002.",
    "Hit games like Halo 2, which was released in November, helped to buoy the sales "
    "figures.",
    "Depp prefers dark roles to surefire box office hits.",
    "The singer had a hit single in the United States with her debut album.",
    "Gizmondo gadget hits the shelves",
    "Oil prices hit a 10-year low on Friday.",
])
def test_more_hits_that_strike_no_one(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" not in event_types(code_text(text))


# Guards (pass before and after): a blow on a shop, a studio, a stage, an office.

@pytest.mark.parametrize(("text", "triple"), [
    ("A Russian missile hit a shop in Kharkiv on Monday, killing two people.",
     ("ASSAULT", "RUS", "RUS")),
    ("Russian drones hit the shops and homes of Kherson overnight.", ("ASSAULT", "RUS", "RUS")),
    ("Ukrainian drones hit TV towers in Belgorod overnight.", ("ASSAULT", "UKR", "UKR")),
    ("Israeli missiles hit film studios in Gaza City on Friday.", ("ASSAULT", "ISR", "ISR")),
    ("The tax office was hit by a suicide bomber in Kabul.", ("ASSAULT", "AFG", "AFG")),
    ("Russian strikes hit the stage of the theatre in Mariupol, killing hundreds.",
     ("ASSAULT", "RUS", "RUS")),
    ("Iraqi rockets hit the US embassy in Baghdad on Sunday.", ("ASSAULT", "IRQ", "USA")),
    ("Turkish jets hit Kurdish positions in northern Iraq on Friday.",
     ("ASSAULT", "TUR", "IRQ")),
])
def test_guard_a_blow_on_a_place_stays_an_attack(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


# Review guards: a school or the high ground is no mark reached, a season word before the
# verb is no genre, and weapons hitting "the shops" strike them.

@pytest.mark.parametrize("text", [
    "A Hamas rocket hit a high school in Sderot on Monday.",
    "Ukrainian artillery hit the high ground near Bakhmut overnight.",
    "Israeli jets hit the peak of Mount Hermon on the Syrian side.",
    "Russian strikes this summer hit Ukraine's energy grid, the ministry said.",
    "Israeli strikes last summer hit dozens of schools in Gaza.",
    "Russian drones hit the cinemas in Kharkiv overnight.",
    "Hamas rockets hit the shops on Monday.",
])
def test_guard_weapons_hitting_a_school_a_height_or_the_shops(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" in event_types(code_text(text))


# One list of strikers: the weapons "hit ... with" names (``struck_with``) and the armed men
# whose taking is violent (``armed_men``) strike what they hit, as "Hamas rockets" do.

def _hit(nlp: Any, text: str) -> Any:
    return next(t for t in nlp(text) if t.lower_ == "hit")


@pytest.mark.parametrize("text", [
    "Grenades hit the shops on Monday.",
    "Insurgents hit the cinemas overnight.",
    "Rebel bombardment hit the shops overnight.",
])
def test_weapons_and_armed_men_strike_the_shops(nlp: Any, text: str) -> None:
    assert not hit_success(_hit(nlp, text))


def test_guard_a_work_reaching_the_shelves_is_a_success(nlp: Any) -> None:
    assert hit_success(_hit(nlp, "The new single hit the charts."))


@pytest.mark.parametrize("text", [
    "The guerrilla drama hit the screens in Colombia last year.",
    "The talks between Armenia and Azerbaijan hit a snag on Monday.",
    "Ukraine's grain exports hit a record in May.",
    "The militant group's video hit the headlines in Pakistan.",
    "The guerrilla film hit cinemas in Bogota.",
    "Inflation in Argentina hit a 30-year high.",
])
def test_a_work_about_fighters_or_a_snag_or_record_reached_strikes_no_one(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "Rebel fighters hit an army post in Mali, killing five soldiers.",
    "Guerrillas hit a police station in Cauca.",
    "An insurgent rocket hit the market in Kabul.",
])
def test_fighters_and_their_weapons_still_strike(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" in event_types(code_text(text))


# A medium reached needs no "the": "hit screens across Nigeria", "hit television screens"
# are showings as "hit the screens" is; weapons and hands hitting screens still strike.

@pytest.mark.parametrize("text", [
    "The documentary hit the screens in India on Friday.",
    "The documentary hit screens in India on Friday.",
    "The drama hit screens across Nigeria on Friday.",
    "The series hit television screens in Turkey last month.",
    "The militant group's video hit headlines in Pakistan.",
])
def test_a_work_reaching_screens_without_the_strikes_no_one(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "Russian missiles hit screens at the stadium in Kharkiv.",
    "Israeli jets hit two screens at the stadium in Gaza.",
    "Rebel fighters hit screens and cameras at the army post in Mali, killing two soldiers.",
    "Protesters hit screens and cameras outside the parliament in Tbilisi.",
    "A Russian drone hit screens in the main square of Kyiv, killing three people.",
    "Hamas rockets hit screens at the festival near Sderot.",
    "Gunmen hit the screens of the cinema in Kabul with grenades.",
    "Ukrainian artillery hit billboards and screens in Donetsk overnight.",
])
def test_guard_weapons_and_crowds_hitting_screens_still_strike(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" in event_types(code_text(text))
