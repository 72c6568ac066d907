#!/usr/bin/env python3
"""Assemble set.yml from the hand-written source files (src_*.txt).

The builder only parses, shuffles with random.Random(20261205) and numbers the
items; every text and label is written by hand in the source files.
"""
import collections
import random
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"F": "followup", "O": "out_of_scope", "N": "no_entry", "C": "clarify"}


def parse_label(rest):
    also = []
    if "##" in rest:
        rest, extra = rest.split("##", 1)
        extra = extra.strip()
        assert extra.startswith("also="), extra
        also = [a.strip() for a in extra[len("also="):].split(",") if a.strip()]
    return rest.strip(), also


def parse_singles(path):
    items, entry = [], None
    for ln, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            entry = line[1:].strip()
            continue
        seed = line.startswith("*")
        text, also = parse_label(line[1:] if seed else line)
        assert entry, f"{path}:{ln} text before any @entry"
        items.append({"kind": "single", "beyond_seed": not seed,
                      "turns": [{"text": text, "expect": entry, "also": also}],
                      "_section": "single"})
    return items


def parse_blocks(path):
    items, cur, section = [], None, ""
    for ln, line in enumerate(path.read_text().splitlines(), 1):
        if line.startswith("# ----"):
            section = line.strip("# -").strip()
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                items.append(cur)
                cur = None
            continue
        if line.startswith(">"):
            assert cur is not None, f"{path}:{ln} turn without header"
            body, also = parse_label(line[1:])
            text, expect = body.rsplit("=>", 1)
            cur["turns"].append({"text": text.strip(), "expect": expect.strip(), "also": also})
            continue
        head = line.strip()
        seed = head.endswith("*")
        kind = KINDS[head.rstrip("*")]
        assert cur is None, f"{path}:{ln} header inside an open block"
        cur = {"kind": kind, "beyond_seed": not seed, "turns": [], "_section": section}
    if cur:
        items.append(cur)
    return items


def main():
    items = parse_singles(HERE / "src_singles.txt")
    items += parse_blocks(HERE / "src_convos.txt")
    items += parse_blocks(HERE / "src_other.txt")
    rng = random.Random(20261205)
    rng.shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({"id": f"o{n:04d}", "kind": it["kind"], "beyond_seed": it["beyond_seed"],
                    "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-29", "items": out}
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000,
                          default_flow_style=False)
    (HERE / "set.yml").write_text(text)
    sec = collections.Counter(it["_section"] for it in items)
    print(f"wrote {len(out)} items")
    for k, v in sorted(sec.items()):
        print(f"  section {k!r}: {v}")


if __name__ == "__main__":
    sys.exit(main())
