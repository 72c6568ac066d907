"""Assemble set.yml from the hand-written source lists, shuffle and number."""
import random, sys, os, yaml
sys.path.insert(0, os.path.dirname(__file__))
from singles import SINGLES
from longs import LONGS
from followups import FOLLOWUPS
from others import OUT_OF_SCOPE, NO_ENTRY, CLARIFY

# Entries whose usual questions the seed article answers (exercise, anti-inflammatory
# eating, adjunctive/approved medicines, ketamine, one change at a time, be gentle).
SEED = {
 "exercise_why_movement_helps", "exercise_pacing_getting_started", "exercise_how_often_how_much",
 "exercise_walking", "exercise_yoga", "exercise_tai_chi", "exercise_water", "exercise_cycling",
 "diet_anti_inflammatory", "diet_fruit_vegetables", "diet_leafy_greens", "diet_magnesium",
 "diet_omega_3", "diet_gut_health", "diet_cooking_oils", "diet_blood_sugar", "diet_white_flour",
 "diet_processed_fried", "diet_fried_food", "diet_one_change_at_a_time",
 "therapies_adjunctive", "therapies_fda_approved_overview", "therapies_duloxetine",
 "therapies_milnacipran", "therapies_pregabalin", "therapies_ketamine", "therapies_ketamine_case_report",
 "basics_be_gentle", "basics_what_helps_pain",
}
# Follow-ups (keyed by first turn) whose later questions go beyond the seed article.
FOLLOWUP_BEYOND = {
 "what fibro meds have official approval": True,    # UK / NZ availability
 "is oily fish good for fibro": True,               # tinned fish
 "is salmon better than tuna for fibro": True,      # comparison not in seed
 "i feel like im failing at fibro": True,           # practical self-kindness tips
 "cymbalta vs savella, which is better": True,      # comparison not in seed
}

def turn(text, expect, also=None):
    return {"text": text, "expect": expect, "also": list(also or [])}

items = []
for row in SINGLES + LONGS:
    e, t = row[0], row[1]
    opt = row[2] if len(row) > 2 else {}
    b = opt.get("b", e not in SEED)
    items.append({"kind": "single", "beyond_seed": b, "turns": [turn(t, e, opt.get("also"))]})
for conv in FOLLOWUPS:
    ts = [turn(*x) for x in conv]
    b = not all(t["expect"] in SEED for t in ts)
    b = FOLLOWUP_BEYOND.get(ts[0]["text"], b)
    items.append({"kind": "followup", "beyond_seed": b, "turns": ts})
for conv in OUT_OF_SCOPE:
    items.append({"kind": "out_of_scope", "beyond_seed": True, "turns": [turn(t, "out_of_scope") for t in conv]})
for conv in NO_ENTRY:
    items.append({"kind": "no_entry", "beyond_seed": True, "turns": [turn(t, "no_entry", a) for t, a in conv]})
for first, second, e2, a2 in CLARIFY:
    ts = [turn(first, "clarify")]
    if second:
        ts.append(turn(second, e2, a2))
    items.append({"kind": "clarify", "beyond_seed": True, "turns": ts})

firsts = {i["turns"][0]["text"] for i in items if i["kind"] == "followup"}
assert set(FOLLOWUP_BEYOND) <= firsts, set(FOLLOWUP_BEYOND) - firsts
random.Random(279501603).shuffle(items)
out = []
for i, it in enumerate(items, 1):
    out.append({"id": f"aj{i:04d}", **it})
doc = {"author": "independent evaluation helper (blind)", "written": "2026-12-01", "items": out}
path = os.path.join(os.path.dirname(__file__), "..", "set.yml")
with open(path, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=10000, default_flow_style=False)
print("wrote", len(out), "items,", sum(len(i["turns"]) for i in out), "turns")
