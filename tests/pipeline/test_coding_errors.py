"""A bug in one coding rule costs the trigger it hit, counted and logged, never the
article; in the offline chain (``newswire extract``/``eval``) a failing article is
reported and the others are still coded."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

import pipeline.extract as extract_module
import pipeline.trigger_readings as readings_module
from pipeline.chain import Resources, run_chain
from pipeline.settings import Settings
from schemas import ExtractedArticle, RawArticle

TEXT = ("Chile accused Peru of spying on Monday. Peru expelled two Chilean diplomats on "
        "Tuesday.")


def _failing_on(lemma: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = readings_module.code_clause

    def code(finder: Any, trig: Any, *args: Any) -> Any:
        if trig.token.lemma_ == lemma:
            raise RecursionError("maximum recursion depth exceeded")
        return real(finder, trig, *args)

    monkeypatch.setattr(readings_module, "code_clause", code)


def test_a_failing_rule_costs_one_trigger_not_the_article(
        code_text: Callable[..., ExtractedArticle], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    _failing_on("accuse", monkeypatch)
    with caplog.at_level(logging.ERROR, logger="pipeline.extract"):
        out = code_text(TEXT)
    assert {e.type for e in out.events} == {"SANCTION"}
    assert out.coding_errors == 1
    assert "coding 'accused' in sentence" in caplog.text and "RecursionError" in caplog.text


def test_the_count_reaches_the_article_record(
        code_text: Callable[..., ExtractedArticle], monkeypatch: pytest.MonkeyPatch) -> None:
    from agents.resources import load_gazetteer
    from pipeline.enrich import enrich

    _failing_on("expel", monkeypatch)
    _, record = enrich(code_text(TEXT), gazetteer=load_gazetteer(),
                       now=datetime(2026, 1, 1, tzinfo=UTC))
    assert record.coding_errors == 1 and len(record.event_ids) == 1


def test_the_offline_chain_reports_a_failing_article_and_codes_the_rest(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from agents.resources import detect_language, load_gazetteer

    real = extract_module.extract

    def extract(annotated: Any, **kw: Any) -> Any:
        if annotated.article.article_id == "ar_bad":
            raise ValueError("a bug outside the trigger loop")
        return real(annotated, **kw)

    monkeypatch.setattr("pipeline.chain.extract", extract)
    raws = [RawArticle(article_id=i, title="", text=TEXT, url=None, source=None,
                       published="2025-03-14") for i in ("ar_bad", "ar_good")]
    res = Resources(nlp=nlp, gazetteer=load_gazetteer(), detect_language=detect_language)
    bad, good = run_chain(raws, res, Settings(), now=datetime(2026, 1, 1, tzinfo=UTC))
    assert bad.failed_stage == "extract" and "a bug outside" in (bad.error or "")
    assert not bad.events and len(good.events) == 2
