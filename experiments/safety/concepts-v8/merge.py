"""Merges proposal.json into data/sources/safety/concepts.json (run once, for the guard after v7).

Drops the existing terms the proposer found colliding with ordinary words, marks short Arabic-script terms
(four letters or fewer) as whole words ("=": the matcher honours it for every script), and keeps the file's
one-concept-per-line layout.
"""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from concepts_file import write_concepts

PATH = os.environ.get('CONCEPTS', 'data/sources/safety/concepts.json')
doc = json.load(open(PATH))
concepts = doc['concepts']
proposal = json.load(open('experiments/safety/concepts-v8/proposal.json'))

DROP = {('drug_hard', 'shabu'), ('kill', 'सुपारी'), ('credentials', 'סיסמה')}
WHOLE = {('explosive', 'بمب'), ('explosive', 'بم')}

for cid, terms in concepts.items():
    out = []
    for t in terms:
        if (cid, t) in DROP: continue
        out.append(t + '=' if (cid, t) in WHOLE else t)
    concepts[cid] = out

# (v8's own loop, as run: terms are compared with their "=" mark; concepts_file.add_proposal, used from v9 on,
# compares them without it.)
arabic = re.compile(r'[\u0600-\u06FF]')
added = 0
for cid, by_lang in proposal.items():
    have = set(t.rstrip('=') for t in concepts[cid])
    for lang, terms in by_lang.items():
        for t in terms:
            t = t.strip()
            if not t or t in have: continue
            if arabic.search(t) and len(t.replace(' ', '')) <= 4: t += '='
            concepts[cid].append(t); have.add(t.rstrip('=')); added += 1
write_concepts(PATH, doc, concepts)
print(f'{added} terms added')
