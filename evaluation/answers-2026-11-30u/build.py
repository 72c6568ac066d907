#!/usr/bin/env python3
"""Assemble set.yml from the hand-written source files in src/.

This script only assembles, labels the beyond_seed flag, shuffles and numbers the
items. Every question text and every label was written by hand in src/*.txt.

Source line format:  expect[+also1+also2] [S|N] :: text
  S / N override whether the seed article answers that turn; without it the
  default is "answered by the seed" exactly when expect is in SEED_ENTRIES.
Blocks (items) are separated by blank lines; lines starting with # are comments.
"""
import random, re, sys, json
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

# Entries whose question the seed article answers (in substance) when asked plainly.
SEED_ENTRIES = {
    "basics_what_is_fibromyalgia", "basics_what_helps_pain", "basics_be_gentle",
    "basics_why_treatments_fall_short", "symptoms_overview", "flare_triggers", "pacing_what_is",
    "exercise_why_movement_helps", "exercise_pacing_getting_started", "exercise_how_often_how_much",
    "exercise_aerobic", "exercise_walking", "exercise_yoga", "exercise_tai_chi", "exercise_water",
    "exercise_cycling", "diet_fibromyalgia_diet", "diet_anti_inflammatory", "diet_fruit_vegetables",
    "diet_leafy_greens", "diet_magnesium", "diet_omega_3", "diet_gut_health", "diet_cooking_oils",
    "diet_blood_sugar", "diet_white_flour", "diet_processed_fried", "diet_fried_food",
    "diet_one_change_at_a_time", "therapies_adjunctive", "therapies_fda_approved_overview",
    "therapies_duloxetine", "therapies_milnacipran", "therapies_pregabalin", "therapies_ketamine",
    "therapies_ketamine_case_report",
}

FILES = [
    ("singles.txt", "single"),
    ("followups_med.txt", "followup"),
    ("followups_other.txt", "followup"),
    ("followups_extra.txt", "followup"),
    ("oos.txt", "out_of_scope"),
    ("noentry.txt", "no_entry"),
    ("clarify.txt", "clarify"),
]

LINE = re.compile(r"^(?P<lab>[a-z0-9_+]+)(?:\s+(?P<flag>[SN]))?\s+::\s+(?P<text>.+)$")


def parse_turn(line):
    m = LINE.match(line)
    if not m:
        sys.exit(f"bad line: {line!r}")
    labs = m.group("lab").split("+")
    flag = m.group("flag")
    seed = (labs[0] in SEED_ENTRIES) if flag is None else (flag == "S")
    return {"text": m.group("text").strip(), "expect": labs[0], "also": labs[1:]}, seed


def blocks(path):
    cur = []
    for raw in path.read_text().splitlines():
        line = raw.rstrip()
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                yield cur
                cur = []
            continue
        cur.append(line)
    if cur:
        yield cur


def main():
    items, seedinfo = [], []
    for fname, kind in FILES:
        path = SRC / fname
        if kind == "single":
            groups = [[l] for b in blocks(path) for l in b]
        else:
            groups = list(blocks(path))
        for g in groups:
            turns, seeds = zip(*(parse_turn(l) for l in g))
            item = {"id": None, "kind": kind, "beyond_seed": not all(seeds), "turns": list(turns)}
            items.append(item)
            seedinfo.append(list(seeds))
    order = list(range(len(items)))
    random.Random(20261223).shuffle(order)
    out = []
    per_turn_seed = 0
    for n, idx in enumerate(order, 1):
        it = items[idx]
        it["id"] = f"u{n:04d}"
        out.append(it)
        per_turn_seed += sum(seedinfo[idx])
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30", "items": out}
    with open(HERE / "set.yml", "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=10000, default_flow_style=False)
    total_turns = sum(len(i["turns"]) for i in out)
    print(json.dumps({
        "items": len(out), "turns": total_turns,
        "turns_answered_by_seed_per_turn": per_turn_seed,
        "turns_beyond_seed_per_turn_share": round(1 - per_turn_seed / total_turns, 3),
    }))


if __name__ == "__main__":
    main()
