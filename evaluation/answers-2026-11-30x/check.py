#!/usr/bin/env python
"""Validate set.yml (answers set "x") against SPEC.md, BRIEF.md and CATALOGUE.md; print counts."""
import collections, difflib, re, string, sys
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load_catalogue():
    cat = {}
    pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (\w+)\)$")
    for line in (HERE / "CATALOGUE.md").read_text().splitlines():
        m = pat.match(line)
        if m:
            subj = [s.strip() for s in m.group(4).split(",") if s.strip() and s.strip() != "-"]
            cat[m.group(1)] = {"title": m.group(2), "question": m.group(3), "subjects": subj, "aspect": m.group(5)}
    return cat


def norm(t):
    t = t.lower().translate(str.maketrans("", "", string.punctuation))
    return " ".join(t.split())


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err(f"catalogue parsed {len(cat)} entries, expected 154")
    doc = yaml.safe_load((HERE / "set.yml").read_text())
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author field")
    if str(doc.get("written")) != "2026-11-30":
        err("written field")
    items = doc.get("items") or []
    valid = set(cat) | SPECIAL

    kinds = collections.Counter()
    single_cover = collections.Counter()
    expect_all = collections.Counter()
    texts = collections.defaultdict(list)
    turns_total = 0
    fu_len = collections.Counter()
    beyond_items = beyond_turns = 0
    with_also = 0

    def topic(t):
        s = set()
        for e in [t["expect"]] + list(t.get("also") or []):
            if e in cat:
                s |= set(cat[e]["subjects"]) or {e}
        return s

    returns = 0
    for n, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != f"x{n:04d}":
            err(f"item {n}: id {iid!r}, expected x{n:04d}")
        if set(it) != {"id", "kind", "beyond_seed", "turns"}:
            err(f"{iid}: keys {sorted(it)}")
        k = it.get("kind")
        if k not in KINDS:
            err(f"{iid}: kind {k!r}")
            continue
        kinds[k] += 1
        if not isinstance(it.get("beyond_seed"), bool):
            err(f"{iid}: beyond_seed not boolean")
        turns = it.get("turns") or []
        turns_total += len(turns)
        if it.get("beyond_seed"):
            beyond_items += 1
            beyond_turns += len(turns)
        for j, t in enumerate(turns):
            if set(t) - {"text", "expect", "also"} or not {"text", "expect"} <= set(t):
                err(f"{iid} turn {j+1}: keys {sorted(t)}")
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                err(f"{iid} turn {j+1}: empty text")
                continue
            if t["expect"] not in valid:
                err(f"{iid} turn {j+1}: unknown expect {t['expect']!r}")
            also = t.get("also") or []
            if also:
                with_also += 1
            for a in also:
                if a not in cat:
                    err(f"{iid} turn {j+1}: also {a!r} is not a catalogue id")
                if a == t["expect"]:
                    err(f"{iid} turn {j+1}: also repeats expect")
            if len(set(also)) != len(also):
                err(f"{iid} turn {j+1}: duplicate also")
            expect_all[t["expect"]] += 1
            texts[norm(t["text"])].append(f"{iid}/{j+1}")
        ex = [t.get("expect") for t in turns]
        if k == "single":
            if len(turns) != 1 or ex[0] not in cat:
                err(f"{iid}: single must be one turn expecting a catalogue id")
            else:
                single_cover[ex[0]] += 1
        elif k == "followup":
            if not 2 <= len(turns) <= 4:
                err(f"{iid}: followup has {len(turns)} turns")
            if ex and ex[0] not in cat:
                err(f"{iid}: followup first turn must expect a catalogue id")
            if any(e == "clarify" for e in ex):
                err(f"{iid}: clarify inside a followup")
            fu_len[len(turns)] += 1
            tops = [topic(t) for t in turns]
            for i in range(2, len(turns)):
                if tops[i] and not (tops[i] & tops[i - 1]) and any(tops[i] & tops[j] for j in range(i - 1)):
                    returns += 1
                    break
        elif k in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2 or any(e != k for e in ex):
                err(f"{iid}: {k} item must have 1-2 turns all expecting {k}")
        elif k == "clarify":
            if not 1 <= len(turns) <= 2 or ex[0] != "clarify":
                err(f"{iid}: clarify item must start with clarify and have 1-2 turns")
            if len(turns) == 2 and ex[1] not in set(cat) | {"no_entry"}:
                err(f"{iid}: clarify second turn must expect an entry (or no_entry)")

    # minimums from BRIEF.md
    missing = [e for e in cat if single_cover[e] < 2]
    if missing:
        err(f"entries with fewer than 2 single questions: {missing}")
    over = [e for e in cat if single_cover[e] > 4]
    if over:
        warnings.append(f"entries with more than 4 single questions: {over}")
    mins = [("followup items", kinds["followup"], 190),
            ("followups with 3+ turns", fu_len[3] + fu_len[4], 85),
            ("followups returning to an earlier subject", returns, 12),
            ("out_of_scope items", kinds["out_of_scope"], 55),
            ("no_entry items", kinds["no_entry"], 55),
            ("clarify items", kinds["clarify"], 15)]
    for name, got, need in mins:
        if got < need:
            err(f"{name}: {got} < {need}")
    if not 650 <= len(items) <= 700:
        warnings.append(f"{len(items)} items outside 650-700")
    if not 950 <= turns_total <= 1000:
        warnings.append(f"{turns_total} turns outside 950-1000")

    # duplicates (normalised: case, punctuation, whitespace)
    dups = {t: w for t, w in texts.items() if len(w) > 1}
    for t, w in dups.items():
        err(f"duplicate text {t!r} at {w}")

    # near-copies of catalogue titles/questions (difflib ratio >= 0.9)
    near = []
    best = (0.0, None, None)
    refs = [(e, v["title"]) for e, v in cat.items()] + [(e, v["question"]) for e, v in cat.items()]
    for it in items:
        for j, t in enumerate(it["turns"]):
            a = t["text"].lower().strip()
            for e, ref in refs:
                r = difflib.SequenceMatcher(None, a, ref.lower()).ratio()
                if r > best[0]:
                    best = (r, f"{it['id']}/{j+1}", ref)
                if r >= 0.9:
                    near.append((it["id"], j + 1, e, round(r, 3)))
    for x in near:
        err(f"near-copy of catalogue text: {x}")

    # out-of-brief topics (crisis, self-harm, emergency, dose)
    bad = re.compile(r"\b(suicid\w*|self[- ]harm\w*|kill myself|overdos\w*|emergenc\w*|999|911|\d+\s?mg|mg\b|milligram\w*|dosage|(?<!low )dose[sd]?)\b", re.I)
    for it in items:
        for j, t in enumerate(it["turns"]):
            if bad.search(t["text"]):
                err(f"{it['id']}/{j+1}: out-of-brief wording {bad.search(t['text']).group(0)!r}")

    # report
    print(f"items: {len(items)}  turns: {turns_total}")
    print("items per kind:", dict(sorted(kinds.items())))
    print("followup lengths:", dict(sorted(fu_len.items())),
          f"(3+ turns: {fu_len[3] + fu_len[4]})")
    print("followups returning to an earlier subject (heuristic):", returns)
    lab = collections.Counter()
    for e, c in expect_all.items():
        lab[e if e in SPECIAL else "catalogue id"] += c
    print("turn labels:", dict(sorted(lab.items())))
    print("entries used as expect anywhere:", len([e for e in cat if expect_all[e]]), "/", len(cat))
    print("single questions per entry:", dict(sorted(collections.Counter(single_cover[e] for e in cat).items())))
    print("turns with a non-empty also:", with_also)
    print(f"beyond_seed items: {beyond_items}/{len(items)}  turns in beyond_seed items: {beyond_turns}/{turns_total}")
    print(f"max difflib ratio to a catalogue title/question: {best[0]:.3f} ({best[1]} vs {best[2]!r})")
    print("duplicate texts:", len(dups), " near-copies:", len(near))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("RESULT:", "FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
