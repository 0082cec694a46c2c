"""A noun that holds the act its compound modifier names ("an arrest warrant", "an
assassination attempt") reports that act, and surviving an act is undergoing it
(triggers.act_holder, word_classes.toml act_holders, triggers.toml [light] undergo)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, typed_pairs


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("A Dutch court issued an arrest warrant for the former minister on Monday.",
     "arrest", "COERCE"),
    ("The governor survived an assassination attempt in the capital on Friday.",
     "assassination", "ASSAULT"),
])
def test_the_held_act_is_read(nlp: Any, text: str, word: str, type_: str) -> None:
    assert readings(nlp, text).get(word) == type_


def test_an_ordinary_compound_stays_a_modifier(nlp: Any) -> None:
    assert "aid" not in readings(nlp, "Aid workers left the town on Monday.")


def test_the_survivor_is_the_target(code_text: Any) -> None:
    out = code_text("Colombia's president survived an assassination attempt on Friday.")
    assert (None, "COL") in typed_pairs(out, "ASSAULT")
