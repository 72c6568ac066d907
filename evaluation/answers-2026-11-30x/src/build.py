"""Assemble set.yml from the hand-written source files in src/.

Every message text comes verbatim from src/*.txt (written by hand). This script
only parses, labels beyond_seed, shuffles with random.Random(20261229) and numbers.
"""
import random, re, sys, yaml
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FILES = ["singles_a.txt", "singles_b.txt", "singles_c.txt", "singles_d.txt", "singles_e.txt",
         "followups_a.txt", "followups_b.txt", "followups_c.txt", "followups_r.txt", "others.txt"]
ABBR = {"ne": "no_entry", "oos": "out_of_scope", "cl": "clarify"}
KIND = {"S": "single", "F": "followup", "O": "out_of_scope", "N": "no_entry", "C": "clarify"}
DEFAULT = {"O": "oos", "N": "ne", "C": "cl"}

# Entries whose question the seed article answers (judgement; see README).
SEED = set("""
basics_what_is_fibromyalgia basics_what_helps_pain basics_be_gentle basics_why_treatments_fall_short
exercise_why_movement_helps exercise_pacing_getting_started exercise_how_often_how_much exercise_aerobic
exercise_walking exercise_yoga exercise_tai_chi exercise_water exercise_cycling
diet_fibromyalgia_diet diet_anti_inflammatory diet_fruit_vegetables diet_leafy_greens diet_magnesium
diet_omega_3 diet_gut_health diet_cooking_oils diet_blood_sugar diet_white_flour diet_processed_fried
diet_fried_food diet_one_change_at_a_time
therapies_adjunctive therapies_fda_approved_overview therapies_duloxetine therapies_milnacipran
therapies_pregabalin therapies_ketamine therapies_ketamine_case_report
""".split())

# Turns whose wording asks something the seed does not cover although the entry is in SEED.
BEYOND_TEXTS = set()


def parse_spec(spec, default=None):
    parts = spec.split()
    flag = None
    if parts and parts[-1] in ("b", "s"):
        flag = parts.pop()
    lab = parts[0] if parts else ""
    if lab.startswith("+") or lab == "":
        lab = (default or "") + lab
    bits = lab.split("+")
    expect = ABBR.get(bits[0], bits[0])
    also = [ABBR.get(b, b) for b in bits[1:]]
    return expect, also, flag


def turn(spec, text, default=None):
    expect, also, flag = parse_spec(spec, default)
    if flag == "b":
        seed = False
    elif flag == "s":
        seed = True
    else:
        seed = expect in SEED
    return {"text": text.strip(), "expect": expect, "also": also, "_seed": seed}


def parse():
    items = []
    cur = None
    for fn in FILES:
        for ln, raw in enumerate((HERE / fn).read_text().splitlines(), 1):
            line = raw.rstrip()
            if not line.strip() or line.startswith("#"):
                cur = None
                continue
            if line.startswith("> "):
                spec, text = line[2:].split(" :: ", 1)
                assert cur is not None, (fn, ln)
                cur["turns"].append(turn(spec, text))
                continue
            head = line.split(" ", 1)[0]
            assert head in KIND, (fn, ln, line)
            if " :: " in line:
                spec, text = line.split(" :: ", 1)
                spec = spec[len(head):].strip()
                items.append({"kind": KIND[head], "turns": [turn(spec, text, DEFAULT.get(head))]})
                cur = None
            else:
                assert line.strip() == head, (fn, ln)
                cur = {"kind": KIND[head], "turns": []}
                items.append(cur)
    return items


def main():
    items = parse()
    random.Random(20261229).shuffle(items)
    out = []
    seed_turns = total_turns = 0
    for i, it in enumerate(items, 1):
        turns = []
        for t in it["turns"]:
            total_turns += 1
            seed_turns += t["_seed"]
            turns.append({"text": t["text"], "expect": t["expect"], "also": t["also"]})
        beyond = not all(t["_seed"] for t in it["turns"])
        out.append({"id": f"x{i:04d}", "kind": it["kind"], "beyond_seed": beyond, "turns": turns})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30", "items": out}
    (ROOT / "set.yml").write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000))
    print(f"items={len(out)} turns={total_turns} seed_answered_turns={seed_turns} "
          f"beyond_turns={total_turns - seed_turns} ({(total_turns - seed_turns) / total_turns:.1%})")


if __name__ == "__main__":
    main()
