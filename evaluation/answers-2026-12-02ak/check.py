#!/usr/bin/env python3
"""Validate /tmp/set-ak/set.yml against SPEC.md, BRIEF.md and CATALOGUE.md, and print its counts.

Usage: python check.py [set.yml]   (exit status 1 if any check fails)
"""
import collections
import difflib
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SET = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "set.yml"
CATALOGUE = HERE / "CATALOGUE.md"

KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
MINIMUMS = {
    "followup conversations": 190,
    "followups with 3+ turns": 85,
    "followups returning to an earlier subject": 12,
    "long single questions": 45,
    "out_of_scope items": 55,
    "no_entry items": 55,
    "clarify items": 15,
}
NEAR_COPY = 0.9

errors = []


def err(msg):
    errors.append(msg)


def parse_catalogue():
    entries = {}
    pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (.*?)\)\s*$")
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        m = pat.match(line)
        if m:
            cid, title, question, subjects, aspect = m.groups()
            subj = [] if subjects.strip() == "-" else [s.strip() for s in subjects.split(",")]
            entries[cid] = {"title": title, "question": question, "subjects": subj, "aspect": aspect}
    return entries


def norm(text):
    text = text.lower()
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if re.search(r"[A-Za-z]", s)]


def is_long(text):
    return 300 <= len(text) <= 2000 and len(sentences(text)) >= 4


def topics(turn, cat):
    out = set()
    for label in [turn["expect"]] + list(turn.get("also") or []):
        if label in cat:
            out |= set(cat[label]["subjects"]) or {label}
    return out


