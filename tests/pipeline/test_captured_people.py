"""People captured are held (PLOVER COERCE, an arrest; ASSAULT when non-state armed men
take them); a place captured is taken by force (ASSAULT); "capture" of a vote, a market,
a mood or a moment, or "captured on camera", holds no one."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def _types(article: ExtractedArticle) -> set[str]:
    return {t for t, _, _ in triples(article)}


def test_captives_counted_after_a_killing(
        code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Security forces stormed the hotel, killing four gunmen and "
                        "capturing two.")
    assert "COERCE" in _types(article)


def test_captured_leader(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Mexican marines captured the leader of the Gulf cartel in "
                        "Tamaulipas on Friday.")
    assert ("COERCE", "MEX", "MEX") in triples(article)


def test_captured_suspect(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Police in Nairobi captured the suspected ringleader of the gang "
                        "on Tuesday.")
    assert ("COERCE", "KEN", "KEN") in triples(article)


def test_armed_men_capturing_abduct(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Islamic State fighters captured two Kurdish soldiers near "
                        "Kobani.")
    assert "ASSAULT" in _types(article)
    assert "COERCE" not in _types(article)


# Guards (pass before and after).

def test_guard_place_captured(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Russian troops captured the airport outside Kyiv.")
    assert ("ASSAULT", "RUS", "UKR") in triples(article)
    assert "COERCE" not in _types(article)


def test_guard_no_one_held(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("The video captured the moment the bridge collapsed in Genoa.",
                 "The opposition party captured 40 percent of the vote in the Bavarian "
                 "election.",
                 "The new Chinese carmaker captured a fifth of the German market last "
                 "year.",
                 "The Labour candidate captured the seat from the Conservatives in a "
                 "by-election.",
                 "Barcelona captured the league title with a 2-1 win over Real Madrid.",
                 "The report captured the views of 2,000 workers across Germany.",
                 "Fishermen in Senegal captured a rare whale shark off Dakar.",
                 "The attack on the mosque was captured on camera by a passer-by."):
        assert not _types(code_text(text)) & {"COERCE", "ASSAULT"}, text


def test_guard_recorded_person(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("The man was captured on CCTV leaving the bank in Lagos.")
    assert "COERCE" not in _types(article)


def test_recording_device_holds_no_one(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Security cameras captured the gunmen entering the hotel in "
                        "Nairobi.")
    assert "COERCE" not in _types(article)
