"""World sport's governing bodies (FIFA, UEFA, the IOC, the IAAF, WADA) are private
federations (PLOVER NGO), not the state a story is about: "FIFA withdrew Indonesia's
right to host" is done by FIFA to Indonesia, not by Indonesia to itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs, triples


@pytest.mark.parametrize(("text", "triple"), [
    ("FIFA withdrew Indonesia's right to host the Under-20 World Cup.",
     ("SANCTION", "NGO", "IDN")),
    ("The IOC withdrew Russia's right to host the 2026 Olympic Games.", ("SANCTION", "NGO", "RUS")),
    ("The IOC suspended Afghanistan's Olympic committee over the Taliban's ban on women's "
     "sport.", ("SANCTION", "NGO", "AFG")),
    ("The International Association of Athletics Federations will appeal against the "
     "acquittal of Greek athletes Kostas Kenteris and Katerina Thanou.",
     ("REQUEST", "NGO", "GRC")),
])
def test_a_sport_body_is_the_doer_not_the_story_state(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


# Guards (pass before and after): a state withdrawing a right stays the doer.

@pytest.mark.parametrize(("text", "triple"), [
    ("The United States withdrew Iran's right to buy aircraft parts.",
     ("SANCTION", "USA", "IRN")),
    ("Germany withdrew Turkey's landing rights for the minister's plane.",
     ("SANCTION", "DEU", "TUR")),
])
def test_guard_a_state_withdrawing_a_right(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


# Review guards: a body's name on a tournament ("the FIFA World Cup") is no actor, and the
# bare "IOC" may be Indian Oil.

@pytest.mark.parametrize("text", [
    "Qatar hosted the FIFA World Cup in 2022.",
    "Germany will host the UEFA European Championship next summer.",
    "Kenya will host the World Athletics Continental Tour final in Nairobi.",
    "Morocco, Spain and Portugal will host the 2030 FIFA World Cup.",
    "Iran's players refused to sing the anthem at the FIFA World Cup in Qatar.",
    "IOC signed a deal with Rosneft to buy oil in Moscow.",
    # the bare "IOC" of the oil trade, or a country's own, is Indian Oil
    "IOC agreed to buy two million barrels of Russian crude.",
    "India's IOC signed a supply deal with Iraq.",
    "Indian Oil Corp said on Monday that IOC had signed a deal with Iraq.",
])
def test_guard_a_tournament_named_for_its_body_is_no_actor(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert not any("NGO" in pair for pair in pairs(code_text(text)))


@pytest.mark.parametrize(("text", "triple"), [
    ("The FIFA Congress voted to suspend Russia.", ("SANCTION", "NGO", "RUS")),
    ("UEFA banned Russian clubs from the Champions League.", ("SANCTION", "NGO", "RUS")),
    ("The IOC banned Russia from the Olympics.", ("SANCTION", "NGO", "RUS")),
])
def test_a_body_acting_stays_the_doer_beside_its_tournaments(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize(("text", "triple"), [
    ("Russia condemned the IOC's decision.", ("ACCUSE", "RUS", "NGO")),
    ("Russia condemned the decision by the IOC on Tuesday.", ("ACCUSE", "RUS", "NGO")),
    ("The IOC suspended Russia's committee on Thursday.", ("SANCTION", "NGO", "RUS")),
    ("Russia condemned the IOC's decision. The EU extended its oil embargo on Tuesday.",
     ("ACCUSE", "RUS", "NGO")),
])
def test_the_ioc_is_the_world_body_without_saying_olympic(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize(("text", "triple"), [
    # guard: Indian Oil Corp, by its trade's words (fuel, gas, pipelines, Gulf oil firms)
    # or as a state's firm, is India's business, not the Olympic body
    ("State-run IOC agreed to supply LPG to Bangladesh on Friday.", ("AGREE", "IND", "BGD")),
    ("IOC signed a deal with Abu Dhabi's ADNOC on Friday to buy LNG.",
     ("AGREE", "IND", "ARE")),
    ("IOC and Nepal's NOC agreed on Friday to build a second pipeline.",
     ("AGREE", "IND", "NPL")),
    ("Nepal accused IOC on Friday of cutting gas supplies to Kathmandu.",
     ("ACCUSE", "NPL", "IND")),
    # guard: other bodies called IOC: a states' body, an organ of one
    ("The IOC, which groups Madagascar, Mauritius and the Comoros, condemned the coup on "
     "Friday.", ("ACCUSE", "IGO", "MDG")),
    ("UNESCO's IOC warned Japan on Friday.", ("THREATEN", "IGO", "JPN")),
])
def test_guard_other_bodies_called_ioc(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))
