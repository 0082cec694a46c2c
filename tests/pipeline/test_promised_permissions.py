"""A permission a state promises another party is an agreement (PLOVER AGREE: promising):
"Ruritania will allow Freedonian trucks to use its roads". Given ("allowed ... to cross")
or promised at home ("would allow women to drive") it stays a concession; refused ("will
not allow") it is no promise. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import typed_pairs


@pytest.mark.parametrize("text", [
    "Under the new accord, Chile will allow Bolivian trucks to use its port at Arica.",
    "Finland would let Estonian fishing boats enter its harbours, the minister said.",
    "Peru will reopen its border crossings and allow Ecuador to use the port of Paita.",
])
def test_a_permission_promised_to_another_state_is_an_agreement(code_text: Any,
                                                                 text: str) -> None:
    out = code_text(text)
    assert typed_pairs(out, "AGREE"), out.events
    assert not typed_pairs(out, "CONCEDE"), out.events


@pytest.mark.parametrize("text", [
    "Chile allowed Bolivian trucks to use its port at Arica on Monday.",
    "Saudi Arabia would allow Saudi women to drive from June, officials said on Monday.",
])
def test_a_permission_given_or_at_home_stays_a_concession(code_text: Any, text: str) -> None:
    out = code_text(text)
    assert not typed_pairs(out, "AGREE"), out.events


def test_a_refused_permission_is_no_promise(code_text: Any) -> None:
    out = code_text("Chile will not allow Bolivian trucks to use its port at Arica.")
    assert not typed_pairs(out, "AGREE"), out.events


@pytest.mark.parametrize("text", [
    "Hungary will no longer allow Ukrainian grain to enter its market.",
    "Kenya will no longer let Somali refugees stay in the Dadaab camp.",
    "Russia said it would allow Ukrainian ships to leave only if sanctions were lifted.",
])
def test_a_permission_ended_or_conditioned_is_no_promise(code_text: Any, text: str) -> None:
    out = code_text(text)
    assert not typed_pairs(out, "AGREE"), out.events
