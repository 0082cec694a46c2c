"""International bodies, missions and monitors known by a name the lexicon's name forms
cannot tell ("the OPCW", "UNMISS", "the EAC", "the Syrian Observatory for Human Rights")
are IGO or NGO; a country's own security council stays that country's. Sentences are made
up for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs


@pytest.mark.parametrize(("text", "want"), [
    ("The OPCW accused Syria of using chlorine on Monday.", ("IGO", "SYR")),
    ("UNMISS accused South Sudan of blocking aid convoys on Monday.", ("IGO", "SSD")),
    ("The EAC demanded that Rwanda withdraw its troops on Monday.", ("IGO", "RWA")),
    ("The Syrian Observatory for Human Rights accused Turkey of shelling villages on Monday.",
     ("NGO", "TUR")),
])
def test_a_listed_body_is_igo_or_ngo(code_text: Callable[..., ExtractedArticle], text: str,
                                     want: tuple[str, str]) -> None:
    out = code_text(text)
    assert want in pairs(out), out.events


def test_a_countrys_own_security_council_is_no_igo(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Algeria's High Security Council accused Morocco of backing separatists "
                    "on Monday.")
    assert ("DZA", "MAR") in pairs(out), out.events
