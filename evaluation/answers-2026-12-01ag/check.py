"""Validate set.yml (blind evaluation set "ag") against SPEC.md, BRIEF.md and CATALOGUE.md.

Exits non-zero if any check fails; always prints the counts.
Run: /work/main/.venv/bin/python check.py
"""
import difflib
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
SPECIAL = {"no_entry", "out_of_scope", "clarify"}

errors = []


def err(msg):
    errors.append(msg)


def load_catalogue():
    cat = {}
    pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: ([a-z_]+)\)\s*$")
    for line in (HERE / "CATALOGUE.md").read_text(encoding="utf-8").splitlines():
        m = pat.match(line)
        if m:
            cat[m.group(1)] = {"title": m.group(2), "question": m.group(3),
                               "subjects": [s.strip() for s in m.group(4).split(",") if s.strip() != "-"],
                               "aspect": m.group(5)}
    return cat


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


def is_long(text):
    sentences = len(re.findall(r"[.!?](?=\s|$)", text))
    return 300 <= len(text) <= 2000 and sentences >= 5  # four+ sentences of context plus the question


def main():
    cat = load_catalogue()
    if len(cat) != 155:
        err(f"catalogue parse: expected 155 entries, got {len(cat)}")
    doc = yaml.safe_load((HERE / "set.yml").read_text(encoding="utf-8"))

    if doc.get("author") != "independent evaluation helper (blind)":
        err("author field wrong")
    if str(doc.get("written")) != "2026-12-01":
        err("written field wrong")
    items = doc.get("items") or []

    kinds = Counter()
    turns_total = 0
    single_cov = Counter()
    any_cov = Counter()
    texts = []
    long_singles = 0
    fu_3plus = 0
    fu_len = Counter()
    clarify_second = 0
    returns = 0
    beyond_turns = 0
    also_count = 0
    two_turn = Counter()

    for n, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != f"ag{n:04d}":
            err(f"item {n}: id {iid!r} out of sequence")
        extra = set(it) - {"id", "kind", "beyond_seed", "turns"}
        if extra:
            err(f"{iid}: unexpected keys {extra}")
        kind = it.get("kind")
        if kind not in KINDS:
            err(f"{iid}: bad kind {kind!r}")
            continue
        kinds[kind] += 1
        if not isinstance(it.get("beyond_seed"), bool):
            err(f"{iid}: beyond_seed must be true/false")
        turns = it.get("turns") or []
        turns_total += len(turns)
        if it.get("beyond_seed") is True:
            beyond_turns += len(turns)
        for k, t in enumerate(turns):
            extra = set(t) - {"text", "expect", "also"}
            if extra:
                err(f"{iid} turn {k+1}: unexpected keys {extra}")
            text, exp = t.get("text"), t.get("expect")
            if not isinstance(text, str) or not text.strip():
                err(f"{iid} turn {k+1}: empty text")
                continue
            texts.append((norm(text), iid))
            if exp not in cat and exp not in SPECIAL:
                err(f"{iid} turn {k+1}: unknown expect {exp!r}")
            also = t.get("also", [])
            if not isinstance(also, list):
                err(f"{iid} turn {k+1}: also must be a list")
                also = []
            also_count += bool(also)
            for a in also:
                if a not in cat:
                    err(f"{iid} turn {k+1}: unknown also id {a!r}")
                if a == exp:
                    err(f"{iid} turn {k+1}: also repeats expect")
            if len(set(also)) != len(also):
                err(f"{iid} turn {k+1}: duplicate also ids")
            if exp in cat:
                any_cov[exp] += 1
            # near-copies of catalogue titles and questions
            for cid, c in cat.items():
                for ref in (c["title"], c["question"]):
                    r = difflib.SequenceMatcher(None, norm(text), norm(ref)).ratio()
                    if r >= 0.9:
                        err(f"{iid} turn {k+1}: near-copy (ratio {r:.2f}) of catalogue {cid}: {ref!r}")
            # no dose questions
            if re.search(r"\b\d+\s?(mg|mcg|milligrams?)\b|(?<!low )\bdos(e|es|age|ing)\b|how many (tablets|pills)", text.lower()):
                err(f"{iid} turn {k+1}: looks like a dose question")
            if re.search(r"kill myself|end my life|self[- ]harm|overdos|want to die|chest pain right now|can't breathe|ambulance|999|911", text.lower()):
                err(f"{iid} turn {k+1}: looks like a crisis/emergency question")

        exps = [t.get("expect") for t in turns]
        if kind == "single":
            if len(turns) != 1 or exps[0] not in cat:
                err(f"{iid}: single must be one turn with a catalogue id")
            else:
                single_cov[exps[0]] += 1
                if is_long(turns[0]["text"]):
                    long_singles += 1
                elif len(turns[0]["text"]) >= 300:
                    err(f"{iid}: long text without enough sentences")
        elif kind == "followup":
            if not 2 <= len(turns) <= 4:
                err(f"{iid}: followup must have 2-4 turns")
            if exps and exps[0] not in cat:
                err(f"{iid}: followup first turn must expect a catalogue id")
            if any(e == "clarify" for e in exps[1:]):
                err(f"{iid}: followup later turn expects clarify")
            fu_len[len(turns)] += 1
            if len(turns) >= 3:
                fu_3plus += 1
            if any(re.search(r"\b(back to|going back|returning to|re the|again|what did you say)\b", t["text"].lower())
                   for t in turns[2:]):
                returns += 1
        elif kind in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2 or any(e != kind for e in exps):
                err(f"{iid}: {kind} must be 1-2 turns all expecting {kind}")
            two_turn[kind] += len(turns) == 2
        elif kind == "clarify":
            if not 1 <= len(turns) <= 2 or exps[0] != "clarify":
                err(f"{iid}: clarify first turn must expect clarify (1-2 turns)")
            if len(turns) == 2:
                clarify_second += 1
                if exps[1] not in cat:
                    err(f"{iid}: clarify second turn must expect a catalogue id")
                else:
                    any_cov[exps[1]] += 0

    # duplicates
    seen = {}
    for t, iid in texts:
        if t in seen:
            err(f"duplicate text in {seen[t]} and {iid}: {t!r}")
        seen[t] = iid

    # minimums from BRIEF.md
    missing = [c for c in cat if single_cov[c] < 2]
    if missing:
        err(f"{len(missing)} entries with fewer than 2 single questions: {missing}")
    checks = [
        ("items 650-700", 650 <= len(items) <= 700),
        ("turns 950-1000", 950 <= turns_total <= 1000),
        ("followups >= 190", kinds["followup"] >= 190),
        ("followups with 3+ turns >= 85", fu_3plus >= 85),
        ("followups returning to an earlier subject >= 12", returns >= 12),
        ("long single questions >= 45", long_singles >= 45),
        ("out_of_scope items >= 55", kinds["out_of_scope"] >= 55),
        ("no_entry items >= 55", kinds["no_entry"] >= 55),
        ("clarify items >= 15", kinds["clarify"] >= 15),
        ("beyond-seed share of turns 0.70-0.80", 0.70 <= beyond_turns / max(turns_total, 1) <= 0.80),
    ]
    for name, ok in checks:
        if not ok:
            err(f"minimum not met: {name}")

    # counts
    turn_expect = Counter()
    for it in items:
        for t in it["turns"]:
            e = t["expect"]
            turn_expect[e if e in SPECIAL else "catalogue id"] += 1
    spread = Counter(single_cov[c] for c in cat)
    print(f"items: {len(items)}  turns: {turns_total}")
    print("items per kind: " + ", ".join(f"{k} {kinds[k]}" for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]))
    print(f"long single questions: {long_singles}")
    print(f"followups by length: " + ", ".join(f"{n} turns {fu_len[n]}" for n in sorted(fu_len)) + f"  (3+ turns: {fu_3plus})")
    print(f"followups returning to an earlier subject (heuristic): {returns}")
    print(f"two-turn out_of_scope: {two_turn['out_of_scope']}  two-turn no_entry: {two_turn['no_entry']}  clarify with a second turn: {clarify_second}")
    print("turns by expect: " + ", ".join(f"{k} {v}" for k, v in sorted(turn_expect.items())))
    print(f"turns with also: {also_count}")
    print(f"beyond_seed: {beyond_turns}/{turns_total} turns ({beyond_turns / max(turns_total, 1):.1%}), "
          f"{sum(1 for i in items if i['beyond_seed'])}/{len(items)} items")
    print("single questions per entry: " + ", ".join(f"{k} entries x{n}" for n, k in sorted(spread.items())))
    print(f"entries reached by any turn: {sum(1 for c in cat if any_cov[c] > 0)}/155")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
