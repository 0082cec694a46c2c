"""Coordinated and collective actors: a plural pronoun standing for a coordinated
antecedent, a headline's comma for "and", non-state sides coordinated with a state,
military role words, and the forces a state deploys in an agentless passive."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

DISPUTE = ("Chile condemned Peru. Peru rejected the criticism from Chile. ")


def _pair_ok(got: set, kind: str, a: str, b: str) -> bool:
    return (kind, a, b) in got or (kind, b, a) in got


def test_their_stands_for_both_coordinated_subjects(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Officials met on Sunday. Kenya and Uganda began their first "
                            "joint military exercises near the lake on Monday.",
                            title="Lake talks end"))
    assert _pair_ok(got, "COOPERATE", "KEN", "UGA")
    assert ("COOPERATE", "KEN", None) not in got


def test_headline_comma_coordinates_subjects(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("The patrols began on Monday.",
                            title="Kenya, Uganda launch joint border patrols"))
    assert _pair_ok(got, "COOPERATE", "KEN", "UGA")


def test_government_and_rebels_are_two_sides_of_one_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Sri Lanka and Norway held talks in Oslo on Monday. Norway "
                            "praised Sri Lanka. Sri Lanka thanked Norway. Sri Lankan officials "
                            "said fighting had eased since the government and rebels agreed "
                            "a truce in March.", title="Sri Lanka thanks Norway"))
    assert not any(t == "AGREE" and "NOR" in (s, o) and "LKA" in (s, o) for t, s, o in got)


def test_two_word_demonym_tagged_as_a_person(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("India moved troops to the coast. Indian officials defended "
                            "the move. Sri Lankan officials condemned India on Monday.",
                            title="India moves troops"))
    assert ("ACCUSE", "LKA", "IND") in got


def test_paratroopers_are_military_actors(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Kenyan paratroopers and Ugandan marines held a joint "
                            "exercise on Monday.", title="Drills"))
    assert _pair_ok(got, "COOPERATE", "KEN", "UGA")


def test_deployed_troops_mobilize_for_their_own_side(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(DISPUTE + "About 3,000 Peruvian troops were deployed to the "
                            "border on Monday.", title="Chile and Peru trade accusations"))
    assert ("MOBILIZE", "PER", "CHL") in got
    assert ("MOBILIZE", "CHL", "PER") not in got


def test_forces_put_on_alert_mobilize(code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(DISPUTE + "Peru said its armed forces had been put on alert.",
                            title="Chile and Peru trade accusations"))
    assert ("MOBILIZE", "PER", "CHL") in got


def test_a_headline_s_comma_listed_countries_are_each_a_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "Armenia, Azerbaijan agree ...": a headline lists its parties with a comma
    got = triples(code_text(
        "The two countries' military chiefs met in Moscow on Tuesday.",
        title="Armenia, Azerbaijan agree Karabakh truce at Moscow talks"))
    assert ("AGREE", "ARM", "AZE") in got or ("AGREE", "AZE", "ARM") in got


def test_list_of_four_states_parsed_with_an_apposition(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the parser hangs "the UAE" on "Saudi Arabia" as an apposition, the rest on it
    got = triples(code_text(
        "Saudi Arabia, the UAE, Kuwait and Oman broke off relations with Iran on Sunday.",
        title="Gulf states cut ties with Iran"))
    cuts = {s for t, s, o in got if t == "SANCTION" and o == "IRN"}
    assert {"SAU", "ARE", "KWT", "OMN"} <= cuts


def test_leaders_listed_with_their_countries_each_act(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "Gabriel Boric" parsed as another name for the first leader, the third its conjunct
    got = triples(code_text(
        "Brazil's President Lula, Chile's Gabriel Boric and Colombia's Gustavo Petro "
        "voiced support for Ecuador.", title="Leaders back Ecuador"))
    backers = {s for t, s, o in got if t == "SUPPORT" and o == "ECU"}
    assert {"BRA", "CHL", "COL"} <= backers
