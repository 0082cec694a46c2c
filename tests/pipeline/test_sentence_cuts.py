"""A sentence the parser cuts in two on one line is one sentence to the coder: the piece
before the cut ends without a sentence-final mark and the piece after it starts in lower
case or with a comma ("Greece | and Macedonia signed", "... there | , the Kremlin
said"), or the piece before it ends in a word ("the envoy Tran Van | Minh", "Chile and |
Peru") or is a lone abbreviation ("U.S. | President"). Real sentence ends, a dateline's
dash, an abbreviation that may end a sentence and line breaks still separate."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from pipeline.syntax import segments


def _doc(nlp: Any, words: list[str], starts: list[int], spaces: list[bool] | None = None
         ) -> Doc:
    flags = [i in starts for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=flags)


def test_a_cut_before_a_lower_case_conjunction_is_rejoined(nlp: Any) -> None:
    words = ["Chile", "and", "Peru", "signed", "a", "deal", "."]
    got = [s.text for s in segments(_doc(nlp, words, [0, 1]))]
    assert got == ["Chile and Peru signed a deal ."]


def test_a_cut_before_the_speech_tag_is_rejoined(nlp: Any) -> None:
    words = ["Flights", "will", "stop", "there", ",", "the", "ministry", "said", "."]
    spaces = [True, True, True, False, True, True, True, False, False]
    got = [s.text for s in segments(_doc(nlp, words, [0, 4], spaces))]
    assert got == ["Flights will stop there, the ministry said."]


def test_real_sentence_ends_still_separate(nlp: Any) -> None:
    words = ["Chile", "protested", ".", "then", "Peru", "replied", "."]
    got = [s.text for s in segments(_doc(nlp, words, [0, 3]))]
    assert got == ["Chile protested .", "then Peru replied ."]


def test_a_cut_inside_a_name_is_rejoined(nlp: Any) -> None:
    words = ["Peru", "summoned", "the", "envoy", "Tran", "Van", "Minh", "on", "Friday", "."]
    got = [s.text for s in segments(_doc(nlp, words, [0, 6]))]
    assert got == ["Peru summoned the envoy Tran Van Minh on Friday ."]


def test_a_cut_after_a_conjunction_before_a_name_is_rejoined(nlp: Any) -> None:
    words = ["Chile", "and", "Peru", "put", "off", "talks", "."]
    got = [s.text for s in segments(_doc(nlp, words, [0, 2]))]
    assert got == ["Chile and Peru put off talks ."]


def test_a_lone_abbreviation_cut_from_its_sentence_is_rejoined(nlp: Any) -> None:
    words = ["U.S.", "President", "Smith", "called", "off", "the", "strikes", "."]
    got = [s.text for s in segments(_doc(nlp, words, [0, 1]))]
    assert got == ["U.S. President Smith called off the strikes ."]


def test_guard_a_dateline_dash_still_separates(nlp: Any) -> None:
    words = ["LIMA", "(", "agency", ")", "-", "Peru", "replied", "."]
    spaces = [True, False, False, True, True, True, False, False]
    got = [s.text for s in segments(_doc(nlp, words, [0, 5], spaces))]
    assert got == ["LIMA (agency) -", "Peru replied."]


def test_guard_an_abbreviation_closing_a_sentence_still_separates(nlp: Any) -> None:
    words = ["The", "curfew", "runs", "to", "5", "a.m.", "Peru", "replied", "."]
    got = [s.text for s in segments(_doc(nlp, words, [0, 6]))]
    assert got == ["The curfew runs to 5 a.m.", "Peru replied ."]
