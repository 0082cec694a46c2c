"""Relative clauses without a relative pronoun. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_a_bare_relative_clause_acts_on_the_noun_it_describes(code_text: Any) -> None:
    # "the tankers it had seized": the tankers are British, not Iranian
    out = code_text("Iran on Monday released two British tankers it had seized in the "
                    "Gulf last month.")
    coerce = {(s, t) for ty, s, t in triples(out) if ty == "COERCE"}
    assert coerce == {("IRN", "GBR")}
