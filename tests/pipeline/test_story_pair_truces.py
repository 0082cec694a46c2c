"""A truce or a deal told as the subject of its own course ("the truce took effect at
noon", "the agreement took shape") names no party because the story has named them: in
a story between two countries it is theirs. A truce that only dates another act ("after
the truce took effect, shelling resumed") is no event of its own, and a story without a
pair of parties leaves it uncoded."""

from __future__ import annotations

from typing import Any

STORY = ("Armenia and Azerbaijan agreed on Monday to stop the fighting on their border. "
         "Armenia's prime minister thanked Azerbaijan's president. ")


def _coded(out: Any, words: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source and e.source.country, e.target and e.target.country)
            for e in out.events if words in e.evidence.sentence}


def test_a_truce_that_took_effect_is_the_pairs(code_text: Any) -> None:
    got = _coded(code_text(STORY + "The truce took effect at noon on Tuesday."),
                 "took effect")
    assert {("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")} <= got


def test_an_agreement_that_took_shape(code_text: Any) -> None:
    got = _coded(code_text(STORY + "The agreement took shape last month."), "took shape")
    assert {("AGREE", "ARM", "AZE"), ("AGREE", "AZE", "ARM")} & got


def test_a_truce_that_dates_another_act_is_no_event(code_text: Any) -> None:
    got = _coded(code_text(STORY + "Shelling resumed hours after the truce took effect."),
                 "took effect")
    assert not any(t[0] == "RETREAT" for t in got)


def test_no_pair_no_party(code_text: Any) -> None:
    got = _coded(code_text("The truce took effect at noon on Tuesday."), "took effect")
    assert not any(t[0] == "RETREAT" for t in got)


def _mutual(got: set[tuple[str, str | None, str | None]]) -> set[str]:
    return {t for t, src, tgt in got if {src, tgt} == {"ARM", "AZE"}}


def test_a_truce_ending_is_no_truce(code_text: Any) -> None:
    got = _coded(code_text(STORY + "The truce ended on Friday."), "ended")
    assert not _mutual(got) & {"CONCEDE", "AGREE", "RETREAT"}, got

