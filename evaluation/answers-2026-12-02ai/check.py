#!/usr/bin/env python3
"""Validate set.yml (evaluation set "ai") against SPEC.md, BRIEF.md and CATALOGUE.md.

Usage: python check.py [set.yml]
Exits non-zero when a hard rule fails; prints counts and warnings.
"""
import difflib, hashlib, os, re, sys
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set.yml")
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}

# Entries whose question the seed article answers (same list as build.py); used only to
# estimate the share of turns beyond the seed article.
SEED_ANSWERED = {
    "basics_what_helps_pain", "basics_be_gentle", "basics_why_treatments_fall_short",
    "exercise_why_movement_helps", "exercise_pacing_getting_started", "exercise_how_often_how_much",
    "exercise_aerobic", "exercise_walking", "exercise_water", "exercise_yoga", "exercise_tai_chi",
    "exercise_cycling", "pacing_what_is",
    "diet_fibromyalgia_diet", "diet_anti_inflammatory", "diet_fruit_vegetables", "diet_leafy_greens",
    "diet_magnesium", "diet_omega_3", "diet_gut_health", "diet_cooking_oils", "diet_blood_sugar",
    "diet_white_flour", "diet_processed_fried", "diet_fried_food", "diet_one_change_at_a_time",
    "therapies_adjunctive", "therapies_fda_approved_overview", "therapies_duloxetine",
    "therapies_milnacipran", "therapies_pregabalin", "therapies_ketamine", "therapies_ketamine_case_report",
}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def norm(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def sentences(s):
    parts = [p for p in re.split(r"(?<=[.!?])\s+|\n+", s.strip()) if re.search(r"[A-Za-z]", p)]
    return len(parts)


# ---------- catalogue ----------
cat = {}
section = None
line_re = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: ([a-z_]+)\)\s*$")
for line in open(os.path.join(HERE, "CATALOGUE.md"), encoding="utf-8"):
    if line.startswith("## "):
        section = line[3:].strip()
        continue
    m = line_re.match(line)
    if m:
        eid, title, question, subjects, aspect = m.groups()
        subj = set() if subjects.strip() == "-" else {s.strip() for s in subjects.split(",")}
        cat[eid] = {"title": title, "question": question, "subjects": subj, "aspect": aspect,
                    "section": section}
if len(cat) != 155:
    err(f"catalogue parse: expected 155 entries, got {len(cat)}")

# ---------- load ----------
raw = open(SET, "rb").read()
doc = yaml.safe_load(raw)
if not isinstance(doc, dict):
    sys.exit("set.yml is not a mapping")
if doc.get("author") != "independent evaluation helper (blind)":
    err("author field wrong")
if str(doc.get("written")) != "2026-12-01":
    err("written field wrong")
items = doc.get("items") or []

