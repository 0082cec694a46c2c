"""Abductions are violence (PLOVER ASSAULT: abduct): "kidnapped" and seizing civilians
("seized 276 girls from their school"); seizing weapons or goods stays a confiscation
(COERCE)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Armed men seized 40 pupils from a school in Kaduna.", "seized", "ASSAULT"),
    ("Gunmen kidnapped three aid workers near Gao.", "kidnapped", "ASSAULT"),
    ("Police seized weapons and cash in the raid.", "seized", "COERCE"),
])
def test_abduction_or_confiscation(nlp: Any, text: str, word: str, kind: str) -> None:
    assert readings(nlp, text).get(word) == kind
