"""Checker for blind evaluation set "af" (set.yml next to this file).

Validates the format of SPEC.md, kinds, ids against CATALOGUE.md, the minimums of
BRIEF.md, duplicate texts, near-copies of catalogue titles/questions (difflib ratio
>= 0.9) and prints counts. Exit status 1 on any error.
Usage: python check.py [set.yml] [CATALOGUE.md]
"""
import difflib, os, re, sys
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set.yml")
CAT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "CATALOGUE.md")
LABELS = {"no_entry", "out_of_scope", "clarify"}
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}

errors, warnings = [], []
def err(msg): errors.append(msg)
def warn(msg): warnings.append(msg)

# ---- catalogue -------------------------------------------------------------
cat = {}
section = None
line_re = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* \u2014 (.+?) \(subjects: (.*?); aspect: (\w+)\)\s*$")
for line in open(CAT, encoding="utf-8"):
    if line.startswith("## "):
        section = line[3:].strip()
    m = line_re.match(line.rstrip("\n"))
    if m:
        cid, title, question, subjects, aspect = m.groups()
        subj = [] if subjects.strip() == "-" else [s.strip() for s in subjects.split(",")]
        cat[cid] = {"title": title, "question": question, "subjects": subj,
                    "aspect": aspect, "section": section}
if len(cat) != 154:
    err(f"catalogue parsed {len(cat)} entries, expected 154")

# ---- set -------------------------------------------------------------------
doc = yaml.safe_load(open(SET, encoding="utf-8"))
if doc.get("author") != "independent evaluation helper (blind)":
    err("author field wrong")
if str(doc.get("written")) != "2026-12-01":
    err("written field wrong")
items = doc.get("items") or []

def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def sentences(s):
    parts = [p for p in re.split(r"(?<=[.!?])\s+", s.strip()) if len(p.split()) >= 2]
    return len(parts)

ids_seen = set()
texts = Counter()
single_count = Counter()
total_turns = 0
beyond_turns = 0
kind_count = Counter()
follow_3plus = 0
long_singles = 0
label_turns = Counter()
returns = 0
cat_refs = [(cid, norm(v["title"]), "title") for cid, v in cat.items()] + \
           [(cid, norm(v["question"]), "question") for cid, v in cat.items()]
BANNED = ["overdose", "kill myself", "end my life", "self harm", "self-harm", "suicid",
          "emergency", "ambulance", "how many mg", "what dose", "how much should i take",
          "double dose", "max dose", "maximum dose"]

def topics(turn):
    out = set()
    for cid in [turn["expect"]] + list(turn.get("also") or []):
        if cid in cat:
            out |= set(cat[cid]["subjects"]) or {"section:" + cat[cid]["section"]}
    return out

