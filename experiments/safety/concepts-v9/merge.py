"""Merges proposal.json into data/sources/safety/concepts.json (run once, for the guard after v8).

First mends the existing terms the proposer found colliding with ordinary words (README.md): Greek stems that
match inside ordinary words or are too short to match the words they were meant for are replaced by the words
themselves; Arabic-script terms that are ordinary words inside Urdu and Persian words become whole words (with
their Arabic article forms); the Thai "expel" stem that sits inside "colour gradient" is replaced by its
compounds; and the lawful Thai "licensed" is dropped, because it is contained in "unlicensed".
Then adds the proposal as concepts-v8/merge.py did: short Arabic-script terms (four letters or fewer) are
whole words ("="), and the file keeps its one-concept-per-line layout.
"""
import json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from concepts_file import add_proposal, write_concepts

PATH = os.environ.get('CONCEPTS', 'data/sources/safety/concepts.json')
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

added = add_proposal(concepts, proposal)
write_concepts(PATH, doc, concepts)
print(f'{replaced} colliding terms mended, {added} terms added')
