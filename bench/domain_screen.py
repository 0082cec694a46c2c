"""Off-topic screen figures: ``python -m bench.domain_screen [CORPUS]``.

How many articles ``pipeline.domains.off_topic`` screens, per set: every gold article
(``tests/data/gold``) and the dev set (must be none: their events are the measure), the
BBC sections (politics ~0 %, sport/entertainment/tech as many as may be), the political
Reuters and CASE 2021 sets (~0 %) and the Reuters-21578 market sample. The corpus
(``../shared/corpus``) is read at run time and never copied (its licence).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import orjson

from bench.articles import CORPUS, REPO
from pipeline.article_files import from_mapping
from pipeline.domains import off_topic
from pipeline.errors import PipelineError
from pipeline.normalize import normalize

#: (set name, file, field whose value splits the set or None)
CORPUS_SETS = (
    ("bbc", "bbc_news/bbc_politics.jsonl", "category"),
    ("bbc", "bbc_news/bbc_other_sections.jsonl", "category"),
    ("case2021_task2", "case2021_task2/case2021_task2_test.jsonl", None),
    ("reuters_isot_2017", "reuters_isot_2017/reuters_isot_2017.jsonl", None),
    ("reuters21578_other_sample", "reuters21578/reuters21578_other_sample.jsonl", None),
)
GOLD_DIRS = (("gold", REPO / "tests" / "data" / "gold"),
             ("dev", REPO.parent / "shared" / "eval" / "dev"))


def _text(obj: dict, where: str) -> str | None:
    """The text ``extract`` screens (``pipeline.normalize``: markup removed, the title
    then the body), or None for an article the pipeline would not read."""
    try:
        return normalize(from_mapping(obj, where), detect_language=lambda _: "en").text
    except PipelineError:
        return None


def _articles(corpus: Path) -> Iterator[tuple[str, str]]:
    """(set name, text) for every article of the gold, dev and corpus sets."""
    rows = ((name, orjson.loads(path.read_bytes())) for name, folder in GOLD_DIRS
            for path in sorted(folder.glob("*.json")))
    for name, row in chain(rows, _corpus_rows(corpus)):
        if (text := _text(row, name)) is not None:
            yield name, text


def _corpus_rows(corpus: Path) -> Iterator[tuple[str, dict]]:
    for name, file, split in CORPUS_SETS:
        path = corpus / file
        for line in path.read_bytes().splitlines() if path.is_file() else []:
            if line.strip():
                row = orjson.loads(line)
                yield (f"{name}/{row[split]}" if split else name), row


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0]) if args else CORPUS
    total: Counter[str] = Counter()
    screened: Counter[tuple[str, str]] = Counter()
    for name, text in _articles(corpus):
        total[name] += 1
        domain = off_topic(text)
        if domain is not None:
            screened[name, domain] += 1
    for name in total:
        mine = {d: n for (s, d), n in screened.items() if s == name}
        n = sum(mine.values())
        parts = ", ".join(f"{d} {k}" for d, k in sorted(mine.items()))
        print(f"{name:36} {n:5}/{total[name]:<5} {100 * n / total[name]:5.1f} %"
              f"{'  (' + parts + ')' if parts else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
