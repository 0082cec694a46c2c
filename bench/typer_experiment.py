"""Learned re-typer experiment (issue #3 item 10): article-level CV on tests/data/gold.

    python -m bench.typer_collect scratch/gold.pkl tests/data/gold   # rule coder + trigger context
    python -m bench.typer_experiment scratch/gold.pkl [--dev scratch/dev.pkl]

A spaCy textcat_multilabel over trigger-context features (bench.typer_features) is trained
on 4/5 of the gold articles and re-types the rule coder's events of the held-out fifth
where it is confident and disagrees; pooled out-of-fold F1 is compared with the rules.
"""
from __future__ import annotations

import argparse
import pickle
import random
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

import pipeline.evaluate as ev

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
         "ASSAULT"]


def _norm_map(s: str) -> tuple[str, list[int]]:
    """norm_text with the index in ``s`` of each output char."""
    out: list[str] = []
    idx: list[int] = []
    prev_space = True
    for i, ch in enumerate(s.translate(ev._FOLD).casefold()):
        if ch.isspace():
            if not prev_space:
                out.append(" ")
                idx.append(i)
            prev_space = True
            continue
        out.append(ch)
        idx.append(i)
        prev_space = False
    while out and out[-1] == " ":
        out.pop()
        idx.pop()
    return "".join(out), idx


def gold_spans(sent_text: str, golds: list[dict[str, Any]]) -> list[tuple[int, int, list[str]]]:
    """(start, end, types) within ``sent_text`` of each gold event stated in it."""
    ns, idx = _norm_map(sent_text)
    out = []
    for g in golds:
        e = ev.norm_text(g["evidence"])
        if not e:
            continue
        pos = ns.find(e)
        if pos < 0:
            continue
        types = g["type"] if isinstance(g["type"], list) else [g["type"]]
        out.append((idx[pos], idx[pos + len(e) - 1] + 1, types))
    return out


def label(info: dict[str, Any], golds: list[dict[str, Any]], is_event: bool
          ) -> set[str] | None:
    """Gold types for a trigger (empty set = no event), None = unknown (skip)."""
    spans = gold_spans(info["sent_text"], golds)
    if not spans:
        return set()
    a = info["tok_idx"] - info["sent_start"]
    b = info["tok_end"] - info["sent_start"]
    cover = [s for s in spans if s[0] <= a and b <= s[1]]
    if cover:
        return {t for s in cover for t in s[2]}
    if is_event and len({tuple(s[2]) for s in spans}) == 1:
        return set(spans[0][2])
    return None


def examples(docs: list[dict[str, Any]], use_cands: bool, use_none: bool
             ) -> list[tuple[list[str], set[str]]]:
    out = []
    for d in docs:
        golds = d["gold"]["events"]
        seen = set()
        for e in d["preds"]:
            info = e["_trig"]
            key = (info["sent_start"], info["tok_idx"])
            if key in seen:
                continue
            seen.add(key)
            lab = label(info, golds, True)
            if lab is None or (not lab and not use_none):
                continue
            out.append((info["feats"], lab))
        if use_cands:
            for info in d["cands"]:
                key = (info["sent_start"], info["tok_idx"])
                if key in seen:
                    continue
                seen.add(key)
                lab = label(info, golds, False)
                if lab is None or (not lab and not use_none):
                    continue
                out.append((info["feats"], lab))
    return out


def train(exs: list[tuple[list[str], set[str]]], arch: str, ngram: int, epochs: int,
          seed: int = 0, drop: float = 0.2) -> Any:
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    if arch == "bow":
        model = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                 "ngram_size": ngram, "no_output_layer": False, "length": 262144}
    else:
        model = {"@architectures": "spacy.TextCatCNN.v2", "exclusive_classes": False,
                 "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                             "width": 64, "depth": 2, "embed_size": 2000, "window_size": 1,
                             "maxout_pieces": 3, "subword_features": True}}
    tc: Any = nlp.add_pipe("textcat_multilabel",
                           config={"model": model, "threshold": 0.5})
    for t in TYPES:
        tc.add_label(t)
    data = [Example.from_dict(Doc(nlp.vocab, words=f),
                              {"cats": {t: float(t in lab) for t in TYPES}})
            for f, lab in exs]
    opt = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for batch in minibatch(data, size=16):
            nlp.update(batch, sgd=opt, drop=drop)
    return nlp


