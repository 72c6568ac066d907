#!/usr/bin/env python3
"""Build set.yml from the hand-written sources in src/.

Source format (one turn per line):
  K | expect[+also...] | text      first turn of an item, K in S F O N C
    | expect[+also...] | text      further turns of the same item
expect may start with "!" (entry the seed article covers, but this wording asks
something the seed does not answer) or "^" (the seed answers this wording although
the entry as a whole is not covered by it). Only used for beyond_seed.
Items are shuffled with random.Random(88310457) and numbered ac0001... in that order.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = ["src/singles.txt", "src/followups.txt", "src/other.txt"]
KINDS = {"S": "single", "F": "followup", "O": "out_of_scope", "N": "no_entry", "C": "clarify"}

# Entries whose catalogue question the seed article answers (see README).
SEED_ENTRIES = {
    "basics_what_helps_pain", "basics_be_gentle", "basics_why_treatments_fall_short",
    "pacing_what_is",
    "exercise_why_movement_helps", "exercise_pacing_getting_started",
    "exercise_how_often_how_much", "exercise_aerobic", "exercise_walking",
    "exercise_water", "exercise_yoga", "exercise_tai_chi", "exercise_cycling",
    "diet_fibromyalgia_diet", "diet_anti_inflammatory", "diet_fruit_vegetables",
    "diet_leafy_greens", "diet_magnesium", "diet_omega_3", "diet_gut_health",
    "diet_cooking_oils", "diet_blood_sugar", "diet_white_flour",
    "diet_processed_fried", "diet_fried_food", "diet_one_change_at_a_time",
    "therapies_adjunctive", "therapies_fda_approved_overview",
    "therapies_duloxetine", "therapies_milnacipran", "therapies_pregabalin",
    "therapies_ketamine", "therapies_ketamine_case_report",
}


def parse():
    items = []
    for name in SRC:
        for n, raw in enumerate((HERE / name).read_text().splitlines(), 1):
            line = raw.rstrip()
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|", 2)]
            if len(parts) != 3 or not parts[2]:
                raise SystemExit(f"{name}:{n}: bad line: {raw!r}")
            head, exp, text = parts
            flag = ""
            if exp[:1] in "!^":
                flag, exp = exp[0], exp[1:]
            ids = exp.split("+")
            turn = {"text": text, "expect": ids[0], "also": ids[1:], "flag": flag}
            if head:
                if head not in KINDS:
                    raise SystemExit(f"{name}:{n}: bad kind {head!r}")
                items.append({"kind": KINDS[head], "turns": [turn]})
            else:
                if not items or raw[:1] not in " \t":
                    raise SystemExit(f"{name}:{n}: continuation without item")
                items[-1]["turns"].append(turn)
    return items


def seed_answered(turn):
    if turn["flag"] == "^":
        return True
    if turn["flag"] == "!":
        return False
    return turn["expect"] in SEED_ENTRIES


def q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    items = parse()
    random.Random(88310457).shuffle(items)
    out = ["author: independent evaluation helper (blind)", "written: '2026-12-01'", "items:"]
    for i, it in enumerate(items, 1):
        # true when at least half of the item's questions are ones the seed does not answer
        n_beyond = sum(not seed_answered(t) for t in it["turns"])
        beyond = 2 * n_beyond >= len(it["turns"])
        out.append(f"- id: ac{i:04d}")
        out.append(f"  kind: {it['kind']}")
        out.append(f"  beyond_seed: {'true' if beyond else 'false'}")
        out.append("  turns:")
        for t in it["turns"]:
            out.append(f"  - text: {q(t['text'])}")
            out.append(f"    expect: {t['expect']}")
            out.append("    also: [" + ", ".join(t["also"]) + "]")
    (HERE / "set.yml").write_text("\n".join(out) + "\n")
    print(f"wrote set.yml: {len(items)} items, {sum(len(i['turns']) for i in items)} turns")


if __name__ == "__main__":
    main()
