"""Out-of-fold type accuracy of the learned typer vs the rules, and what each threshold
pair would change: ``python -m bench.typer_diag GOLD.pkl ARCH NGRAM EPOCHS CANDS NONE``."""
import pickle
import sys
from pathlib import Path

from bench.typer_experiment import examples, label, scores, train


def main() -> None:
    docs = pickle.loads(Path(sys.argv[1]).read_bytes())
    docs.sort(key=lambda d: d["gold"]["id"])
    arch, ngram, epochs = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    cands, none = sys.argv[5] == "1", sys.argv[6] == "1"
    folds = [docs[i::5] for i in range(5)]
    rows = []
    for i, test in enumerate(folds):
        tr = [d for j, f in enumerate(folds) if j != i for d in f]
        nlp = train(examples(tr, cands, none), arch, ngram, epochs)
        for d in test:
            for e in d["preds"]:
                lab = label(e["_trig"], d["gold"]["events"], True)
                if not lab:
                    continue
                c = scores(nlp, e["_trig"]["feats"])
                best = max(c, key=lambda t: c[t])
                rows.append((e["type"], lab, best, c[best], c.get(e["type"], 0)))
    n = len(rows)
    print("n", n, "rule acc", sum(r[0] in r[1] for r in rows) / n,
          "model acc", sum(r[2] in r[1] for r in rows) / n)
    for t1 in (0.3, 0.5, 0.7, 0.9):
        for t2 in (0.1, 0.3, 0.5):
            ch = [r for r in rows if r[2] != r[0] and r[3] >= t1 and r[4] < t2]
            gb = sum(r[0] in r[1] and r[2] not in r[1] for r in ch)
            bg = sum(r[0] not in r[1] and r[2] in r[1] for r in ch)
            print(t1, t2, "changed", len(ch), "bad->good", bg, "good->bad", gb)


if __name__ == "__main__":
    main()
