"""A participle clause after the comma ("..., signing a declaration") shares the main
clause's subject even when the parser hangs it on a reported clause; and "the state of
war" is a condition, not an actor."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_participle_after_reported_clause_has_the_main_subject(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Officials met on Sunday. Kenya and Uganda announced on Monday "
                            "that the dispute between them was over, signing a joint "
                            "declaration in Kampala.", title="Border dispute ends"))
    assert ("AGREE", "KEN", "UGA") in got or ("AGREE", "UGA", "KEN") in got
    assert not any(t == "AGREE" and o is None for t, _, o in got)


def test_state_of_war_is_no_actor(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Officials met on Sunday. Kenya and Uganda declared on Monday that the "
                    "state of war between them was over.", title="Border dispute ends")
    assert out.events
    assert not any("state" in (a.text or "") for e in out.events
                   for a in (e.source, e.target) if a is not None)
