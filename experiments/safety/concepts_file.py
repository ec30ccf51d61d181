"""Shared by the concept-word merges (concepts-v8/merge.py, concepts-v9/merge.py): adding a proposal's terms to
data/sources/safety/concepts.json and writing the file back in its one-concept-per-line layout."""
import json, re

ARABIC = re.compile(r'[\u0600-\u06FF]')


def add_proposal(concepts, proposal):
    """Adds every new term of proposal ({concept: {lang: [terms]}}); a short Arabic-script term (four letters or
    fewer) becomes a whole word ("="). Returns how many terms were added."""
    added = 0
    for cid, by_lang in proposal.items():
        have = set(t.rstrip('=') for t in concepts[cid])
        for terms in by_lang.values():
            for t in terms:
                t = t.strip()
                if not t or t.rstrip('=') in have: continue
                if ARABIC.search(t) and len(t.rstrip('=').replace(' ', '')) <= 4 and not t.endswith('='): t += '='
                concepts[cid].append(t); have.add(t.rstrip('=')); added += 1
    return added


def write_concepts(path, doc, concepts):
    lines = ['{', ' "about": ' + json.dumps(doc['about'], ensure_ascii=False) + ',', ' "concepts": {']
    items = list(concepts.items())
    for i, (cid, terms) in enumerate(items):
        lines.append('  ' + json.dumps(cid) + ': ' + json.dumps(terms, ensure_ascii=False) + (',' if i < len(items) - 1 else ''))
    lines += [' }', '}']
    open(path, 'w').write('\n'.join(lines) + '\n')
