"""A role word whose possessor is a person's pronoun ("his spokesman", "her office",
"his government") is that person's staff or body: it takes the person's country, or his
international body, not the story's focus country by guess. Sentences are made up for
these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_his_spokesman_speaks_for_the_un_chief(code_text: Any) -> None:
    out = code_text("Russia strikes Kyiv\n\n"
                    "Russia fired dozens of missiles at Kyiv on Monday, Ukraine said. "
                    "U.N. Secretary-General Antonio Guterres met Ukraine's foreign "
                    "minister on Tuesday. His spokesman condemned the Russian strikes.")
    assert ("ACCUSE", "IGO", "RUS") in triples(out), triples(out)


def test_her_government_is_the_foreign_leaders(code_text: Any) -> None:
    out = code_text("Serbia protests Kosovo arrests\n\n"
                    "Serbia said on Monday that Kosovo police had arrested three Serbs. "
                    "Serbia demanded their release. Kosovo President Vjosa Osmani spoke "
                    "on Tuesday. Her government accused Serbia of stoking unrest.")
    assert ("ACCUSE", "XKX", "SRB") in triples(out), triples(out)
