"""A release told as one half of a swap ("freed X in exchange for Y") states both
halves: the releaser frees X to X's country, and that country frees Y to the releaser.
Both are coded, one in each direction. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_release_in_exchange_for_is_coded_both_ways(code_text: Any) -> None:
    text = ("Iran released a French teacher on Tuesday in exchange for an Iranian "
            "engineer jailed in France.")
    out = code_text(text, title="Iran frees French teacher")
    freed = {(s, t) for ty, s, t in triples(out) if ty == "RETREAT"}
    assert ("IRN", "FRA") in freed
    assert ("FRA", "IRN") in freed


def test_release_without_a_swap_stays_one_way(code_text: Any) -> None:
    text = "Iran released a French teacher on Tuesday after two years in prison."
    out = code_text(text, title="Iran frees French teacher")
    freed = {(s, t) for ty, s, t in triples(out) if ty == "RETREAT"}
    assert ("IRN", "FRA") in freed
    assert ("FRA", "IRN") not in freed


def test_a_withdrawal_in_return_for_a_pause_is_no_swap(code_text: Any) -> None:
    out = code_text("Ukraine and Russia held talks in Istanbul. Russia withdrew its troops "
                    "from Ukraine's Kherson region in return for a pause in shelling.")
    got = {(e.source and e.source.country, e.target and e.target.country)
           for e in out.events if e.type == "RETREAT" and "withdrew" in e.evidence.sentence}
    assert ("UKR", "RUS") not in got, got
