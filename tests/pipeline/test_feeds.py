"""parse_feed on the real-world samples in /work/shared/feeds/real and on edge cases.

Expected counts come from /work/shared/feeds/real/README.md. Titles are compared with
an independent reading of the same file at test time (feedparser directly, or ``json``
for JSON Feed), so no outlet text is copied into this repository.
"""

from __future__ import annotations

import functools
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from pipeline.feeds import MalformedFeed, NotAFeed, ParsedFeed, parse_feed
from pipeline.ids import article_id_for
from pipeline.urls import canonical_url
from schemas.raw_article import RawArticle

REAL = Path(__file__).parents[2] / ".." / "shared" / "feeds" / "real"
NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

# file -> (format, entries in the document, skipped by reason, declared language)
EXPECTED: dict[str, tuple[str, int, dict[str, int], str | None]] = {
    "guardian-us.rss2.xml": ("rss20", 55, {}, "en"),
    "golem-de.rss2.iso-8859-1.xml": ("rss20", 40, {}, "de"),
    "bbc-urdu.rss2.xml": ("rss20", 26, {}, "ur"),
    "aktuality-sk.rss2.xml": ("rss20", 30, {}, "sk"),
    "livemint-news.rss2.xml": ("rss20", 25, {}, None),
    "macworld.rss2.leading-whitespace.xml": ("rss20", 30, {}, "en"),
    "heise-developer.atom.xml": ("atom10", 15, {}, None),
    "github-commits.atom.xml": ("atom10", 20, {}, "en"),
    "heise-online.rss090-rdf.xml": ("rss090", 60, {}, None),
    "biorxiv.rss10-rdf.xml": ("rss10", 30, {}, None),
    "daringfireball.jsonfeed10.json": ("json10", 48, {}, None),
    "journal-3960.jsonfeed11.json": ("json11", 20, {}, "de"),
    "uol-noticias.rss.no-prolog-latin1.xml": ("rss", 15, {"no_text": 4}, None),
    "kc0011.rss2.gb2312.xml": ("rss20", 20, {}, "zh"),
    "fcutrecht.malformed-prolog.rss.xml": ("rss20", 20, {"no_text": 5}, "nl"),
    "dasding-podcast.rss2.xmldecl-not-at-start.xml": ("rss20", 32, {}, "de"),
}


def _real(name: str) -> bytes:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"feed samples not available at {REAL}")
    return path.read_bytes()


@functools.cache  # each sample is parsed once per session; ParsedFeed is not mutated
def _parse(name: str, content_type: str | None = None) -> ParsedFeed:
    return parse_feed(_real(name), feed_url=f"https://feeds.example/{name}",
                      content_type=content_type, now=NOW)


def _reference_titles(name: str) -> list[str]:
    body = _real(name)
    if name.endswith(".json"):
        return [(i.get("title") or "").strip() for i in json.loads(body)["items"]]
    return [(e.get("title") or "").strip()
            for e in feedparser.parse(io.BytesIO(body)).entries]


