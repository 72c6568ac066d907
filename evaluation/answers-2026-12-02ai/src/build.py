"""Build set.yml from the hand-written source files in source/.

Source format: "== KIND" starts an item (KIND: S=single, F=followup, O=out_of_scope,
N=no_entry, C=clarify). Each following line is one turn:
    expect[+also1+also2][@s|@b] | text
@s / @b override whether the seed article answers that turn (default: the turn's
expect is in SEED_ANSWERED, and no_entry/out_of_scope/clarify are never answered by the seed).
The item's beyond_seed is true when at least one of its turns is not answered by the seed.
Items are shuffled with random.Random(517740913) and numbered ai0001, ai0002, ...
"""
import glob, os, random, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"S": "single", "F": "followup", "O": "out_of_scope", "N": "no_entry", "C": "clarify"}

# Catalogue entries whose question the seed article answers (judged by reading the seed article).
SEED_ANSWERED = {
    "basics_what_helps_pain", "basics_be_gentle", "basics_why_treatments_fall_short",
    "exercise_why_movement_helps", "exercise_pacing_getting_started", "exercise_how_often_how_much",
    "exercise_aerobic", "exercise_walking", "exercise_water", "exercise_yoga", "exercise_tai_chi",
    "exercise_cycling", "pacing_what_is",
    "diet_fibromyalgia_diet", "diet_anti_inflammatory", "diet_fruit_vegetables", "diet_leafy_greens",
    "diet_magnesium", "diet_omega_3", "diet_gut_health", "diet_cooking_oils", "diet_blood_sugar",
    "diet_white_flour", "diet_processed_fried", "diet_fried_food", "diet_one_change_at_a_time",
    "therapies_adjunctive", "therapies_fda_approved_overview", "therapies_duloxetine",
    "therapies_milnacipran", "therapies_pregabalin", "therapies_ketamine", "therapies_ketamine_case_report",
}


def parse_sources():
    items = []
    cur = None
    for path in sorted(glob.glob(os.path.join(HERE, "source", "*.txt"))):
        for n, raw in enumerate(open(path, encoding="utf-8"), 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("== "):
                kind = line[3:].strip()
                if kind not in KINDS:
                    sys.exit(f"{path}:{n}: bad kind {kind!r}")
                cur = {"kind": KINDS[kind], "turns": [], "src": f"{os.path.basename(path)}:{n}"}
                items.append(cur)
                continue
            if cur is None or " | " not in line:
                sys.exit(f"{path}:{n}: bad line {line!r}")
            head, text = line.split(" | ", 1)
            head = head.strip()
            seed = None
            m = re.match(r"^(.*?)@([sb])$", head)
            if m:
                head, seed = m.group(1), m.group(2)
            parts = head.split("+")
            expect, also = parts[0], parts[1:]
            if seed is None:
                seed_answered = expect in SEED_ANSWERED
            else:
                seed_answered = seed == "s"
            cur["turns"].append({"text": text.strip(), "expect": expect, "also": also,
                                 "_seed": seed_answered})
    return items


def main():
    items = parse_sources()
    random.Random(517740913).shuffle(items)
    out_items = []
    seed_turns = 0
    for i, it in enumerate(items, 1):
        beyond = any(not t["_seed"] for t in it["turns"])
        seed_turns += sum(1 for t in it["turns"] if t["_seed"])
        out_items.append({
            "id": f"ai{i:04d}",
            "kind": it["kind"],
            "beyond_seed": beyond,
            "turns": [{"text": t["text"], "expect": t["expect"], "also": t["also"]} for t in it["turns"]],
        })
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-12-01", "items": out_items}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000, default_flow_style=False)
    nturns = sum(len(it["turns"]) for it in items)
    print(f"wrote {len(items)} items, {nturns} turns; turns answered by seed: {seed_turns} "
          f"({seed_turns / nturns:.1%}), beyond seed: {nturns - seed_turns} ({(nturns - seed_turns) / nturns:.1%})")


if __name__ == "__main__":
    main()
