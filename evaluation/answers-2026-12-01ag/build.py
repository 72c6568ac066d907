"""Assemble set.yml from the hand-written sources in src/ (blind set "ag").

The texts and labels are all written by hand in src/*.txt; this script only parses them,
sets beyond_seed by the rule documented in README.md, shuffles with
random.Random(1104552813) and numbers the items ag0001, ag0002, ...
"""
import random
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

# Catalogue entries whose question the seed article answers (see README.md, "beyond_seed").
SEED_ENTRIES = {
    "basics_what_helps_pain", "basics_be_gentle",
    "exercise_why_movement_helps", "exercise_pacing_getting_started", "exercise_how_often_how_much",
    "exercise_aerobic", "exercise_walking", "exercise_water", "exercise_yoga", "exercise_tai_chi",
    "exercise_cycling",
    "diet_fibromyalgia_diet", "diet_anti_inflammatory", "diet_fruit_vegetables", "diet_leafy_greens",
    "diet_magnesium", "diet_omega_3", "diet_gut_health", "diet_cooking_oils", "diet_blood_sugar",
    "diet_white_flour", "diet_processed_fried", "diet_fried_food", "diet_one_change_at_a_time",
    "therapies_adjunctive", "therapies_fda_approved_overview", "therapies_duloxetine",
    "therapies_milnacipran", "therapies_pregabalin", "therapies_ketamine",
    "therapies_ketamine_case_report",
}


def parse_label(label):
    toks = label.split()
    expect = toks[0]
    also = [t[1:] for t in toks[1:] if t.startswith("+")]
    force = None
    for t in toks[1:]:
        if t == "^b":
            force = True
        elif t == "^s":
            force = False
    return expect, also, force


def turn_from(line):
    label, text = line.split(" :: ", 1)
    expect, also, force = parse_label(label.strip())
    t = {"text": text.strip(), "expect": expect, "force": force}
    if also:
        t["also"] = also
    return t, force


def read_lines(name):
    return (SRC / name).read_text(encoding="utf-8").split("\n")


def singles(name):
    out = []
    for line in read_lines(name):
        if not line.strip() or line.startswith("#"):
            continue
        t, force = turn_from(line)
        out.append(("single", [t], force))
    return out


def blocks(name, kind):
    """Items separated by blank lines; each '> ' line is a turn."""
    out, cur, force = [], [], None
    for line in read_lines(name) + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                out.append((kind, cur, force))
            cur, force = [], None
            continue
        assert line.startswith("> "), line
        t, f = turn_from(line[2:])
        cur.append(t)
        if f is not None:
            force = f
    return out


def one_liners(name, kind):
    """Each '> ' line starts an item; '>> ' adds a turn to the previous item."""
    out = []
    for line in read_lines(name):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(">> "):
            t, _ = turn_from(line[3:])
            out[-1][1].append(t)
        else:
            assert line.startswith("> "), line
            t, f = turn_from(line[2:])
            out.append((kind, [t], f))
    return out


def turn_in_seed(t):
    """A turn is answered by the seed article when one of its right answers is a seed entry,
    unless the turn is marked ^b (its entry is a seed entry but this question is not answered
    by the article) or ^s (answered by the article although its entry is not a seed entry)."""
    if t.get("force") is not None:
        return not t["force"]
    return any(e in SEED_ENTRIES for e in [t["expect"]] + t.get("also", []))


def beyond_seed(turns):
    return not any(turn_in_seed(t) for t in turns)


def main():
    raw = []
    raw += singles("singles.txt")
    raw += singles("long.txt")
    for f in ["followups1.txt", "followups2.txt", "followups3.txt", "followups4.txt"]:
        raw += blocks(f, "followup")
    raw += one_liners("oos.txt", "out_of_scope")
    raw += one_liners("ne.txt", "no_entry")
    raw += blocks("clarify.txt", "clarify")

    items = []
    for kind, turns, force in raw:
        turns_out = []
        for t in turns:
            d = {"text": t["text"], "expect": t["expect"]}
            if t.get("also"):
                d["also"] = t["also"]
            turns_out.append(d)
        items.append({"kind": kind, "beyond_seed": beyond_seed(turns), "turns": turns_out})

    random.Random(1104552813).shuffle(items)
    numbered = []
    for i, it in enumerate(items, 1):
        numbered.append({"id": f"ag{i:04d}", **it})

    doc = {"author": "independent evaluation helper (blind)", "written": "2026-12-01", "items": numbered}
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=10000, default_flow_style=False)
    (HERE / "set.yml").write_text(text, encoding="utf-8")
    print(f"wrote {len(numbered)} items, {sum(len(i['turns']) for i in numbered)} turns")


if __name__ == "__main__":
    main()
