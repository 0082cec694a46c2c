"""The bundled demo feeds parse, carry full article text, and match their build script."""

from __future__ import annotations

import html
import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
import orjson
import pytest

ROOT = Path(__file__).resolve().parents[2]
FEEDS_DIR = ROOT / "agents" / "demo_feeds"
SEED_TITLE = "Russia ties Putin-Zelensky meeting to pre-agreed peace terms"


def plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def feed_files() -> list[Path]:
    listing = tomllib.loads((FEEDS_DIR / "feeds.toml").read_text(encoding="utf-8"))
    return [FEEDS_DIR / entry["url"] for entry in listing["feeds"]]


def entries(path: Path) -> list[dict[str, Any]]:
    """Each entry as {title, link, id, published, text}, whatever the feed format."""
    if path.suffix == ".json":
        feed = orjson.loads(path.read_bytes())
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        return [{"title": item["title"], "link": item["url"], "id": item["id"],
                 "published": item.get("date_published"),
                 "text": plain(item.get("content_html") or item.get("content_text") or "")}
                for item in feed["items"]]
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, f"{path.name}: {parsed.get('bozo_exception')}"
    assert parsed.version in {"rss20", "atom10"}
    out = []
    for e in parsed.entries:
        assert e.content and e.content[0].type == "text/html", f"{path.name}: no full content"
        out.append({"title": e.title, "link": e.link, "id": e.id,
                    "published": e.get("published"), "text": plain(e.content[0].value)})
    return out


def all_entries() -> list[dict[str, Any]]:
    return [e for path in feed_files() for e in entries(path)]


def test_feeds_toml_lists_the_three_formats() -> None:
    files = feed_files()
    assert [p.suffix for p in files] == [".xml", ".xml", ".json"]
    assert all(p.is_file() for p in files)
    kinds = {feedparser.parse(p.read_bytes()).version for p in files if p.suffix == ".xml"}
    assert kinds == {"rss20", "atom10"}


@pytest.mark.parametrize("path", feed_files(), ids=lambda p: p.name)
def test_each_feed_has_full_text_entries(path: Path) -> None:
    found = entries(path)
    assert len(found) >= 10
    for e in found:
        assert len(e["text"]) > 300, f"{e['title']!r} has only {len(e['text'])} characters"
        assert e["title"].strip()
        assert urlsplit(e["link"]).scheme == "https"
        assert e["id"] == e["link"]  # stable: the article's permalink


def test_enough_entries_with_unique_links() -> None:
    found = all_entries()
    assert len(found) >= 40
    links = [e["link"] for e in found]
    assert len(set(links)) == len(links)
    dated = [e for e in found if e["published"]]
    assert len(dated) >= len(found) - 5  # a few 2004 stories have only a dateline


def test_seed_article_is_in_the_rss_feed() -> None:
    rss = next(p for p in feed_files() if p.name.endswith(".rss2.xml"))
    seed = [e for e in entries(rss) if e["title"] == SEED_TITLE]
    assert len(seed) == 1
    assert urlsplit(seed[0]["link"]).hostname == "example.org"
    assert seed[0]["published"].startswith("Wed, 23 Jul 2025")
    assert "at least 1,200 more prisoners from each side" in seed[0]["text"]
    assert "Wednesday, July 23, 2025" in seed[0]["text"]  # the photo caption stays in


def test_no_wiki_markup_left() -> None:
    for e in all_entries():
        assert not re.search(r"\{\{|\}\}|\[\[|\]\]|\{\||&[a-z]+;|\[http", e["text"]), e["title"]


def test_bundle_is_small() -> None:
    total = sum(p.stat().st_size for p in FEEDS_DIR.iterdir())
    assert total < 1024 * 1024


def test_build_script_reproduces_the_bundle(tmp_path: Path) -> None:
    """The committed files are exactly what bench/build_demo_feeds.py writes (when the
    public-domain sources in ../shared are present)."""
    spec = importlib.util.spec_from_file_location("build_demo_feeds",
                                                  ROOT / "bench" / "build_demo_feeds.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # dataclasses look their module up there
    spec.loader.exec_module(build)
    if not (build.DEFAULT_STORIES.is_file() and build.DEFAULT_SEED.is_file()):
        pytest.skip("../shared sources not present")
    build.build(build.DEFAULT_STORIES, build.DEFAULT_SEED, tmp_path)
    for path in FEEDS_DIR.iterdir():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
