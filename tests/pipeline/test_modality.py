"""Modality from syntax: offers are proposed, requests demanded, modals future."""

from __future__ import annotations

from typing import Any

import pytest


def _modalities(code_text: Any, text: str) -> dict[str, str]:
    return {e.type: e.modality for e in code_text(text).events}


def test_offer_is_proposed(code_text: Any) -> None:
    assert _modalities(code_text, "Russia offered Ukraine a prisoner exchange.")["AGREE"] \
        == "proposed"


def test_urge_is_demanded(code_text: Any) -> None:
    assert _modalities(code_text, "The United Nations urged Israel to open the crossings."
                       )["REQUEST"] == "demanded"


def test_plain_past_is_asserted(code_text: Any) -> None:
    assert _modalities(code_text, "India accused Pakistan of violating the truce.")["ACCUSE"] \
        == "asserted"


def test_negated_cooperation_becomes_rejection(code_text: Any) -> None:
    types = _modalities(code_text, "The president said she would not resign.")
    assert "REJECT" in types and "RETREAT" not in types


def test_ready_or_willing_to_act_is_an_offer(code_text: Any) -> None:
    assert set(_modalities(code_text, "Turkey is willing to mediate between Russia and "
                           "Ukraine.").values()) == {"proposed"}


def test_a_planned_or_expected_act_is_future(code_text: Any) -> None:
    assert _modalities(code_text, "Moon plans to meet Kim in the coming weeks.")[
        "CONSULT"] == "future"


@pytest.mark.parametrize("text", [
    "Moon had planned to meet Kim in Seoul.",
    "Moon planned to meet Kim in Seoul.",
    "Hamas planned the attack on Israel for two years.",
], ids=["had-planned", "planned", "planned-thing"])
def test_a_plan_of_the_past_or_a_planned_thing_is_no_future(code_text: Any,
                                                            text: str) -> None:
    # "had planned", "planned to": a plan that is over; "planned the attack": the act is
    # the plan's object, done (the last two are the review's cases)
    assert "future" not in _modalities(code_text, text).values()


def test_an_accusation_still_to_be_filed_is_future(code_text: Any) -> None:
    assert _modalities(code_text, "Iraq will file a complaint with the UN Security "
                       "Council.")["ACCUSE"] == "future"


def test_a_made_accusation_stays_asserted(code_text: Any) -> None:
    # guard: the accusation is made when it is said, whatever its content's tense
    assert _modalities(code_text, "Iraq accused Turkey of planning new strikes.")[
        "ACCUSE"] == "asserted"


# One check of a future modal on a verb, shared by modality, dates, foretold measures,
# fates, permissions and stated reactions.

@pytest.mark.parametrize(("text", "word", "future"), [
    ("The court would charge them on Monday.", "charge", True),
    ("Iran will respond to any attack.", "respond", True),
    ("They'll meet in Doha.", "meet", True),
    ("The court charged them on Monday.", "charged", False),
    ("Iran could respond to any attack.", "respond", False),
    ("He said he will go and the minister signed it.", "signed", False),
])
def test_a_future_modal_on_the_verb_itself(nlp: Any, text: str, word: str,
                                            future: bool) -> None:
    from pipeline.modality import has_future_modal

    verb = next(t for t in nlp(text) if t.lower_ == word)
    assert has_future_modal(verb) is future
