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


# Review of 19cafc4 + 1362631: a photographer or a documentary captures an image, a bare
# count is people only beside a verb that takes people, and kidnappers and bandits are
# people who can be captured.

def test_photographer_captures_no_one(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("A Reuters photographer captured the prime minister leaving parliament "
                 "in London.",
                 "The documentary captured the women of Kabul in their daily lives."):
        assert "COERCE" not in _types(code_text(text)), text


def test_bare_count_of_seats(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("The BJP captured 240 in the 543-seat house.")
    assert "COERCE" not in _types(article)


def test_bare_count_after_people_killed(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("The army killed 300 rebels and captured 150 in Darfur.")
    assert ("COERCE", "SDN", "SDN") in triples(article)


def test_kidnappers_and_bandits_captured(code_text: Callable[..., ExtractedArticle]) -> None:
    for text, country in (("Nigerian troops captured the kidnappers in Zamfara state.", "NGA"),
                          ("Ghanaian police captured the bandits in the Ashanti region.",
                           "GHA")):
        assert ("COERCE", country, country) in triples(code_text(text)), text


def test_guard_media_doers(code_text: Callable[..., ExtractedArticle]) -> None:
    # guards: pass either way
    for text in ("Photos captured the minister arriving at the court in Nairobi.",
                 "Cameras captured the president shaking hands with protesters in Nairobi.",
                 "The film captured the mood of the fans in Buenos Aires.",
                 "The ruling party captured 31 of the 40 seats in the provincial assembly "
                 "in Sindh."):
        assert "COERCE" not in _types(code_text(text)), text


def test_captured_suspect_trying_to_flee(code_text: Callable[..., ExtractedArticle]) -> None:
    # an -ing clause on the captive is no sign of a picture when police capture
    article = code_text("Mexican police captured the suspect trying to cross the border "
                        "into Texas.")
    assert ("COERCE", "MEX", "MEX") in triples(article)
