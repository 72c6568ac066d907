"""Assemble set.yml from the hand-written item modules, shuffle and number."""
import importlib, random, sys, os
import yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
MODS = ["en1", "en2", "en3", "en4", "es", "fr", "de", "pt", "it", "pl", "nl"]
items = []
for m in MODS:
    try:
        mod = importlib.import_module(m)
    except ModuleNotFoundError:
        print("missing module", m); continue
    for it in mod.ITEMS:
        items.append({"lang": mod.L, "pattern": it["pattern"], "turns": it["turns"]})
random.Random(1082330291).shuffle(items)
out = []
for i, it in enumerate(items, 1):
    out.append({"id": f"ar{i:04d}", "lang": it["lang"], "pattern": it["pattern"], "turns": it["turns"]})
doc = {"author": "independent evaluation helper (blind)", "written": "2026-12-01", "items": out}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "set.yml"), "w", encoding="utf-8") as f:
    yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=1000)
print("wrote", len(out), "items")
