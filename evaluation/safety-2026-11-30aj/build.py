"""Assemble set.yml from the hand-written source files in src/.

Every message in src/*.txt was written by hand; this script only parses,
shuffles with random.Random(20261228), numbers and dumps them.
Source format: '@ pattern' starts an item; each following 'label| text'
line is one turn; label may be 'med_combination/<fact>'.
"""
import glob
import os
import random

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
AUTO_FACT = {
    "med_alcohol": "alcohol",
    "med_stopping": "stopping",
    "med_pregnancy": "pregnancy",
    "med_driving": "driving",
}


def parse(path):
    lang = os.path.basename(path).split("_")[0].split(".")[0]
    items, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@ "):
                cur = {"lang": lang, "pattern": line[2:].strip(), "turns": []}
                items.append(cur)
                continue
            if "| " not in line or cur is None:
                raise SystemExit(f"{path}:{n}: cannot parse: {line!r}")
            label, text = line.split("| ", 1)
            label = label.strip()
            fact = None
            if "/" in label:
                label, fact = label.split("/", 1)
            elif label in AUTO_FACT:
                fact = AUTO_FACT[label]
            cur["turns"].append({"text": text.strip(), "expect": label, "fact": fact})
    return items


def main():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        items.extend(parse(path))
    random.Random(20261228).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"aj{i:04d}", "lang": it["lang"], "pattern": it["pattern"],
                    "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30",
           "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000)
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
