"""A reaction to an act the story told before ("condemned the operation", "rejected the
decision") is aimed at the author that earlier telling names: by a possessive ("Israel's
operation"), a "by" phrase ("the operation by Turkish forces"), or the subject of the verb
doing it ("the Council took the decision"); armed acts may be told again under another
name ("the operation" ... "the raid"). A telling that names no author, or names the
reacting party itself, leaves the recipient to the story. Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any

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
