"""A state's act on its own embassy or consulate abroad ("suspended visas at the US
embassy in Lima") is aimed at the country the mission stands in, not at the state
itself. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Peru and US trade barbs over migrant flights"
STORY = ("Peru refused to accept two US migrant flights on Sunday. "
         "The State Department suspended visa processing at the US embassy in Lima. ")


def test_own_embassy_abroad_is_the_host_country(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    suspended = {(s, t) for ty, s, t in triples(out) if ty == "SANCTION"}
    assert ("USA", "PER") in suspended
    assert ("USA", "USA") not in suspended
