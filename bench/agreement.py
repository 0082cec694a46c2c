"""Agreement between two annotations of the same articles:
``python -m bench.agreement GOLD_DIR OTHER_DIR``.

Issue 3's targets are F1 scores against human gold, so they only mean something next to
how far two people who follow the same guide (``../shared/eval/README.md``) agree. This
turns the second annotation's events into predictions, the way the coder's are scored,
and scores them against the first with ``pipeline.evaluate`` (then the other way round):
each event becomes the sentence that holds its evidence, its first acceptable type, its
actors, quantity, date, place and first modality.

Files are matched by ``id``; a file without an ``article`` (an annotation kept apart
from a text the repo must not copy) takes the other side's; files annotated on one side
only are left out (and named). Sentences come from the spaCy model the coder parses with.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agents.resources import load_nlp
from pipeline.evaluate import load_gold, norm_text, score
from pipeline.settings import Settings


def _actor(code: str | None) -> dict[str, str] | None:
    if code is None:
        return None
    return {"role": code} if code in ("IGO", "NGO") else {"country": code}


def as_predictions(doc: dict[str, Any], sentences: list[str],
                   with_optional: bool) -> list[dict[str, Any]]:
    """A gold file's events as Event dicts the scorer reads."""
    out = []
    for e in doc["events"]:
        if e.get("optional") and not with_optional:
            continue
        evidence = norm_text(e["evidence"])
        # evidence across a sentence break: the snippet itself stands for its sentence
        sentence = next((s for s in sentences if evidence in norm_text(s)), e["evidence"])
        types = e["type"] if isinstance(e["type"], list) else [e["type"]]
        modality = e.get("modality")
        quantity = e.get("quantity")
        out.append({
            "type": types[0],
            "evidence": {"sentence": sentence},
            "source": _actor(e.get("source")),
            "target": _actor(e.get("target")),
            "quantities": [quantity] if quantity else [],
            "date": e.get("date"),
            "location": {"country": e["location"]} if e.get("location") else None,
            "modality": modality[0] if isinstance(modality, list) and modality else modality,
        })
    return out


def _load_pair(a: Path, b: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Both annotations, each file with its article (taken from the other side's file
    of the same id where it has none)."""
    docs_a, docs_b = load_gold(a), load_gold(b)
    texts = {d["id"]: d["article"] for d in [*docs_a, *docs_b] if d.get("article")}
    for doc in [*docs_a, *docs_b]:
        if not doc.get("article"):
            if doc["id"] not in texts:
                raise SystemExit(f"no article text for {doc['id']!r} in {a} or {b}")
            doc["article"] = texts[doc["id"]]
    both = {d["id"] for d in docs_a} & {d["id"] for d in docs_b}
    one_side = sorted({d["id"] for d in [*docs_a, *docs_b]} - both)
    if one_side:
        shown = ", ".join(one_side[:3]) + (", …" if len(one_side) > 3 else "")
        print(f"left out {len(one_side)} file(s) annotated on one side only: {shown}")
    return [d for d in docs_a if d["id"] in both], [d for d in docs_b if d["id"] in both]


def agreement(gold: list[dict[str, Any]], other: list[dict[str, Any]], with_optional: bool,
              split: Callable[[str], list[str]]) -> str:
    """The summary line of ``other``'s events scored against ``gold``."""
    by_id = {doc["id"]: doc for doc in other}
    by_text = {doc["article"]["text"]: by_id[doc["id"]] for doc in gold}

    def predict(article: dict[str, Any]) -> list[dict[str, Any]]:
        sentences = [s for part in (article.get("title") or "", article.get("text") or "")
                     for s in split(part)]
        return as_predictions(by_text[article["text"]], sentences, with_optional)

    return score(gold, predict).summary_line()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("other_dir", type=Path)
    args = ap.parse_args(argv)
    nlp = load_nlp(Settings().model)

    def split(text: str) -> list[str]:
        return [s.text for s in nlp(text).sents]

    first, second = _load_pair(args.gold_dir, args.other_dir)
    for gold, other, name in ((first, second, "second against first"),
                              (second, first, "first against second")):
        for optional in (False, True):
            label = f"{name} ({'all' if optional else 'required'} events)"
            print(f"{label:<45} {agreement(gold, other, optional, split)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
