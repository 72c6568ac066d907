"""Build set.yml from the hand-written sources in src/*.txt.

Source format (one item per block):
  K B EXPECT[+ALSO...] :: text          one-turn item
  K B                                   multi-turn item header, followed by
  - EXPECT[+ALSO...] :: text            one line per turn
K: S single, F followup, O out_of_scope, N no_entry, C clarify.
B: y = beyond the seed article (beyond_seed: true), n = the seed article answers it.
Items are shuffled with random.Random(20261231) and numbered y0001, y0002, ...
"""
import glob, os, random, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"S": "single", "F": "followup", "O": "out_of_scope", "N": "no_entry", "C": "clarify"}


def catalogue_ids():
    text = open(os.path.join(HERE, "CATALOGUE.md"), encoding="utf-8").read()
    return re.findall(r"^- `([a-z0-9_]+)`:", text, flags=re.M)


def parse_turn(spec, text, where):
    labels = spec.strip().split("+")
    text = text.strip()
    if not text:
        sys.exit(f"{where}: empty text")
    return {"text": text, "expect": labels[0], "also": labels[1:]}


def parse(path):
    items, cur = [], None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        where = f"{os.path.basename(path)}:{n}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("- "):
            if cur is None:
                sys.exit(f"{where}: turn without header")
            spec, sep, text = line[2:].partition(" :: ")
            if not sep:
                sys.exit(f"{where}: missing ' :: '")
            cur["turns"].append(parse_turn(spec, text, where))
            continue
        head, sep, text = line.partition(" :: ")
        parts = head.split()
        if parts[0] not in KINDS or parts[1] not in ("y", "n"):
            sys.exit(f"{where}: bad header {line!r}")
        cur = {"kind": KINDS[parts[0]], "beyond_seed": parts[1] == "y", "turns": []}
        items.append(cur)
        if sep:
            if len(parts) != 3:
                sys.exit(f"{where}: bad one-turn line")
            cur["turns"].append(parse_turn(parts[2], text, where))
            cur = None
    return items


def main():
    ids = set(catalogue_ids())
    assert len(ids) == 154, len(ids)
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        items.extend(parse(path))
    labels = ids | {"no_entry", "out_of_scope", "clarify"}
    for it in items:
        for t in it["turns"]:
            for lab in [t["expect"]] + t["also"]:
                if lab not in labels:
                    sys.exit(f"unknown label {lab!r} in {t['text']!r}")
    random.Random(20261231).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"y{i:04d}", "kind": it["kind"], "beyond_seed": it["beyond_seed"],
                    "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30", "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    print(f"wrote {len(out)} items, {sum(len(x['turns']) for x in out)} turns")


if __name__ == "__main__":
    main()
