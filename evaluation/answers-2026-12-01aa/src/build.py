"""Build /tmp/set-aa/set.yml from the hand-written source files in this folder.

Source format (one item per line or block):
  S <s|b> <expect>[+also...] :: text            single question
  O <s|b> :: text                               out_of_scope, one turn
  N <s|b>[+also...] :: text                     no_entry, one turn
  F|O|N|C <s|b> [ret]                           block header, followed by
  > <expect>[+also...] :: text                  one line per turn
s = the seed article answers the item's question(s); b = beyond the seed article.
ret marks a follow-up that returns to an earlier subject (kept out of set.yml).
"""
import pathlib
import random
import re

import yaml

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "set.yml"
FILES = ["singles.txt", "followups1.txt", "followups2.txt", "followups3.txt", "other.txt"]
KINDS = {"S": "single", "F": "followup", "O": "out_of_scope", "N": "no_entry", "C": "clarify"}
FIXED = {"O": "out_of_scope", "N": "no_entry"}


def labels(spec):
    parts = spec.split("+")
    return parts[0], parts[1:]


def parse():
    items, cur = [], None
    for name in FILES:
        for raw in (HERE / name).read_text().splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                cur = None if not line else cur
                continue
            if line.startswith(">"):
                spec, text = line[1:].split("::", 1)
                exp, also = labels(spec.strip())
                cur["turns"].append({"text": text.strip(), "expect": exp, "also": also})
                continue
            head, _, text = line.partition("::")
            bits = head.split()
            letter, flag = bits[0], bits[1]
            flag, _, also0 = flag.partition("+")
            item = {"kind": KINDS[letter], "beyond_seed": flag == "b",
                    "ret": "ret" in bits[2:], "turns": []}
            assert flag in ("s", "b"), line
            if text.strip():  # one-line item
                if letter == "S":
                    exp, also = labels(bits[2])
                else:
                    exp, also = FIXED[letter], [a for a in also0.split("+") if a]
                item["turns"].append({"text": text.strip(), "expect": exp, "also": also})
                items.append(item)
                cur = None
            else:
                items.append(item)
                cur = item
    return items


def main():
    items = parse()
    ret = sum(1 for it in items if it["ret"])
    random.Random(20261204).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"aa{i:04d}", "kind": it["kind"], "beyond_seed": it["beyond_seed"],
                    "turns": [{"text": t["text"], "expect": t["expect"], "also": t["also"]}
                              for t in it["turns"]]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30", "items": out}
    OUT.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000))
    print(f"wrote {OUT}: {len(out)} items, {sum(len(x['turns']) for x in out)} turns, "
          f"{ret} follow-ups marked as returning to an earlier subject")


if __name__ == "__main__":
    main()