def main():
    cat = parse_catalogue()
    if not cat:
        sys.exit("could not parse CATALOGUE.md")
    doc = yaml.safe_load(SET.read_text(encoding="utf-8"))

    # ---- format -------------------------------------------------------------------
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author field wrong")
    if str(doc.get("written")) != "2026-12-01":
        err("written field wrong")
    items = doc.get("items") or []
    for n, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != f"ak{n:04d}":
            err(f"item {n}: id {iid!r} should be ak{n:04d}")
        kind = it.get("kind")
        if kind not in KINDS:
            err(f"{iid}: bad kind {kind!r}")
        if not isinstance(it.get("beyond_seed"), bool):
            err(f"{iid}: beyond_seed must be true/false")
        extra = set(it) - {"id", "kind", "beyond_seed", "turns"}
        if extra:
            err(f"{iid}: unknown keys {extra}")
        turns = it.get("turns") or []
        for t in turns:
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                err(f"{iid}: empty text")
            e = t.get("expect")
            if e not in cat and e not in SPECIAL:
                err(f"{iid}: unknown expect {e!r}")
            also = t.get("also", [])
            if not isinstance(also, list):
                err(f"{iid}: also must be a list")
                also = []
            for a in also:
                if a not in cat:
                    err(f"{iid}: also {a!r} is not a catalogue id")
                if a == e:
                    err(f"{iid}: also repeats expect {a}")
            if len(set(also)) != len(also):
                err(f"{iid}: duplicate also")
            if set(t) - {"text", "expect", "also"}:
                err(f"{iid}: unknown turn keys {set(t) - {'text', 'expect', 'also'}}")
        exp = [t.get("expect") for t in turns]
        if kind == "single":
            if len(turns) != 1 or exp[0] not in cat:
                err(f"{iid}: single must have one turn expecting a catalogue id")
        elif kind == "followup":
            if not 2 <= len(turns) <= 4 or exp[0] not in cat:
                err(f"{iid}: followup needs 2-4 turns, first expecting a catalogue id")
            if any(e == "clarify" for e in exp):
                err(f"{iid}: followup turn expects clarify")
        elif kind in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2 or any(e != kind for e in exp):
                err(f"{iid}: {kind} needs 1-2 turns all expecting {kind}")
        elif kind == "clarify":
            if not 1 <= len(turns) <= 2 or exp[0] != "clarify" or (len(turns) == 2 and exp[1] not in cat):
                err(f"{iid}: clarify needs turn 1 = clarify and an optional turn 2 = catalogue id")
        if kind == "single" and turns and turns[0].get("also") and exp[0] in SPECIAL:
            err(f"{iid}: also on a special label")

    # ---- duplicates and near-copies --------------------------------------------------
    seen = {}
    for it in items:
        for t in it["turns"]:
            k = norm(t["text"])
            if k in seen:
                err(f"duplicate text in {it['id']} and {seen[k]}: {t['text']!r}")
            else:
                seen[k] = it["id"]
    refs = [(cid, "title", norm(c["title"])) for cid, c in cat.items()] + \
           [(cid, "question", norm(c["question"])) for cid, c in cat.items()]
    near = 0
    for it in items:
        for t in it["turns"]:
            nt = norm(t["text"])
            for cid, what, ref in refs:
                sm = difflib.SequenceMatcher(None, nt, ref)
                if sm.real_quick_ratio() >= NEAR_COPY and sm.quick_ratio() >= NEAR_COPY and sm.ratio() >= NEAR_COPY:
                    near += 1
                    err(f"{it['id']}: near-copy of catalogue {what} of {cid} ({sm.ratio():.2f}): {t['text']!r}")

    # ---- counts -----------------------------------------------------------------------
    kinds = collections.Counter(it["kind"] for it in items)
    turns_all = [t for it in items for t in it["turns"]]
    singles = [it for it in items if it["kind"] == "single"]
    followups = [it for it in items if it["kind"] == "followup"]
    single_per_id = collections.Counter(it["turns"][0]["expect"] for it in singles)
    missing = [cid for cid in cat if single_per_id[cid] < 2]
    if missing:
        err(f"entries with fewer than 2 single questions: {missing}")
    long_singles = [it for it in singles if is_long(it["turns"][0]["text"])]
    too_long = [it["id"] for it in items for t in it["turns"] if len(t["text"]) > 2000]
    if too_long:
        err(f"texts over 2,000 characters: {too_long}")

    returns = 0
    for it in followups:
        tops = [topics(t, cat) for t in it["turns"]]
        hit = False
        for k in range(2, len(tops)):
            if tops[k] and not (tops[k] & tops[k - 1]) and any(tops[k] & tops[i] for i in range(k - 1)):
                hit = True
        returns += hit
    fu3 = sum(len(it["turns"]) >= 3 for it in followups)
    fu_special = collections.Counter()
    for it in followups:
        for lab in ("no_entry", "out_of_scope"):
            if any(t["expect"] == lab for t in it["turns"][1:]):
                fu_special[lab] += 1
    got = {
        "followup conversations": len(followups),
        "followups with 3+ turns": fu3,
        "followups returning to an earlier subject": returns,
        "long single questions": len(long_singles),
        "out_of_scope items": kinds["out_of_scope"],
        "no_entry items": kinds["no_entry"],
        "clarify items": kinds["clarify"],
    }
    for k, v in MINIMUMS.items():
        if got[k] < v:
            err(f"minimum not met: {k} = {got[k]} < {v}")
    if not 650 <= len(items) <= 700:
        err(f"item count {len(items)} outside 650-700")
    if not 950 <= len(turns_all) <= 1000:
        err(f"turn count {len(turns_all)} outside 950-1000")

    labels = collections.Counter(t["expect"] for t in turns_all)
    label_groups = collections.Counter(
        t["expect"] if t["expect"] in SPECIAL else "catalogue id" for t in turns_all)
    beyond_items = sum(it["beyond_seed"] for it in items)
    beyond_turns = sum(len(it["turns"]) for it in items if it["beyond_seed"])
    with_also = sum(bool(t.get("also")) for t in turns_all)

    print(f"file: {SET}")
    print(f"items: {len(items)}   turns: {len(turns_all)}")
    print("items per kind: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(KINDS)))
    print("turns per label: " + ", ".join(f"{k} {label_groups[k]}" for k in sorted(label_groups)))
    print(f"catalogue entries: {len(cat)}; entries used as expect in any turn: "
          f"{sum(1 for c in cat if labels[c])}")
    print("single questions per entry: " + ", ".join(
        f"{n} -> {c} entries" for n, c in sorted(collections.Counter(single_per_id[c] for c in cat).items())))
    print("followup lengths: " + ", ".join(
        f"{n} turns {c}" for n, c in sorted(collections.Counter(len(it['turns']) for it in followups).items())))
    for k in MINIMUMS:
        print(f"{k}: {got[k]} (minimum {MINIMUMS[k]})")
    print(f"followups with a no_entry turn: {fu_special['no_entry']}; with an out_of_scope turn: "
          f"{fu_special['out_of_scope']}")
    print(f"clarify items with a second turn: {sum(len(it['turns']) == 2 for it in items if it['kind'] == 'clarify')}")
    print(f"turns with also: {with_also}")
    print(f"beyond_seed items: {beyond_items}/{len(items)}; turns in beyond_seed items: "
          f"{beyond_turns}/{len(turns_all)} ({beyond_turns / max(1, len(turns_all)):.1%})")
    print(f"near-copies (difflib ratio >= {NEAR_COPY}): {near}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
