""""A deployment of Armenian tanks", "the withdrawal of Ethiopian troops": a nominal
movement of forces with no possessor of its own is made by the country whose forces
its "of" object names."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _pairs(out: ExtractedArticle, word: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.source and e.source.country) for e in out.events
            if word in e.evidence.sentence}


def test_deployment_of_national_forces(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(
        "Azerbaijan accused Armenia of provocations on the border. Baku said it was "
        "alarmed by a large deployment of Armenian tanks and artillery near the frontier.",
        title="Azerbaijan accuses Armenia over border")
    assert ("MOBILIZE", "ARM") in _pairs(out, "alarmed")


def test_withdrawal_of_national_troops(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(
        "Eritrea and Ethiopia traded accusations on Friday. The withdrawal of Ethiopian "
        "troops from the disputed town began on Sunday, diplomats said.",
        title="Eritrea, Ethiopia trade accusations")
    assert ("RETREAT", "ETH") in _pairs(out, "began")
