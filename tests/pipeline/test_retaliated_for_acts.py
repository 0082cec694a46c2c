"""What a state retaliates for is an act of its own, the other side's: "retaliating for
Oslo's expulsion of two Danish diplomats" also tells of Norway's expulsion of Danes,
coded with its own author, as "in retaliation for Oslo's expulsion" is."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_retaliating_for_an_expulsion(code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Denmark on Monday ordered Norway's consul to leave the country within three "
             "days, retaliating for Oslo's expulsion of two Danish diplomats last month.")
    out = code_text(story, title="Denmark expels Norwegian consul")
    assert ("SANCTION", "DNK", "NOR") in triples(out)
    assert ("SANCTION", "NOR", "DNK") in triples(out)


def test_retaliating_against_an_expulsion(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Chile ordered five Peruvian embassy staff to leave, retaliating against "
             "Lima's expulsion of three Chilean diplomats.")
    out = code_text(story, title="Chile expels Peruvian embassy staff")
    assert ("SANCTION", "PER", "CHL") in triples(out)


def test_retaliating_for_an_attack_by_no_one_named(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Chile ordered five Peruvian embassy staff to leave, retaliating for a drone "
             "attack in Bolivia.")
    out = code_text(story, title="Chile expels Peruvian embassy staff")
    assert not any(t == "ASSAULT" for t, _, _ in triples(out))
