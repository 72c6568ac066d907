"""Assemble set.yml from the hand-written sources in src/*.txt.

Source format (one file per language chunk):
    == <lang>                      sets the language for following items
    @ <pattern>                    starts a new item
    <label>[/<fact>] | <text>      one turn (repeat for multi-turn items)
    # ...                          comment
Facts for med_alcohol / med_stopping / med_pregnancy / med_driving are filled in
automatically; med_combination needs an explicit fact.
"""
import glob
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
AUTO_FACT = {
    "med_alcohol": "alcohol",
    "med_stopping": "stopping",
    "med_pregnancy": "pregnancy",
    "med_driving": "driving",
}


def parse():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        lang = None
        cur = None
        with open(path, encoding="utf-8") as fh:
            for n, raw in enumerate(fh, 1):
                line = raw.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                where = f"{os.path.basename(path)}:{n}"
                if line.startswith("== "):
                    lang = line[3:].strip()
                    continue
                if line.startswith("@ "):
                    cur = {"lang": lang, "pattern": line[2:].strip(), "turns": []}
                    items.append(cur)
                    continue
                if " | " not in line or cur is None:
                    sys.exit(f"{where}: cannot parse: {line[:80]}")
                head, text = line.split(" | ", 1)
                head = head.strip()
                if "/" in head:
                    label, fact = head.split("/", 1)
                else:
                    label, fact = head, AUTO_FACT.get(head)
                cur["turns"].append({"text": text.strip(), "expect": label, "fact": fact})
    return items


def main():
    items = parse()
    random.Random(87937301).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"aw{i:04d}", "lang": it["lang"], "pattern": it["pattern"], "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-12-01", "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000)
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
