"""A relative clause's verb that the small model tags as a plural noun ("a ruling which
Beijing rejects", "an accusation the government rejects") is still the verb of an act:
the rejection is coded."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_mistagged_relative_verb_rejects(code_text: Any) -> None:
    got = triples(code_text("Manila won a ruling in 2016, which Beijing rejects."))
    assert any(t == "REJECT" and s == "CHN" for t, s, _ in got)
