"""Invitations are offers: inviting a party to a capital, to a meeting or to join a bloc
is coded PLOVER AGREE (the annotation guide: "invitation = offer"), not a REQUEST, since
nothing is asked of the invited party. An act an invitation draws stays with the
reaction it draws, and a negated invitation is no offer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize("text", [
    "The alliance formally invited Norway to join at its summit on Tuesday.",
    "Kenya's president invited his Ugandan counterpart to Nairobi for a state visit.",
    "Ghana has invited Togo to a regional security conference in Accra.",
])
def test_an_invitation_is_an_offer(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("invited") == "AGREE"


def test_the_invited_party_is_the_target(code_text: Callable[..., Any]) -> None:
    out = code_text("Kenya's president invited his Ugandan counterpart to Nairobi.")
    assert ("AGREE", "KEN", "UGA") in triples(out)
    assert not any(e.type == "REQUEST" for e in out.events)


def test_an_extended_invitation_is_an_offer(nlp: Any) -> None:
    assert readings(nlp, "Chile extended an invitation to the Peruvian foreign minister."
                    ).get("extended") == "AGREE"


@pytest.mark.parametrize("text", [
    # a reaction invited by an act is the reaction's event, no offer
    "The crackdown invited sharp criticism from Brussels.",
    # asking someone to act is still a request
    "Kenya asked Uganda to reopen the border crossing.",
])
def test_no_offer_where_nothing_is_offered(nlp: Any, text: str) -> None:
    assert "AGREE" not in readings(nlp, text).values()
