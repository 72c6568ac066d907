#!/usr/bin/env python3
"""Validate set.yml (answers set "r") against SPEC.md, BRIEF.md and CATALOGUE.md; print counts.
Exit status 1 when any error is found."""
import collections, difflib, os, re, sys, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"no_entry", "out_of_scope", "clarify"}
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
errors, warnings = [], []

def err(msg): errors.append(msg)

# ---- catalogue
cat = {}
for line in open(os.path.join(HERE, "CATALOGUE.md"), encoding="utf-8"):
    m = re.match(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (\w+)\)\s*$", line)
    if m:
        cat[m.group(1)] = {"title": m.group(2), "question": m.group(3)}
if len(cat) != 154:
    err(f"catalogue parsed {len(cat)} entries, expected 154")

# ---- set
doc = yaml.safe_load(open(os.path.join(HERE, "set.yml"), encoding="utf-8"))
if set(doc) != {"author", "written", "items"}:
    err(f"top-level keys {sorted(doc)}")
if doc.get("author") != "independent evaluation helper (blind)":
    err("author")
if str(doc.get("written")) != "2026-11-30":
    err("written")
items = doc["items"]

def norm(t):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", t.lower())).strip()

single_cover = collections.Counter()
any_cover = collections.Counter()
kinds = collections.Counter()
texts = []
n_turns = beyond_turns = 0
fu_3plus = 0
label_turns = collections.Counter()
BANNED = re.compile(r"\b(suicid\w*|kill myself|self[- ]harm|overdos\w*|(?<!low )(?<!low-)dose|dosage|doses|mg|milligrams?|emergency|911|999|000|ambulance|a&e|chest pain|can't breathe)\b", re.I)

for idx, it in enumerate(items, 1):
    iid = it.get("id")
    if iid != f"r{idx:04d}":
        err(f"item {idx}: id {iid} not sequential")
    if set(it) != {"id", "kind", "beyond_seed", "turns"}:
        err(f"{iid}: keys {sorted(it)}")
    kind = it.get("kind")
    if kind not in KINDS:
        err(f"{iid}: bad kind {kind}")
    kinds[kind] += 1
    if not isinstance(it.get("beyond_seed"), bool):
        err(f"{iid}: beyond_seed not boolean")
    turns = it.get("turns") or []
    n_turns += len(turns)
    if it.get("beyond_seed"):
        beyond_turns += len(turns)
    for t in turns:
        if set(t) - {"text", "expect", "also"} or "text" not in t or "expect" not in t:
            err(f"{iid}: turn keys {sorted(t)}")
        e, also = t.get("expect"), t.get("also") or []
        if e not in cat and e not in LABELS:
            err(f"{iid}: unknown expect {e}")
        for a in also:
            if a not in cat:
                err(f"{iid}: unknown also {a}")
            if a == e:
                err(f"{iid}: also repeats expect {a}")
        if len(set(also)) != len(also):
            err(f"{iid}: duplicate also")
        if e in cat:
            any_cover[e] += 1
        else:
            label_turns[e] += 1
        if not isinstance(t.get("text"), str) or not t["text"].strip():
            err(f"{iid}: empty text")
            continue
        texts.append((norm(t["text"]), t["text"], iid))
        if BANNED.search(t["text"]):
            err(f"{iid}: crisis/dose/emergency wording: {t['text']!r}")
    ex = [t.get("expect") for t in turns]
    if kind == "single":
        if len(turns) != 1 or ex[0] not in cat:
            err(f"{iid}: single must be one turn with a catalogue id")
        else:
            single_cover[ex[0]] += 1
    elif kind == "followup":
        if not 2 <= len(turns) <= 4:
            err(f"{iid}: followup needs 2-4 turns")
        if ex and ex[0] not in cat:
            err(f"{iid}: followup first turn must expect a catalogue id")
        if "clarify" in ex:
            err(f"{iid}: clarify inside followup")
        if len(turns) >= 3:
            fu_3plus += 1
    elif kind in ("out_of_scope", "no_entry"):
        if not 1 <= len(turns) <= 2 or any(x != kind for x in ex):
            err(f"{iid}: {kind} needs 1-2 turns all expecting {kind}")
    elif kind == "clarify":
        if not 1 <= len(turns) <= 2 or ex[0] != "clarify" or (len(turns) == 2 and ex[1] not in cat):
            err(f"{iid}: clarify needs clarify then optionally a catalogue id")

# ---- duplicates and near-copies
seen = {}
for n, raw, iid in texts:
    if n in seen:
        err(f"duplicate text in {seen[n]} and {iid}: {raw!r}")
    seen[n] = iid
refs = [(norm(v[k]), f"{cid} {k}") for cid, v in cat.items() for k in ("title", "question")]
for n, raw, iid in texts:
    for r, where in refs:
        sm = difflib.SequenceMatcher(None, n, r)
        if sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9:
            err(f"{iid}: near-copy of catalogue {where}: {raw!r}")
uniq = sorted(seen)
near_pairs = 0
for i in range(len(uniq)):
    for j in range(i + 1, len(uniq)):
        sm = difflib.SequenceMatcher(None, uniq[i], uniq[j])
        if sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9:
            near_pairs += 1
            warnings.append(f"near-identical texts ({sm.ratio():.2f}): {uniq[i]!r} / {uniq[j]!r}")

# ---- minimums
for cid in cat:
    if single_cover[cid] < 2:
        err(f"entry {cid} is the expect of {single_cover[cid]} single questions (< 2)")
    if single_cover[cid] > 4:
        err(f"entry {cid} is the expect of {single_cover[cid]} single questions (> 4)")
mins = {"followup": 190, "out_of_scope": 55, "no_entry": 55, "clarify": 15}
for k, v in mins.items():
    if kinds[k] < v:
        err(f"{k}: {kinds[k]} < {v}")
if fu_3plus < 85:
    err(f"followups with 3+ turns: {fu_3plus} < 85")
if not 650 <= len(items) <= 700:
    err(f"items {len(items)} outside 650-700")
if not 950 <= n_turns <= 1000:
    err(f"turns {n_turns} outside 950-1000")
share = beyond_turns / n_turns if n_turns else 0
if not 0.68 <= share <= 0.82:
    err(f"beyond-seed share of turns {share:.1%} is not about three quarters")

# ---- report
print(f"items: {len(items)}  turns: {n_turns}")
for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]:
    print(f"  {k}: {kinds[k]}")
print(f"followups with 3+ turns: {fu_3plus}")
print(f"turns by label: catalogue ids {sum(any_cover.values())}, " + ", ".join(f"{k} {v}" for k, v in sorted(label_turns.items())))
dist = collections.Counter(single_cover[c] for c in cat)
print("single questions per entry: " + ", ".join(f"{v} entries x{k}" for k, v in sorted(dist.items())))
print(f"entries expected anywhere: {len(any_cover)}/154 (min {min(any_cover[c] for c in cat)} turns)")
print(f"turns in beyond_seed items: {beyond_turns}/{n_turns} = {share:.1%}")
print(f"items with also: {sum(1 for it in items if any(t.get('also') for t in it['turns']))}")
print(f"near-identical text pairs (ratio >= 0.9, warning only): {near_pairs}")
for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} ERRORS")
sys.exit(1 if errors else 0)
