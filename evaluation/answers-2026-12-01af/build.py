"""Assemble set.yml from the hand-written source files in src/.

Source format (one item per S/N/O line, or a header line followed by indented turns):
  S <expect> [+also1,also2] [#seed|#beyond] :: text      single question
  N [+also] :: text                                      one-turn no_entry
  O :: text                                              one-turn out_of_scope
  F|N2|O2|C [#seed|#beyond]                              multi-turn item header
    <expect> [+also] :: text                             one turn
beyond_seed is false only when every turn expects an entry the seed article answers
(SEED below), unless overridden with #seed / #beyond.
Items are shuffled with random.Random(1073229961) and numbered af0001...
"""
import glob, os, random, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = set("""basics_be_gentle basics_what_helps_pain exercise_why_movement_helps
exercise_pacing_getting_started exercise_how_often_how_much exercise_walking exercise_yoga
exercise_tai_chi exercise_water exercise_cycling exercise_aerobic diet_fibromyalgia_diet
diet_anti_inflammatory diet_fruit_vegetables diet_leafy_greens diet_magnesium diet_omega_3
diet_gut_health diet_cooking_oils diet_blood_sugar diet_white_flour diet_processed_fried
diet_fried_food diet_one_change_at_a_time therapies_adjunctive therapies_fda_approved_overview
therapies_duloxetine therapies_milnacipran therapies_pregabalin therapies_ketamine
therapies_ketamine_case_report""".split())
KINDS = {"S": "single", "N": "no_entry", "O": "out_of_scope", "F": "followup",
         "N2": "no_entry", "O2": "out_of_scope", "C": "clarify"}


def parse_left(left):
    expect, also, flag = None, [], None
    for tok in left.split():
        if tok.startswith("+"):
            also = [a for a in tok[1:].split(",") if a]
        elif tok in ("#seed", "#beyond"):
            flag = tok
        elif expect is None:
            expect = tok
        else:
            raise ValueError(left)
    return expect, also, flag


def turn(expect, also, text):
    return {"text": text, "expect": expect, "also": also}


def read_items():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        cur = None
        for n, raw in enumerate(open(path, encoding="utf-8"), 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("  "):
                left, text = line.strip().split(" :: ", 1)
                e, a, _ = parse_left(left)
                cur["turns"].append(turn(e, a, text.strip()))
                continue
            if " :: " in line:
                left, text = line.split(" :: ", 1)
                head, *rest = left.split(" ", 1)
                e, a, flag = parse_left(rest[0] if rest else "")
                if head == "S":
                    it = {"kind": "single", "flag": flag, "turns": [turn(e, a, text.strip())]}
                elif head == "N":
                    it = {"kind": "no_entry", "flag": flag, "turns": [turn("no_entry", a, text.strip())]}
                elif head == "O":
                    it = {"kind": "out_of_scope", "flag": flag, "turns": [turn("out_of_scope", a, text.strip())]}
                else:
                    raise ValueError(f"{path}:{n}")
                items.append(it); cur = None
                continue
            head, *rest = line.split()
            cur = {"kind": KINDS[head], "flag": rest[0] if rest else None, "turns": []}
            items.append(cur)
    return items


def main():
    items = read_items()
    out = []
    for it in items:
        flag = it.pop("flag")
        if flag == "#seed":
            beyond = False
        elif flag == "#beyond":
            beyond = True
        else:
            beyond = not all(t["expect"] in SEED for t in it["turns"])
        out.append({"kind": it["kind"], "beyond_seed": beyond, "turns": it["turns"]})
    random.Random(1073229961).shuffle(out)
    final = []
    for i, it in enumerate(out, 1):
        final.append({"id": f"af{i:04d}", **it})
    doc = {"author": "independent evaluation helper (blind)", "written": "2026-12-01", "items": final}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=10000, default_flow_style=False)
    print(len(final), "items,", sum(len(i["turns"]) for i in final), "turns")


if __name__ == "__main__":
    main()
