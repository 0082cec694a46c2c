"""One party of a two-party story striking a group the text gives no country of its own,
on the other party's soil, strikes the other party. Sentences are made up for these
tests."""

from __future__ import annotations

from typing import Any

STORY = ("Iran and Pakistan trade strikes.\n\nPakistan condemned Iran on Wednesday. Iran "
         "said Pakistan was sheltering militants. ")


def _pairs_in(out: Any, word: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source and e.source.country, e.target and e.target.country)
            for e in out.events if word in e.evidence.sentence}


def test_a_group_struck_in_the_other_partys_province(code_text: Any) -> None:
    out = code_text(STORY + "Iran said it had struck two bases of Jaish al-Adl, a Sunni "
                    "militant group, in Pakistan's Balochistan province.")
    found = _pairs_in(out, "Balochistan")
    assert ("ASSAULT", "IRN", "PAK") in found
    assert ("ASSAULT", "IRN", "IRN") not in found
