"""Signing: a decree or executive order that sanctions is the sanction (PLOVER SANCTION),
not support; a note or an autograph signed is no event; treaties stay agreements."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The president signed an executive order on Monday authorising sanctions on rebel "
     "leaders.", "signed", "SANCTION"),
    ("The premier signed a decree imposing trade sanctions on Kiribati.", "signed",
     "SANCTION"),
    ("The two presidents signed a peace treaty.", "signed", "AGREE"),
])
def test_signing_is_typed_by_the_document(nlp: Any, text: str, word: str,
                                          type_: str) -> None:
    assert _types(nlp, text).get(word) == type_


def test_a_signed_note_is_no_support(nlp: Any) -> None:
    assert "signed" not in _types(
        nlp, "The device was left in a bag with a note signed by the group.")
