"""", a charge Pretoria rejects": the answer the tagger reads as a plural noun (one noun
phrase "a charge Pretoria rejects") is the answering party's rejection of the accuser."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.triggers import find_triggers
from schemas import ExtractedArticle


def _pairs(article: ExtractedArticle, event_type: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in article.events if e.type == event_type]


def test_present_tense_rejection_after_a_charge(
        code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Kenya has accused Uganda of arming the rebels, a charge Kampala "
                        "rejects.")
    assert ("UGA", "KEN") in _pairs(article, "REJECT")
    assert ("KEN", "UGA") in _pairs(article, "ACCUSE")


def test_rejection_with_its_manner(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Kenya has accused Uganda of arming the rebels, a charge Kampala "
                        "rejects as baseless.")
    assert ("UGA", "KEN") in _pairs(article, "REJECT")


def test_named_accuser_is_answered(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("French President Emmanuel Macron has accused the Malian "
                        "government of hiring foreign mercenaries, a charge Bamako "
                        "rejects.")
    assert ("MLI", "FRA") in _pairs(article, "REJECT")


def test_no_answer_to_oneself(code_text: Callable[..., ExtractedArticle]) -> None:
    # no accuser named: the act's doer is the answering state, which answers no one
    article = code_text("Uganda armed the rebels, a charge Kampala rejects.")
    assert ("UGA", "UGA") not in _pairs(article, "REJECT")


def test_plural_object_is_no_answer(code_text: Callable[..., ExtractedArticle]) -> None:
    # a real plural after a comma, with no name before it, is no answering verb
    article = code_text("Kenya has accused Uganda of arming the rebels, a move that "
                        "drew rejects from the region.")
    assert not _pairs(article, "REJECT")


def test_the_trigger_carries_its_answerer(nlp: Any) -> None:
    # found once by find_triggers, read again by the readers from the trigger
    sent = next(iter(nlp("Kenya has accused Uganda of arming the rebels, a charge Kampala "
                         "rejects.").sents))
    found = {t.token.text: t.answerer for t in find_triggers(sent)}
    assert found["rejects"] is not None and found["rejects"].text == "Kampala"
    assert found["accused"] is None
