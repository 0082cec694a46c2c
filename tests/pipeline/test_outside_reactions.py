"""Several outsiders to a two-party story welcoming or backing what the parties did:
one event each, aimed at nobody implied; "as did X" adds X. Sentences are made up for
these tests."""

from __future__ import annotations

from typing import Any

STORY = ("Armenia and Azerbaijan signed a peace treaty on Friday. Armenia said "
         "Azerbaijan would reopen the border. Azerbaijan thanked Armenia. ")


def _supporters(out: Any) -> set[str | None]:
    return {e.source.country for e in out.events if e.type == "SUPPORT" and e.source}


def test_several_outsiders_each_welcome_the_deal(code_text: Any) -> None:
    out = code_text(STORY + "Georgia, Iran and Turkey welcomed the treaty.")
    assert {"GEO", "IRN", "TUR"} <= _supporters(out)
    for e in out.events:
        if e.type == "SUPPORT" and e.source and e.source.country in ("GEO", "IRN", "TUR"):
            assert e.target is None or e.target.country not in ("GEO", "IRN", "TUR")


def test_as_did_adds_the_elliptical_subjects(code_text: Any) -> None:
    out = code_text(STORY + "Georgia welcomed the treaty, as did Kazakhstan and Qatar.")
    assert {"GEO", "KAZ", "QAT"} <= _supporters(out)
