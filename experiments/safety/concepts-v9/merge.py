"""Merges proposal.json into data/sources/safety/concepts.json (run once, for the guard after v8).

First mends the existing terms the proposer found colliding with ordinary words (README.md): Greek stems that
match inside ordinary words or are too short to match the words they were meant for are replaced by the words
themselves; Arabic-script terms that are ordinary words inside Urdu and Persian words become whole words (with
their Arabic article forms); the Thai "expel" stem that sits inside "colour gradient" is replaced by its
compounds; and the lawful Thai "licensed" is dropped, because it is contained in "unlicensed".
Then adds the proposal as concepts-v8/merge.py did: short Arabic-script terms (four letters or fewer) are
whole words ("="), and the file keeps its one-concept-per-line layout.
"""
import json, re

PATH = 'data/sources/safety/concepts.json'
doc = json.load(open(PATH))
concepts = doc['concepts']
proposal = json.load(open('experiments/safety/concepts-v9/proposal.json'))

REPLACE = {
    ('fake', 'πλαστ'): ['πλαστό', 'πλαστά', 'πλαστού', 'πλαστών', 'πλαστογραφ'],
    ('gun', 'όπλ'): ['όπλο', 'όπλα', 'όπλων', 'οπλισμ', 'οπλοφορ'],
    ('minor', 'παιδ'): ['παιδί', 'παιδιά', 'παιδιών', 'παιδάκια'],
    ('spy', 'سرا'): ['سرا='],
    ('fraud', 'نصب'): ['نصب=', 'النصب='],
    ('credentials', 'حساب'): ['حساب=', 'الحساب=', 'حسابات='],
    ('beat', 'ضرب'): ['ضرب=', 'الضرب='],
    ('porn', 'مساج'): ['مساج=', 'المساج='],
    ('expel', 'ไล่'): ['ขับไล่', 'ไล่ที่', 'ไล่ล่า'],
    ('legit', 'มีใบอนุญาต'): [],
}
arabic = re.compile(r'[\u0600-\u06FF]')

replaced = 0
for cid, terms in concepts.items():
    out = []
    for t in terms:
        if (cid, t) in REPLACE:
            replaced += 1
            out.extend(x for x in REPLACE[(cid, t)] if x not in out)
        else:
            out.append(t)
    concepts[cid] = out
assert replaced == len(REPLACE), f'{replaced} of {len(REPLACE)} colliding terms found'

added = 0
for cid, by_lang in proposal.items():
    have = set(t.rstrip('=') for t in concepts[cid])
    for lang, terms in by_lang.items():
        for t in terms:
            t = t.strip()
            if not t or t.rstrip('=') in have: continue
            if arabic.search(t) and len(t.rstrip('=').replace(' ', '')) <= 4 and not t.endswith('='): t += '='
            concepts[cid].append(t); have.add(t.rstrip('=')); added += 1

lines = ['{', ' "about": ' + json.dumps(doc['about'], ensure_ascii=False) + ',', ' "concepts": {']
items = list(concepts.items())
for i, (cid, terms) in enumerate(items):
    lines.append('  ' + json.dumps(cid) + ': ' + json.dumps(terms, ensure_ascii=False) + (',' if i < len(items) - 1 else ''))
lines += [' }', '}']
open(PATH, 'w').write('\n'.join(lines) + '\n')
print(f'{replaced} colliding terms mended, {added} terms added')
