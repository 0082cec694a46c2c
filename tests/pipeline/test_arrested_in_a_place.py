"""An agentless arrest or detention "in" a named country was made by that country's
state, not by the story's focus or its other party. Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("U.S. and Venezuela swap prisoners\n\n"
         "The United States freed a Venezuelan businessman on Wednesday. Venezuela freed "
         "ten Americans. The United States said Venezuela had kept its word. ")


def test_an_arrest_in_a_third_country_is_that_countrys(code_text: Any) -> None:
    out = code_text(STORY + "The businessman was arrested in Cape Verde in 2020.")
    assert any(k == "COERCE" and s == "CPV" for k, s, _ in triples(out)), triples(out)
