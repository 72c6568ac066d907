#!/usr/bin/env python
"""Validate set.yml (answers set "aj") against SPEC.md, BRIEF.md and CATALOGUE.md. Prints counts.
Exit code 1 if any error."""
import collections, difflib, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
errors, warnings = [], []

# ---- catalogue
cat = {}
pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* \u2014 (.+?) \(subjects: (.*?); aspect: (\w+)\)\s*$")
for line in open(os.path.join(HERE, "CATALOGUE.md"), encoding="utf-8"):
    m = pat.match(line)
    if m:
        eid, title, q, subj, aspect = m.groups()
        subjects = [] if subj.strip() == "-" else [s.strip() for s in subj.split(",")]
        cat[eid] = {"title": title, "question": q, "subjects": subjects, "aspect": aspect}
if len(cat) != 155:
    errors.append(f"catalogue parse: expected 155 entries, got {len(cat)}")

# ---- load
doc = yaml.safe_load(open(os.path.join(HERE, "set.yml"), encoding="utf-8"))
if doc.get("author") != "independent evaluation helper (blind)":
    errors.append("author field wrong")
if str(doc.get("written")) != "2026-12-01":
    errors.append("written field wrong")
items = doc.get("items") or []

def norm(t):
    # case-, punctuation- and whitespace-insensitive form used for the duplicate check
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", t.lower())).strip()

def sentences(t):
    return [s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if re.search(r"[A-Za-z]", s)]

# ---- per-item format
texts = collections.Counter()
for n, it in enumerate(items, 1):
    iid = it.get("id")
    if iid != f"aj{n:04d}":
        errors.append(f"item {n}: id {iid!r} not sequential")
    if set(it) != {"id", "kind", "beyond_seed", "turns"}:
        errors.append(f"{iid}: keys {sorted(it)}")
    kind = it.get("kind")
    if kind not in KINDS:
        errors.append(f"{iid}: bad kind {kind!r}")
    if not isinstance(it.get("beyond_seed"), bool):
        errors.append(f"{iid}: beyond_seed not bool")
    turns = it.get("turns") or []
    for t in turns:
        if not isinstance(t.get("text"), str) or not t["text"].strip():
            errors.append(f"{iid}: empty text")
            continue
        if set(t) - {"text", "expect", "also"}:
            errors.append(f"{iid}: extra turn keys {sorted(set(t) - {'text','expect','also'})}")
        e = t.get("expect")
        if e not in cat and e not in SPECIAL:
            errors.append(f"{iid}: unknown expect {e!r}")
        also = t.get("also", [])
        if not isinstance(also, list):
            errors.append(f"{iid}: also not a list")
            also = []
        for a in also:
            if a not in cat:
                errors.append(f"{iid}: unknown also id {a!r}")
            if a == e:
                errors.append(f"{iid}: also repeats expect {a}")
        texts[norm(t["text"])] += 1
    ex = [t.get("expect") for t in turns]
    if kind == "single":
        if len(turns) != 1 or ex[0] not in cat:
            errors.append(f"{iid}: single must be 1 turn with a catalogue id")
    elif kind == "followup":
        if not 2 <= len(turns) <= 4 or ex[0] not in cat:
            errors.append(f"{iid}: followup must be 2-4 turns, first a catalogue id")
        if "clarify" in ex:
            errors.append(f"{iid}: clarify inside followup")
    elif kind in ("out_of_scope", "no_entry"):
        if not 1 <= len(turns) <= 2 or any(x != kind for x in ex):
            errors.append(f"{iid}: {kind} must be 1-2 turns all {kind}")
    elif kind == "clarify":
        if not 1 <= len(turns) <= 2 or ex[0] != "clarify" or (len(turns) == 2 and ex[1] not in cat):
            errors.append(f"{iid}: clarify must be clarify [+ catalogue id]")
    if kind in ("out_of_scope", "no_entry", "clarify") and it.get("beyond_seed") is not True:
        errors.append(f"{iid}: {kind} should be beyond_seed true")

# ---- duplicates
for t, c in texts.items():
    if c > 1:
        errors.append(f"duplicate text x{c}: {t!r}")

# ---- near-duplicates among the set's own texts (difflib ratio >= 0.9 after normalising)
own = sorted(texts)
near_own = 0
for x in range(len(own)):
    for y in range(x + 1, len(own)):
        a, b = own[x], own[y]
        if abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)) + 2:
            continue
        sm = difflib.SequenceMatcher(None, a, b)
        if sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9:
            near_own += 1
            errors.append(f"near-duplicate texts: {a!r} ~ {b!r}")

# ---- near-copies of catalogue titles / questions
refs = []
for eid, c in cat.items():
    refs += [(eid, "title", c["title"].lower()), (eid, "question", c["question"].lower())]
near = 0
for it in items:
    for t in it["turns"]:
        a = t["text"].lower().strip()
        for eid, what, r in refs:
            sm = difflib.SequenceMatcher(None, a, r)
            if sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9:
                near += 1
                errors.append(f"{it['id']}: near-copy of {eid} {what}: {t['text']!r}")

