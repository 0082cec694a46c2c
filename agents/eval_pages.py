"""``newswire eval-pages DIR``: body-extraction quality of the fetch stage on saved pages.

Serves ``DIR/*.html`` from a loopback HTTP server, sends one summary-only feed entry per
page through ``PageFetcher.process`` (robots.txt, HTTP client, SSRF guard with the
loopback allowance, extraction: the real path) and scores the body it keeps against
``DIR/truth.jsonl`` (``{"file", "body"}`` per line) with word-overlap precision, recall
and F1 per page, averaged over pages. A page that falls back to the summary scores 0.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import orjson

from agents.fetcher import PageFetcher
from agents.local_http import serve_folder
from pipeline.page_extract import body_scores
from pipeline.settings import Settings
from schemas import RawArticle

#: Pages extracted at once (extraction is CPU-bound; more only queues on the cores).
PARALLEL = 4


@dataclass(frozen=True)
class PageScore:
    file: str
    precision: float
    recall: float
    f1: float
    reason: str | None  # fallback reason when the page was not used


def read_truth(folder: Path) -> list[dict[str, str]]:
    path = folder / "truth.jsonl"
    if not path.is_file():
        raise ValueError(f"{path} not found: eval-pages needs DIR/truth.jsonl with "
                         '{"file": "x.html", "body": "..."} per line')
    rows = [orjson.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r for r in rows if (folder / r["file"]).is_file()]


async def score_pages(folder: Path, settings: Settings) -> list[PageScore]:
    truth = read_truth(folder)
    runner, port = await serve_folder(folder)
    # Our own loopback server: no per-host delay needed, loopback explicitly allowed.
    local = settings.with_overrides(fetch_allow_loopback=True, fetch_host_delay=0.0,
                                    fetch_per_host=PARALLEL, fetch_pages=True)
    slots = asyncio.Semaphore(PARALLEL)
    try:
        async with PageFetcher(local) as fetcher:

            async def one(row: dict[str, str]) -> PageScore:
                entry = RawArticle(article_id=f"ar_eval_{row['file']}", title="",
                                   text="(summary only)", url=f"http://127.0.0.1:{port}/"
                                   f"{row['file']}", feed_url="eval-pages")
                async with slots:
                    out = await fetcher.process(entry)
                body = out.text if out.text_source == "page" else ""
                p, r, f = body_scores(body, row["body"])
                return PageScore(row["file"], p, r, f, out.fetch_reason)

            return list(await asyncio.gather(*(one(row) for row in truth)))
    finally:
        await runner.cleanup()


def evaluate_pages(folder: str, settings: Settings, *, worst: int = 5,
                   out: TextIO = sys.stdout) -> int:
    path = Path(folder)
    if not path.is_dir():
        print(f"newswire eval-pages: {folder} is not a directory", file=sys.stderr)
        return 2
    scores = asyncio.run(score_pages(path, settings))
    if not scores:
        print(f"newswire eval-pages: no scored pages in {folder}", file=sys.stderr)
        return 2
    n = len(scores)
    p = sum(s.precision for s in scores) / n
    r = sum(s.recall for s in scores) / n
    f = sum(s.f1 for s in scores) / n
    fallbacks = [s for s in scores if s.reason]
    out.write(f"{n} pages, {len(fallbacks)} fell back to the summary\n")
    out.write(f"worst {min(worst, n)} pages (f1 p r):\n")
    for s in sorted(scores, key=lambda s: s.f1)[:worst]:
        note = f"  [{s.reason}]" if s.reason else ""
        out.write(f"  {s.f1:.3f} {s.precision:.3f} {s.recall:.3f}  {s.file}{note}\n")
    out.write(f"body f1={f:.3f} p={p:.3f} r={r:.3f}\n")
    return 0