# ---------- per item ----------
all_texts = []  # (norm, text, id)
single_per_entry = Counter()
kinds = Counter()
turn_expect = Counter()
n_turns = 0
long_singles = 0
followup_len = Counter()
seed_turns_est = 0
beyond_items = 0
fu_with = Counter()
returns = 0
ids_seen = set()
for idx, it in enumerate(items, 1):
    iid = it.get("id")
    if iid != f"ai{idx:04d}":
        err(f"item {idx}: id {iid!r} should be ai{idx:04d}")
    if iid in ids_seen:
        err(f"duplicate id {iid}")
    ids_seen.add(iid)
    extra = set(it) - {"id", "kind", "beyond_seed", "turns"}
    if extra:
        err(f"{iid}: unknown keys {extra}")
    kind = it.get("kind")
    if kind not in KINDS:
        err(f"{iid}: bad kind {kind!r}")
        continue
    kinds[kind] += 1
    if not isinstance(it.get("beyond_seed"), bool):
        err(f"{iid}: beyond_seed must be true/false")
    beyond_items += bool(it.get("beyond_seed"))
    turns = it.get("turns")
    if not isinstance(turns, list) or not turns:
        err(f"{iid}: no turns")
        continue
    n_turns += len(turns)
    exps = []
    for t in turns:
        if set(t) - {"text", "expect", "also"}:
            err(f"{iid}: unknown turn keys {set(t) - {'text', 'expect', 'also'}}")
        text, exp, also = t.get("text"), t.get("expect"), t.get("also", [])
        if not isinstance(text, str) or not text.strip():
            err(f"{iid}: empty text")
            continue
        if exp not in cat and exp not in SPECIAL:
            err(f"{iid}: unknown expect {exp!r}")
        if not isinstance(also, list) or any(a not in cat for a in also):
            err(f"{iid}: bad also {also!r}")
        if exp in also or len(set(also)) != len(also):
            err(f"{iid}: also repeats expect or itself")
        if exp in SPECIAL and also and exp != "no_entry":
            err(f"{iid}: also with {exp}")
        turn_expect[exp] += 1
        seed_turns_est += exp in SEED_ANSWERED
        all_texts.append((norm(text), text, iid))
        exps.append((exp, also))
    first = exps[0][0] if exps else None
    n = len(exps)
    if kind == "single":
        if n != 1 or first not in cat:
            err(f"{iid}: single must be one turn expecting a catalogue id")
        else:
            single_per_entry[first] += 1
            txt = turns[0]["text"]
            if 300 <= len(txt) <= 2000 and sentences(txt) >= 4:
                long_singles += 1
            elif len(txt) >= 300:
                warn(f"{iid}: long text but fewer than 4 sentences or over 2000 chars")
    elif kind == "followup":
        if not 2 <= n <= 4 or first not in cat:
            err(f"{iid}: followup must have 2-4 turns and start with a catalogue id")
        followup_len[n] += 1
        later = [e for e, _ in exps[1:]]
        if "no_entry" in later:
            fu_with["no_entry turn"] += 1
        if "out_of_scope" in later:
            fu_with["out_of_scope turn"] += 1
        if "clarify" in later:
            warn(f"{iid}: clarify inside a followup")
        # subject/aspect changes and returns
        def keys(e, a):
            ids = [x for x in [e] + list(a) if x in cat]
            subj = set().union(*[cat[x]["subjects"] for x in ids]) if ids else set()
            secs = {cat[x]["section"] for x in ids}
            return set(ids), subj, secs, {cat[x]["aspect"] for x in ids}
        ks = [keys(e, a) for e, a in exps]
        aspect_change = subject_change = ret = False
        for k in range(1, n):
            pid, psub, psec, pasp = ks[k - 1]
            cid, csub, csec, casp = ks[k]
            if not cid or not pid:
                continue
            if psub & csub and not (pasp & casp):
                aspect_change = True
            if not (pid & cid) and not (psub & csub) and not (psec & csec):
                subject_change = True
            if k >= 2:
                for j in range(k - 1):
                    jid, jsub, jsec, _ = ks[j]
                    if (cid & jid and not cid & pid) or (csub & jsub and not csub & psub) or \
                       (csec & jsec and not csec & psec):
                        ret = True
        fu_with["aspect change"] += aspect_change
        fu_with["subject change"] += subject_change
        returns += ret
    elif kind in ("out_of_scope", "no_entry"):
        if not 1 <= n <= 2 or any(e != kind for e, _ in exps):
            err(f"{iid}: {kind} item must have 1-2 turns all expecting {kind}")
    elif kind == "clarify":
        if not 1 <= n <= 2 or first != "clarify":
            err(f"{iid}: clarify item must start with clarify and have 1-2 turns")
        if n == 2 and exps[1][0] not in cat:
            err(f"{iid}: clarify second turn must expect a catalogue id")
        fu_with["clarify with 2nd turn"] += n == 2

# ---------- duplicates and near copies ----------
seen = {}
for nt, text, iid in all_texts:
    if nt in seen:
        err(f"duplicate text in {iid} and {seen[nt]}: {text!r}")
    seen[nt] = iid
cat_strings = [(eid, kind, norm(v[kind])) for eid, v in cat.items() for kind in ("title", "question")]
near = 0
for nt, text, iid in all_texts:
    for eid, kind, cs in cat_strings:
        sm = difflib.SequenceMatcher(None, nt, cs)
        if sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9:
            near += 1
            err(f"{iid}: near-copy (ratio {sm.ratio():.2f}) of the {kind} of {eid}: {text!r}")
