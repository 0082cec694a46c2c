"""Build the bundled demo feeds in ``agents/demo_feeds/`` from public-domain sources.

Dev script, run by hand when the sources change (the output is committed)::

    python bench/build_demo_feeds.py            # reads ../shared, writes agents/demo_feeds/

Inputs: the 2004 Wikinews stories (public domain; stories flagged ``text_damaged``, with a
broken leading template or with under 300 characters of text are skipped) and the seed
article (``line 1 title, line 2 standfirst, a line "-", then the body``). Outputs three
feeds with the full article text, so the demo needs no network: RSS 2.0 with
``content:encoded`` (plus the seed article), Atom with ``<content type="html">`` and JSON
Feed 1.1 with ``content_html``, and ``feeds.toml`` listing them by relative file name.
The output is deterministic: same inputs, same bytes.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_STORIES = SHARED / "corpus" / "wikinews_2004_sources" / "wikinews_stories.jsonl"
DEFAULT_SEED = SHARED / "examples" / "seed-article.txt"
DEFAULT_OUT = ROOT / "agents" / "demo_feeds"

MIN_TEXT_CHARS = 300
WIKINEWS = "https://en.wikinews.org/"
AUTHOR = "Wikinews contributors"
LICENSE_NOTE = ("2004 Wikinews stories, public domain "
                "(https://en.wikinews.org/wiki/Wikinews:Copyright)")

RSS_FILE = "wikinews-2004.rss2.xml"
ATOM_FILE = "wikinews-2004.atom.xml"
JSON_FILE = "wikinews-2004.feed.json"

SEED_URL = "https://example.org/news/russia-ties-putin-zelensky-meeting-to-pre-agreed-peace-terms"
SEED_PUBLISHED = date(2025, 7, 23)


@dataclass(frozen=True)
class Story:
    """One article ready to be written into a feed."""

    id: str
    title: str
    url: str
    published: date | None
    paragraphs: list[str]  # HTML fragments, one per paragraph (already escaped)
    summary: str  # plain text
    source: str = "en.wikinews.org"
    categories: list[str] = field(default_factory=list)

    @property
    def content_html(self) -> str:
        return "\n".join(f"<p>{p}</p>" for p in self.paragraphs)

    @property
    def text_chars(self) -> int:
        return sum(len(re.sub(r"<[^>]+>", "", html.unescape(p))) for p in self.paragraphs)


# ----------------------------------------------------------------------- reading sources
_WIKI_LINK = re.compile(r"\[(https?://[^\s\]]+)(?:\s+([^\]]*))?\]")
_BROKEN_WIKI_LINK = re.compile(r"\[https?://\S*")
_WIKI_NOISE = re.compile(r"^(\{\||\||!--|<!--|-{3,}$|[a-z]{2,3}:\S)")
_WIKI_INDENT = re.compile(r"^[:*#]+\s*")


def _paragraph_html(text: str) -> str:
    """Plain wiki-ish text → an HTML fragment: escaped text, external links as anchors."""
    out: list[str] = []
    pos = 0
    for m in _WIKI_LINK.finditer(text):
        out.append(escape(text[pos:m.start()]))
        url, label = m.group(1), (m.group(2) or "").strip()
        out.append(f"<a href={quoteattr(url)}>{escape(label or url)}</a>")
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def clean_wiki_text(raw: str) -> list[str]:
    """Paragraphs of plain text: entities decoded, ``<br>`` as breaks, stray markup dropped."""
    text = raw.replace("\r\n", "\n")
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"</?(sub|sup|small|big|b|i|u|span)\b[^>]*>", "", text, flags=re.I)
    text = html.unescape(text)
    text = text.replace("]]", "").replace("[[", "")
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.split())
        # an external link cut off mid-way ("[http://example.com/x?id") carries no text
        if "[http" in block and not _WIKI_LINK.search(block):
            block = " ".join(_BROKEN_WIKI_LINK.sub("", block).split())
        if _WIKI_NOISE.match(block):  # table markup, HTML comments, interwiki links, rules
            continue
        block = _WIKI_INDENT.sub("", block)  # ":" indents and "*" bullets
        if block.startswith("[") and "]" not in block:
            block = block[1:]
        if block:
            paragraphs.append(block)
    return paragraphs


def wikinews_url(title: str) -> str:
    return WIKINEWS + "wiki/" + quote(title.replace(" ", "_"), safe="_(),'!$;:.-")


def summary_of(paragraphs: Sequence[str], limit: int = 240) -> str:
    first = next((p for p in paragraphs if len(p) > 40), paragraphs[0])
    plain = re.sub(r"\[(https?://\S+)\s*([^\]]*)\]", r"\2", first)
    if len(plain) <= limit:
        return plain
    return plain[:limit].rsplit(" ", 1)[0] + " …"


def read_stories(path: Path) -> tuple[list[Story], dict[str, int]]:
    """Usable Wikinews stories, sorted by id, and counts of what was skipped and why."""
    stories: list[Story] = []
    skipped = {"text_damaged": 0, "broken_template": 0, "too_short": 0}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("text_damaged"):
                skipped["text_damaged"] += 1
                continue
            raw = row.get("text") or ""
            if raw.lstrip().startswith("{{"):  # "{{Byline|date…" with the first words lost
                skipped["broken_template"] += 1
                continue
            plain = clean_wiki_text(raw)
            title = " ".join(html.unescape(row["title"]).split())
            story = Story(
                id=row["id"],
                title=title,
                url=row.get("url") or wikinews_url(title),
                published=date.fromisoformat(row["published"]) if row.get("published") else None,
                paragraphs=[_paragraph_html(p) for p in plain],
                summary=summary_of(plain),
                categories=[c for c in row.get("categories") or [] if isinstance(c, str)],
            )
            if story.text_chars < MIN_TEXT_CHARS:
                skipped["too_short"] += 1
                continue
            stories.append(story)
    stories.sort(key=lambda s: s.id)
    return stories, skipped


def read_seed(path: Path) -> Story:
    """The seed article: title, standfirst, ``-``, body (first paragraph a photo caption)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) < 4 or lines[2].strip() != "-":
        raise SystemExit(f"{path}: expected title, standfirst, a line '-', then the body")
    body = [" ".join(line.split()) for line in lines[3:] if line.strip()]
    return Story(
        id="seed-article",
        title=lines[0].strip(),
        url=SEED_URL,
        published=SEED_PUBLISHED,
        paragraphs=[escape(p) for p in body],
        summary=lines[1].strip(),
        source="example.org",
        categories=["Russia", "Ukraine"],
    )


