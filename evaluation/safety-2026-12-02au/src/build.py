"""Assemble set.yml from the hand-written source files in src/.

Source format (one file per language block, file name starts with the language code):
  === <pattern>                     starts an item
  <label>[/<fact>] | <text>         one turn
Lines starting with # and blank lines are ignored.
"""
import glob, os, random, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
AUTO_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
             "med_pregnancy": "pregnancy", "med_driving": "driving"}


def parse():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        lang = os.path.basename(path).split("_")[0]
        cur = None
        with open(path, encoding="utf-8") as fh:
            for n, raw in enumerate(fh, 1):
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                if line.startswith("=== "):
                    cur = {"lang": lang, "pattern": line[4:].strip(), "turns": []}
                    items.append(cur)
                    continue
                if cur is None or " | " not in line:
                    sys.exit(f"{path}:{n}: bad line: {line[:60]}")
                lab, text = line.split(" | ", 1)
                lab = lab.strip()
                if "/" in lab:
                    lab, fact = lab.split("/", 1)
                else:
                    fact = AUTO_FACT.get(lab)
                cur["turns"].append({"text": text.strip(), "expect": lab, "fact": fact})
    return items


def main():
    items = parse()
    random.Random(2083317561).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"au{i:04d}", "lang": it["lang"], "pattern": it["pattern"],
                    "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-12-01",
           "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000)
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
