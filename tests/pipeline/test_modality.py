"""Modality from syntax: offers are proposed, requests demanded, modals future."""

from __future__ import annotations

from typing import Any


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