def split_stories(stories: Sequence[Story]) -> tuple[list[Story], list[Story], list[Story]]:
    """Round-robin into RSS / Atom / JSON Feed; undated stories avoid Atom (updated is required)."""
    rss: list[Story] = []
    atom: list[Story] = []
    jsonfeed: list[Story] = []
    targets = (rss, atom, jsonfeed)
    for i, story in enumerate(stories):
        target = targets[i % 3]
        if target is atom and story.published is None:
            target = jsonfeed if len(jsonfeed) <= len(rss) else rss
        target.append(story)
    return rss, atom, jsonfeed


def newest_first(stories: Iterable[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published or date.min, s.id), reverse=True)


# ----------------------------------------------------------------------------- writing
def _midnight_utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _rfc3339(day: date) -> str:
    return day.isoformat() + "T00:00:00Z"


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def render_rss(stories: Sequence[Story]) -> str:
    items = []
    for s in newest_first(stories):
        parts = [
            f"      <title>{escape(s.title)}</title>",
            f"      <link>{escape(s.url)}</link>",
            f'      <guid isPermaLink="true">{escape(s.url)}</guid>',
        ]
        if s.published:
            parts.append(f"      <pubDate>{format_datetime(_midnight_utc(s.published))}</pubDate>")
        creator = AUTHOR if s.source == "en.wikinews.org" else s.source
        parts.append(f"      <dc:creator>{escape(creator)}</dc:creator>")
        parts += [f"      <category>{escape(c)}</category>" for c in s.categories]
        if s.source != "en.wikinews.org":
            parts.append(f'      <source url="https://{s.source}/">{escape(s.source)}</source>')
        parts.append(f"      <description>{escape(s.summary)}</description>")
        parts.append(f"      <content:encoded>{_cdata(s.content_html)}</content:encoded>")
        items.append("    <item>\n" + "\n".join(parts) + "\n    </item>")
    dates = [s.published for s in stories if s.published]
    built = format_datetime(_midnight_utc(max(dates))) if dates else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        "  <channel>\n"
        "    <title>newswire demo: Wikinews 2004 (RSS 2.0)</title>\n"
        f"    <link>{WIKINEWS}</link>\n"
        f"    <description>{escape(LICENSE_NOTE)}, and one example.org article.</description>\n"
        "    <language>en</language>\n"
        f"    <lastBuildDate>{built}</lastBuildDate>\n"
        + "\n".join(items) + "\n"
        "  </channel>\n"
        "</rss>\n"
    )


