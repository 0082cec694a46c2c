"""An act whose authorship is denied is the known event, not a new one: "Tehran denied
any role in the bombing", "rejected any involvement in the attack" report the denial
only. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Tehran has denied any role in the bombing.", "bombing"),
    ("Belgrade rejected any involvement in the attack.", "attack"),
])
def test_a_disowned_act_is_no_new_event(nlp: Any, text: str, word: str) -> None:
    got = readings(nlp, text)
    assert word not in got
    assert "REJECT" in got.values()


def test_every_verb_that_answers_a_charge_disowns_an_act(nlp: Any) -> None:
    # one class of denial verbs (word_classes.toml "denials") for answered charges and
    # disowned acts alike
    assert "bombing" not in readings(nlp, "Kigali has disputed any role in the bombing.")
