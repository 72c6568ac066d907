"""Assemble set.yml from the hand-written source files in src/.

Only parses, shuffles, numbers and writes; every message text is hand-written in src/*.txt.
Source format:
  * label[/fact] | pattern | text          single-turn item
  + multi/<kind>: description              start of a multi-turn item
  - label[/fact] | text                    one turn of the current multi-turn item
"""
import os, random, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
AUTO_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
             "med_pregnancy": "pregnancy", "med_driving": "driving"}
FILES = ["en_single.txt", "en_hard.txt", "en_multi.txt",
         "es.txt", "fr.txt", "de.txt", "pt.txt", "it.txt", "pl.txt", "nl.txt"]


def label_fact(tok):
    tok = tok.strip()
    if "/" in tok:
        lab, fact = tok.split("/", 1)
    else:
        lab, fact = tok, AUTO_FACT.get(tok)
    return lab, fact


def parse(fname):
    lang = fname[:2]
    items, cur = [], None
    with open(os.path.join(SRC, fname), encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("* "):
                lab_tok, pat, text = [p.strip() for p in line[2:].split(" | ", 2)]
                lab, fact = label_fact(lab_tok)
                if not pat.startswith("hard case:"):
                    pat = f"{lab}: {pat}"
                items.append({"lang": lang, "pattern": pat,
                              "turns": [{"text": text, "expect": lab, "fact": fact}]})
                cur = None
            elif line.startswith("+ "):
                cur = {"lang": lang, "pattern": line[2:].strip(), "turns": []}
                items.append(cur)
            elif line.startswith("- "):
                assert cur is not None, (fname, n)
                lab_tok, text = [p.strip() for p in line[2:].split(" | ", 1)]
                lab, fact = label_fact(lab_tok)
                cur["turns"].append({"text": text, "expect": lab, "fact": fact})
            else:
                raise SystemExit(f"unparsed line {fname}:{n}: {line!r}")
    return items


def main():
    items = []
    for f in FILES:
        items.extend(parse(f))
    random.Random(20261222).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"ag{i:04d}", "lang": it["lang"], "pattern": it["pattern"],
                    "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30",
           "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=1000)
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
