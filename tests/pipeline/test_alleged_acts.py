"""An act reported as unlawful or wilful ("said the boats had illegally entered its
waters") is the speaker's allegation against the doer (ACCUSE); a speaker telling of its
own forces' deliberate act accuses no one."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import readings, triples


def test_reported_wilful_act_is_an_allegation(code_text: Any) -> None:
    got = triples(code_text(
        "Vietnam's navy said the Chinese trawlers had deliberately approached a Vietnamese "
        "patrol boat."))
    assert ("ACCUSE", "VNM", "CHN") in got


def test_reported_unlawful_act_reads_as_accusation(nlp: Any) -> None:
    got = readings(nlp, "Oslo said the Russian jets had illegally crossed into its airspace.")
    assert got.get("illegally") == "ACCUSE"


def test_own_forces_deliberate_act_accuses_no_one(nlp: Any) -> None:
    got = readings(nlp, "Kenya said its troops had deliberately targeted militant camps.")
    assert "deliberately" not in got
