"""A reaction to an act the story told before ("condemned the operation", "rejected the
decision") is aimed at the author that earlier telling names: by a possessive ("Israel's
operation"), a "by" phrase ("the operation by Turkish forces"), or the subject of the verb
doing it ("the Council took the decision"). Only a telling by the same word is followed
("the operation" ... "the operation"), and only when the story's coded acts bear its
author out: a place or victim named on the act ("the Kyiv strike", "Lebanon's bombing"),
a grievance cited to justify another act ("a response to Ukraine's strike"), another
sense of the word ("struck a gas deal") or a member's ballot ("voted against") is no
author. A telling that names no author, or names the reacting party itself, leaves the
recipient to the story. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import typed_pairs


def test_condemned_operation_is_the_possessors(code_text: Any) -> None:
    out = code_text("Israel's largest West Bank operation in two decades killed 12 "
                    "Palestinians. Palestinian officials said the camp was destroyed. "
                    "Egypt and Jordan condemned the operation.")
    assert {("EGY", "ISR"), ("JOR", "ISR")} <= typed_pairs(out, "ACCUSE")
    assert not {("EGY", "PSE"), ("JOR", "PSE")} & typed_pairs(out, "ACCUSE")


def test_condemned_operation_is_the_by_phrases(code_text: Any) -> None:
    out = code_text("Analysts said the operation by Turkish forces in northern Syria was "
                    "likely to expand. Kurdish officials said civilians had fled. Syria "
                    "condemned the operation.")
    assert ("SYR", "TUR") in typed_pairs(out, "ACCUSE")


def test_rejected_decision_is_its_takers(code_text: Any) -> None:
    out = code_text("The UN Security Council took the decision to extend the mission on "
                    "Friday. Mali's army clashed with rebels. Mali rejected the decision.")
    assert ("MLI", "IGO") in typed_pairs(out, "REJECT")


def test_backed_operation_is_the_nearest_tellings(code_text: Any) -> None:
    out = code_text("Russia launched an offensive on Kharkiv in May. Ukraine launched an "
                    "operation in Kursk in August. Germany backed the operation.")
    assert typed_pairs(out, "SUPPORT") == {("DEU", "UKR")}


def test_own_act_praised_is_not_aimed_at_the_praiser(code_text: Any) -> None:
    out = code_text("Hamas fighters launched a rocket attack on southern Israel on "
                    "Tuesday. Israel struck targets in Gaza on Wednesday. Hamas praised "
                    "the attack.")
    assert ("PSE", "PSE") not in typed_pairs(out, "SUPPORT")


def test_vetoes_are_the_members_not_the_forums(code_text: Any) -> None:
    out = code_text("Russia on Thursday vetoed a UN Security Council resolution on North "
                    "Korea. China abstained. South Korea's envoy criticised the veto.",
                    title="Russia vetoes UN panel on North Korea sanctions")
    assert ("KOR", "RUS") in typed_pairs(out, "ACCUSE")
    assert ("KOR", "IGO") not in typed_pairs(out, "ACCUSE")


def test_unnamed_or_pronoun_authors_are_not_taken(code_text: Any) -> None:
    # "it had carried out": what the pronoun stood for is not known from the telling
    out = code_text("Iran denied it had carried out the attack on the tanker. The United "
                    "States said Tehran was behind it. Britain condemned the attack.")
    assert ("GBR", "IRN") in typed_pairs(out, "ACCUSE")
    assert ("GBR", "GBR") not in typed_pairs(out, "ACCUSE")


def test_launches_and_tests_outside_conflict_draw_no_reaction(code_text: Any) -> None:
    for text in ("Apple launched a new iPhone in California on Tuesday. Samsung cut "
                 "prices in South Korea. Analysts in Japan welcomed the launch.",
                 "North Korea launched a long-range rocket on Sunday. South Korea held "
                 "drills near the border on Monday. China did not condemn the launch.",
                 "Russia carried out a missile test on Friday. Ukraine shelled positions "
                 "near Donetsk. Will NATO condemn the test?"):
        out = code_text(text)
        assert not typed_pairs(out, "SUPPORT") | {
            p for p in typed_pairs(out, "ACCUSE") if p[0] in ("CHN", "IGO")}, text


def test_an_act_spoken_of_is_no_telling(code_text: Any) -> None:
    out = code_text("Iran warned that any Israeli attack would meet a harsh response. "
                    "Chinese officials visited Tehran. China condemned the attack.")
    assert ("CHN", "ISR") not in typed_pairs(out, "ACCUSE")


def test_a_capitalised_weapon_is_no_author(code_text: Any) -> None:
    out = code_text("Missiles struck central Kyiv during the morning rush hour on Monday. "
                    "Russia said it had hit energy sites. Biden condemned the strikes.")
    assert ("USA", "UKR") not in typed_pairs(out, "ACCUSE")


def _blamed(out: Any, reactor: str) -> set[str | None]:
    """Whom a reacting party's ACCUSE events are aimed at."""
    return {t for s, t in typed_pairs(out, "ACCUSE") if s == reactor}


