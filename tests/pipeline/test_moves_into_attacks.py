"""Forces moving as part of an attack: a move joined to an attack by the same forces
("crossed the border and opened fire") is coded on the attack, no separate MOBILIZE;
"retook" is retaking a place by force (ASSAULT) though the tagger leaves it unlemmatised."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "moved", "attack"), [
    ("Border units crossed into the valley with heavy weapons and opened fire on farms.",
     "crossed", "opened"),
    ("Witnesses said soldiers arrived at dusk and fired into the crowd.", "arrived",
     "fired"),
])
def test_a_move_joined_to_an_attack_is_the_attack(nlp: Any, text: str, moved: str,
                                                  attack: str) -> None:
    types = _types(nlp, text)
    assert moved not in types and types.get(attack) == "ASSAULT"


def test_retook_is_retaking_a_place(nlp: Any) -> None:
    assert _types(nlp, "Rebel forces retook the provincial capital in May.").get(
        "retook") == "ASSAULT"


def test_a_move_alone_is_still_a_deployment(nlp: Any) -> None:
    assert _types(nlp, "Troops crossed the border on Monday.").get("crossed") == "MOBILIZE"
