"""The city of a dateline ("CARACAS (agency) - ") is where the story was filed from, not
the nationality of the person the lead names, even when the parser hangs the city on the
lead's subject as a modifier: "Colombian Foreign Minister X" filed from Caracas is
Colombian."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in


def test_a_stated_nationality_beats_the_dateline_city(
        code_text: Callable[..., ExtractedArticle]) -> None:
    text = ("CARACAS (example.org) - Colombian Foreign Minister Ana Restrepo accused "
            "Venezuela on Tuesday of sheltering armed groups.")
    out = code_text(text, title="Colombia accuses Venezuela")
    assert pairs_in(out, "Ana Restrepo accused") == {("COL", "VEN")}


def test_guard_a_stated_nationality_under_a_dateline_of_the_other_side(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: the Venezuelan leader filed from Bogota stays Venezuelan
    text = ("Venezuela and Colombia traded accusations over the border this week.\n\n"
            "BOGOTA (example.org) - Venezuelan President Ramon Ferreira ordered the alert on "
            "Tuesday for units along the border, accusing Colombia of preparing an attack.")
    out = code_text(text, title="Venezuela puts border units on alert")
    assert ("VEN", "COL") in pairs_in(out, "Ramon Ferreira ordered")


def test_guard_an_official_of_the_dateline_country_keeps_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: with no nationality stated, the story's own country still names the minister
    text = ("LIMA (example.org) - Foreign Minister Luis Paredes accused Bolivia on Monday "
            "of meddling in Peru's affairs. Peru recalled its ambassador from La Paz.")
    out = code_text(text, title="Peru accuses Bolivia of meddling")
    assert pairs_in(out, "Luis Paredes accused") == {("PER", "BOL")}