# ---- lint for crisis / dose wording (review warnings)
lint = re.compile(r"suicid|self[- ]harm|kill myself|overdose|\bmg\b|\d+\s?mg|\bdosage\b|(?<!low[ -])\bdose\b|emergency|ambulance|\b999\b|\b911\b|\b000\b", re.I)
for it in items:
    for t in it["turns"]:
        if lint.search(t["text"]):
            warnings.append(f"{it['id']}: check wording: {t['text'][:80]!r}")

# ---- counts
kinds = collections.Counter(it["kind"] for it in items)
n_turns = sum(len(it["turns"]) for it in items)
singles_per = collections.Counter(it["turns"][0]["expect"] for it in items if it["kind"] == "single")
fu = [it for it in items if it["kind"] == "followup"]
fu3 = sum(1 for it in fu if len(it["turns"]) >= 3)
longs = [it for it in items if it["kind"] == "single"
         and 300 <= len(it["turns"][0]["text"]) <= 2000 and len(sentences(it["turns"][0]["text"])) >= 4]
beyond_turns = sum(len(it["turns"]) for it in items if it["beyond_seed"])
fu_ne = sum(1 for it in fu if any(t["expect"] == "no_entry" for t in it["turns"]))
fu_oos = sum(1 for it in fu if any(t["expect"] == "out_of_scope" for t in it["turns"]))
clar2 = sum(1 for it in items if it["kind"] == "clarify" and len(it["turns"]) == 2)

def topic(t):
    out = set()
    for e in [t["expect"]] + list(t.get("also", [])):
        if e in cat:
            out |= set(cat[e]["subjects"]) or {"id:" + "_".join(e.split("_")[:2])}
    return out

returns = 0
for it in fu:
    ts = it["turns"]
    hit = False
    for k in range(2, len(ts)):
        tk = topic(ts[k])
        if tk and not (tk & topic(ts[k - 1])) and any(tk & topic(ts[j]) for j in range(k - 1)):
            hit = True
    returns += hit

# ---- minimums
def need(cond, msg):
    if not cond:
        errors.append("minimum not met: " + msg)
missing = [e for e in cat if singles_per[e] < 2]
need(not missing, f"entries with < 2 single questions: {missing}")
over = [e for e in cat if singles_per[e] > 4]
need(not over, f"entries with > 4 single questions: {over}")
need(650 <= len(items) <= 700, f"650-700 items (have {len(items)})")
need(950 <= n_turns <= 1000, f"950-1000 turns (have {n_turns})")
need(len(fu) >= 190, f">= 190 follow-ups (have {len(fu)})")
need(fu3 >= 85, f">= 85 follow-ups with 3+ turns (have {fu3})")
need(returns >= 12, f">= 12 return-to-earlier-subject follow-ups (have {returns})")
need(len(longs) >= 45, f">= 45 long single questions (have {len(longs)})")
need(kinds["out_of_scope"] >= 55, f">= 55 out_of_scope items (have {kinds['out_of_scope']})")
need(kinds["no_entry"] >= 55, f">= 55 no_entry items (have {kinds['no_entry']})")
need(kinds["clarify"] >= 15, f">= 15 clarify items (have {kinds['clarify']})")
need(fu_ne >= 1 and fu_oos >= 1, "no_entry and out_of_scope turns inside follow-ups")
need(0.70 <= beyond_turns / n_turns <= 0.80, f"about 3/4 of turns beyond seed (have {beyond_turns / n_turns:.3f})")

dist = collections.Counter(singles_per[e] for e in cat)
print(f"items: {len(items)}   turns: {n_turns}")
print("items per kind: " + ", ".join(f"{k} {kinds[k]}" for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]))
print("turns per kind: " + ", ".join(f"{k} {sum(len(i['turns']) for i in items if i['kind'] == k)}" for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]))
print(f"follow-ups: {len(fu)} (2 turns: {sum(1 for i in fu if len(i['turns']) == 2)}, 3 turns: {sum(1 for i in fu if len(i['turns']) == 3)}, 4 turns: {sum(1 for i in fu if len(i['turns']) == 4)}; 3+ turns: {fu3})")
print(f"follow-ups returning to an earlier subject (heuristic): {returns}")
print(f"follow-ups with a no_entry turn: {fu_ne}; with an out_of_scope turn: {fu_oos}")
print(f"long single questions (300-2000 chars, 4+ sentences): {len(longs)}")
print(f"clarify items with a second turn: {clar2}; without: {kinds['clarify'] - clar2}")
print(f"single questions per entry: " + ", ".join(f"{k}: {v} entries" for k, v in sorted(dist.items())))
print(f"catalogue entries covered by singles: {sum(1 for e in cat if singles_per[e])}/{len(cat)}")
print(f"turns beyond seed: {beyond_turns}/{n_turns} = {beyond_turns / n_turns:.1%}")
allexp = collections.Counter(t["expect"] for it in items for t in it["turns"])
print(f"turn labels: no_entry {allexp['no_entry']}, out_of_scope {allexp['out_of_scope']}, clarify {allexp['clarify']}, catalogue ids {sum(v for k, v in allexp.items() if k in cat)}")
print(f"turns with also: {sum(1 for it in items for t in it['turns'] if t.get('also'))}")
print(f"distinct texts: {len(texts)} / {n_turns}")
print(f"near-copies of catalogue (difflib >= 0.9): {near}; near-duplicate pairs among own texts (>= 0.9): {near_own}")
for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
sys.exit(1 if errors else 0)
