"""Event-coding scorer, exactly per ``eval/README.md`` ("Scoring").

1. Predictions per article are de-duplicated by (sentence, type, source, target).
2. A prediction is correct if some gold event of the article has its type in the gold
   ``type`` list, its ``evidence`` inside the prediction's sentence (case- and
   whitespace-insensitive) and the same source/target codes (swappable for CONSULT,
   AGREE, COOPERATE; a null gold actor matches anything).
3. Precision = correct / predictions; recall = required gold events matched by at least
   one correct prediction / required gold events; F1 from both.
4. On matched pairs: quantity, date, place and modality accuracy where gold gives them.

Actor codes of a prediction: ``country`` (alpha-3) when set, else ``IGO``/``NGO`` from the
role, else null. Typographic quotes and dashes are folded along with case and whitespace,
because gold snippets are typed with ASCII quotes while articles use curly ones.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.plover import SYMMETRIC

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def norm_text(s: str) -> str:
    return " ".join(s.translate(_FOLD).casefold().split())


def actor_code(actor: Any) -> str | None:
    """The code a predicted actor is scored by (alpha-3, IGO, NGO or None)."""
    if not isinstance(actor, dict):
        return None
    if actor.get("country"):
        return str(actor["country"])
    role = actor.get("role")
    return role if role in ("IGO", "NGO") else None


@dataclass(frozen=True, slots=True)
class Pred:
    sentence: str
    type: str
    src: str | None
    tgt: str | None
    quantities: tuple[float, ...]
    date: str | None
    place: str | None
    modality: str | None
    raw: dict[str, Any]

    @classmethod
    def from_event(cls, ev: dict[str, Any]) -> Pred:
        loc = ev.get("location") or {}
        return cls(
            sentence=(ev.get("evidence") or {}).get("sentence", ""),
            type=ev.get("type", ""),
            src=actor_code(ev.get("source")),
            tgt=actor_code(ev.get("target")),
            quantities=tuple(float(q["value"]) for q in ev.get("quantities") or []
                             if q.get("value") is not None),
            date=ev.get("date"),
            place=loc.get("country") if isinstance(loc, dict) else None,
            modality=ev.get("modality"),
            raw=ev,
        )


def _actors_match(gold: dict[str, Any], p: Pred) -> bool:
    gs, gt = gold.get("source"), gold.get("target")

    def ok(g: str | None, v: str | None) -> bool:
        return g is None or g == v

    if ok(gs, p.src) and ok(gt, p.tgt):
        return True
    return p.type in SYMMETRIC and ok(gs, p.tgt) and ok(gt, p.src)


def matches(gold: dict[str, Any], p: Pred) -> bool:
    types = gold["type"] if isinstance(gold["type"], list) else [gold["type"]]
    if p.type not in types:
        return False
    if norm_text(gold["evidence"]) not in norm_text(p.sentence):
        return False
    return _actors_match(gold, p)


def dedupe(events: Iterable[dict[str, Any]]) -> list[Pred]:
    seen: set[tuple[str, str, str | None, str | None]] = set()
    out: list[Pred] = []
    for ev in events:
        p = Pred.from_event(ev)
        key = (norm_text(p.sentence), p.type, p.src, p.tgt)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


@dataclass
class ArticleResult:
    article_id: str
    gold_required: int
    predicted: int
    correct: int
    matched_required: int
    false_positives: list[Pred] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    attribute_errors: list[str] = field(default_factory=list)
    # per predicted type: [correct, predicted]; per gold first type: [matched, required]
    by_type_pred: dict[str, list[int]] = field(default_factory=dict)
    by_type_gold: dict[str, list[int]] = field(default_factory=dict)


@dataclass
class Report:
    articles: list[ArticleResult]
    # attribute name -> [hits, total] over matched pairs where gold gives the attribute
    attrs: dict[str, list[int]]

    @property
    def predicted(self) -> int:
        return sum(a.predicted for a in self.articles)

    @property
    def correct(self) -> int:
        return sum(a.correct for a in self.articles)

    @property
    def gold(self) -> int:
        return sum(a.gold_required for a in self.articles)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        matched = sum(a.matched_required for a in self.articles)
        return matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        hits, total = self.attrs.get(name, [0, 0])
        return hits / total if total else None

    def summary_line(self) -> str:
        def f(name: str) -> str:
            v = self.accuracy(name)
            return f"{name}={'n/a' if v is None else f'{v:.2f}'}"

        return (f"events f1={self.f1:.3f} p={self.precision:.2f} r={self.recall:.2f} "
                f"{f('quantity')} {f('date')} {f('place')} {f('modality')} "
                f"(articles={len(self.articles)} gold={self.gold} predicted={self.predicted})")

    def type_table(self) -> str:
        """Precision per predicted type and recall per gold type (its first listed type)."""
        pred: dict[str, list[int]] = {}
        gold: dict[str, list[int]] = {}
        for a in self.articles:
            for table, own in ((pred, a.by_type_pred), (gold, a.by_type_gold)):
                for t, (hits, n) in own.items():
                    slot = table.setdefault(t, [0, 0])
                    slot[0] += hits
                    slot[1] += n
        lines = ["type        precision (n)   recall (n)"]
        for t in sorted(set(pred) | set(gold)):
            ph, pn = pred.get(t, [0, 0])
            gh, gn = gold.get(t, [0, 0])
            p = f"{ph / pn:.2f} ({pn})" if pn else "  -"
            r = f"{gh / gn:.2f} ({gn})" if gn else "  -"
            lines.append(f"{t:<11} {p:<15} {r}")
        return "\n".join(lines)

    def details(self) -> str:
        """Human-readable error listing for development."""
        lines: list[str] = []
        for a in self.articles:
            lines.append(f"== {a.article_id}: gold={a.gold_required} pred={a.predicted} "
                         f"correct={a.correct} matched={a.matched_required}")
            for p in a.false_positives:
                lines.append(f"  FP {p.type} {p.src}->{p.tgt} "
                             f"[{p.raw.get('trigger', '')}] {p.sentence[:110]!r}")
            for g in a.missed:
                lines.append(f"  FN {g['type']} {g.get('source')}->{g.get('target')} "
                             f"{g['evidence']!r}")
            lines.extend(f"  ATTR {e}" for e in a.attribute_errors)
        return "\n".join(lines)


def _score_attrs(gold: dict[str, Any], p: Pred, attrs: dict[str, list[int]],
                 errors: list[str]) -> None:
    checks: list[tuple[str, bool]] = []
    q = gold.get("quantity")
    if q and q.get("value") is not None:
        checks.append(("quantity", float(q["value"]) in p.quantities))
    if gold.get("date"):
        checks.append(("date", p.date == gold["date"]))
    if gold.get("location"):
        checks.append(("place", p.place == gold["location"]))
    mod = gold.get("modality")
    if mod:
        mods = mod if isinstance(mod, list) else [mod]
        checks.append(("modality", p.modality in mods))
    for name, ok in checks:
        slot = attrs.setdefault(name, [0, 0])
        slot[0] += int(ok)
        slot[1] += 1
        if not ok:
            errors.append(f"{name}: gold={gold.get(_GOLD_KEY[name])!r} pred="
                          f"{_pred_attr(p, name)!r} ({gold['evidence'][:50]!r})")


_GOLD_KEY = {"quantity": "quantity", "date": "date", "place": "location", "modality": "modality"}


def _pred_attr(p: Pred, name: str) -> Any:
    return {"quantity": p.quantities, "date": p.date, "place": p.place,
            "modality": p.modality}[name]


def score_article(gold_doc: dict[str, Any], events: Iterable[dict[str, Any]],
                  attrs: dict[str, list[int]]) -> ArticleResult:
    preds = dedupe(events)
    golds: list[dict[str, Any]] = gold_doc.get("events", [])
    required = [g for g in golds if not g.get("optional")]
    result = ArticleResult(article_id=gold_doc.get("id", "?"), gold_required=len(required),
                           predicted=len(preds), correct=0, matched_required=0)
    matched_by: dict[int, Pred] = {}
    for p in preds:
        hit = False
        for gi, g in enumerate(golds):
            if matches(g, p):
                hit = True
                matched_by.setdefault(gi, p)
        slot = result.by_type_pred.setdefault(p.type, [0, 0])
        slot[0] += int(hit)
        slot[1] += 1
        if hit:
            result.correct += 1
        else:
            result.false_positives.append(p)
    for gi, g in enumerate(golds):
        match = matched_by.get(gi)
        if not g.get("optional"):
            gtype = g["type"][0] if isinstance(g["type"], list) else g["type"]
            gslot = result.by_type_gold.setdefault(gtype, [0, 0])
            gslot[0] += int(match is not None)
            gslot[1] += 1
        if match is None:
            if not g.get("optional"):
                result.missed.append(g)
            continue
        if not g.get("optional"):
            result.matched_required += 1
        _score_attrs(g, match, attrs, result.attribute_errors)
    return result


def score(gold_docs: Iterable[dict[str, Any]],
          predict: Callable[[dict[str, Any]], list[dict[str, Any]]]) -> Report:
    attrs: dict[str, list[int]] = {}
    results = [score_article(doc, predict(doc["article"]), attrs) for doc in gold_docs]
    return Report(articles=results, attrs=attrs)


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    docs = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc.setdefault("id", path.stem)
        docs.append(doc)
    return docs


def score_dir(gold_dir: Path, predict: Callable[[dict[str, Any]], list[dict[str, Any]]]
              ) -> Report:
    """Score ``predict`` (gold ``article`` dict -> Event dicts) on every gold file."""
    return score(load_gold(gold_dir), predict)
