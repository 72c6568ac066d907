"""Build set.yml from the hand-written items in src/*.py.

Each src file holds ITEMS, a list of entries written by hand:
  single turn: (label, pattern, text)
  multi turn:  (pattern, [(label, text), ...])
A label may carry a fact after a colon (only med_combination does: 'med_combination:serotonin').
The other med labels get their fixed fact; everything else gets fact null.
Single-turn patterns are prefixed with the label unless they already start with 'hard case:'.
"""
import glob
import os
import random
import runpy

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANG_ORDER = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
FIXED_FACT = {
    "med_alcohol": "alcohol",
    "med_stopping": "stopping",
    "med_pregnancy": "pregnancy",
    "med_driving": "driving",
}
SEED = 252329316


def turn(label, text):
    if ":" in label:
        expect, fact = label.split(":", 1)
    else:
        expect, fact = label, FIXED_FACT.get(label)
    return {"text": text, "expect": expect, "fact": fact}


def load():
    items = []
    for lang in LANG_ORDER:
        paths = sorted(glob.glob(os.path.join(HERE, "src", f"{lang}*.py")))
        paths = [p for p in paths if os.path.basename(p).split(".")[0].split("_")[0] == lang]
        for path in paths:
            for entry in runpy.run_path(path)["ITEMS"]:
                if len(entry) == 2 and isinstance(entry[1], list):
                    pattern, turns = entry
                    items.append({"lang": lang, "pattern": pattern,
                                  "turns": [turn(l, t) for l, t in turns]})
                else:
                    label, pattern, text = entry
                    if not pattern.startswith("hard case:"):
                        pattern = f"{label.split(':')[0]}: {pattern}"
                    items.append({"lang": lang, "pattern": pattern,
                                  "turns": [turn(label, text)]})
    return items


def main():
    items = load()
    random.Random(SEED).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"aq{i:04d}", "lang": it["lang"], "pattern": it["pattern"],
                    "turns": it["turns"]})
    data = {"author": "independent evaluation helper (blind)", "written": "2026-12-01",
            "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000)
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
