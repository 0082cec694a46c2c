"""What an actor rejects, welcomes or condemns ("rejected the findings", "welcomed the
vote", "rejected his call", "condemned the move") is aimed at whoever the story had
making it: the findings' accuser, the voting body, the caller. Sentences are made up
for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import typed_pairs


def test_rejected_findings_are_the_accusers(code_text: Any) -> None:
    out = code_text("Myanmar jailed two reporters on Monday. Last week U.N. investigators "
                    "accused Myanmar's army of mass killings. Myanmar rejected the "
                    "findings.", title="Myanmar jails two reporters",
                    published="2018-09-03")
    assert ("MMR", "IGO") in typed_pairs(out, "REJECT")


def test_rejected_call_is_the_callers(code_text: Any) -> None:
    out = code_text("Tunisian police arrested the opposition leader on Monday. The U.N. "
                    "human rights office urged Tunisia to free him. The foreign ministry "
                    "rejected the call.", title="Tunisia arrests opposition leader",
                    published="2023-04-18")
    assert ("TUN", "IGO") in typed_pairs(out, "REJECT")


def test_welcomed_vote_is_the_voters(code_text: Any) -> None:
    out = code_text("Armed gangs blocked the fuel terminal in Haiti. The U.N. Security "
                    "Council imposed sanctions on the gang leader on Friday. Haiti's "
                    "envoy welcomed the vote.", title="UN sanctions Haiti gang leader",
                    published="2022-10-21")
    assert ("HTI", "IGO") in typed_pairs(out, "SUPPORT")
