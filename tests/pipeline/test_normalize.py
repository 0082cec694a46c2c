"""normalize: raw feed entry → clean text, language, content hash."""

from __future__ import annotations

import pytest

from pipeline.errors import BadInput
from pipeline.html_text import html_to_text
from pipeline.normalize import normalize, normalize_published
from schemas import RawArticle


def english(_: str) -> str:
    return "en"


def raw(text: str, title: str = "Talks resume", **kw: object) -> RawArticle:
    return RawArticle(article_id="ar_1", title=title, text=text, **kw)  # type: ignore[arg-type]


def test_html_becomes_paragraph_lines_without_scripts() -> None:
    text = html_to_text("<p>First &amp; one.</p><script>alert(1)</script><p>Second<br>line</p>")
    assert text == "First & one.\nSecond\nline"


def test_title_leads_the_clean_text_so_headline_events_have_offsets() -> None:
    clean = normalize(raw("<p>Russia and Ukraine met in Istanbul on Wednesday.</p>"),
                      detect_language=english)
    assert clean.text == "Talks resume\n\nRussia and Ukraine met in Istanbul on Wednesday."
    assert clean.language == "en"
    assert clean.word_count == 10


def test_body_repeating_the_title_is_not_doubled() -> None:
    clean = normalize(raw("Talks resume\nThe delegations met again today in Geneva."),
                      detect_language=english)
    assert clean.text.count("Talks resume") == 1


def test_same_text_with_different_markup_has_the_same_content_hash() -> None:
    a = normalize(raw("<p>Troops withdrew from the town  today.</p>"), detect_language=english)
    b = normalize(raw("Troops withdrew from the TOWN today."), detect_language=english)
    assert a.content_hash == b.content_hash


def test_markup_only_article_is_bad_input() -> None:
    with pytest.raises(BadInput, match="no text"):
        normalize(raw("<div><img src='x.png'></div>"), detect_language=english)


def test_long_text_is_truncated_and_flagged() -> None:
    body = "\n".join(["A sentence about talks between the two sides."] * 200)
    clean = normalize(raw(body), detect_language=english, max_chars=1000)
    assert clean.truncated and len(clean.text) <= 1000


def test_declared_language_wins_over_detection() -> None:
    clean = normalize(raw("Die Regierung hat heute beschlossen.", language="de-DE"),
                      detect_language=english)
    assert clean.language == "de"


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-07-23", "2025-07-23T00:00:00Z"),
    ("2025-07-23T10:00:00+02:00", "2025-07-23T08:00:00Z"),
    ("2025-07-23T10:00:00Z", "2025-07-23T10:00:00Z"),
    ("yesterday", None),
    (None, None),
])
def test_published_is_normalised_to_utc(value: str | None, expected: str | None) -> None:
    assert normalize_published(value) == expected
