"""Shared fixtures: the spaCy model is loaded once per test session, and the learned
filter's commands share one small dump of gold articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline.annotate import annotate_batch
from pipeline.extract import extract
from pipeline.ids import content_hash
from schemas import CleanArticle, ExtractedArticle
from tests.pipeline.coding import STORY


@pytest.fixture(scope="session")
def nlp() -> Any:
    from agents.resources import load_nlp

    return load_nlp("en_core_web_sm")  # the same pipeline the workers load


def _clean(title: str, text: str, published: str | None) -> CleanArticle:
    """A test article of ``text`` (its title line included, if any)."""
    return CleanArticle(article_id="ar_test", title=title, text=text, url=None,
                        canonical_url=None, source=None, published=published, language="en",
                        content_hash=content_hash(text), word_count=len(text.split()))


@pytest.fixture(scope="session")
def code_text(nlp: Any) -> Callable[..., ExtractedArticle]:
    """Text (title line first) -> ExtractedArticle through annotate + extract."""

    def run(text: str, *, title: str = "", published: str | None = "2024-06-26"
            ) -> ExtractedArticle:
        full = f"{title}\n\n{text}" if title else text
        annotated = annotate_batch([_clean(title, full, published)], nlp)[0]
        return extract(annotated, vocab=nlp.vocab, version="test",
                       now=datetime(2026, 1, 1, tzinfo=UTC))

    return run


@pytest.fixture(scope="session")
def code_judged(nlp: Any) -> Callable[..., ExtractedArticle]:
    """(judge, story) -> the story (``STORY`` by default; its first line is the title)
    coded with that judge (None: the rules alone); each story is parsed once."""
    parsed: dict[str, Any] = {}

    def run(judge: Any = None, story: str = STORY) -> ExtractedArticle:
        if story not in parsed:
            clean = _clean(story.partition("\n\n")[0], story, "2025-05-16")
            parsed[story] = annotate_batch([clean], nlp)[0]
        return extract(parsed[story], vocab=nlp.vocab, version="test",
                       now=datetime(2026, 1, 1, tzinfo=UTC), judge=judge)

    return run


@pytest.fixture(scope="session")
def six_gold_dump(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with ``ids`` (six gold article ids) and ``dump`` (the trainers' dump of
    them, collected by the first command run and reused by every later one: both commands
    read the same dump format)."""
    root = tmp_path_factory.mktemp("gold-dump")
    gold = Path(__file__).parents[1] / "data" / "gold"
    (root / "ids").write_text("\n".join(sorted(p.stem for p in gold.glob("*.json"))[:6]))
    return root


@pytest.fixture(scope="session")
def written_twice(six_gold_dump: Path) -> Callable[[Callable[[list[str]], int]], Path]:
    """Runs a trainer command (``bench.train_drop_filter``, ``bench.calibrate_filter_
    confidence``) twice on the dump of six gold articles, asserts both output files are the
    same byte for byte, and returns one."""
    root = six_gold_dump

    def run(main: Callable[[list[str]], int]) -> Path:
        outs = [root / f"{main.__module__}.{n}.json" for n in (1, 2)]
        for out in outs:
            assert main([str(root / "dump"), "--train", str(root / "ids"), "--folds", "2",
                         "--out", str(out)]) == 0
        assert outs[0].read_bytes() == outs[1].read_bytes()
        return outs[0]

    return run
