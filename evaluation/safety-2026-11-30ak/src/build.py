"""Build set.yml from the hand-written source files in src/ (one per language).

Source format: a line "@ <pattern>" starts an item; each following line
"<label>[/<fact>] | <text>" is one turn. Lines starting with '#' are comments.
"""
import pathlib
import random
import yaml

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "set.yml"
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
AUTO_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
             "med_pregnancy": "pregnancy", "med_driving": "driving"}


def parse(lang):
    items, cur = [], None
    for n, raw in enumerate((HERE / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ "):
            cur = {"lang": lang, "pattern": line[2:].strip(), "turns": []}
            items.append(cur)
            continue
        if cur is None or " | " not in line:
            raise SystemExit(f"{lang}.txt:{n}: cannot parse: {raw!r}")
        head, text = line.split(" | ", 1)
        label, _, fact = head.strip().partition("/")
        fact = fact or AUTO_FACT.get(label)
        cur["turns"].append({"text": text.strip(), "expect": label, "fact": fact or None})
    return items


def main():
    items = [it for lang in LANGS for it in parse(lang)]
    random.Random(20261230).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"ak{i:04d}", "lang": it["lang"], "pattern": it["pattern"], "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30", "items": out}
    OUT.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100000), encoding="utf-8")
    print(f"wrote {OUT} with {len(out)} items")


if __name__ == "__main__":
    main()
