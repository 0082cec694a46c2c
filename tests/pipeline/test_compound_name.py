"""``syntax.compound_name``: the whole name a noun heads with its compound words, in text
order; the one helper the modules reading a name's country or owner share."""

from __future__ import annotations

from typing import Any

from pipeline.syntax import compound_name


def _head(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


def test_compound_words_join_in_text_order(nlp: Any) -> None:
    tok = _head(nlp, "Troops left the Central African Republic last year.", "Republic")
    assert compound_name(tok) == "Central African Republic"


def test_a_lone_name_is_itself(nlp: Any) -> None:
    assert compound_name(_head(nlp, "France won the final.", "France")) == "France"


def test_tag_keeps_only_compound_words_of_that_tag(nlp: Any) -> None:
    tok = _head(nlp, "New Zealand won the final.", "Zealand")
    assert compound_name(tok, tag="NNP") == "New Zealand"
    assert compound_name(tok, tag="NN") == "Zealand"
