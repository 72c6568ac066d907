"""Assemble the hand-written items into /tmp/set-ab/set.yml (shuffled, numbered)."""
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_en, data_es, data_fr, data_de, data_pt, data_it, data_pl, data_nl  # noqa: E402

MODULES = [data_en, data_es, data_fr, data_de, data_pt, data_it, data_pl, data_nl]


def main():
    items = []
    for mod in MODULES:
        for it in mod.ITEMS:
            items.append({"lang": mod.LANG, "pattern": it["pattern"], "turns": it["turns"]})
    random.Random(20261213).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": "ab%04d" % i, "lang": it["lang"], "pattern": it["pattern"], "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-29", "items": out}
    path = os.path.join(os.path.dirname(HERE), "set.yml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)
    print("wrote %s with %d items" % (path, len(out)))


if __name__ == "__main__":
    main()
