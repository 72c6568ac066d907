#!/usr/bin/env python3
"""Assemble set.yml from the hand-written sources in src/.

Source format (one item per block, blank line or next header ends a block):
  S[%b|%s] expect[+also...] :: text          single question on one line
  F[%b|%s]                                   follow-up conversation; turns follow, indented:
    expect[+also...] :: text
  O / N [expect[+also]] :: text              out_of_scope / no_entry, one turn on one line,
  O / N / C + indented turns                 or a block of turns
%b forces beyond_seed true, %s forces it false; otherwise beyond_seed is false only when
every turn expects an entry that the seed article answers (SEED below).
"""
import glob, os, random, re, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"S": "single", "F": "followup", "O": "out_of_scope", "N": "no_entry", "C": "clarify"}
SEED = set("""
basics_what_is_fibromyalgia basics_why_treatments_fall_short basics_be_gentle basics_what_helps_pain
diet_fibromyalgia_diet diet_anti_inflammatory diet_fruit_vegetables diet_leafy_greens diet_magnesium
diet_omega_3 diet_gut_health diet_cooking_oils diet_blood_sugar diet_white_flour diet_processed_fried
diet_fried_food diet_one_change_at_a_time
therapies_adjunctive therapies_fda_approved_overview therapies_duloxetine therapies_milnacipran
therapies_pregabalin therapies_ketamine therapies_ketamine_case_report
pacing_what_is exercise_why_movement_helps exercise_pacing_getting_started exercise_how_often_how_much
exercise_aerobic exercise_walking exercise_water exercise_yoga exercise_tai_chi exercise_cycling
flare_triggers
""".split())


def parse_turn(label, text, default=None):
    label = label.strip() or default
    parts = label.split("+")
    return {"text": text.strip(), "expect": parts[0], "also": parts[1:]}


def parse(path):
    items, cur = [], None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            cur = None if not line.strip() else cur
            continue
        if not line.startswith(" "):
            m = re.match(r"^([SFONC])(%[bs])?(.*)$", line)
            kind = KINDS[m.group(1)]
            cur = {"kind": kind, "override": m.group(2), "turns": []}
            items.append(cur)
            rest = m.group(3)
            if "::" in rest:
                label, text = rest.split("::", 1)
                default = {"out_of_scope": "out_of_scope", "no_entry": "no_entry"}.get(kind)
                cur["turns"].append(parse_turn(label, text, default))
                cur = None
        else:
            label, text = line.strip().split("::", 1)
            cur["turns"].append(parse_turn(label, text))
    return items


def main():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        items.extend(parse(path))
    out = []
    for it in items:
        if it["override"] == "%b":
            beyond = True
        elif it["override"] == "%s":
            beyond = False
        else:
            beyond = not all(t["expect"] in SEED for t in it["turns"])
        out.append({"kind": it["kind"], "beyond_seed": beyond, "turns": it["turns"]})
    random.Random(20261207).shuffle(out)
    final = []
    for i, it in enumerate(out, 1):
        final.append({"id": "p%04d" % i, **it})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-11-29", "items": final}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000)
    print("wrote", len(final), "items,", sum(len(i["turns"]) for i in final), "turns")


if __name__ == "__main__":
    main()
