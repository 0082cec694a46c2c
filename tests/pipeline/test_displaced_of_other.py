"""Migrants and refugees the text gives no nationality are foreigners where they are: in
a two-party story a party that orders them home or detains them acts on the other
party's people, though arrests and deportations are otherwise domestic. Sentences are
made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Turkey steps up expulsions of Syrian migrants"
STORY = ("Turkey began deporting Syrians last month after Damascus refused to take "
         "them back. More than 50,000 Syrians have left Turkey since Ankara ordered "
         "undocumented migrants to go home. Police detained refugees in Istanbul.")


def test_migrants_ordered_home_are_the_other_party(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    ordered = {(e.source.country, e.target.country) for e in out.events
               if e.type == "COERCE" and e.source and e.target and
               e.evidence.sentence.startswith("More than 50,000")}
    assert ordered == {("TUR", "SYR")}


def test_detained_refugees_are_the_other_party(code_text: Any) -> None:
    out = code_text(STORY, title=TITLE)
    detained = {(e.source.country, e.target.country) for e in out.events
                if e.type == "COERCE" and e.source and e.target and
                e.evidence.sentence.startswith("Police")}
    assert ("TUR", "SYR") in detained and ("TUR", "TUR") not in detained


def test_own_opponents_deported_stay_the_state_own(code_text: Any) -> None:
    text = ("Nicaragua freed 200 jailed opponents and flew them to Washington. A court "
            "declared them traitors and ordered their deportation.")
    out = code_text(text, title="Nicaragua frees 200 political prisoners")
    ordered = {(s, t) for ty, s, t in triples(out) if ty == "COERCE"}
    assert ("NIC", "USA") not in ordered
