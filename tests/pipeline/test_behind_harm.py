"""A party stated to be behind a harm is blamed for it, as one stated responsible is:
"Norway said Denmark was behind the bombing" is Norway's accusation of Denmark (ACCUSE),
whether the attribution opens or trails the sentence. A guess ("could have been behind"),
a denial or a harmless object ("behind the proposal") blames no one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Norway's prime minister said Denmark was behind the bombing of the pipeline.",
    "Danish intelligence was behind the attack on the embassy, the Norwegian minister said.",
    "Norway said on Monday that Danish agents had been behind the coup attempt.",
])
def test_a_party_behind_a_harm_is_accused(code_text: Any, text: str) -> None:
    assert ("ACCUSE", "NOR", "DNK") in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Norway said Danish agents could have been behind the attack.",
    "Norway said Danish agents were not behind the attack.",
    "Norway said Denmark was behind the proposal for new fishing talks.",
])
def test_no_blame_for_a_guess_a_denial_or_no_harm(code_text: Any, text: str) -> None:
    assert not any(t[0] == "ACCUSE" for t in triples(code_text(text)))


@pytest.mark.parametrize("text", [
    # review: a harm word that only modifies what is backed blames no one
    "Ukraine said Poland was firmly behind its war effort.",
    "Turkey said Sweden was behind the crisis response team.",
])
def test_guard_backing_a_thing_named_after_a_harm_is_no_blame(
        code_text: Any, text: str) -> None:
    assert not any(t[0] == "ACCUSE" for t in triples(code_text(text)))


@pytest.mark.parametrize("text", [
    # review: a harm word before an operation or a plan is still the harm
    "Norway said Denmark was behind the sabotage operation on the pipeline.",
    "Norway said Denmark was behind the assassination plan.",
])
def test_a_harm_named_before_another_head_is_blamed(code_text: Any, text: str) -> None:
    assert ("ACCUSE", "NOR", "DNK") in triples(code_text(text))
