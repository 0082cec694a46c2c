"""Acts a sentence says were not done: forgone ("avoided calling it an attack", "stopped
short of", "to stop fighting"), counterfactual ("would have imposed"), awaited as the
end of something else ("until Israel halts its offensive") or after a precondition
("before recognising any result"), only planned ("planned US assistance"), a record of
none ("have held no talks since 2022"), a right ("the right to protest"), a purpose ("a
committee set up to fight militants", "has troops there to fight") or an open question
("over whether he will seek a third term"). Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


@pytest.mark.parametrize("text", [
    "Manila has avoided describing the incident as an armed attack.",
    "Germany refrained from condemning Israel.",
])
def test_a_forgone_disapproval_is_no_accusation(code_text: Any, text: str) -> None:
    assert "ACCUSE" not in _types(code_text(text))


def test_a_plain_disapproval_is_still_an_accusation(code_text: Any) -> None:
    assert "ACCUSE" in _types(code_text("Germany condemned Israel."))


def test_a_counterfactual_attack_is_no_attack(code_text: Any) -> None:
    assert "ASSAULT" not in _types(code_text("Without the deal, Israel would have "
                                             "attacked Iran."))


def test_what_awaits_a_future_clause_is_no_act(code_text: Any) -> None:
    out = code_text("Hamas said its attacks would continue until Israel halted its "
                    "offensive and lifted the siege.")
    assert not _types(out) & {"CONCEDE", "RETREAT"}


def test_a_past_until_clause_still_reports_its_act(code_text: Any) -> None:
    out = code_text("The talks went on for hours until Israel lifted the siege of Jenin.")
    assert "RETREAT" in _types(out)


def test_a_record_of_no_talks_is_no_refusal(code_text: Any) -> None:
    assert "REJECT" not in _types(code_text("Kyiv and Moscow have held no peace talks "
                                            "since 2022."))


def test_making_no_apology_is_still_a_refusal(code_text: Any) -> None:
    assert "REJECT" in _types(code_text("US officials said Washington had made no "
                                        "apology."))


def test_planned_aid_is_no_aid(code_text: Any) -> None:
    out = code_text("He said the law could put at risk some 390 million dollars in planned "
                    "US assistance to Georgia.")
    assert "AID" not in _types(out)


def test_the_right_to_protest_is_no_protest(code_text: Any) -> None:
    out = code_text("The UN urged Iran to respect the right to peaceful protest.")
    assert "PROTEST" not in _types(out)
    assert "REQUEST" in _types(out)


def test_the_purpose_of_a_body_set_up_is_no_act(code_text: Any) -> None:
    out = code_text("Mali said it was quitting a joint committee it set up with Algeria in "
                    "2010 to fight militants.")
    assert "ASSAULT" not in _types(out)


def test_troops_kept_somewhere_to_fight_are_no_attack(code_text: Any) -> None:
    out = code_text("The junta scrapped its defence pacts with France, which has about 1,500 "
                    "troops in the country to fight jihadist groups.")
    assert "ASSAULT" not in _types(out)


def test_a_demand_in_an_open_question_is_no_request(code_text: Any) -> None:
    out = code_text("Tension has been building in Senegal over whether President Sall "
                    "will seek a third term.")
    assert "REQUEST" not in _types(out)


def test_asking_whether_is_still_a_request(code_text: Any) -> None:
    out = code_text("Kyiv asked whether Moscow would attend the talks in Istanbul.")
    assert "REQUEST" in _types(out)


def test_recognising_any_result_after_a_precondition_is_not_done(code_text: Any) -> None:
    out = code_text("Brazil and Colombia asked for the release of the tally sheets before "
                    "recognising any result in Venezuela.")
    assert "SUPPORT" not in _types(out)
