"""Build set.yml from the hand-written source files src/<lang>.txt.

Source format: a line '## <pattern>' starts an item; each following line
'<label> | <text>' is one turn. For med_combination the label carries the
fact after a slash, e.g. 'med_combination/serotonin'.
"""
import pathlib, random, sys, yaml

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "set.yml"
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
AUTO_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
             "med_pregnancy": "pregnancy", "med_driving": "driving"}


def parse(lang):
    items, cur = [], None
    for n, line in enumerate((HERE / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("## "):
            cur = {"lang": lang, "pattern": line[3:].strip(), "turns": []}
            items.append(cur)
            continue
        if " | " not in line or cur is None:
            sys.exit(f"{lang}.txt:{n}: bad line: {line!r}")
        label, text = line.split(" | ", 1)
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
    for lang in LANGS:
        if (HERE / f"{lang}.txt").exists():
            items.extend(parse(lang))
    random.Random(14071629).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"an{i:04d}", "lang": it["lang"], "pattern": it["pattern"], "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30", "items": out}
    with open(OUT, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=1000)
    print(f"wrote {OUT} with {len(out)} items")


if __name__ == "__main__":
    main()
