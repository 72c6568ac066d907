#!/usr/bin/env python3
"""Build set.yml from the hand-written sources in src/.

Source format (one item per line or block):
  S <T|F> <expect>[+also...] | text          single question
  @F|@O|@N|@C <T|F>                           start of a followup / out_of_scope / no_entry / clarify block
  <expect>[+also...] | text                   one turn of the current block
T/F is beyond_seed. Items are shuffled with random.Random(20261214) and numbered q0001...
"""
import json, random, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KIND = {"F": "followup", "O": "out_of_scope", "N": "no_entry", "C": "clarify"}


def parse_label(s):
    parts = s.strip().split("+")
    return parts[0], parts[1:]


def load():
    items = []
    for name in ("singles.txt", "followups.txt", "other.txt"):
        cur = None
        for ln, raw in enumerate((HERE / "src" / name).read_text().splitlines(), 1):
            line = raw.rstrip()
            if not line or line.startswith("#"):
                cur = None
                continue
            where = f"{name}:{ln}"
            if line.startswith("S "):
                _, flag, rest = line.split(" ", 2)
                lab, text = rest.split(" | ", 1)
                exp, also = parse_label(lab)
                items.append({"kind": "single", "beyond_seed": flag == "T", "src": where,
                              "turns": [{"text": text.strip(), "expect": exp, "also": also}]})
                cur = None
            elif line.startswith("@"):
                k, flag = line[1:].split()
                cur = {"kind": KIND[k], "beyond_seed": flag == "T", "src": where, "turns": []}
                items.append(cur)
            else:
                if cur is None:
                    sys.exit(f"turn outside a block at {where}")
                lab, text = line.split(" | ", 1)
                exp, also = parse_label(lab)
                cur["turns"].append({"text": text.strip(), "expect": exp, "also": also})
    return items


def q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    items = load()
    random.Random(20261214).shuffle(items)
    out = ["author: independent evaluation helper (blind)", "written: '2026-11-29'", "items:"]
    for i, it in enumerate(items, 1):
        out.append(f"- id: q{i:04d}")
        out.append(f"  kind: {it['kind']}")
        out.append(f"  beyond_seed: {'true' if it['beyond_seed'] else 'false'}")
        out.append("  turns:")
        for t in it["turns"]:
            out.append(f"  - text: {q(t['text'])}")
            out.append(f"    expect: {t['expect']}")
            out.append(f"    also: [{', '.join(t['also'])}]")
    (HERE / "set.yml").write_text("\n".join(out) + "\n")
    print(f"wrote {len(items)} items, {sum(len(i['turns']) for i in items)} turns")


if __name__ == "__main__":
    main()
