"""Ignored warnings: "the ship ignored repeated warnings", told by the side that warned,
is its complaint against the ship (PLOVER ACCUSE), not the ship's refusal; ignoring a
deadline or an ultimatum still refuses it (REJECT)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The navy said the frigate had ignored repeated warnings to turn back.", "ignored",
     "ACCUSE"),
    ("Officials said the plane ignored six warnings before it was shot down.", "ignored",
     "ACCUSE"),
    ("The rebels ignored a deadline to lay down their arms.", "ignored", "REJECT"),
])
def test_ignoring_is_typed_by_what_is_ignored(nlp: Any, text: str, word: str,
                                              type_: str) -> None:
    assert _types(nlp, text).get(word) == type_
