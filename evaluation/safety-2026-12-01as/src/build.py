"""Assemble the hand-written items into ../set.yml (shuffled, numbered)."""
import importlib
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = {
    "en": ["en_single", "en_hard", "en_long", "en_multi"],
    "es": ["es"], "fr": ["fr"], "de": ["de"], "pt": ["pt"],
    "it": ["it"], "pl": ["pl"], "nl": ["nl"],
}

items = []
for lang, mods in MODULES.items():
    for m in mods:
        mod = importlib.import_module(m)
        for it in mod.ITEMS:
            items.append({"id": None, "lang": lang, "pattern": it["pattern"], "turns": it["turns"]})

random.Random(1093441307).shuffle(items)
for i, it in enumerate(items, 1):
    it["id"] = "as%04d" % i

doc = {"author": "independent evaluation helper (blind)", "written": "2026-12-01", "items": items}
with open(os.path.join(HERE, "..", "set.yml"), "w", encoding="utf-8") as f:
    yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)
print("wrote", len(items), "items")
