"""Fits the crafted generator's log-prior weights to blind labels (prior-data.jsonl), within description.

Score ~ w . features + method offset, fitted on scores demeaned per description (only the order within a
request matters), ridge-regularised; 5-fold cross-validation grouped by description compares how the fitted and
the shipped log-prior order each held-out description's labelled candidates (mean Spearman, and the mean blind
score of the top 3 labelled candidates by each). Prints the weights fitted on all data in the units of the
shipped prior (scaled so that the fitted weight of `base` is 1).
  python3 experiments/names/v14/fit-prior.py [ridge]
"""
import json, sys, collections, random
import numpy as np

rows = [json.loads(l) for l in open('experiments/names/v14/prior-data.jsonl')]
FEATS = ['base', 'seam', 'length', 'pronounce', 'common', 'neighbourSim']
methods = sorted({r['method'] for r in rows})
common_methods = [m for m in methods if sum(r['method'] == m for r in rows) >= 40 and m != 'crafted:concept+piece']
def x_of(r):
    return [r['f'][k] for k in FEATS] + [1.0 if r['method'] == m else 0.0 for m in common_methods]
names = FEATS + common_methods
ridge = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
by_id = collections.defaultdict(list)
for r in rows: by_id[r['id']].append(r)
ids = sorted(by_id)

def design(idset):
    X, y, w = [], [], []
    for i in idset:
        g = by_id[i]
        if len(g) < 2: continue
        xs = np.array([x_of(r) for r in g]); ys = np.array([r['score'] for r in g])
        X.append(xs - xs.mean(0)); y.append(ys - ys.mean()); w.append(np.full(len(g), 1.0))
    return np.vstack(X), np.concatenate(y)

def fit(idset):
    X, y = design(idset)
    A = X.T @ X + ridge * np.eye(X.shape[1])
    return np.linalg.solve(A, X.T @ y)

def spearman(a, b):
    ra = np.argsort(np.argsort(a)); rb = np.argsort(np.argsort(b))
    if np.std(ra) == 0 or np.std(rb) == 0: return None
    return float(np.corrcoef(ra, rb)[0, 1])

random.seed(1); shuffled = ids[:]; random.shuffle(shuffled)
folds = [shuffled[k::5] for k in range(5)]
res = {'fit': [], 'ship': []}; top = {'fit': [], 'ship': [], 'best': []}
for k in range(5):
    test = set(folds[k]); w = fit([i for i in ids if i not in test])
    for i in test:
        g = by_id[i]
        if len(g) < 4: continue
        ys = np.array([r['score'] for r in g])
        pf = np.array([x_of(r) for r in g]) @ w; ps = np.array([r['logp'] for r in g])
        for key, p in (('fit', pf), ('ship', ps)):
            s = spearman(p, ys)
            if s is not None: res[key].append(s)
            top[key].append(ys[np.argsort(-p)[:3]].mean())
        top['best'].append(np.sort(ys)[-3:].mean())
print(f"ridge {ridge}: descriptions {len(top['fit'])}")
for key in ('fit', 'ship'):
    print(f"  {key}: mean within-description Spearman {np.mean(res[key]):.3f}; top-3 labelled mean {np.mean(top[key]):.3f}")
print(f"  oracle top-3 {np.mean(top['best']):.3f}")
d = np.array(top['fit']) - np.array(top['ship'])
bs = [np.mean(np.random.default_rng(s).choice(d, len(d))) for s in range(2000)]
print(f"  top-3 difference fit - ship {d.mean():+.3f} [{np.percentile(bs, 2.5):+.3f}, {np.percentile(bs, 97.5):+.3f}]")
w = fit(ids); scale = w[0]
print('weights (score points; / base):')
for n, v in zip(names, w): print(f"  {n:28s} {v:+.3f}  {v/scale:+.3f}")
