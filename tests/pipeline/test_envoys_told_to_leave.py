"""A host state saying a foreign mission's members "must leave" expels them (PLOVER
SANCTION), as "ordered the ambassador to leave" does; so does ordering a mission's staff
named by a compound ("embassy employees") to leave. "should leave" said by anyone, and a
state's own envoys told to leave, expel no one."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def _types(article: ExtractedArticle) -> set[str]:
    return {t for t, _, _ in triples(article)}


def test_ambassador_must_leave(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Kenya's foreign ministry said the Somali ambassador must leave "
                        "Nairobi by Friday.")
    assert ("SANCTION", "KEN", "SOM") in triples(article)
    assert "REQUEST" not in _types(article)


def test_envoy_must_leave(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("The foreign minister told reporters that the EU envoy must leave "
                        "the country within two days.")
    assert ("SANCTION", "GOV", "IGO") in triples(article)
    assert "REQUEST" not in _types(article)


def test_embassy_employees_ordered_out(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Algeria ordered 12 French embassy employees to leave the country "
                        "within 48 hours.")
    assert ("SANCTION", "DZA", "FRA") in triples(article)


# Guards (pass before and after).

def test_guard_should_leave(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("The opposition leader said the Russian ambassador should leave "
                        "the country.")
    assert "SANCTION" not in _types(article)


def test_guard_own_envoys(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("Our diplomats must leave Kyiv for their own safety, the German foreign "
                 "minister said.",
                 "The State Department said non-essential embassy staff must leave Haiti "
                 "because of the violence."):
        assert "SANCTION" not in _types(code_text(text)), text


def test_guard_other_people_leaving(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("The coach said the players must leave the pitch before the ceremony.",
                 "The ministry said all foreign tourists must leave the island before the "
                 "storm.",
                 "The company ordered 200 factory employees to leave the plant after the "
                 "fire."):
        assert "SANCTION" not in _types(code_text(text)), text


# Review of 91c37e7: only a government (or a junta) expels, a negated "must not leave"
# keeps envoys in, and an order to one's own embassy staff to leave is an evacuation.

def test_opposition_leader_demands_no_expulsion(
        code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Kenya's opposition leader Raila Odinga said the Somali ambassador "
                        "must leave the country.")
    assert "SANCTION" not in _types(article)
    assert ("REQUEST", "KEN", "SOM") in triples(article)


def test_protesters_demand_no_expulsion(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Ukrainian protesters said the Russian ambassador must leave Kyiv.")
    assert "SANCTION" not in _types(article)


def test_armed_group_expels_no_one(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Hamas said Israeli diplomats must leave Turkey, a spokesman told "
                        "reporters.")
    assert "SANCTION" not in _types(article)


def test_must_not_leave(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("Russia said U.S. diplomats must not leave Moscow without permission.",
                 "A Brazilian court said the Italian consul must not leave the country "
                 "during the trial."):
        assert "SANCTION" not in _types(code_text(text)), text


def test_own_embassy_staff_ordered_out(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("The State Department ordered non-emergency embassy staff to leave "
                 "Ukraine.",
                 "Britain ordered non-essential embassy staff to leave Khartoum as "
                 "fighting spread."):
        assert "SANCTION" not in _types(code_text(text)), text


def test_people_near_a_mission_ordered_out(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("Kenyan police ordered residents near the U.S. embassy building to leave "
                 "after a bomb threat.",
                 "Nigerian police ordered consulate visitors to leave after a bomb threat.",
                 "Police ordered embassy protesters to leave the area."):
        assert "SANCTION" not in _types(code_text(text)), text


def test_government_expels(code_text: Callable[..., ExtractedArticle]) -> None:
    for text, pair in (("Russia said ten U.S. diplomats must leave the country by Friday.",
                        ("RUS", "USA")),
                       ("Niger's junta said the French ambassador must leave within 48 "
                        "hours.", ("NER", "FRA"))):
        assert ("SANCTION", *pair) in triples(code_text(text)), text


def test_diplomats_of_several_states_ordered_out(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the own-staff drop is for staff, not for diplomats whose states go unresolved
    article = code_text("Nicaragua ordered diplomats from five European countries to leave "
                        "on Monday.")
    assert "SANCTION" in _types(article)
