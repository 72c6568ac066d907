"""Build /tmp/set-ak/set.yml from the hand-written source files in this folder.

Source format (one file may hold several kinds):
  @kind                      switches the kind (single, followup, no_entry, out_of_scope, clarify)
  label[+also,...][!beyond|!seed] | text      first turn of an item
  > label[+also,...][!beyond|!seed] | text    a later turn of the same item
For @single every line is its own item; for other kinds a line without '>' starts a new item.
!beyond / !seed override the default judgement of whether the seed article answers that turn.
"""
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "set.yml"
FILES = ["singles.txt", "long.txt", "followups1.txt", "followups2.txt", "followups3.txt", "other.txt"]

# Entries whose question the seed article answers (hand judgement after reading the seed).
SEED_ANSWERED = {
    "basics_what_helps_pain", "basics_be_gentle", "basics_what_is_fibromyalgia",
    "basics_why_treatments_fall_short", "flare_triggers",
    "exercise_why_movement_helps", "exercise_pacing_getting_started", "exercise_how_often_how_much",
    "exercise_aerobic", "exercise_walking", "exercise_water", "exercise_yoga", "exercise_tai_chi",
    "exercise_cycling", "pacing_what_is",
    "diet_fibromyalgia_diet", "diet_anti_inflammatory", "diet_fruit_vegetables", "diet_leafy_greens",
    "diet_magnesium", "diet_omega_3", "diet_gut_health", "diet_cooking_oils", "diet_blood_sugar",
    "diet_white_flour", "diet_processed_fried", "diet_fried_food", "diet_one_change_at_a_time",
    "therapies_adjunctive", "therapies_fda_approved_overview", "therapies_duloxetine",
    "therapies_milnacipran", "therapies_pregabalin", "therapies_ketamine", "therapies_ketamine_case_report",
}


def parse_label(raw):
    raw = raw.strip()
    override = None
    if "!" in raw:
        raw, flag = raw.split("!", 1)
        override = {"beyond": True, "seed": False}[flag.strip()]
    parts = raw.split("+")
    return parts[0].strip(), [p.strip() for p in parts[1:] if p.strip()], override


def parse():
    items = []
    for name in FILES:
        kind = None
        for lineno, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            if line.startswith("@"):
                kind = line[1:].strip()
                continue
            cont = line.startswith("> ")
            body = line[2:] if cont else line
            if " | " not in body:
                sys.exit(f"{name}:{lineno}: no ' | ' separator")
            label, text = body.split(" | ", 1)
            expect, also, override = parse_label(label)
            beyond = (expect not in SEED_ANSWERED) if override is None else override
            turn = {"text": text.strip(), "expect": expect, "also": also, "_beyond": beyond}
            if cont:
                if kind == "single" or not items:
                    sys.exit(f"{name}:{lineno}: continuation not allowed here")
                items[-1]["turns"].append(turn)
            else:
                items.append({"kind": kind, "turns": [turn], "_src": f"{name}:{lineno}"})
    return items


def main():
    items = parse()
    random.Random(823823870).shuffle(items)
    out_items = []
    for n, it in enumerate(items, 1):
        beyond_seed = any(t["_beyond"] for t in it["turns"])
        out_items.append({
            "id": f"ak{n:04d}",
            "kind": it["kind"],
            "beyond_seed": beyond_seed,
            "turns": [{"text": t["text"], "expect": t["expect"], "also": t["also"]} for t in it["turns"]],
        })
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-12-01", "items": out_items}
    OUT.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100000), encoding="utf-8")
    turn_total = sum(len(i["turns"]) for i in items)
    turn_beyond = sum(t["_beyond"] for i in items for t in i["turns"])
    print(f"wrote {OUT}: {len(items)} items, {turn_total} turns, "
          f"turns beyond seed (per-turn judgement) {turn_beyond} = {turn_beyond / turn_total:.1%}")


if __name__ == "__main__":
    main()
