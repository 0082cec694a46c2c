"""load_feed_list: plain lists, TOML and OPML (with the DTD refused)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.feedlist import FeedListError, FeedSpec, load_feed_list
from pipeline.urls import canonical_url

REAL = Path(__file__).parents[2] / ".." / "shared" / "feeds" / "real"


def test_plain_list_with_comments_and_duplicates() -> None:
    text = """# my feeds
https://a.example/feed.xml
   https://b.example/rss   # inline comment

https://A.example/feed.xml?utm_source=x
http://c.example/x#frag
"""
    specs = load_feed_list(text, "feeds.txt")
    assert specs == [FeedSpec("https://a.example/feed.xml"), FeedSpec("https://b.example/rss"),
                     FeedSpec("http://c.example/x#frag")]


def test_plain_list_rejects_non_http_with_line_number() -> None:
    with pytest.raises(FeedListError, match=r"feeds:2: 'file:///etc/passwd'"):
        load_feed_list("https://ok.example/\nfile:///etc/passwd\n", "feeds")


def test_toml_list() -> None:
    text = """
[[feeds]]
url = "https://a.example/feed"
name = "A"
interval = 120

[[feeds]]
url = "https://b.example/feed"
"""
    assert load_feed_list(text, "feeds.toml") == [
        FeedSpec("https://a.example/feed", "A", 120.0), FeedSpec("https://b.example/feed")]
    # detected by content when the extension says nothing
    assert len(load_feed_list(text, "feeds")) == 2


@pytest.mark.parametrize(("text", "message"), [
    ("[[feeds]]\nname = 'x'\n", "has no url"),
    ("[[feeds]]\nurl = 'https://a.example/'\ninterval = -5\n", "positive number"),
    ("[[feeds]]\nurl = 'https://a.example/'\ninterval = true\n", "positive number"),
    ("feeds = 3\n", r"expected \[\[feeds\]\]"),
    ("[[feeds]\n", "not valid TOML"),
])
def test_toml_errors(text: str, message: str) -> None:
    with pytest.raises(FeedListError, match=message):
        load_feed_list(text, "feeds.toml")


def test_real_opml_subscriptions() -> None:
    path = REAL / "subscriptions.opml"
    if not path.exists():
        pytest.skip(f"feed samples not available at {REAL}")
    text = path.read_text(encoding="utf-8")
    specs = load_feed_list(text, path.name)
    # Independent count: xmlUrl attributes in the file, one per canonical URL (the file
    # lists one feed twice, with and without a trailing slash).
    urls = {u.replace("&amp;", "&") for u in re.findall(r'xmlUrl="([^"]+)"', text)}
    assert len(urls) == 207
    assert len(specs) == len({canonical_url(u) for u in urls}) == 206
    assert {s.url for s in specs} <= urls
    assert all(s.name for s in specs)


def test_opml_nested_folders_and_entities() -> None:
    text = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>x</title></head><body>
  <outline text="News">
    <outline text="A &amp; B" type="rss" xmlUrl="https://a.example/rss?x=1&amp;y=2"/>
  </outline>
</body></opml>"""
    assert load_feed_list(text, "subs.opml") == [
        FeedSpec("https://a.example/rss?x=1&y=2", "A & B")]


@pytest.mark.parametrize("text", [
    '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>',
    '<?xml version="1.0"?><!DOCTYPE opml SYSTEM "file:///etc/passwd"><opml><body/></opml>',
    '<opml><body><outline xmlUrl="https://a.example/"/></body></opml><!ENTITY x "y">',
])
def test_opml_with_dtd_is_refused(text: str) -> None:
    with pytest.raises(FeedListError, match="DOCTYPE/ENTITY"):
        load_feed_list(text, "subs.opml")


def test_malformed_opml() -> None:
    with pytest.raises(FeedListError, match="not well-formed"):
        load_feed_list("<opml><body><outline></body>", "subs.opml")
    with pytest.raises(FeedListError, match="expected <opml>"):
        load_feed_list("<rss/>", "subs.opml")