def render_atom(stories: Sequence[Story]) -> str:
    entries = []
    for s in newest_first(stories):
        assert s.published is not None, "Atom entries need a date"
        parts = [
            f"    <id>{escape(s.url)}</id>",
            f"    <title>{escape(s.title)}</title>",
            f'    <link rel="alternate" type="text/html" href={quoteattr(s.url)}/>',
            f"    <published>{_rfc3339(s.published)}</published>",
            f"    <updated>{_rfc3339(s.published)}</updated>",
            f"    <author><name>{escape(AUTHOR)}</name></author>",
        ]
        parts += [f"    <category term={quoteattr(c)}/>" for c in s.categories]
        parts.append(f"    <summary>{escape(s.summary)}</summary>")
        parts.append(f'    <content type="html">{escape(s.content_html)}</content>')
        entries.append("  <entry>\n" + "\n".join(parts) + "\n  </entry>")
    updated = max(s.published for s in stories if s.published)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n'
        "  <id>tag:newswire.demo,2004:wikinews-atom</id>\n"
        "  <title>newswire demo: Wikinews 2004 (Atom)</title>\n"
        f'  <link rel="alternate" type="text/html" href="{WIKINEWS}"/>\n'
        f"  <updated>{_rfc3339(updated)}</updated>\n"
        f"  <rights>{escape(LICENSE_NOTE)}</rights>\n"
        + "\n".join(entries) + "\n"
        "</feed>\n"
    )


def render_json_feed(stories: Sequence[Story]) -> str:
    items = []
    for s in newest_first(stories):
        item: dict[str, object] = {"id": s.url, "url": s.url, "title": s.title,
                                   "content_html": s.content_html, "summary": s.summary}
        if s.published:
            item["date_published"] = _rfc3339(s.published)
        item["authors"] = [{"name": AUTHOR}]
        item["tags"] = s.categories
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "newswire demo: Wikinews 2004 (JSON Feed)",
        "home_page_url": WIKINEWS,
        "description": LICENSE_NOTE,
        "language": "en",
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def render_feeds_toml(counts: dict[str, int]) -> str:
    lines = [
        "# Bundled demo feeds for `newswire demo` (generated by bench/build_demo_feeds.py).",
        f"# {LICENSE_NOTE}; the RSS feed also carries the example.org seed article.",
        "# `url` is relative to this file.",
    ]
    for name, kind, title in ((RSS_FILE, "rss", "Wikinews 2004 (RSS 2.0)"),
                              (ATOM_FILE, "atom", "Wikinews 2004 (Atom)"),
                              (JSON_FILE, "jsonfeed", "Wikinews 2004 (JSON Feed 1.1)")):
        lines += ["", "[[feeds]]", f'url = "{name}"', f'title = "{title}"',
                  f'format = "{kind}"', f"# {counts[name]} entries"]
    return "\n".join(lines) + "\n"


def build(stories_path: Path, seed_path: Path, out: Path) -> dict[str, int]:
    stories, skipped = read_stories(stories_path)
    rss, atom, jsonfeed = split_stories(stories)
    rss = [read_seed(seed_path), *rss]
    out.mkdir(parents=True, exist_ok=True)
    files = {RSS_FILE: render_rss(rss), ATOM_FILE: render_atom(atom),
             JSON_FILE: render_json_feed(jsonfeed)}
    counts = {RSS_FILE: len(rss), ATOM_FILE: len(atom), JSON_FILE: len(jsonfeed)}
    files["feeds.toml"] = render_feeds_toml(counts)
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"skipped: {skipped}", file=sys.stderr)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=Path, default=DEFAULT_STORIES)
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    for path in (args.stories, args.seed):
        if not path.is_file():
            parser.error(f"{path} not found (run from the repository, with ../shared present)")
    counts = build(args.stories, args.seed, args.out)
    total = sum((args.out / name).stat().st_size for name in counts)
    print(f"wrote {sum(counts.values())} entries to {args.out} ({total // 1024} KiB): "
          + ", ".join(f"{name} {n}" for name, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