for n, it in enumerate(items, 1):
    want_id = f"af{n:04d}"
    iid = it.get("id")
    if iid != want_id:
        err(f"item {n}: id {iid!r}, expected {want_id}")
    if iid in ids_seen:
        err(f"duplicate id {iid}")
    ids_seen.add(iid)
    if set(it) != {"id", "kind", "beyond_seed", "turns"}:
        err(f"{iid}: unexpected keys {sorted(it)}")
    kind = it.get("kind")
    if kind not in KINDS:
        err(f"{iid}: bad kind {kind!r}"); continue
    kind_count[kind] += 1
    if not isinstance(it.get("beyond_seed"), bool):
        err(f"{iid}: beyond_seed must be true/false")
    turns = it.get("turns") or []
    for t in turns:
        if not isinstance(t, dict) or set(t) - {"text", "expect", "also"} or "text" not in t or "expect" not in t:
            err(f"{iid}: malformed turn {t!r}"); continue
        if not isinstance(t["text"], str) or not t["text"].strip():
            err(f"{iid}: empty text")
        e = t["expect"]
        if e not in cat and e not in LABELS:
            err(f"{iid}: unknown expect {e!r}")
        also = t.get("also") or []
        if not isinstance(also, list):
            err(f"{iid}: also must be a list")
            also = []
        for a in also:
            if a not in cat:
                err(f"{iid}: unknown also id {a!r}")
            if a == e:
                err(f"{iid}: also repeats expect {a}")
        if len(set(also)) != len(also):
            err(f"{iid}: duplicate also ids")
        if also and e in {"out_of_scope", "clarify"}:
            err(f"{iid}: also on a {e} turn")
        texts[norm(t["text"])] += 1
        label_turns[e if e in LABELS else "catalogue"] += 1
        low = t["text"].lower()
        for b in BANNED:
            if b in low and e != "medicines_antidepressant_boxed_warning":
                err(f"{iid}: banned (crisis/emergency/dose) phrase {b!r}")
        nt = norm(t["text"])
        for cid, ref, what in cat_refs:
            r = difflib.SequenceMatcher(None, nt, ref).ratio()
            if r >= 0.9:
                err(f"{iid}: near-copy (ratio {r:.2f}) of {cid} {what}: {t['text']!r}")
    total_turns += len(turns)
    if it.get("beyond_seed"):
        beyond_turns += len(turns)
    exps = [t.get("expect") for t in turns]
    if kind == "single":
        if len(turns) != 1 or exps[0] not in cat:
            err(f"{iid}: single must have one turn expecting a catalogue id")
        else:
            single_count[exps[0]] += 1
            s = turns[0]["text"]
            if 300 <= len(s) <= 2000 and sentences(s) >= 4:
                long_singles += 1
            elif len(s) >= 300:
                warn(f"{iid}: long text not counted as long single (len {len(s)}, {sentences(s)} sentences)")
    elif kind == "followup":
        if not 2 <= len(turns) <= 4:
            err(f"{iid}: followup needs 2-4 turns")
        if not exps or exps[0] not in cat:
            err(f"{iid}: followup first turn must expect a catalogue id")
        if "clarify" in exps:
            err(f"{iid}: clarify inside a followup")
        if len(turns) >= 3:
            follow_3plus += 1
        tps = [topics(t) for t in turns]
        for j in range(2, len(turns)):
            if tps[j] and not (tps[j] & tps[j - 1]) and any(tps[j] & tps[k] for k in range(j - 1)):
                returns += 1
                break
    elif kind in ("out_of_scope", "no_entry"):
        if not 1 <= len(turns) <= 2 or any(x != kind for x in exps):
            err(f"{iid}: {kind} item needs 1-2 turns all expecting {kind}")
    elif kind == "clarify":
        if not 1 <= len(turns) <= 2 or exps[0] != "clarify":
            err(f"{iid}: clarify item must start with a clarify turn (1-2 turns)")
        if len(turns) == 2 and exps[1] not in cat:
            err(f"{iid}: clarify second turn must expect a catalogue id")

for k, v in texts.items():
    if v > 1:
        err(f"duplicate text ({v}x): {k!r}")
missing = [cid for cid in cat if single_count[cid] < 2]
for cid in missing:
    err(f"entry {cid} is the expect of only {single_count[cid]} single questions (need 2)")

def need(name, have, want):
    if have < want:
        err(f"{name}: {have} < {want}")
need("followup conversations", kind_count["followup"], 190)
need("followups with 3+ turns", follow_3plus, 85)
need("followups returning to an earlier subject (heuristic)", returns, 12)
need("long single questions", long_singles, 45)
need("out_of_scope items", kind_count["out_of_scope"], 55)
need("no_entry items", kind_count["no_entry"], 55)
need("clarify items", kind_count["clarify"], 15)
if not 650 <= len(items) <= 700:
    warn(f"item count {len(items)} outside 650-700")
if not 950 <= total_turns <= 1000:
    warn(f"turn count {total_turns} outside 950-1000")
share = beyond_turns / total_turns if total_turns else 0
if not 0.70 <= share <= 0.80:
    warn(f"beyond-seed share of turns {share:.1%} is not about three quarters")

dist = Counter(single_count[c] for c in cat)
print(f"items: {len(items)}  turns: {total_turns}")
print("kinds:", ", ".join(f"{k} {kind_count[k]}" for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]))
fl = Counter(len(it["turns"]) for it in items if it.get("kind") == "followup")
print("followup lengths:", ", ".join(f"{k} turns: {fl[k]}" for k in sorted(fl)), f"| 3+ turns: {follow_3plus}")
print(f"followups returning to an earlier subject (heuristic): {returns}")
print(f"long single questions (300-2000 chars, 4+ sentences): {long_singles}")
print("turn labels:", ", ".join(f"{k} {label_turns[k]}" for k in ["catalogue", "no_entry", "out_of_scope", "clarify"]))
print(f"turns with also: {sum(1 for it in items for t in it['turns'] if t.get('also'))}")
print(f"beyond_seed: {sum(1 for it in items if it.get('beyond_seed'))} items, {beyond_turns}/{total_turns} turns ({share:.1%})")
print("singles per entry:", ", ".join(f"{k} singles: {dist[k]} entries" for k in sorted(dist)))
print(f"entries covered by any turn: {len({t['expect'] for it in items for t in it['turns']} & set(cat))}/154")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"FAILED with {len(errors)} error(s)")
sys.exit(1 if errors else 0)
