"""The benchmark's articles: real news from ``../shared/corpus`` when present, else the
bundled public-domain 2004 Wikinews sample (``agents/demo_feeds``).

Outlet text is read at bench time and never copied into the repo (corpus README: research
use only); the bundled fallback is public domain.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import orjson

from pipeline.article_files import from_mapping
from pipeline.errors import PipelineError
from pipeline.feeds import parse_feed
from schemas import RawArticle

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
#: US politics (Reuters 2017) then UK politics (BBC 2004-05): event-dense news prose.
CORPUS_FILES = ("reuters_isot_2017/reuters_isot_2017.jsonl", "bbc_news/bbc_politics.jsonl")
SAMPLE_FEED = REPO / "agents" / "demo_feeds" / "wikinews-2004.feed.json"


@dataclasses.dataclass(frozen=True)
class ArticleSet:
    source: str  # what the articles are, for the report
    articles: list[RawArticle]

    @property
    def mean_chars(self) -> float:
        return sum(len(a.text) for a in self.articles) / max(len(self.articles), 1)


def load_articles(count: int, corpus: Path = CORPUS) -> ArticleSet:
    """Up to ``count`` distinct articles (the normalize stage drops duplicates)."""
    found = [corpus / name for name in CORPUS_FILES if (corpus / name).is_file()]
    if found:
        pool = _unique(a for path in found for a in _read_jsonl(path))
        source = " + ".join(p.parent.name for p in found)
    else:
        pool = _unique(iter(_sample()))
        source = "bundled Wikinews 2004 sample"
    # Never repeated or varied to reach ``count``: the pipeline codes a repeat as a
    # (near-)duplicate and skips the NLP, which would flatter it against the limit.
    return ArticleSet(source, [a for _, a in zip(range(count), pool, strict=False)])


def _read_jsonl(path: Path) -> Iterator[RawArticle]:
    with path.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield from_mapping(orjson.loads(line), f"{path.name}:{n}")
            except (orjson.JSONDecodeError, PipelineError):
                continue  # a broken line is not the benchmark's concern


def _sample() -> list[RawArticle]:
    feed = parse_feed(SAMPLE_FEED.read_bytes(), feed_url=SAMPLE_FEED.as_uri(),
                      content_type="application/feed+json", now=datetime.now(UTC))
    return feed.articles


def _unique(articles: Iterator[RawArticle]) -> Iterator[RawArticle]:
    seen: set[str] = set()
    for a in articles:
        key = a.text.strip()
        if key and key not in seen and a.article_id not in seen:
            seen.update((key, a.article_id))
            yield a
