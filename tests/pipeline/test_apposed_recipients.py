"""A common noun with the names of its members in apposition ("allies Japan and the
Netherlands") stands for those named. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

STORY = ("The United States tightened curbs on chip exports to China. China said the "
         "curbs were unfair. ")


def test_apposed_allies_are_the_recipients(code_text: Any) -> None:
    out = code_text(STORY + "Washington has pressed allies Japan and the Netherlands to "
                    "restrict their own sales of chip tools to China.")
    found = triples(out)
    assert {("REQUEST", "USA", "JPN"), ("REQUEST", "USA", "NLD")} <= found
    assert ("REQUEST", "USA", "CHN") not in found


def test_apposed_partners_after_a_possessive(code_text: Any) -> None:
    out = code_text(STORY + "Washington urged its partners South Korea and Taiwan to "
                    "join the curbs.")
    assert {("REQUEST", "USA", "KOR"), ("REQUEST", "USA", "TWN")} <= triples(out)
