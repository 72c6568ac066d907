#!/usr/bin/env python3
"""Validate set.yml (answers set "o") against SPEC.md, BRIEF.md and CATALOGUE.md.

Exits non-zero when any check fails; prints counts either way.
"""
import collections
import difflib
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
ENTRY_RE = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: ([a-z_]+)\)\s*$")
# words that would make an item a crisis / emergency / dose question (measured by another set)
BANNED = re.compile(r"suicid|self[- ]?harm|kill (my|him|her)self|overdos|emergenc|\b999\b|\b911\b|\b000\b|"
                    r"\bmg\b|milligram|how much should i take|how many (pills|tablets) (should|can)|"
                    r"(?<!low )\bdose\b|\bdosage|\bdosing", re.I)


def norm(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def load_catalogue():
    cat = {}
    for line in (HERE / "CATALOGUE.md").read_text().splitlines():
        m = ENTRY_RE.match(line)
        if m:
            cat[m.group(1)] = {"title": m.group(2), "question": m.group(3), "aspect": m.group(5)}
    return cat


def main():
    errors, warnings = [], []
    err = errors.append
    cat = load_catalogue()
    if len(cat) != 154:
        err(f"catalogue parse: expected 154 entries, got {len(cat)}")
    doc = yaml.safe_load((HERE / "set.yml").read_text())
    if set(doc) != {"author", "written", "items"}:
        err(f"top-level keys {sorted(doc)}")
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author")
    if str(doc.get("written")) != "2026-11-29":
        err("written date")
    items = doc["items"]
    kinds = collections.Counter()
    single_cover = collections.Counter()
    any_cover = collections.Counter()
    texts = {}
    turns_total = 0
    turns_beyond = 0
    followup_len = collections.Counter()
    later_special = collections.Counter()
    clarify_second = 0
    also_used = 0
    refs = [(norm(v["title"]), k, "title") for k, v in cat.items()] + \
           [(norm(v["question"]), k, "question") for k, v in cat.items()]
    for n, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != f"o{n:04d}":
            err(f"item {n}: id {iid!r} out of sequence")
        if set(it) != {"id", "kind", "beyond_seed", "turns"}:
            err(f"{iid}: keys {sorted(it)}")
        kind = it.get("kind")
        if kind not in KINDS:
            err(f"{iid}: bad kind {kind!r}")
            continue
        kinds[kind] += 1
        if not isinstance(it.get("beyond_seed"), bool):
            err(f"{iid}: beyond_seed must be true/false")
        turns = it.get("turns") or []
        turns_total += len(turns)
        if it.get("beyond_seed"):
            turns_beyond += len(turns)
        for t_i, t in enumerate(turns):
            if set(t) - {"text", "expect", "also"} or "text" not in t or "expect" not in t:
                err(f"{iid} turn {t_i+1}: keys {sorted(t)}")
                continue
            text, exp, also = t["text"], t["expect"], t.get("also") or []
            if not isinstance(text, str) or not text.strip():
                err(f"{iid} turn {t_i+1}: empty text")
                continue
            if exp not in cat and exp not in SPECIAL:
                err(f"{iid} turn {t_i+1}: unknown expect {exp!r}")
            for a in also:
                if a not in cat:
                    err(f"{iid} turn {t_i+1}: unknown also {a!r}")
                if a == exp:
                    err(f"{iid} turn {t_i+1}: also repeats expect")
            if len(set(also)) != len(also):
                err(f"{iid} turn {t_i+1}: duplicate in also")
            if also:
                also_used += 1
            if exp in cat:
                any_cover[exp] += 1
            key = norm(text)
            if key in texts:
                err(f"{iid}: duplicate text {text!r} (also in {texts[key]})")
            texts[key] = iid
            if BANNED.search(text):
                err(f"{iid}: crisis/emergency/dose wording: {text!r}")
            for ref, rid, what in refs:
                r = difflib.SequenceMatcher(None, key, ref).ratio()
                if r >= 0.9:
                    err(f"{iid}: near-copy ({r:.2f}) of catalogue {what} of {rid}: {text!r}")
        exps = [t.get("expect") for t in turns]
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
            if any(e == "clarify" for e in exps):
                err(f"{iid}: clarify inside a followup")
            followup_len[len(turns)] += 1
            for e in exps[1:]:
                if e in SPECIAL:
                    later_special[e] += 1
        elif kind in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2 or any(e != kind for e in exps):
                err(f"{iid}: {kind} needs 1-2 turns all expecting {kind}")
        elif kind == "clarify":
            if not 1 <= len(turns) <= 2 or exps[0] != "clarify":
                err(f"{iid}: clarify needs first turn clarify, at most 2 turns")
            if len(turns) == 2:
                clarify_second += 1
                if exps[1] not in cat:
                    err(f"{iid}: clarify second turn must expect a catalogue id")

    # minimums and ranges from BRIEF.md
    uncovered = [k for k in cat if single_cover[k] < 2]
    if uncovered:
        err(f"entries with fewer than 2 single questions: {uncovered}")
    n_items, n_follow = len(items), kinds["followup"]
    long_follow = sum(v for k, v in followup_len.items() if k >= 3)
    checks = [
        (650 <= n_items <= 700, f"items {n_items} not in 650-700"),
        (950 <= turns_total <= 1000, f"turns {turns_total} not in 950-1000"),
        (n_follow >= 190, f"followups {n_follow} < 190"),
        (long_follow >= 85, f"followups with 3+ turns {long_follow} < 85"),
        (kinds["out_of_scope"] >= 55, f"out_of_scope items {kinds['out_of_scope']} < 55"),
        (kinds["no_entry"] >= 55, f"no_entry items {kinds['no_entry']} < 55"),
        (kinds["clarify"] >= 15, f"clarify items {kinds['clarify']} < 15"),
    ]
    for ok, msg in checks:
        if not ok:
            err(msg)
    frac = turns_beyond / turns_total if turns_total else 0
    if not 0.70 <= frac <= 0.80:
        err(f"beyond-seed share of turns {frac:.3f} not about three quarters (0.70-0.80)")

    spread = collections.Counter(single_cover[k] for k in cat)
    print(f"items: {n_items}   turns: {turns_total}")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]))
    print("followup lengths: " + ", ".join(f"{k} turns={v}" for k, v in sorted(followup_len.items()))
          + f"  (3+ turns: {long_follow})")
    print(f"later follow-up turns expecting no_entry={later_special['no_entry']}, out_of_scope={later_special['out_of_scope']}")
    print(f"clarify items with a second turn: {clarify_second}")
    print("single questions per entry: " + ", ".join(f"{k}x={v} entries" for k, v in sorted(spread.items())))
    print(f"entries expected anywhere: {sum(1 for k in cat if any_cover[k])}/154")
    print(f"turns with 'also': {also_used}")
    print(f"beyond_seed: {turns_beyond}/{turns_total} turns = {frac:.3f}; "
          f"{sum(1 for it in items if it['beyond_seed'])}/{n_items} items")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
