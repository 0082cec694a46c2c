"""Helpers compare parse tokens by index: a spaCy Token is a new object on each access
(``doc[i]``, ``tok.head``, ``.children``), so ``a is b`` between two accesses of one word
never holds."""

from __future__ import annotations

from typing import Any

from pipeline.ordinary_mentions import hit_success
from pipeline.syntax import conjoined


def _word(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.lower_ == word)


def test_a_token_is_no_conjunct_of_itself(nlp: Any) -> None:
    urged = _word(nlp, "The minister criticised the law and urged Lithuania to act.", "urged")
    assert [t.text for t in conjoined(urged)] == ["criticised"]


def test_the_conjunct_word_gives_its_other_conjuncts_but_not_the_asker(nlp: Any) -> None:
    doc = nlp("Kenya condemned the raid, recalled its envoy and closed the border.")
    recalled = next(t for t in doc if t.lower_ == "recalled")
    assert [t.text for t in conjoined(recalled)] == ["condemned", "closed"]


def test_a_hit_modifying_the_work_after_it_is_a_success(nlp: Any) -> None:
    assert hit_success(_word(nlp, "Warner released the hit album in May.", "hit"))
    assert hit_success(_word(nlp, "Fans queued for the hit single on Friday.", "hit"))


def test_a_hit_on_a_place_named_for_a_work_is_no_success(nlp: Any) -> None:
    assert not hit_success(_word(nlp, "Missiles hit the album launch venue.", "hit"))
