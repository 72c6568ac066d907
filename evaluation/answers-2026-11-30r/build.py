#!/usr/bin/env python3
"""Build set.yml from the hand-written sources in src/*.txt (see the header of src/singles.txt)."""
import glob, os, random, re, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"no_entry", "out_of_scope", "clarify"}
KINDS = {"S": "single", "F": "followup", "O": "out_of_scope", "N": "no_entry", "C": "clarify"}

def parse(path):
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cont = line[0].isspace()
        body = line.strip()
        if not cont:
            k, body = body[0], body[1:].strip()
            assert k in KINDS, (path, n, line)
            items.append({"kind": KINDS[k], "turns": [], "src": f"{os.path.basename(path)}:{n}"})
        lab, _, text = body.partition("|")
        lab, text = lab.strip(), text.strip()
        assert text, (path, n, line)
        seed = lab.startswith("*")
        lab = lab.lstrip("*")
        parts = lab.split("+")
        items[-1]["turns"].append({"text": text, "expect": parts[0], "also": parts[1:], "seed": seed})
    return items

def main():
    items = []
    for f in ["singles.txt", "followups.txt", "others.txt"]:
        p = os.path.join(HERE, "src", f)
        if os.path.exists(p):
            items += parse(p)
    random.Random(20261215).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({
            "id": f"r{i:04d}",
            "kind": it["kind"],
            "beyond_seed": not all(t["seed"] for t in it["turns"]),
            "turns": [{"text": t["text"], "expect": t["expect"], "also": t["also"]} for t in it["turns"]],
        })
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30", "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=10000, default_flow_style=None)
    print(len(out), "items written")

if __name__ == "__main__":
    main()
