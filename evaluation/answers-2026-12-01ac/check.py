#!/usr/bin/env python3
"""Validate set.yml (answers set "ac") against SPEC.md, BRIEF.md and CATALOGUE.md.

Exit status 0 when every check passes; prints counts either way.
Run: /work/main/.venv/bin/python check.py   (needs PyYAML)
"""
import collections
import difflib
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
MIN = {"followup": 190, "followup_3plus": 85, "out_of_scope": 55, "no_entry": 55,
       "clarify": 15, "returns": 12}
ITEMS_RANGE = (650, 700)
TURNS_RANGE = (950, 1000)
NEAR = 0.9
BANNED = [r"suicid", r"kill (my|him|her)self", r"self[- ]?harm", r"overdos", r"end it all",
          r"emergenc", r"\b(999|911|000|112)\b", r"\bambulance\b", r"(?<!low )(?<!low-)\bdos(e|es|age|ing)\b",
          r"\b\d+\s?mg\b", r"\bmg\b", r"\bmilligram"]
# Entries whose catalogue question the seed article answers (same list as build.py).
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

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def load_catalogue():
    cat = {}
    pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (\w+)\)$")
    for line in (HERE / "CATALOGUE.md").read_text().splitlines():
        m = pat.match(line)
        if m:
            subj = [] if m.group(4).strip() == "-" else [x.strip() for x in m.group(4).split(",")]
            cat[m.group(1)] = {"title": m.group(2), "question": m.group(3),
                               "subjects": subj, "aspect": m.group(5)}
    return cat


