"""Agreeing to take a curb away or end a quarrel is an agreement (PLOVER AGREE), not a
sanction decided: the discontinuing verb's object is the pressure, not the relations.
Agreeing to impose a curb stays the sanction. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "type_"), [
    ("Chile and Peru agreed to scrap limits on the size of fishing fleets.", "AGREE"),
    ("The two governments agreed to resume flights and end a long trade dispute.", "AGREE"),
    ("The bloc's ministers agreed to impose a ban on Freedonian steel.", "SANCTION"),
])
def test_agreeing_to_relieve_is_an_agreement(nlp: Any, text: str, type_: str) -> None:
    assert _types(nlp, text).get("agreed") == type_


@pytest.mark.parametrize("text", [
    "EU leaders agreed to drop the cap on Russian oil and ban all imports of it.",
    "EU ministers agreed to scrap Russia's fishing quota in EU waters.",
])
def test_a_sanction_agreed_with_a_relief_or_on_a_quota_stays(nlp: Any, text: str) -> None:
    assert _types(nlp, text).get("agreed") == "SANCTION"