def test_every_sample_is_covered() -> None:
    if not REAL.exists():
        pytest.skip(f"feed samples not available at {REAL}")
    files = {p.name for p in REAL.iterdir() if p.suffix in (".xml", ".json")}
    assert files - set(EXPECTED) == {"marketwatch.html-instead-of-feed.xml"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_feed_counts_format_language(name: str) -> None:
    fmt, total, skipped, language = EXPECTED[name]
    feed = _parse(name)
    assert feed.format == fmt
    assert feed.entries_total == total
    assert dict(feed.skipped) == skipped
    assert len(feed.articles) == total - sum(skipped.values())
    assert feed.language == language
    assert all(a.language == language for a in feed.articles)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_feed_articles_are_well_formed(name: str) -> None:
    feed = _parse(name)
    reference = [t for t in _reference_titles(name) if t]
    titles = [a.title for a in feed.articles]
    # Same titles, same order as an independent reading (skipped entries left out).
    it = iter(reference)
    assert all(t in it for t in titles)  # a subsequence: nothing invented, order kept
    ids = [a.article_id for a in feed.articles]
    assert len(set(ids)) == len(ids)
    for a in feed.articles:
        assert a.article_id.startswith("ar_")
        assert a.text.strip()
        assert a.feed_url == f"https://feeds.example/{name}"
        assert a.fetched_at == "2026-11-25T08:00:00Z"
        assert a.source and not a.source.startswith("www.")
        assert a.url is not None and a.url.startswith(("http://", "https://"))
        assert a.published is None or ISO_Z.match(a.published)
        expected_id = article_id_for(canonical_url=canonical_url(a.url), guid=a.guid,
                                     content=f"{a.title}\n{a.text}")
        assert a.article_id == expected_id
        # Wire round trip: the record survives its own decoder.
        from schemas.codec import dumps
        assert RawArticle.decode(dumps(a)) == a


def test_dates_are_utc_iso_and_missing_when_the_feed_has_none() -> None:
    guardian = _parse("guardian-us.rss2.xml")
    assert all(a.published and ISO_Z.match(a.published) for a in guardian.articles)
    heise = _parse("heise-online.rss090-rdf.xml")  # RSS 0.90 has no dates
    assert all(a.published is None for a in heise.articles)


def test_full_text_preferred_and_summary_kept() -> None:
    golem = _parse("golem-de.rss2.iso-8859-1.xml")  # content:encoded + description
    with_summary = [a for a in golem.articles if a.summary]
    assert with_summary, "content:encoded entries should keep the description as summary"
    assert all(a.text != a.summary for a in with_summary)
    guardian = _parse("guardian-us.rss2.xml")  # description only: it is the text
    assert all(a.summary is None for a in guardian.articles)


def test_tracking_params_are_removed_from_urls() -> None:
    heise = _parse("heise-developer.atom.xml")  # links carry ?wt_mc=…
    assert all("wt_mc" not in (a.url or "") for a in heise.articles)


def test_feeds_without_guid_still_get_distinct_ids() -> None:
    for name in ("aktuality-sk.rss2.xml", "macworld.rss2.leading-whitespace.xml",
                 "kc0011.rss2.gb2312.xml"):
        feed = _parse(name)
        assert all(a.guid is None for a in feed.articles)
        assert len({a.article_id for a in feed.articles}) == len(feed.articles)


def test_encodings_are_decoded() -> None:
    golem = _parse("golem-de.rss2.iso-8859-1.xml")
    assert any(ch in a.title + a.text for a in golem.articles for ch in "äöüß")
    kc = _parse("kc0011.rss2.gb2312.xml")
    assert all(re.search(r"[\u4e00-\u9fff]", a.title) for a in kc.articles)


def test_ids_are_deterministic() -> None:
    a = _parse("bbc-urdu.rss2.xml")
    b = _parse("bbc-urdu.rss2.xml")
    assert [x.article_id for x in a.articles] == [x.article_id for x in b.articles]


def test_html_instead_of_feed_raises() -> None:
    with pytest.raises(NotAFeed, match="HTML page"):
        _parse("marketwatch.html-instead-of-feed.xml")
    with pytest.raises(NotAFeed, match="HTML page"):
        parse_feed(b"<!DOCTYPE html><html><body>hi</body></html>", feed_url="https://x.example/",
                   content_type="text/html; charset=utf-8", now=NOW)


@pytest.mark.parametrize("body", [b"", b"   \n", b"just some text", b"/etc/passwd"])
def test_non_feeds_raise(body: bytes) -> None:
    with pytest.raises((NotAFeed, MalformedFeed)):
        parse_feed(body, feed_url="https://x.example/", content_type=None, now=NOW)


def test_truncated_feed_is_recovered_or_rejected_never_crashes() -> None:
    body = _real("guardian-us.rss2.xml")
    feed = parse_feed(body[: len(body) // 2], feed_url="https://x.example/", content_type=None,
                      now=NOW)
    assert 0 < len(feed.articles) < 55
    assert feed.warning  # feedparser's loose parser recovered; the poller logs it


def test_json_feed_10_and_11_map() -> None:
    df = _parse("daringfireball.jsonfeed10.json", "application/json")
    items = json.loads(_real("daringfireball.jsonfeed10.json"))["items"]
    first = df.articles[0]
    assert first.title == items[0]["title"].strip()
    assert first.text == items[0]["content_html"].strip()
    assert first.guid == items[0]["id"]
    assert first.published == items[0]["date_published"]
    assert first.source == "daringfireball.net"

    journal = _parse("journal-3960.jsonfeed11.json", "application/feed+json")
    items = json.loads(_real("journal-3960.jsonfeed11.json"))["items"]
    assert journal.format == "json11" and journal.language == "de"
    with_summary = [(a, i) for a, i in zip(journal.articles, items, strict=True)
                    if i.get("summary")]
    assert with_summary
    assert all(a.summary == i["summary"].strip() for a, i in with_summary)


def test_json_feed_edge_cases() -> None:
    def feed(items: list[object], **extra: object) -> ParsedFeed:
        doc = {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": items,
               **extra}
        return parse_feed(json.dumps(doc).encode(), feed_url="https://feeds.example/j",
                          content_type=None, now=NOW)

    out = feed([
        {"id": 1, "url": "https://example.com/a?utm_source=x", "title": "A",
         "content_text": "body", "date_published": "2026-11-24T10:00:00+02:00"},
        {"id": "2", "title": "no text"},
        {"id": "3", "content_text": "no title"},
        {"id": "4", "title": "future", "content_text": "x",
         "date_published": "2030-01-01T00:00:00Z"},
        "not an object",
        {"id": 1, "url": "https://example.com/a", "title": "A", "content_text": "dup"},
    ], language="en-US")
    assert [a.title for a in out.articles] == ["A", "future"]
    assert out.articles[0].guid == "1"
    assert out.articles[0].url == "https://example.com/a"
    assert out.articles[0].published == "2026-11-24T08:00:00Z"
    assert out.articles[0].language == "en"
    assert out.articles[1].published is None  # a date in the future is a feed bug
    assert dict(out.skipped) == {"no_text": 1, "no_title": 1, "invalid_entry": 1,
                                 "duplicate_in_feed": 1}

    with pytest.raises(NotAFeed, match="not a JSON Feed"):
        parse_feed(b'{"hello": "world"}', feed_url="https://x.example/",
                   content_type="application/json", now=NOW)
    with pytest.raises(MalformedFeed, match="not valid JSON"):
        parse_feed(b'{"version": ', feed_url="https://x.example/",
                   content_type="application/feed+json", now=NOW)


def test_relative_links_resolve_against_the_feed_url() -> None:
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
           b"<item><title>A</title><link>/news/a</link><guid>123</guid>"
           b"<description>body</description></item></channel></rss>")
    out = parse_feed(rss, feed_url="https://www.example.org/feed.xml", content_type=None,
                     now=NOW)
    assert out.articles[0].url == "https://www.example.org/news/a"
    assert out.articles[0].source == "example.org"
    assert out.articles[0].guid == "123"  # an opaque GUID stays as written


def test_billion_laughs_does_not_expand() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            + b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">'
                       % ((98 + i,) + (97 + i,) * 10) for i in range(8))
            + b']><rss version="2.0"><channel><item><title>&i;</title>'
            b"<description>x</description></item></channel></rss>")
    try:
        out = parse_feed(bomb, feed_url="https://x.example/", content_type=None, now=NOW)
    except (NotAFeed, MalformedFeed):
        return
    assert all(len(a.title) < 1000 for a in out.articles)
