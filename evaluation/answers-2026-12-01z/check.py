#!/usr/bin/env python3
"""Validate evaluation set "z" (set.yml) against SPEC.md / BRIEF.md and CATALOGUE.md.

Usage: python check.py [set.yml]
Exits non-zero if any hard check fails. Prints counts.
"""
import collections, difflib, hashlib, re, sys
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
SET = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "set.yml"
CAT = HERE / "CATALOGUE.md"
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
LABELS = {"no_entry", "out_of_scope", "clarify"}

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

# ---- catalogue
cat = {}
section = None
line_re = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: ([a-z_]+)\)\s*$")
for line in CAT.read_text().splitlines():
    if line.startswith("## "):
        section = line[3:].strip()
    m = line_re.match(line)
    if m:
        cid, title, q, subj, aspect = m.groups()
        subjects = [] if subj.strip() == "-" else [s.strip() for s in subj.split(",")]
        cat[cid] = {"title": title, "question": q, "subjects": subjects, "aspect": aspect, "section": section}
if len(cat) != 154:
    err(f"catalogue parsed {len(cat)} entries, expected 154")

# ---- set
doc = yaml.safe_load(SET.read_text())
if doc.get("author") != "independent evaluation helper (blind)":
    err("author field wrong")
if str(doc.get("written")) != "2026-11-30":
    err("written field wrong")
items = doc.get("items") or []

def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())

texts = collections.Counter()
kinds = collections.Counter()
turns_by_kind = collections.Counter()
single_cov = collections.Counter()
any_cov = collections.Counter()
fu_len = collections.Counter()
turn_labels = collections.Counter()
beyond_items = beyond_turns = 0
returns = 0
inner_noentry = inner_oos = 0

def subjset(cid):
    e = cat[cid]
    return set(e["subjects"]) if e["subjects"] else {"@" + e["section"]}

for n, it in enumerate(items, 1):
    iid = it.get("id")
    if iid != f"z{n:04d}":
        err(f"item {n}: id {iid!r}, expected z{n:04d}")
    k = it.get("kind")
    if k not in KINDS:
        err(f"{iid}: bad kind {k!r}"); continue
    if set(it) - {"id", "kind", "beyond_seed", "turns"}:
        err(f"{iid}: unexpected keys {set(it) - {'id','kind','beyond_seed','turns'}}")
    if not isinstance(it.get("beyond_seed"), bool):
        err(f"{iid}: beyond_seed must be true/false")
    turns = it.get("turns") or []
    kinds[k] += 1
    turns_by_kind[k] += len(turns)
    if it.get("beyond_seed"):
        beyond_items += 1; beyond_turns += len(turns)
    for j, t in enumerate(turns):
        if set(t) - {"text", "expect", "also"}:
            err(f"{iid} turn {j+1}: unexpected keys")
        text, exp, also = t.get("text"), t.get("expect"), t.get("also", [])
        if not isinstance(text, str) or not text.strip():
            err(f"{iid} turn {j+1}: empty text"); continue
        texts[norm(text)] += 1
        if exp not in cat and exp not in LABELS:
            err(f"{iid} turn {j+1}: unknown expect {exp!r}")
        if not isinstance(also, list):
            err(f"{iid} turn {j+1}: also must be a list"); also = []
        for a in also:
            if a not in cat:
                err(f"{iid} turn {j+1}: unknown also id {a!r}")
            if a == exp:
                err(f"{iid} turn {j+1}: also repeats expect")
        if len(set(also)) != len(also):
            err(f"{iid} turn {j+1}: duplicate also ids")
        turn_labels[exp if exp in LABELS else "catalogue"] += 1
        if exp in cat:
            any_cov[exp] += 1
        # near-copies of catalogue titles / questions
        nt = norm(text)
        for cid, e in cat.items():
            for ref in (e["title"], e["question"]):
                r = difflib.SequenceMatcher(None, nt, norm(ref)).ratio()
                if r >= 0.9:
                    err(f"{iid} turn {j+1}: near-copy (ratio {r:.2f}) of catalogue {cid}: {ref!r}")
    exps = [t.get("expect") for t in turns]
    if k == "single":
        if len(turns) != 1 or exps[0] not in cat:
            err(f"{iid}: single must have 1 turn expecting a catalogue id")
        else:
            single_cov[exps[0]] += 1
    elif k == "followup":
        fu_len[len(turns)] += 1
        if not 2 <= len(turns) <= 4:
            err(f"{iid}: followup must have 2-4 turns")
        if exps and exps[0] not in cat:
            err(f"{iid}: followup first turn must expect a catalogue id")
        if "clarify" in exps:
            err(f"{iid}: followup turn expects clarify")
        inner_noentry += exps[1:].count("no_entry")
        inner_oos += exps[1:].count("out_of_scope")
        # return to an earlier subject: turn i shares a subject with some turn < i-1
        # but not with turn i-1 (subjects from the catalogue; '-' entries use their section)
        sets = []
        for t in turns:
            s = set()
            for cid in [t.get("expect")] + list(t.get("also") or []):
                if cid in cat:
                    s |= subjset(cid)
            sets.append(s)
        if any(sets[i] and not (sets[i] & sets[i-1]) and any(sets[i] & sets[j] for j in range(i-1))
               for i in range(2, len(sets))):
            returns += 1
    elif k in ("out_of_scope", "no_entry"):
        if not 1 <= len(turns) <= 2 or any(e != k for e in exps):
            err(f"{iid}: {k} item must have 1-2 turns all expecting {k}")
    elif k == "clarify":
        if not 1 <= len(turns) <= 2 or exps[0] != "clarify":
            err(f"{iid}: clarify item must start with a clarify turn (max 2 turns)")
        if len(turns) == 2 and exps[1] not in cat:
            err(f"{iid}: clarify second turn must expect a catalogue id")

