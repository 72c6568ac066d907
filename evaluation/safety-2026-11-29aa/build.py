#!/usr/bin/env python3
"""Assemble set.yml from the hand-written source files in src/.

Source format: blocks separated by blank lines; '#' lines are comments.
  @ <pattern>
  <label>[/<fact>] | <message text>
  ... (one line per turn)
"""
import glob, os, random, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
AUTO_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
             "med_pregnancy": "pregnancy", "med_driving": "driving"}

def parse(path):
    lang = os.path.basename(path).split("_")[0].split(".")[0]
    items, cur = [], None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            if cur: items.append(cur); cur = None
            continue
        if line.startswith("@ "):
            if cur: items.append(cur)
            cur = {"lang": lang, "pattern": line[2:].strip(), "turns": []}
            continue
        if cur is None or " | " not in line:
            sys.exit(f"{path}:{n}: bad line: {line!r}")
        lab, text = line.split(" | ", 1)
        lab = lab.strip()
        fact = None
        if "/" in lab:
            lab, fact = lab.split("/", 1)
        elif lab in AUTO_FACT:
            fact = AUTO_FACT[lab]
        cur["turns"].append({"text": text.strip(), "expect": lab, "fact": fact})
    if cur: items.append(cur)
    return items

def main():
    items = []
    for p in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        items.extend(parse(p))
    random.Random(20261208).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"aa{i:04d}", "lang": it["lang"], "pattern": it["pattern"], "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-29", "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=1000)
    print(f"wrote {len(out)} items, {sum(len(x['turns']) for x in out)} turns")

if __name__ == "__main__":
    main()
