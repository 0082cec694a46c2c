"""An arrest or conviction with no agent is a state's act: in a story whose second party
is an international body, the state's own, never the body's. Sentences are made up for
these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_an_agentless_arrest_in_a_state_and_un_story(code_text: Any) -> None:
    out = code_text("Venezuela expels UN rights office.\n\nVenezuela ordered the staff of "
                    "the United Nations rights office to leave. The United Nations said it "
                    "regretted the decision. Venezuela accused the United Nations of bias. "
                    "The lawyer Rocio San Miguel was detained at Caracas airport on Friday.")
    found = {t for t in triples(out) if t[0] == "COERCE"}
    assert ("COERCE", "VEN", "VEN") in found
    assert ("COERCE", "IGO", "VEN") not in found
