"""Assemble the hand-written items, shuffle with the fixed seed, number them, write set.yml."""
import os, random, sys
import yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import en_single, en_hard, en_long, en_multi, es, fr, de, pt, it, pl, nl  # noqa: F401

items = list(lib.ITEMS)
random.Random(2794014941).shuffle(items)
out = []
for n, it_ in enumerate(items, 1):
    out.append({'id': f'av{n:04d}', 'lang': it_['lang'], 'pattern': it_['pattern'], 'turns': it_['turns']})
doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-12-01', 'items': out}
path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'set.yml')
with open(path, 'w', encoding='utf-8') as f:
    yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=1000)
print('wrote', path, len(out), 'items')
