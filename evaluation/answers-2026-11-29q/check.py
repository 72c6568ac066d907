#!/usr/bin/env python3
"""Validate set.yml (answers set "q") against SPEC.md, BRIEF.md and CATALOGUE.md; print counts.

Exit status 0 when every check passes, 1 otherwise.
"""
import collections, difflib, re, sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
MIN = {"followup": 190, "followup_3plus": 85, "out_of_scope": 55, "no_entry": 55, "clarify": 15,
       "singles_per_entry": 2}
BANNED = [r"overdose", r"suicid", r"self[- ]?harm", r"kill myself", r"\bmg\b", r"what dose",
          r"double (up|dose)", r"how (much|many) should i take", r"\bemergency\b", r"\b999\b", r"\b911\b"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def load_catalogue():
    cat = {}
    pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (\w+)\)$")
    for line in (HERE / "CATALOGUE.md").read_text().splitlines():
        m = pat.match(line)
        if m:
            cat[m.group(1)] = {"title": m.group(2), "question": m.group(3),
                               "subjects": m.group(4), "aspect": m.group(5)}
    return cat


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err(f"catalogue parsed {len(cat)} entries, expected 154")
    data = yaml.safe_load((HERE / "set.yml").read_text())
    if data.get("author") != "independent evaluation helper (blind)":
        err("author field wrong")
    if str(data.get("written")) != "2026-11-29":
        err("written field wrong")
    items = data.get("items") or []

    kinds = collections.Counter()
    fu_len = collections.Counter()
    singles_per = collections.Counter()
    expect_all = collections.Counter()
    seen_text = {}
    turns_total = 0
    beyond_turns = 0
    clarify_no_second = 0

    for n, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != f"q{n:04d}":
            err(f"item {n}: id {iid!r}, expected q{n:04d}")
        if set(it) - {"id", "kind", "beyond_seed", "turns"}:
            err(f"{iid}: unknown keys {set(it) - {'id', 'kind', 'beyond_seed', 'turns'}}")
        kind = it.get("kind")
        if kind not in KINDS:
            err(f"{iid}: bad kind {kind!r}")
            continue
        kinds[kind] += 1
        if not isinstance(it.get("beyond_seed"), bool):
            err(f"{iid}: beyond_seed must be true/false")
        turns = it.get("turns") or []
        if not turns:
            err(f"{iid}: no turns")
            continue
        turns_total += len(turns)
        if it.get("beyond_seed"):
            beyond_turns += len(turns)
        for k, t in enumerate(turns):
            where = f"{iid} turn {k + 1}"
            if set(t) - {"text", "expect", "also"}:
                err(f"{where}: unknown keys")
            text, exp, also = t.get("text"), t.get("expect"), t.get("also", []) or []
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
                continue
            if exp not in cat and exp not in SPECIAL:
                err(f"{where}: unknown expect {exp!r}")
            expect_all[exp] += 1
            if not isinstance(also, list):
                err(f"{where}: also must be a list")
                also = []
            for a in also:
                if a not in cat:
                    err(f"{where}: also {a!r} is not a catalogue id")
                if a == exp:
                    err(f"{where}: also repeats expect")
            if len(set(also)) != len(also):
                err(f"{where}: duplicate ids in also")
            key = norm(text)
            if key in seen_text:
                err(f"{where}: duplicate text {text!r} (also {seen_text[key]})")
            seen_text[key] = where
            low = text.lower().strip()
            for cid, c in cat.items():
                for field in ("title", "question"):
                    r = difflib.SequenceMatcher(None, low, c[field].lower()).ratio()
                    if r >= 0.9:
                        err(f"{where}: near-copy (ratio {r:.2f}) of {cid} {field}: {text!r}")
            for b in BANNED:
                if re.search(b, low):
                    err(f"{where}: banned crisis/dose pattern {b!r} in {text!r}")
        exps = [t.get("expect") for t in turns]
        if kind == "single":
            if len(turns) != 1:
                err(f"{iid}: single must have 1 turn")
            elif exps[0] not in cat:
                err(f"{iid}: single must expect a catalogue id")
            else:
                singles_per[exps[0]] += 1
        elif kind == "followup":
            fu_len[len(turns)] += 1
            if not 2 <= len(turns) <= 4:
                err(f"{iid}: followup must have 2-4 turns")
            if exps[0] not in cat:
                err(f"{iid}: followup first turn must expect a catalogue id")
            if "clarify" in exps:
                err(f"{iid}: followup turn expects clarify")
        elif kind in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2:
                err(f"{iid}: {kind} must have 1 or 2 turns")
            if any(e != kind for e in exps):
                err(f"{iid}: every turn of a {kind} item must expect {kind}")
        elif kind == "clarify":
            if not 1 <= len(turns) <= 2:
                err(f"{iid}: clarify must have 1 or 2 turns")
            if exps[0] != "clarify":
                err(f"{iid}: clarify first turn must expect clarify")
            if len(turns) == 1:
                clarify_no_second += 1
            elif exps[1] in ("clarify", "out_of_scope"):
                err(f"{iid}: clarify second turn should name a subject and expect its answer")

    for cid in cat:
        if singles_per[cid] < MIN["singles_per_entry"]:
            err(f"entry {cid} is the expect of only {singles_per[cid]} single questions")
    fu3 = sum(v for k, v in fu_len.items() if k >= 3)
    for k in ("followup", "out_of_scope", "no_entry", "clarify"):
        if kinds[k] < MIN[k]:
            err(f"only {kinds[k]} {k} items (minimum {MIN[k]})")
    if fu3 < MIN["followup_3plus"]:
        err(f"only {fu3} followups with 3+ turns (minimum {MIN['followup_3plus']})")

    print(f"items: {len(items)}   turns: {turns_total}")
    print("items by kind: " + ", ".join(f"{k} {kinds[k]}" for k in
                                         ("single", "followup", "out_of_scope", "no_entry", "clarify")))
    print("followup lengths: " + ", ".join(f"{k} turns: {fu_len[k]}" for k in sorted(fu_len))
          + f"   (3+ turns: {fu3})")
    print(f"clarify items without a second turn: {clarify_no_second}")
    spread = collections.Counter(singles_per[c] for c in cat)
    print("single questions per entry: " + ", ".join(f"{k}: {spread[k]} entries" for k in sorted(spread)))
    print(f"catalogue entries used as an expect anywhere: {sum(1 for c in cat if expect_all[c])}/{len(cat)}")
    print("turn labels: " + ", ".join(f"{k} {expect_all[k]}" for k in ("no_entry", "out_of_scope", "clarify"))
          + f", catalogue ids {sum(v for k, v in expect_all.items() if k in cat)}")
    print(f"turns in beyond_seed items: {beyond_turns}/{turns_total} ({100 * beyond_turns / max(turns_total, 1):.1f}%)")
    print(f"distinct texts: {len(seen_text)}")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