def topics(turn, cat):
    out = set()
    for e in [turn["expect"]] + list(turn.get("also") or []):
        if e in cat:
            out |= set(cat[e]["subjects"]) or {e}
    return out


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err(f"catalogue parse: expected 154 entries, got {len(cat)}")
    data = yaml.safe_load((HERE / "set.yml").read_text())
    if not isinstance(data, dict) or set(data) != {"author", "written", "items"}:
        err("top level must have exactly author, written, items")
        data = data if isinstance(data, dict) else {}
    if data.get("author") != "independent evaluation helper (blind)":
        err("author mismatch")
    if data.get("written") != "2026-12-01":
        err("written must be '2026-12-01' (a string)")
    items = data.get("items") or []

    kinds = collections.Counter()
    single_cover = collections.Counter()
    any_cover = collections.Counter()
    label_turns = collections.Counter()
    texts = {}
    n_turns = 0
    fu3 = 0
    returns = 0
    beyond_items = beyond_item_turns = 0
    turn_beyond_by_label = 0
    fu_special = collections.Counter()
    also_turns = 0
    targets = [(e, "title", norm(v["title"])) for e, v in cat.items()] + \
              [(e, "question", norm(v["question"])) for e, v in cat.items()]

    for idx, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != f"ac{idx:04d}":
            err(f"item {idx}: id {iid!r} should be ac{idx:04d}")
        extra = set(it) - {"id", "kind", "beyond_seed", "turns"}
        if extra:
            err(f"{iid}: unknown keys {sorted(extra)}")
        kind = it.get("kind")
        if kind not in KINDS:
            err(f"{iid}: bad kind {kind!r}")
            continue
        kinds[kind] += 1
        if not isinstance(it.get("beyond_seed"), bool):
            err(f"{iid}: beyond_seed must be a boolean")
        turns = it.get("turns") or []
        n_turns += len(turns)
        for t in turns:
            if not isinstance(t, dict) or set(t) - {"text", "expect", "also"}:
                err(f"{iid}: bad turn keys {t!r}")
                continue
            txt, exp, also = t.get("text"), t.get("expect"), t.get("also", []) or []
            if not isinstance(txt, str) or not txt.strip():
                err(f"{iid}: empty text")
                continue
            if exp not in cat and exp not in SPECIAL:
                err(f"{iid}: unknown expect {exp!r}")
            if not isinstance(also, list) or any(a not in cat for a in also):
                err(f"{iid}: also must list catalogue ids: {also!r}")
            if exp in also or len(set(also)) != len(also):
                err(f"{iid}: also repeats expect or itself: {also!r}")
            if also:
                also_turns += 1
                if exp in ("out_of_scope", "clarify"):
                    err(f"{iid}: also not allowed with {exp}")
            label_turns[exp if exp in SPECIAL else "catalogue"] += 1
            if exp in cat:
                any_cover[exp] += 1
            if exp in SEED_ENTRIES:
                pass
            else:
                turn_beyond_by_label += 1
            k = norm(txt)
            if k in texts:
                err(f"{iid}: duplicate text (also in {texts[k]}): {txt!r}")
            texts[k] = iid
            for e, what, tgt in targets:
                r = difflib.SequenceMatcher(None, k, tgt).ratio()
                if r >= NEAR:
                    err(f"{iid}: near-copy ({r:.2f}) of {e} {what}: {txt!r}")
            for pat in BANNED:
                if re.search(pat, txt.lower()):
                    err(f"{iid}: banned pattern {pat!r} in {txt!r}")
        if it.get("beyond_seed"):
            beyond_items += 1
            beyond_item_turns += len(turns)
        exps = [t.get("expect") for t in turns if isinstance(t, dict)]
        if kind == "single":
            if len(turns) != 1 or exps[0] not in cat:
                err(f"{iid}: single needs one turn with a catalogue id")
            else:
                single_cover[exps[0]] += 1
        elif kind == "followup":
            if not 2 <= len(turns) <= 4:
                err(f"{iid}: followup needs 2-4 turns")
            if exps and exps[0] not in cat:
                err(f"{iid}: followup first turn must expect a catalogue id")
            if "clarify" in exps:
                err(f"{iid}: clarify inside a followup")
            if len(turns) >= 3:
                fu3 += 1
            for e in exps[1:]:
                if e in SPECIAL:
                    fu_special[e] += 1
            tops = [topics(t, cat) for t in turns]
            for i in range(2, len(turns)):
                if tops[i] and not (tops[i] & tops[i - 1]) and any(tops[i] & tops[j] for j in range(i - 1)):
                    returns += 1
                    break
        elif kind in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2 or any(e != kind for e in exps):
                err(f"{iid}: {kind} needs 1-2 turns all expecting {kind}")
            if not it.get("beyond_seed"):
                err(f"{iid}: {kind} items are beyond the seed")
        elif kind == "clarify":
            if not 1 <= len(turns) <= 2 or exps[0] != "clarify":
                err(f"{iid}: clarify needs 1-2 turns, the first expecting clarify")
            if len(turns) == 2 and exps[1] not in cat and exps[1] != "no_entry":
                err(f"{iid}: clarify second turn must expect an entry (or no_entry)")

    # minimums
    for e in cat:
        if single_cover[e] < 2:
            err(f"entry {e} is the expect of only {single_cover[e]} single questions")
        if single_cover[e] > 4:
            err(f"entry {e} has {single_cover[e]} single questions (more than 4)")
    if kinds["followup"] < MIN["followup"]:
        err(f"followups {kinds['followup']} < {MIN['followup']}")
    if fu3 < MIN["followup_3plus"]:
        err(f"followups with 3+ turns {fu3} < {MIN['followup_3plus']}")
    for k in ("out_of_scope", "no_entry", "clarify"):
        if kinds[k] < MIN[k]:
            err(f"{k} items {kinds[k]} < {MIN[k]}")
    if returns < MIN["returns"]:
        err(f"conversations returning to an earlier subject {returns} < {MIN['returns']}")
    if not ITEMS_RANGE[0] <= len(items) <= ITEMS_RANGE[1]:
        err(f"items {len(items)} outside {ITEMS_RANGE}")
    if not TURNS_RANGE[0] <= n_turns <= TURNS_RANGE[1]:
        err(f"turns {n_turns} outside {TURNS_RANGE}")
    if not fu_special["no_entry"] or not fu_special["out_of_scope"]:
        err("followups need no_entry and out_of_scope turns")
    share = beyond_item_turns / max(n_turns, 1)
    label_share = turn_beyond_by_label / max(n_turns, 1)
    if not 0.70 <= share <= 0.82:
        err(f"share of turns in beyond_seed items {share:.2f} not about three quarters")
    if not 0.70 <= label_share <= 0.82:
        err(f"share of turns not expecting a seed-covered entry {label_share:.2f} not about three quarters")

    # report
    print(f"items: {len(items)}   turns: {n_turns}")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(KINDS)))
    print(f"followups: {kinds['followup']} (3+ turns: {fu3}; returning to an earlier subject: {returns}; "
          f"later turns no_entry={fu_special['no_entry']}, out_of_scope={fu_special['out_of_scope']})")
    print("turn labels: " + ", ".join(f"{k}={v}" for k, v in sorted(label_turns.items())))
    print(f"turns with also: {also_turns}")
    dist = collections.Counter(single_cover[e] for e in cat)
    print("single questions per entry: " + ", ".join(f"{n}x{c}" for n, c in sorted(dist.items()))
          + f" (total {sum(single_cover.values())})")
    print(f"entries covered by any turn: {len(any_cover)}/{len(cat)}")
    print(f"beyond_seed: {beyond_items}/{len(items)} items; {beyond_item_turns}/{n_turns} turns "
          f"({share:.1%}) in beyond_seed items; {turn_beyond_by_label}/{n_turns} turns "
          f"({turn_beyond_by_label / max(n_turns, 1):.1%}) expect something other than a seed-covered entry")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
