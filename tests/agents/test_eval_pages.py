"""``newswire eval-pages DIR``: pages served locally, scored through the real fetch path."""

from __future__ import annotations

import io
from pathlib import Path

import orjson

from agents.eval_pages import evaluate_pages
from pipeline.settings import Settings
from tests.agents.test_fetcher import ARTICLE_PARAGRAPHS, PAGE


def test_eval_pages_scores_served_pages_and_ends_with_the_summary_line(tmp_path: Path) -> None:
    (tmp_path / "good.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><body><p>Nothing.</p></body></html>")
    rows = [{"file": "good.html", "body": "\n\n".join(ARTICLE_PARAGRAPHS)},
            {"file": "empty.html", "body": "An article that is not on the page at all."}]
    (tmp_path / "truth.jsonl").write_bytes(b"\n".join(orjson.dumps(r) for r in rows))
    out = io.StringIO()
    assert evaluate_pages(str(tmp_path), Settings(), out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "2 pages, 1 fell back to the summary"
    assert "empty.html" in lines[2]  # the worst page first, with its fallback reason
    # good.html scores 1.0 and empty.html 0.0: the means are 0.5.
    assert lines[-1] == "body f1=0.500 p=0.500 r=0.500"
