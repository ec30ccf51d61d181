"""Round v26: the name guard's context flags against blind judges (PREREGISTRATION-v26.md).
Per source: share of names a judge flagged "unintended" (names as units, judges averaged) and mean score, with
95% intervals (Wilson for the share over names with both judges' mean; bootstrap over names for the difference).
  python3 experiments/names/v26/validate-flags.py
"""
import json, math, random, collections
R = "data/built/judging/rounds/v26/key.jsonl"
key = {}
for l in open(R):
    k = json.loads(l)
    key[k["task"]] = k
labels = collections.defaultdict(list)  # (id, domain) -> [(judge, score, flag)]
src = {}
for j in ["j103", "j104"]:
    for l in open(f"data/sources/judgments/v26/{j}.jsonl"):
        x = json.loads(l)
        k = key[x["task"]]
        labels[(k["id"], k["domain"])].append((j, x["score"], x["flag"]))
        s = {s["source"].split("/")[-1] for s in k["sources"]}
        src[(k["id"], k["domain"])] = s
def group(name):
    return [n for n, s in src.items() if any(name in x for x in s)]
def wilson(k, n, z=1.96):
    if n == 0: return (float("nan"),) * 2
    p = k / n; d = 1 + z * z / n; c = p + z * z / (2 * n); r = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((c - r) / d, (c + r) / d)
rows = {}
for name in ["rejected.jsonl", "shown.jsonl", "reference"]:
    names = group(name)
    fl = [sum(f == "unintended" for _, _, f in labels[n]) / len(labels[n]) for n in names]
    sc = [sum(s for _, s, _ in labels[n]) / len(labels[n]) for n in names]
    k = sum(fl); n = len(names)
    rows[name] = (names, fl, sc)
    lo, hi = wilson(k, n)
    print(f"{name:16s} names {n:3d}  unintended {k/n:.3f} [{lo:.3f}, {hi:.3f}]  mean score {sum(sc)/n:.2f}")
random.seed(26)
a, b = rows["rejected.jsonl"][1], rows["shown.jsonl"][1]
diff = sum(a) / len(a) - sum(b) / len(b)
boots = sorted(sum(random.choices(a, k=len(a))) / len(a) - sum(random.choices(b, k=len(b))) / len(b) for _ in range(10000))
print(f"unintended share, removed - shown: {diff:+.3f} [{boots[250]:+.3f}, {boots[9750]:+.3f}] (bootstrap over names)")
sa, sb = rows["rejected.jsonl"][2], rows["shown.jsonl"][2]
boots = sorted(sum(random.choices(sa, k=len(sa))) / len(sa) - sum(random.choices(sb, k=len(sb))) / len(sb) for _ in range(10000))
print(f"mean score, removed - shown: {sum(sa)/len(sa) - sum(sb)/len(sb):+.2f} [{boots[250]:+.2f}, {boots[9750]:+.2f}]")
both = [n for n, v in labels.items() if len(v) == 2]
agree = sum((v[0][2] == "unintended") == (v[1][2] == "unintended") for n, v in ((n, labels[n]) for n in both))
print(f"judges agree on the unintended flag for {agree} of {len(both)} names labelled by both")
print("removed names and their labels:")
for n in rows["rejected.jsonl"][0]:
    print("  ", n[0], n[1], [(j, s, f) for j, s, f in labels[n]])
