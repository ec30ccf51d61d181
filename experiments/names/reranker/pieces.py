"""Does a piece's record with blind judges help the reranker? For each labelled name, the shrunk mean blind score
of other writers' labelled names sharing a piece (out of fold: the held-out writer's own labels never count),
added to the reranker's features; leave-one-writer-out ridge as in cv.py.
    python3 experiments/names/reranker/pieces.py ROWS.jsonl   (rows of features.mts, with parts)
"""
import json
import sys
from collections import defaultdict

import numpy as np
from agreement import within as within_of

rows = [json.loads(l) for l in open(sys.argv[1])]
keys = [k for k in rows[0]["x"].keys() if k not in ("words", "chosenTld") and not k.startswith("c")] + ["com", "cc"]
keys = list(dict.fromkeys(keys))
X0 = np.array([[r["x"][k] for k in keys] for r in rows], float)
y = np.array([r["y"] for r in rows])
W = np.array([r["writer"] for r in rows])
ids = np.array([r["id"] for r in rows])
SHRINK = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0


def piece_feature(train_mask):
    mu = y[train_mask].mean()
    s, n = defaultdict(float), defaultdict(int)
    for i in np.where(train_mask)[0]:
        for p in set(rows[i]["parts"]):
            s[p] += y[i] - mu
            n[p] += 1
    out = np.zeros((len(rows), 3))
    for i, r in enumerate(rows):
        vals = [s[p] / (n[p] + SHRINK) for p in set(r["parts"]) if len(p) >= 2]
        cnt = [n[p] for p in set(r["parts"])]
        out[i] = [min(vals) if vals else 0, float(np.mean(vals)) if vals else 0, np.log1p(min(cnt) if cnt else 0)]
    return out



def cv(with_pieces, lam=50.0):
    pred = np.zeros(len(y))
    for w in sorted(set(W)):
        tr, te = W != w, W == w
        X = X0
        if with_pieces:
            # The training rows' own piece feature must not see their own label: inner folds by writer.
            P = np.zeros((len(rows), 3))
            for v in sorted(set(W[tr])):
                inner = tr & (W != v)
                P[W == v] = piece_feature(inner)[W == v]
            P[te] = piece_feature(tr)[te]
            X = np.hstack([X0, P])
        mu, sd = X[tr].mean(0), X[tr].std(0) + 1e-9
        A = (X[tr] - mu) / sd
        beta = np.linalg.solve(A.T @ A + lam * np.eye(A.shape[1]), A.T @ (y[tr] - y[tr].mean()))
        pred[te] = ((X[te] - mu) / sd) @ beta + y[tr].mean()
    return round(within_of(pred, y, ids), 3)


print("features as shipped (with the neighbour ones):", cv(False), "| with piece records:", cv(True), "| shrink", SHRINK)
