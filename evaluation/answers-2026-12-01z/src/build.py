"""Build /tmp/set-z/set.yml from the hand-written source files in src/.

The texts are all written by hand in singles.txt, followups.txt and others.txt;
this script only parses them, tags whether the seed article answers each turn,
shuffles with random.Random(20261202) and numbers the items.
"""
import json, random, re, sys
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "set.yml"
META = HERE / "build_meta.json"

# Catalogue entries whose question the seed article answers (judgement call; see README).
SEED = {
    "basics_what_is_fibromyalgia", "basics_what_helps_pain", "basics_be_gentle",
    "basics_why_treatments_fall_short", "flare_triggers",
    "exercise_why_movement_helps", "exercise_pacing_getting_started",
    "exercise_how_often_how_much", "exercise_walking", "exercise_yoga",
    "exercise_tai_chi", "exercise_water", "exercise_cycling", "exercise_aerobic",
    "diet_fibromyalgia_diet", "diet_anti_inflammatory", "diet_fruit_vegetables",
    "diet_leafy_greens", "diet_magnesium", "diet_omega_3", "diet_gut_health",
    "diet_cooking_oils", "diet_blood_sugar", "diet_white_flour",
    "diet_processed_fried", "diet_fried_food", "diet_one_change_at_a_time",
    "therapies_adjunctive", "therapies_fda_approved_overview",
    "therapies_duloxetine", "therapies_milnacipran", "therapies_pregabalin",
    "therapies_ketamine", "therapies_ketamine_case_report",
}

def parse_turn(spec, text):
    force = None
    m = re.fullmatch(r"([A-Za-z0-9_+]+?)(@[sb])?", spec.strip())
    if not m:
        sys.exit(f"bad spec {spec!r}")
    ids = m.group(1).split("+")
    if m.group(2):
        force = m.group(2)[1]
    exp = ids[0]
    if exp == "N":
        exp = "no_entry"
    if exp == "O":
        exp = "out_of_scope"
    also = ids[1:]
    if force == "s":
        seed = True
    elif force == "b":
        seed = False
    else:
        seed = exp in SEED
    return {"text": text.strip(), "expect": exp, "also": also}, seed

KIND = {"S": "single", "N": "no_entry", "O": "out_of_scope",
        "F": "followup", "N2": "no_entry", "O2": "out_of_scope", "C": "clarify"}

def load():
    items = []
    for fn in ["singles.txt", "followups.txt", "others.txt"]:
        block = None
        for raw in (HERE / fn).read_text().split("\n") + [""]:
            line = raw.rstrip()
            if line.startswith("#"):
                continue
            if block is not None:
                if line.startswith("- "):
                    spec, text = line[2:].split(" | ", 1)
                    t, s = parse_turn(spec, text)
                    block["turns"].append(t); block["_seed"].append(s)
                    continue
                items.append(block); block = None
            if not line:
                continue
            head = line.split(" | ", 1)
            if len(head) == 2:  # one-line item: S/N/O
                tag, rest = head[0].split(" ", 1) if " " in head[0] else (head[0], "")
                tag0 = head[0].split("+")[0].split("@")[0].split(" ")[0]
                if tag0 == "S":
                    spec = head[0][2:]
                else:
                    spec = head[0]
                t, s = parse_turn(spec, head[1])
                items.append({"kind": KIND[tag0], "turns": [t], "_seed": [s], "_tags": []})
            else:
                parts = line.split()
                block = {"kind": KIND[parts[0]], "turns": [], "_seed": [], "_tags": parts[1:]}
    return items

def main():
    items = load()
    random.Random(20261202).shuffle(items)
    out, meta = [], []
    for i, it in enumerate(items, 1):
        iid = f"z{i:04d}"
        beyond = not all(it["_seed"])
        out.append({"id": iid, "kind": it["kind"], "beyond_seed": beyond, "turns": it["turns"]})
        meta.append({"id": iid, "turn_seed_answered": it["_seed"], "returns": "R" in it["_tags"]})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-30", "items": out}
    OUT.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000))
    META.write_text(json.dumps(meta, indent=0))
    nt = sum(len(x["turns"]) for x in out)
    seed_turns = sum(sum(m["turn_seed_answered"]) for m in meta)
    print(f"items {len(out)} turns {nt} seed-answered turns {seed_turns} "
          f"turns in beyond_seed items {sum(len(x['turns']) for x in out if x['beyond_seed'])}")

if __name__ == "__main__":
    main()