# near-duplicates inside the set (warning only)
norms = [a for a, _, _ in all_texts]
owners = [c for _, _, c in all_texts]
near_dup = 0
for i in range(len(norms)):
    for j in range(i + 1, len(norms)):
        sm = difflib.SequenceMatcher(None, norms[i], norms[j])
        if sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9:
            near_dup += 1
            warn(f"near-duplicate texts ({sm.ratio():.2f}) in {owners[i]} and {owners[j]}: {all_texts[i][1]!r} / {all_texts[j][1]!r}")

# ---------- forbidden themes (warnings to review by hand) ----------
risky = re.compile(r"suicid|self[- ]harm|kill myself|end it all|overdos|\bdose\b|\bdosage\b|\d+ ?mg\b|how much .* (should|can) i take|"
                   r"\bemergency\b|\b999\b|\b911\b|\b000\b|ambulance|can't breathe|cant breathe")
for it in items:
    for t in it["turns"]:
        if risky.search(t["text"].lower()):
            exp = t["expect"]
            ok = exp == "medicines_antidepressant_boxed_warning" or re.search(r"low[- ]dose", t["text"].lower())
            if not ok:
                warn(f"{it['id']}: check theme (crisis/dose/emergency?): {t['text']!r}")

# ---------- minimums ----------
def need(cond, msg):
    if not cond:
        err(msg)

missing = [e for e in cat if single_per_entry[e] < 2]
need(not missing, f"entries with fewer than 2 single questions: {missing}")
over = [e for e in cat if single_per_entry[e] > 4]
if over:
    warn(f"entries with more than 4 single questions: {over}")
need(kinds["followup"] >= 190, "fewer than 190 followups")
need(sum(v for k, v in followup_len.items() if k >= 3) >= 85, "fewer than 85 followups with 3+ turns")
need(returns >= 12, "fewer than 12 followups returning to an earlier subject")
need(long_singles >= 45, "fewer than 45 long single questions")
need(kinds["out_of_scope"] >= 55, "fewer than 55 out_of_scope items")
need(kinds["no_entry"] >= 55, "fewer than 55 no_entry items")
need(kinds["clarify"] >= 15, "fewer than 15 clarify items")
if not 650 <= len(items) <= 700:
    warn(f"{len(items)} items, brief asks for about 650-700")
if not 950 <= n_turns <= 1000:
    warn(f"{n_turns} turns, brief asks for about 950-1,000")

# ---------- report ----------
print(f"set.yml sha256: {hashlib.sha256(raw).hexdigest()}")
print(f"items: {len(items)}  turns: {n_turns}")
print("items by kind: " + ", ".join(f"{k} {kinds[k]}" for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]))
print("followups by length: " + ", ".join(f"{k} turns: {followup_len[k]}" for k in sorted(followup_len))
      + f"; 3+ turns: {sum(v for k, v in followup_len.items() if k >= 3)}")
print("followups with: " + ", ".join(f"{k} {v}" for k, v in sorted(fu_with.items()) if k != "clarify with 2nd turn")
      + f", return to earlier subject {returns}")
print(f"clarify items with a second turn: {fu_with['clarify with 2nd turn']}")
print(f"long single questions (300-2000 chars, 4+ sentences): {long_singles}")
print("turns by expect: no_entry {}, out_of_scope {}, clarify {}, catalogue ids {} (distinct {})".format(
    turn_expect["no_entry"], turn_expect["out_of_scope"], turn_expect["clarify"],
    sum(v for k, v in turn_expect.items() if k in cat), len([k for k in turn_expect if k in cat])))
spread = Counter(single_per_entry[e] for e in cat)
print("single questions per entry: " + ", ".join(f"{k}: {spread[k]} entries" for k in sorted(spread)))
uses_also = sum(1 for it in items for t in it["turns"] if t.get("also"))
print(f"turns with also: {uses_also}")
print(f"items with beyond_seed true: {beyond_items} ({beyond_items / max(len(items), 1):.1%})")
print(f"turns beyond the seed article (estimate from expect ids): {n_turns - seed_turns_est} "
      f"({(n_turns - seed_turns_est) / max(n_turns, 1):.1%})")
print(f"near-copies of catalogue titles/questions (ratio >= 0.9): {near}")
print(f"near-duplicate texts inside the set (ratio >= 0.9, warning): {near_dup}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("RESULT:", "OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
