"""Does the reranker gain from the labels of the round writers outside its fit (w12-w17, w20-w22)?
Rows from features.mts over every labelled writer; the shipped feature set (cv.py's). For the outside writers' rows:
(a) predicted by a fit on the fit writers only (the shipped data, as `fit-reranker.ts --check` reads them);
(b) each outside writer predicted by a fit on every other writer, fit and outside (leave one writer out).
For the fit writers' rows: leave one writer out with and without the outside writers in the training folds.
    python3 experiments/names/reranker/more-writers.py ROWS.jsonl
"""
import json
import sys

import numpy as np
from agreement import within

rows = [json.loads(l) for l in open(sys.argv[1])]
FIT = {"w4", "w23", "w24", "w25", "w26"}
drop = {"words", "chosenTld", "nPieceLogBest"} | {k for k in rows[0]["x"] if k.startswith("c") and k not in ("com", "cc", "chosenTld")}
keys = [k for k in rows[0]["x"] if k not in drop]
X = np.array([[r["x"][k] for k in keys] for r in rows], float)
y = np.array([r["y"] for r in rows])
W = np.array([r["writer"] for r in rows])
ids = np.array([r["id"] for r in rows])
fit = np.isin(W, list(FIT))


def ridge(tr, lam=50.0):
    mu, sd = X[tr].mean(0), X[tr].std(0) + 1e-9
    A = (X[tr] - mu) / sd
    beta = np.linalg.solve(A.T @ A + lam * np.eye(A.shape[1]), A.T @ (y[tr] - y[tr].mean()))
    return lambda te: ((X[te] - mu) / sd) @ beta + y[tr].mean()


print("features", keys)
print("rows: fit writers", int(fit.sum()), "outside writers", int((~fit).sum()))
out = ~fit
pa = ridge(fit)(out)
pb = np.zeros(len(y))
for w in set(W[out]):
    te = W == w
    pb[te] = ridge(~te)(te)
print("outside writers, within-description Spearman: (a) fit writers only %.3f | (b) all other writers %.3f" % (within(pa, y[out], ids[out]), within(pb[out], y[out], ids[out])))
pc, pd = np.zeros(len(y)), np.zeros(len(y))
for w in FIT:
    te = W == w
    pc[te] = ridge(fit & ~te)(te)
    pd[te] = ridge(~te)(te)
print("fit writers, leave one writer out: fit writers only %.3f | with outside writers %.3f" % (within(pc[fit], y[fit], ids[fit]), within(pd[fit], y[fit], ids[fit])))
for lam in (10.0, 50.0, 200.0, 1000.0):
    p = np.zeros(len(y))
    for w in set(W):
        te = W == w
        p[te] = ridge(~te, lam)(te)
    print("all writers, leave one writer out, lambda", lam, "%.3f" % within(p, y, ids))
