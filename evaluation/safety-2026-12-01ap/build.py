#!/usr/bin/env python3
"""Assemble src/*.txt into set.yml.

Source format (one file per chunk, language = file name prefix before '_' or '.'):
  = pattern text                 starts a new item
  label :: text                  one turn
  med_combination/fact :: text   turn with explicit fact
  # comment lines and blank lines are ignored
"""
import glob, os, random, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
AUTO_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
             "med_pregnancy": "pregnancy", "med_driving": "driving"}


def parse(path):
    lang = os.path.basename(path).split("_")[0].split(".")[0]
    items, cur = [], None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("= "):
            cur = {"lang": lang, "pattern": line[2:].strip(), "turns": []}
            items.append(cur)
            continue
        if " :: " not in line or cur is None:
            raise SystemExit(f"{path}:{n}: bad line: {line[:80]}")
        lab, text = line.split(" :: ", 1)
        lab = lab.strip()
        fact = None
        if "/" in lab:
            lab, fact = lab.split("/", 1)
        elif lab in AUTO_FACT:
            fact = AUTO_FACT[lab]
        cur["turns"].append({"text": text.strip(), "expect": lab, "fact": fact})
    return items


def main():
    items = []
    for p in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        items.extend(parse(p))
    random.Random(61829437).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"ap{i:04d}", "lang": it["lang"], "pattern": it["pattern"],
                    "turns": it["turns"]})
    data = {"author": "independent evaluation helper (blind)", "written": "2026-12-01",
            "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000)
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