def scores(nlp: Any, feats: list[str]) -> dict[str, float]:
    doc = nlp.get_pipe("textcat_multilabel")(Doc(nlp.vocab, words=feats))
    return doc.cats


def retype(preds: list[dict[str, Any]], nlp: Any, t1: float, t2: float,
           cache: dict[int, dict[str, float]]) -> list[dict[str, Any]]:
    out = []
    for e in preds:
        info = e["_trig"]
        k = id(info)
        if k not in cache:
            cache[k] = scores(nlp, info["feats"])
        cats = cache[k]
        best = max(cats, key=lambda t: cats[t])
        rule = e["type"]
        if best != rule and cats[best] >= t1 and cats.get(rule, 0.0) < t2:
            e = dict(e, type=best)
        out.append(e)
    return out


def report(docs: list[dict[str, Any]], preds: list[list[dict[str, Any]]]) -> ev.Report:
    attrs: dict[str, list[int]] = {}
    res = [ev.score_article(d["gold"], p, attrs) for d, p in zip(docs, preds, strict=True)]
    return ev.Report(articles=res, attrs=attrs)


GRID = [(t1, t2) for t1 in (0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
        for t2 in (0.1, 0.2, 0.3, 0.4, 0.5)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_pkl")
    ap.add_argument("--dev")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--arch", default="bow")
    ap.add_argument("--ngram", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--cands", action="store_true")
    ap.add_argument("--none", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--final", help="pickle of a check set: train on all gold, score it")
    ap.add_argument("--setting", action="append", default=[], help="t1,t2")
    args = ap.parse_args(argv)
    docs = pickle.loads(Path(args.gold_pkl).read_bytes())
    docs.sort(key=lambda d: d["gold"]["id"])
    if args.final:
        check = pickle.loads(Path(args.final).read_bytes())
        nlp = train(examples(docs, args.cands, args.none), args.arch, args.ngram,
                    args.epochs, args.seed)
        print(f"check rules: {report(check, [d['preds'] for d in check]).summary_line()}")
        for s in args.setting:
            t1, t2 = (float(x) for x in s.split(","))
            r = report(check, [retype(d["preds"], nlp, t1, t2, {}) for d in check])
            print(f"check t1={t1} t2={t2}: {r.summary_line()}")
        return 0
    folds = [docs[i::args.folds] for i in range(args.folds)]
    base = report(docs, [d["preds"] for d in docs])
    print(f"rules alone: {base.summary_line()}")
    oof: dict[tuple[float, float], list[list[dict[str, Any]]]] = {g: [] for g in GRID}
    order: list[dict[str, Any]] = []
    for i, test in enumerate(folds):
        tr = [d for j, f in enumerate(folds) if j != i for d in f]
        nlp = train(examples(tr, args.cands, args.none), args.arch, args.ngram,
                    args.epochs, args.seed)
        cache: dict[int, dict[str, float]] = {}
        order.extend(test)
        for g in GRID:
            oof[g].extend(retype(d["preds"], nlp, *g, cache) for d in test)
    base = report(order, [d["preds"] for d in order])
    results = sorted(((report(order, oof[g]).f1, g) for g in GRID), reverse=True)
    print(f"rules (fold order): f1={base.f1:.4f}")
    for f1, g in results:
        r = report(order, oof[g])
        changed = sum(a["type"] != b["type"] for d, p in zip(order, oof[g], strict=True)
                      for a, b in zip(d["preds"], p, strict=True))
        print(f"  t1={g[0]} t2={g[1]}: f1={f1:.4f} p={r.precision:.4f} r={r.recall:.4f} "
              f"retyped={changed}")
    if args.dev:
        dev = pickle.loads(Path(args.dev).read_bytes())
        nlp = train(examples(docs, args.cands, args.none), args.arch, args.ngram,
                    args.epochs, args.seed)
        cache = {}
        print(f"dev rules: {report(dev, [d['preds'] for d in dev]).summary_line()}")
        for _, g in results[:3]:
            r = report(dev, [retype(d["preds"], nlp, *g, cache) for d in dev])
            print(f"dev t1={g[0]} t2={g[1]}: {r.summary_line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
