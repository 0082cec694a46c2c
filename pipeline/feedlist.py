"""Load the list of feeds to poll from plain text, TOML or OPML.

Formats are told apart by file extension first and by content second, so a list
named ``feeds`` with no extension still loads. OPML is parsed with the standard library
``ElementTree`` only after any DOCTYPE or ENTITY declaration has been refused:
``defusedxml`` is not installed, and without a DTD there is nothing for entity
expansion attacks (billion laughs, external entities) to work with.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from pipeline.urls import canonical_url


class FeedListError(ValueError):
    """The feed list cannot be used; the message names the file and the line or entry."""


@dataclass(frozen=True)
class FeedSpec:
    url: str
    name: str | None = None
    interval: float | None = None  # seconds; None = settings.poll_interval


_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def load_feed_list(text: str, filename: str) -> list[FeedSpec]:
    """Parse a feed list; duplicates (same canonical URL) are kept once, first wins."""
    kind = _detect(text, filename)
    if kind == "opml":
        specs = _load_opml(text, filename)
    elif kind == "toml":
        specs = _load_toml(text, filename)
    else:
        specs = _load_plain(text, filename)
    out: list[FeedSpec] = []
    seen: set[str] = set()
    for spec in specs:
        key = canonical_url(spec.url) or spec.url
        if key not in seen:
            seen.add(key)
            out.append(spec)
    return out


def _detect(text: str, filename: str) -> str:
    lower = filename.lower()
    if lower.endswith((".opml", ".xml")):
        return "opml"
    if lower.endswith(".toml"):
        return "toml"
    if lower.endswith((".txt", ".list")):
        return "plain"
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return "opml"
    if re.search(r"^\s*\[\[feeds\]\]", text, re.MULTILINE):
        return "toml"
    return "plain"


def _check_url(url: str, where: str) -> str:
    url = url.strip()
    if not re.match(r"^https?://[^\s/]+", url, re.IGNORECASE):
        raise FeedListError(f"{where}: {url!r} is not an http(s) URL")
    return url


def _load_plain(text: str, filename: str) -> list[FeedSpec]:
    specs = []
    for n, line in enumerate(text.splitlines(), 1):
        # A whole-line or " # inline" comment; a '#' inside a URL is a fragment, kept.
        line = "" if line.lstrip().startswith("#") else re.split(r"\s+#", line, maxsplit=1)[0]
        line = line.strip()
        if line:
            specs.append(FeedSpec(url=_check_url(line, f"{filename}:{n}")))
    return specs


def _load_toml(text: str, filename: str) -> list[FeedSpec]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FeedListError(f"{filename} is not valid TOML: {exc}") from None
    feeds = doc.get("feeds")
    if not isinstance(feeds, list):
        raise FeedListError(f"{filename}: expected [[feeds]] tables with url = \"…\"")
    specs = []
    for i, entry in enumerate(feeds, 1):
        where = f"{filename}: [[feeds]] #{i}"
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            raise FeedListError(f"{where} has no url")
        specs.append(FeedSpec(url=_check_url(entry["url"], where),
                              name=_opt_str(entry.get("name")),
                              interval=_interval(entry.get("interval"), where)))
    return specs


def _interval(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise FeedListError(f"{where}: interval must be a positive number of seconds, "
                            f"got {value!r}")
    return float(value)


def _opt_str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _load_opml(text: str, filename: str) -> list[FeedSpec]:
    if _DTD.search(text):
        raise FeedListError(f"{filename}: OPML with a DOCTYPE/ENTITY declaration is refused "
                            "(remove the DTD; OPML does not need one)")
    # ElementTree refuses an encoding declaration on str input; the text is decoded already.
    body = re.sub(r"^\ufeff?\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        parser = ET.XMLParser()
        parser.feed(body)
        root = parser.close()
    except ET.ParseError as exc:
        raise FeedListError(f"{filename} is not well-formed OPML: {exc}") from None
    if root.tag.lower() != "opml":
        raise FeedListError(f"{filename}: root element is <{root.tag}>, expected <opml>")
    specs = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if not url or not url.strip():
            continue  # a folder outline, not a feed
        where = f"{filename}: outline {outline.get('text') or url!r}"
        specs.append(FeedSpec(url=_check_url(url, where),
                              name=_opt_str(outline.get("title") or outline.get("text"))))
    return specs
