"""An act named as the aim of an effort is not done: "thanked Iraq for helping to secure
their release", "thanked Oman for its help in securing their release", "agents help
police try to secure their release". Securing the release outright stays a release.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize("text", [
    "The king thanked Norway for helping to secure their release.",
    "She praised Austria for its help in securing the sailors' release.",
    "Detectives are helping local officers try to secure the hostages' release.",
    "Diplomats are working hard to secure the release of the crew.",
])
def test_a_release_an_effort_is_for_is_no_release(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("release") is None


@pytest.mark.parametrize("text", [
    "Norway secured the release of two fishermen on Monday.",
    "His mediation secured the hostages' release last week.",
])
def test_a_release_secured_is_a_release(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("release") == "RETREAT"
