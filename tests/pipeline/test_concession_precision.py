"""What is not the event it names: lifted sanctions, a celebrated departure, the aim of
a plot."""

from __future__ import annotations

from typing import Any


def _types(out: Any) -> set[str]:
    return {e.type for e in out.events}


def test_sanctions_to_be_lifted_are_no_sanction(code_text: Any) -> None:
    out = code_text("UN, U.S. and EU sanctions will be lifted once inspectors "
                    "verify that Iran has met its commitments.")
    assert "SANCTION" not in _types(out)


def test_a_celebrated_departure_is_no_new_retreat(code_text: Any) -> None:
    assert "RETREAT" not in _types(code_text("Crowds in the capital celebrated Darko's departure."))


def test_the_aim_of_a_plot_is_no_assault(code_text: Any) -> None:
    out = code_text("Prosecutors in Berlin charged two Iranian nationals with conspiring to "
                    "kill the Israeli ambassador.")
    assert "ASSAULT" not in _types(out)
    out = code_text("Iran accused Israel of plotting to attack its embassy.")
    assert "ASSAULT" not in _types(out)
    assert "ACCUSE" in _types(out)


def test_an_alleged_completed_killing_stays_an_assault(code_text: Any) -> None:
    out = code_text("Members of a Brazilian militia are accused of beating to death "
                    "a farmer in Brazil.")
    assert "ASSAULT" in _types(out)
