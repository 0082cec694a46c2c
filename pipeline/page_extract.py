"""Article page HTML → main body text and metadata, with trafilatura (pure, CPU-bound).

Parameters were tuned on the 40 real news pages of ``../shared/pages`` (token F1 of the
body against the upstream ground truth; ``newswire eval-pages`` reproduces the figure):

- ``include_comments=False``: reader comments are not the article.
- ``include_tables=False``: tables on news pages are tickers, scoreboards and fact boxes
  (+0.005 F1: precision up, recall barely down).
- ``favor_precision``/``favor_recall`` both lose on these pages (one page collapses to a
  few words with precision; recall pulls in related-story lists).
- After extraction, a leading line that repeats the headline is dropped (normalize puts
  the title in front of the body itself) and so are lines that are page furniture on
  any news site: copyright, "write to … at mail@…", share and newsletter prompts,
  reprint/print links, "Also on site.com" teasers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import orjson

#: Decoding a page larger than this is pointless for news and slow for lxml.
MAX_HTML_CHARS = 3_000_000

_BOILERPLATE = re.compile(
    r"""(?ix)^(
        .*\ball\ rights\ reserved\b.*
      | (copyright|\(c\)|©)\s.*
      | .*\b(may\ be\ reached\ at|write\ to\ .{1,60}\ at)\ \S+@\S+.*
      | (like|enjoy(ed)?|share)\ this\ (story|article)[?!:].*
      | .*\bsubscribe\ to\ .{0,60}newsletters?\b.*
      | get\ the\ latest\ .{0,60}\ in\ your\ inbox.*
      | [-•]?\s*(order\ reprints|print\ (this\ )?article|share\ this\ article)\.?
      | this\ copy\ is\ for\ your\ personal,\ non-commercial\ use\ only.*
      | also\ on\ \S+\.(com|org|net|co\.uk)\b.*
    )$""")
_WORD = re.compile(r"\w+")
_HTML_LANG = re.compile(rb"<html\b[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageText:
    body: str  # plain text, one paragraph per line
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date as trafilatura/htmldate found it
    language: str | None = None  # declared by the page (<html lang>, meta), if any

    @property
    def word_count(self) -> int:
        return len(self.body.split())


def decode_html(body: bytes, content_type: str | None) -> str | bytes:
    """Text for trafilatura: the declared charset, else UTF-8; bytes if neither works
    (trafilatura then guesses the encoding itself)."""
    charset = _charset(content_type)
    for encoding in filter(None, (charset, "utf-8")):
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body


def extract_page(html: str | bytes, *, url: str | None = None) -> PageText | None:
    """The article in ``html``, or None when trafilatura finds no main text."""
    import trafilatura  # imported here: lxml is heavy and only the fetch stage needs it

    if isinstance(html, str) and len(html) > MAX_HTML_CHARS:
        html = html[:MAX_HTML_CHARS]
    raw = trafilatura.extract(
        html, url=url, output_format="json", with_metadata=True,
        include_comments=False, include_tables=False, include_images=False,
        include_links=False, deduplicate=False)
    if not raw:
        return None
    data: dict[str, Any] = orjson.loads(raw)
    title = _clean(data.get("title"))
    body = clean_body(data.get("text") or data.get("raw_text") or "", title)
    if not body:
        return None
    language = _clean(data.get("language")) or _html_lang(html)
    return PageText(body=body, title=title, author=_clean(data.get("author")),
                    date=_clean(data.get("date")), language=language)


def clean_body(text: str, title: str | None) -> str:
    """Drop a repeated headline at the top and page-furniture lines; keep paragraph lines."""
    title_words = _words(title or "")
    lines: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not lines and title_words and _words(line) == title_words:
            continue
        if _BOILERPLATE.match(line):
            continue
        lines.append(line)
    return "\n".join(lines)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _html_lang(html: str | bytes) -> str | None:
    # trafilatura reports a language only when asked to filter by one; the page's own
    # <html lang> is a cheap, declared hint (normalize still detects when it is missing).
    head = html[:20_000]
    match = _HTML_LANG.search(head.encode("utf-8", "replace") if isinstance(head, str)
                              else head)
    return match.group(1).decode("ascii").lower() if match else None


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def body_scores(extracted: str, truth: str) -> tuple[float, float, float]:
    """Word-overlap precision, recall and F1 of an extracted body against the truth.

    Lower-cased ``\\w+`` tokens compared as multisets (the metric of the pages' README,
    so figures compare with the reference extractors there).
    """
    got, want = Counter(_words(extracted)), Counter(_words(truth))
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
