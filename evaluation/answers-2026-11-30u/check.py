#!/usr/bin/env python3
"""Validate evaluation set "u" (set.yml) against SPEC.md, BRIEF.md and CATALOGUE.md.

Checks: format, kinds, labels and ids against CATALOGUE.md, minimums, duplicate texts,
near-copies of catalogue titles/questions (difflib ratio >= 0.9). Prints counts.
Exit status 0 when every check passes, 1 otherwise.
"""
import difflib, re, sys
from collections import Counter
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
EXERCISE_ASPECT = {"exercise_pacing_getting_started", "exercise_how_often_how_much"}

errors = []


def err(msg):
    errors.append(msg)


def load_catalogue():
    cat = {}
    pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: ([a-z_]+)\)\s*$")
    for line in (HERE / "CATALOGUE.md").read_text().splitlines():
        m = pat.match(line)
        if m:
            cid, title, question, subj, aspect = m.groups()
            subjects = set() if subj.strip() == "-" else {s.strip() for s in subj.split(",")}
            cat[cid] = {"title": title, "question": question, "subjects": subjects, "aspect": aspect}
    return cat


def norm(t):
    t = t.lower()
    t = re.sub(r"[^a-z0-9 ]+", " ", t)
    return " ".join(t.split())


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err(f"catalogue parse: expected 154 entries, got {len(cat)}")
    doc = yaml.safe_load((HERE / "set.yml").read_text())
    if not isinstance(doc, dict) or set(doc) != {"author", "written", "items"}:
        err("top level must have exactly author, written, items")
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author")
    if str(doc.get("written")) != "2026-11-30":
        err("written date")
    items = doc.get("items") or []

    kinds = Counter()
    turns_by_kind = Counter()
    single_cov = Counter()
    expect_all = Counter()
    fu_len = Counter()
    fu_special = Counter()
    fu_exercise_aspect = 0
    returns = 0
    texts = {}
    beyond_turns = total_turns = 0
    clarify_two = 0

    def topics(turn):
        out = set()
        for lab in [turn["expect"]] + list(turn.get("also") or []):
            if lab in cat:
                out |= cat[lab]["subjects"] or {lab}
        return out

    for n, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != f"u{n:04d}":
            err(f"item {n}: id {iid!r} should be u{n:04d}")
        if set(it) != {"id", "kind", "beyond_seed", "turns"}:
            err(f"{iid}: keys {sorted(it)}")
        kind = it.get("kind")
        if kind not in KINDS:
            err(f"{iid}: bad kind {kind!r}")
            continue
        if not isinstance(it.get("beyond_seed"), bool):
            err(f"{iid}: beyond_seed must be true/false")
        turns = it.get("turns") or []
        kinds[kind] += 1
        turns_by_kind[kind] += len(turns)
        total_turns += len(turns)
        if it.get("beyond_seed"):
            beyond_turns += len(turns)
        for k, t in enumerate(turns):
            if not isinstance(t, dict) or set(t) - {"text", "expect", "also"} or "text" not in t or "expect" not in t:
                err(f"{iid} turn {k+1}: bad turn keys")
                continue
            text, exp, also = t["text"], t["expect"], t.get("also") or []
            if not isinstance(text, str) or not text.strip():
                err(f"{iid} turn {k+1}: empty text")
                continue
            if exp not in cat and exp not in SPECIAL:
                err(f"{iid} turn {k+1}: unknown expect {exp!r}")
            if not isinstance(also, list):
                err(f"{iid} turn {k+1}: also must be a list")
                also = []
            for a in also:
                if a not in cat:
                    err(f"{iid} turn {k+1}: also {a!r} is not a catalogue id")
            if exp in also or len(set(also)) != len(also):
                err(f"{iid} turn {k+1}: also repeats expect or itself")
            if also and exp in ("out_of_scope", "clarify"):
                err(f"{iid} turn {k+1}: also not allowed with {exp}")
            expect_all[exp] += 1
            key = norm(text)
            if key in texts:
                err(f"{iid} turn {k+1}: duplicate text {text!r} (also in {texts[key]})")
            texts[key] = iid
            low = text.lower().strip()
            for cid, c in cat.items():
                for ref in (c["title"], c["question"]):
                    r = difflib.SequenceMatcher(None, low, ref.lower().strip()).ratio()
                    if r >= 0.9:
                        err(f"{iid}: near-copy ({r:.2f}) of {cid} {ref!r}: {text!r}")
        labels = [t.get("expect") for t in turns]
        if kind == "single":
            if len(turns) != 1 or labels[0] not in cat:
                err(f"{iid}: single needs one turn with a catalogue id")
            else:
                single_cov[labels[0]] += 1
        elif kind == "followup":
            if not 2 <= len(turns) <= 4:
                err(f"{iid}: followup needs 2-4 turns")
            if labels and labels[0] not in cat:
                err(f"{iid}: followup first turn must expect a catalogue id")
            if any(l == "clarify" for l in labels):
                err(f"{iid}: clarify label inside a followup")
            fu_len[len(turns)] += 1
            for t in turns[1:]:
                if t["expect"] in ("no_entry", "out_of_scope"):
                    fu_special[t["expect"]] += 1
                if t["expect"] in EXERCISE_ASPECT:
                    fu_exercise_aspect += 1
            tps = [topics(t) for t in turns]
            for k in range(2, len(turns)):
                if tps[k] and tps[k - 1] and not (tps[k] & tps[k - 1]) and any(tps[k] & tps[j] for j in range(k - 1)):
                    returns += 1
                    break
        elif kind in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2 or any(l != kind for l in labels):
                err(f"{iid}: {kind} needs 1-2 turns all expecting {kind}")
        elif kind == "clarify":
            if not 1 <= len(turns) <= 2 or labels[0] != "clarify":
                err(f"{iid}: clarify needs 1-2 turns, first expecting clarify")
            if len(turns) == 2:
                clarify_two += 1
                if labels[1] not in cat and labels[1] != "no_entry":
                    err(f"{iid}: clarify second turn must expect an entry (or no_entry)")

    # minimums
    for cid in cat:
        if single_cov[cid] < 2:
            err(f"entry {cid} is the expect of only {single_cov[cid]} single questions")
    n_fu = kinds["followup"]
    n_fu3 = sum(v for k, v in fu_len.items() if k >= 3)
    checks = [
        ("items 650-700", 650 <= len(items) <= 700),
        ("turns 950-1000", 950 <= total_turns <= 1000),
        ("followups >= 190", n_fu >= 190),
        ("followups with 3+ turns >= 85", n_fu3 >= 85),
        ("out_of_scope items >= 55", kinds["out_of_scope"] >= 55),
        ("no_entry items >= 55", kinds["no_entry"] >= 55),
        ("clarify items >= 15", kinds["clarify"] >= 15),
        ("followups returning to an earlier subject >= 12", returns >= 12),
        ("no_entry turns inside followups", fu_special["no_entry"] > 0),
        ("out_of_scope turns inside followups", fu_special["out_of_scope"] > 0),
        ("exercise how-to-start / how-often turns inside followups", fu_exercise_aspect > 0),
    ]
    for name, ok in checks:
        if not ok:
            err(f"minimum failed: {name}")

    spread = Counter(single_cov[c] for c in cat)
    print(f"items: {len(items)}  turns: {total_turns}")
    for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]:
        print(f"  {k:13s} items {kinds[k]:4d}  turns {turns_by_kind[k]:4d}")
    print(f"followups by length: {dict(sorted(fu_len.items()))}  (3+ turns: {n_fu3})")
    print(f"followup later turns expecting no_entry: {fu_special['no_entry']}, out_of_scope: {fu_special['out_of_scope']}")
    print(f"followup later turns on exercise how-to-start / how-often: {fu_exercise_aspect}")
    print(f"followups returning to an earlier subject (heuristic): {returns}")
    print(f"clarify items with a second turn: {clarify_two}, without: {kinds['clarify'] - clarify_two}")
    print(f"single questions per entry: {dict(sorted(spread.items()))}")
    print(f"catalogue entries used as expect anywhere: {sum(1 for c in cat if expect_all[c])}/154")
    print(f"all turns expecting no_entry: {expect_all['no_entry']}, out_of_scope: {expect_all['out_of_scope']}, clarify: {expect_all['clarify']}")
    print(f"turns in beyond_seed items: {beyond_turns}/{total_turns} = {beyond_turns/total_turns:.1%}")
    print(f"distinct texts: {len(texts)}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
