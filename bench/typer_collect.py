"""Collect rule-coder predictions plus the trigger token context of every event and of
every trigger candidate, for the typer experiment.

Usage: python -m bench.typer_collect OUT.pkl DIR...
"""
import pickle
import sys
from pathlib import Path
from typing import Any

import pipeline.evaluate as ev
import pipeline.extract as ex
from bench.eval_events import make_predict

EVENT_TOK: dict[str, Any] = {}   # event_id -> info
CANDS: list[Any] = []            # per article list filled during extract
_cur: dict[str, list[Any] | None] = {"cands": None}

orig_event = ex._event
orig_find = ex.find_triggers


def tok_info(trig, sent):
    t = trig.token
    return {"sent_text": sent.text, "sent_start": sent.start_char,
            "tok_idx": t.idx, "tok_end": t.idx + len(t.text),
            "tok": t, "sent": sent, "phrase": trig.sense.phrase,
            "sense_type": trig.sense.type, "nominal": trig.nominal}


def snapshot(info):
    from bench.typer_features import features
    out = {k: v for k, v in info.items() if k not in ("tok", "sent")}
    out["feats"] = features(info["tok"], info["sent"], info["phrase"], info["nominal"])
    return out


def patched_event(ctx, trig, *a, **k):
    # extract._event(ctx: _SentenceContext, trig, event_type, ...): the sentence is ctx.span
    e = orig_event(ctx, trig, *a, **k)
    EVENT_TOK[e.event_id] = snapshot(tok_info(trig, ctx.span))
    return e


def patched_find(sent):
    trigs = orig_find(sent)
    for tr in trigs:
        _cur["cands"].append(snapshot(tok_info(tr, sent)))
    return trigs


ex._event = patched_event
ex.find_triggers = patched_find

predict = make_predict([])
out = []
for d in sys.argv[2:]:
    for doc in ev.load_gold(Path(d)):
        _cur["cands"] = []
        EVENT_TOK.clear()
        evs = predict(doc["article"])
        for e in evs:
            e["_trig"] = EVENT_TOK.get(e["event_id"])
        out.append({"dir": d, "gold": doc, "preds": evs, "cands": _cur["cands"]})
        miss = sum(e["_trig"] is None for e in evs)
        if miss:
            print("missing trig info", doc["id"], miss)
Path(sys.argv[1]).write_bytes(pickle.dumps(out))