@pytest.mark.parametrize("text, reactor, author", [
    ("Russian missiles hit Kyiv on Monday, killing 30 people. The Kyiv strike was the "
     "deadliest in months. Poland condemned the strike.", "POL", "RUS"),
    ("Israeli jets struck a building in Beirut's southern suburbs on Tuesday, killing a "
     "Hezbollah commander. Lebanese officials said the Beirut strike killed three "
     "children. Iran condemned the strike.", "IRN", "ISR"),
    ("Ukrainian drones hit an apartment tower in Moscow on Sunday. Residents said the "
     "Moscow strike shattered windows across the district. China criticised the strike.",
     "CHN", "UKR"),
    ("Israeli aircraft bombed a school in Gaza City on Saturday, killing 30 people. The "
     "Gaza school strike was the third in a week. Qatar condemned the strike.",
     "QAT", "ISR"),
    ("Israeli jets struck Iran's consulate in Damascus on Monday, killing seven officers. "
     "Tehran vowed revenge for the Iranian consulate strike. Russia condemned the strike.",
     "RUS", "ISR"),
    ("Ecuadorian police stormed Mexico's embassy in Quito on Friday to arrest a former "
     "vice president. The Mexican embassy raid drew outrage across Latin America. Brazil "
     "condemned the raid.", "BRA", "ECU"),
    ("Israeli warplanes pounded Gaza City on Monday, killing 40 people. Gaza's bombing "
     "has displaced most residents. Egypt condemned the bombing.", "EGY", "ISR"),
    ("Israeli jets bombed southern Lebanon on Tuesday. Lebanon's bombing killed five "
     "civilians, officials said. France condemned the bombing.", "FRA", "ISR")])
def test_a_place_or_victim_named_on_the_act_is_not_its_author(
        code_text: Any, text: str, reactor: str, author: str) -> None:
    assert _blamed(code_text(text), reactor) == {author}


@pytest.mark.parametrize("text, reactor", [
    ("Russian missiles hit a children's hospital in Kyiv on Monday, killing 40 people. "
     "Moscow said the strike was a response to Ukraine's strike on Belgorod in December. "
     "The UN condemned the strike.", "IGO"),
    ("Russian missiles hit a children's hospital in Kyiv on Monday, killing 40 people. "
     "Moscow called it revenge for Ukraine's attack on Belgorod in December. Germany "
     "condemned the attack.", "DEU"),
    ("Russian forces fired missiles at Kharkiv on Saturday, killing 11 people. The "
     "Kremlin said the strikes answered Ukraine's attack on Belgorod last week. Poland "
     "condemned the attack.", "POL")])
def test_a_grievance_cited_to_justify_the_act_is_not_the_act(
        code_text: Any, text: str, reactor: str) -> None:
    assert _blamed(code_text(text), reactor) == {"RUS"}


@pytest.mark.parametrize("text, reactor, author", [
    ("Turkey struck a gas deal with Russia on Monday. Ukrainian drones hit a Russian oil "
     "refinery on Tuesday. Moscow condemned the strike.", "RUS", "UKR"),
    ("North Korea fired a ballistic missile into the sea on Sunday. Japan launched a "
     "diplomatic protest through its embassy in Beijing. South Korea condemned the "
     "launch.", "KOR", "PRK"),
    ("Hungary's Viktor Orban launched a fresh attack on the European Union on Monday. "
     "Russian missiles hit a shopping centre in Kharkiv on Saturday, killing 14 people. "
     "Poland condemned the attack.", "POL", "RUS")])
def test_another_sense_of_the_acts_word_is_no_telling(
        code_text: Any, text: str, reactor: str, author: str) -> None:
    assert _blamed(code_text(text), reactor) == {author}


@pytest.mark.parametrize("text, reactor", [
    ("The UN General Assembly voted 143 to 9 on Friday to back Palestinian membership. "
     "The United States voted against the measure. Israel condemned the vote.", "ISR"),
    ("Slovakia voted against the EU aid package for Ukraine. The European Parliament "
     "approved the package on Thursday. Russia condemned the vote.", "RUS")])
def test_a_members_ballot_is_not_the_bodys_vote(code_text: Any, text: str, reactor: str
                                                 ) -> None:
    # the body's vote, left to the story's bodies, not the member's ballot
    assert _blamed(code_text(text), reactor) == {"IGO"}


def test_a_sanctioned_party_named_on_the_sanctions_is_their_target(code_text: Any) -> None:
    out = code_text("The EU imposed sanctions on Russia on Monday. The Russia sanctions hit "
                    "oil exports. China criticised the sanctions.")
    assert _blamed(out, "CHN") == {"IGO"}


def test_an_author_hit_in_turn_is_still_its_acts_author(code_text: Any) -> None:
    # Israel is on the receiving end of Hamas's attack, but the coder has it striking too
    out = code_text("Hamas fighters attacked Israeli towns on Saturday. Israel's strike on "
                    "Gaza killed 20 people on Monday. Iran condemned the strike.")
    assert _blamed(out, "IRN") == {"ISR"}
