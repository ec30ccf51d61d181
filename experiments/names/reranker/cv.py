"""Leave-one-writer-out ridge regression over the rows of features.mts: mean within-description Spearman of the
out-of-fold predictions with the blind labels, for the shipped feature set and with the concept-level features
added or single features dropped (the comparison behind experiments/names/LOG.md, twelfth session).
    python3 experiments/names/reranker/cv.py ROWS.jsonl
"""
import json
import sys

import numpy as np
from agreement import within as within_of

rows = [json.loads(l) for l in open(sys.argv[1])]
keys = list(rows[0]["x"].keys())
X = np.array([[r["x"][k] for k in keys] for r in rows], float)
y = np.array([r["y"] for r in rows])
W = np.array([r["writer"] for r in rows])
ids = np.array([r["id"] for r in rows])



def cv(drop, lam=50.0):
    sel = [i for i, k in enumerate(keys) if k not in drop]
    Xs = X[:, sel]
    pred = np.zeros(len(y))
    for w in set(W):
        tr, te = W != w, W == w
        mu, sd = Xs[tr].mean(0), Xs[tr].std(0) + 1e-9
        A = (Xs[tr] - mu) / sd
        beta = np.linalg.solve(A.T @ A + lam * np.eye(A.shape[1]), A.T @ (y[tr] - y[tr].mean()))
        pred[te] = ((Xs[te] - mu) / sd) @ beta + y[tr].mean()
    return round(within_of(pred, y, ids), 3)


# Not in the shipped reranker: the description's keyword count and whether the labelled TLD was the one chosen.
base = {"words", "chosenTld"}
concept = {k for k in keys if k.startswith("c") and k not in ("com", "cc", "chosenTld")}
neighbour = {k for k in keys if k.startswith("n") and k != "nonsense"}
print("prior alone", round(within_of(X[:, keys.index("logprior")], y, ids), 3), "| learned judge alone", round(within_of(X[:, keys.index("judge")], y, ids), 3))
print("v34's features (no neighbour closeness)", cv(base | concept | neighbour), "| with concept features", cv(base | neighbour))
if neighbour:
    print("shipped since v35 (neighbour closeness)", cv(base | concept | {"nPieceLogBest"}), "| with both", cv(base | {"nPieceLogBest"}))
if "nPieceLogBest" in keys:
    print("with neighbour features and the piece names' closeness", cv(base | concept))
for f in sorted(concept):
    print("  with concept features, without", f, cv(base | neighbour | {f}))
