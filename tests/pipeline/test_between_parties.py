""""The accord was negotiated between the two governments", "the negotiations between
both sides": an exchange that names no doer names its parties after "between", and
"the two governments" or "both sides" are the story's two parties."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_agentless_talks_between_the_two_governments(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(
        "Serbia and Croatia signed a border accord on Tuesday. Diplomats said the accord "
        "had been negotiated quietly between the two governments over two years.",
        title="Serbia and Croatia sign border accord")
    got = {(e.type, e.source and e.source.country, e.target and e.target.country)
           for e in out.events if "quietly" in e.evidence.sentence}
    assert got & {("CONSULT", "SRB", "HRV"), ("CONSULT", "HRV", "SRB")}


def test_agentless_deal_between_named_capitals(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "Fighting has eased along the front. A local truce was agreed between Kyiv and "
        "Moscow on Sunday, officials said.",
        title="Local truce agreed"))
    assert got & {("AGREE", "UKR", "RUS"), ("AGREE", "RUS", "UKR")}


def test_talks_between_the_two_sides_are_the_story_parties(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(
        "Sudan accused South Sudan of backing rebels on Monday. The last round of "
        "negotiations between the two governments broke down in March.",
        title="Sudan accuses South Sudan of backing rebels")
    got = {(e.type, e.source and e.source.country, e.target and e.target.country)
           for e in out.events if "broke down" in e.evidence.sentence}
    assert got & {("CONSULT", "SDN", "SSD"), ("CONSULT", "SSD", "SDN")}
