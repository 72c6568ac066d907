"""Assemble set.yml from the hand-written source files in src/<lang>.txt.

Source format (one file per language):
  # comment
  = <pattern>            start a group: every following turn line is its own single-turn item
  @ <pattern>            start one multi-turn item: following turn lines are its turns until a blank line
  <label>[/<fact>] | <message text>
"""
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
AUTO_FACT = {
    "med_alcohol": "alcohol",
    "med_stopping": "stopping",
    "med_pregnancy": "pregnancy",
    "med_driving": "driving",
}


def parse(lang):
    items = []
    mode = None  # 'single' | 'multi'
    pattern = None
    current = None
    path = HERE / "src" / f"{lang}.txt"
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        where = f"{path.name}:{n}"
        if not line.strip():
            if mode == "multi":
                current = None
                mode = None
            continue
        if line.startswith("#"):
            continue
        if line.startswith("= "):
            mode, pattern, current = "single", line[2:].strip(), None
            continue
        if line.startswith("@ "):
            mode, pattern = "multi", line[2:].strip()
            current = {"lang": lang, "pattern": pattern, "turns": []}
            items.append(current)
            continue
        if " | " not in line:
            sys.exit(f"{where}: cannot parse: {line!r}")
        head, text = line.split(" | ", 1)
        head, text = head.strip(), text.strip()
        if "/" in head:
            label, fact = head.split("/", 1)
        else:
            label, fact = head, AUTO_FACT.get(head)
        turn = {"text": text, "expect": label, "fact": fact}
        if mode == "single":
            items.append({"lang": lang, "pattern": pattern, "turns": [turn]})
        elif mode == "multi" and current is not None:
            current["turns"].append(turn)
        else:
            sys.exit(f"{where}: turn outside an item")
    return items


def main():
    items = []
    for lang in LANGS:
        items.extend(parse(lang))
    random.Random(20261201).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"al{i:04d}", "lang": it["lang"], "pattern": it["pattern"], "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30", "items": out}
    with open(HERE / "set.yml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=1000)
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
