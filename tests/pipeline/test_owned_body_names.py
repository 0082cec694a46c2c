"""A body the lexicon does not list, named as the organ of an international body ("the
African Union's Peace and Security Council"), is that body's: "the council" after it is
the IGO, not the story's focus country. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Fighting flares on Ethiopia-Sudan border"


def test_the_council_after_an_igos_own_council_is_igo(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Ethiopia and Sudan clashed on the border on Monday. The African Union's "
                    "Peace and Security Council met in Addis Ababa on Tuesday. The council "
                    "condemned Sudan for the attack.", title=TITLE)
    got = triples(out)
    assert ("ACCUSE", "IGO", "SDN") in got, out.events
    assert not any(t == "ACCUSE" and s == "ETH" for t, s, _ in got), out.events