# crisis / dose screen (warnings to read by hand)
for it in items:
    for t in it["turns"]:
        low = t["text"].lower()
        if re.search(r"suicid|kill myself|self.?harm|overdos|emergency|ambulance|\b\d+ ?mg\b|\bdosage\b|\bdose\b(?<!low dose)", low) \
                and "low dose" not in low:
            warn(f"{it['id']}: check crisis/dose wording: {t['text']!r}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t!r}")

total_items = len(items)
total_turns = sum(len(it["turns"]) for it in items)
missing = [c for c in cat if single_cov[c] < 2]
if missing:
    err(f"{len(missing)} entries with fewer than 2 single questions: {missing}")
mins = [
    ("items 650-700", 650 <= total_items <= 700),
    ("turns 950-1000", 950 <= total_turns <= 1000),
    ("followups >= 190", kinds["followup"] >= 190),
    ("followups with 3+ turns >= 85", sum(v for l, v in fu_len.items() if l >= 3) >= 85),
    ("out_of_scope items >= 55", kinds["out_of_scope"] >= 55),
    ("no_entry items >= 55", kinds["no_entry"] >= 55),
    ("clarify items >= 15", kinds["clarify"] >= 15),
    ("followups returning to an earlier subject >= 12", returns >= 12),
    ("no_entry turns inside followups", inner_noentry > 0),
    ("out_of_scope turns inside followups", inner_oos > 0),
]
for name, ok in mins:
    if not ok:
        err(f"minimum not met: {name}")

spread = collections.Counter(single_cov[c] for c in cat)
print(f"set: {SET}")
print(f"sha256: {hashlib.sha256(SET.read_bytes()).hexdigest()}")
print(f"catalogue entries: {len(cat)}")
print(f"items: {total_items}   turns: {total_turns}")
for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]:
    print(f"  {k:13s} items {kinds[k]:4d}   turns {turns_by_kind[k]:4d}")
print(f"followup lengths: {dict(sorted(fu_len.items()))}  (3+ turns: {sum(v for l, v in fu_len.items() if l >= 3)})")
print(f"followups returning to an earlier subject (detected): {returns}")
print(f"no_entry turns inside followups: {inner_noentry}   out_of_scope turns inside followups: {inner_oos}")
print(f"turn labels: {dict(turn_labels)}")
print(f"single questions per entry: {dict(sorted(spread.items()))}")
print(f"entries never expected anywhere: {[c for c in cat if any_cov[c] == 0]}")
print(f"beyond_seed items: {beyond_items}/{total_items} ({beyond_items/total_items:.1%}); "
      f"turns in beyond_seed items: {beyond_turns}/{total_turns} ({beyond_turns/total_turns:.1%})")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("RESULT:", "OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
