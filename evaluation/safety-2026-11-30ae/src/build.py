"""Assemble set.yml from the hand-written language files (src/<lang>.py)."""
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']

items = []
for lang in LANGS:
    mod = __import__(lang)
    for it in mod.ITEMS:
        items.append({'lang': lang, 'pattern': it['pattern'], 'turns': it['turns']})

random.Random(20261220).shuffle(items)
out = []
for i, it in enumerate(items, 1):
    out.append({'id': 'ae%04d' % i, 'lang': it['lang'], 'pattern': it['pattern'],
                'turns': [{'text': t['text'], 'expect': t['expect'], 'fact': t['fact']}
                          for t in it['turns']]})

doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-11-30', 'items': out}
with open(os.path.join(HERE, '..', 'set.yml'), 'w', encoding='utf-8') as f:
    yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=1000)
print('wrote', len(out), 'items')
