#!/usr/bin/env python3
"""Build set.yml from the hand-written sources in src/<lang>.txt.

Source format (one file per language):
  // comment
  ## <pattern>          group header: every following line is its own single-turn item
  == <pattern>          multi-turn item: every following line is one turn of it
  <label>[:<fact>] | <text>
"""
import os, random, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
AUTO_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
             "med_pregnancy": "pregnancy", "med_driving": "driving"}


def parse(lang):
    path = os.path.join(HERE, "src", lang + ".txt")
    items, mode, pattern, cur = [], None, None, None
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("//"):
                continue
            if line.startswith("## "):
                mode, pattern, cur = "group", line[3:].strip(), None
                continue
            if line.startswith("== "):
                mode, pattern = "multi", line[3:].strip()
                cur = {"lang": lang, "pattern": pattern, "turns": []}
                items.append(cur)
                continue
            if " | " not in line:
                sys.exit(f"{path}:{n}: no ' | ' separator: {line!r}")
            head, text = line.split(" | ", 1)
            head, text = head.strip(), text.strip()
            if ":" in head:
                label, fact = head.split(":", 1)
            else:
                label, fact = head, AUTO_FACT.get(head)
            turn = {"text": text, "expect": label, "fact": fact}
            if mode == "group":
                items.append({"lang": lang, "pattern": pattern, "turns": [turn]})
            elif mode == "multi":
                cur["turns"].append(turn)
            else:
                sys.exit(f"{path}:{n}: turn before any header")
    return items


def main():
    items = []
    for lang in LANGS:
        items.extend(parse(lang))
    random.Random(20261226).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"ai{i:04d}", "lang": it["lang"], "pattern": it["pattern"],
                    "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30",
           "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000)
    print(f"wrote {len(out)} items to set.yml")


if __name__ == "__main__":
    main()
