"""Orders of an authority's own acts (typing round 4): "ordered an inquiry", "orders
sanctions on X", "ordered the release of Y" code the ordered act, not a demand; an order
addressed to someone else stays a REQUEST."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "type_"), [
    ("The prime minister has ordered an inquiry into the fire.", "ACCUSE"),
    ("The mayor ordered a probe into the shooting.", "ACCUSE"),
    ("The king ordered the release of two jailed journalists.", "RETREAT"),
    ("The prosecutor ordered the arrest of the former minister.", "COERCE"),
    ("The president ordered sanctions on three banks.", "SANCTION"),
])
def test_ordered_acts_take_the_act_type(nlp: Any, text: str, type_: str) -> None:
    assert _types(nlp, text).get("ordered") == type_


def test_order_to_another_stays_a_request(nlp: Any) -> None:
    assert _types(nlp, "The council ordered the company to pay the fine.").get(
        "ordered") == "REQUEST"
