"""Upper bound of re-typing: every false positive given the type of a gold event of its
sentence that it would then match. ``python -m bench.typer_oracle GOLD.pkl``."""
import pickle
import sys
from pathlib import Path

import pipeline.evaluate as ev
from bench.typer_experiment import TYPES, report


def oracle(d: dict) -> list[dict]:
    out = []
    for e in d["preds"]:
        if not any(ev.matches(g, ev.Pred.from_event(e)) for g in d["gold"]["events"]):
            for t in TYPES:
                q = ev.Pred.from_event(dict(e, type=t))
                if any(ev.matches(g, q) for g in d["gold"]["events"]):
                    e = dict(e, type=t)
                    break
        out.append(e)
    return out


def main() -> None:
    docs = pickle.loads(Path(sys.argv[1]).read_bytes())
    print("rules ", report(docs, [d["preds"] for d in docs]).summary_line())
    print("oracle", report(docs, [oracle(d) for d in docs]).summary_line())


if __name__ == "__main__":
    main()
