""""Opposition leaders" lead no government: they are the opposition (OPP), and a deal a
president signs with them is a domestic deal, not aimed at a foreign party."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def test_deal_with_opposition_leaders_is_domestic(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("The United States urged restraint in Bolivia on Monday. Bolivian President Luis "
             "Arce signed an agreement with opposition leaders on Tuesday to hold early "
             "elections. Washington welcomed the agreement.")
    out = code_text(story, title="Bolivia's Arce signs deal with opposition")
    deal = [(e.source and e.source.country, e.target and (e.target.country, e.target.role))
            for e in out.events if e.type == "AGREE" and "Arce signed" in e.evidence.sentence]
    assert deal == [("BOL", ("BOL", "OPP"))]
