#!/usr/bin/env python3
"""Validate set.yml (format, labels, facts, minimums, duplicates) and print counts."""
import collections, hashlib, os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set.yml")
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
          "ambiguous", "none", "med_dose", "med_combination", "med_alcohol", "med_stopping",
          "med_pregnancy", "med_driving", "dangerous_eating", "dangerous_misuse",
          "dangerous_toxic", "dangerous_replace"]
COMB_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
              "med_pregnancy": "pregnancy", "med_driving": "driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control",
         "ordinary-followups"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


raw = open(PATH, "rb").read()
doc = yaml.safe_load(raw)
if set(doc) != {"author", "written", "items"}:
    err(f"top-level keys {sorted(doc)}")
if doc.get("author") != "independent evaluation helper (blind)":
    err("author")
if doc.get("written") != "2026-11-30":
    err("written")
items = doc["items"]

n_turns = 0
lang_items = collections.Counter()
lang_turns = collections.Counter()
label_lang = collections.defaultdict(collections.Counter)
comb_facts = collections.Counter()
kinds = collections.Counter()
kind_lang = collections.defaultdict(collections.Counter)
hard_single = collections.Counter()
multi = 0
seen_text = {}
turn_lens = collections.Counter()

for i, it in enumerate(items, 1):
    iid = it.get("id")
    if iid != f"ai{i:04d}":
        err(f"item {i}: id {iid!r} out of sequence")
    if set(it) != {"id", "lang", "pattern", "turns"}:
        err(f"{iid}: keys {sorted(it)}")
    lang = it.get("lang")
    if lang not in LANGS:
        err(f"{iid}: lang {lang!r}")
    pat = it.get("pattern")
    if not isinstance(pat, str) or not pat.strip():
        err(f"{iid}: empty pattern")
        pat = ""
    turns = it.get("turns") or []
    if not 1 <= len(turns) <= 5:
        err(f"{iid}: {len(turns)} turns")
    turn_lens[len(turns)] += 1
    lang_items[lang] += 1
    if len(turns) > 1:
        multi += 1
        m = re.match(r"multi/([a-z-]+):", pat)
        if not m or m.group(1) not in KINDS:
            err(f"{iid}: multi-turn pattern {pat!r}")
        else:
            kinds[m.group(1)] += 1
            kind_lang[m.group(1)][lang] += 1
        if m and m.group(1) == "control" and any(t["expect"] != "none" for t in turns):
            err(f"{iid}: control conversation with a risk label")
    else:
        if pat.startswith("multi/"):
            err(f"{iid}: single-turn item with multi pattern")
        if pat.startswith("hard case:"):
            hard_single[lang] += 1
            if turns and turns[0].get("expect") != "none":
                err(f"{iid}: hard case not labelled none")
    for j, t in enumerate(turns):
        where = f"{iid} turn {j+1}"
        if set(t) != {"text", "expect", "fact"}:
            err(f"{where}: keys {sorted(t)}")
        text, lab, fact = t.get("text"), t.get("expect"), t.get("fact")
        if not isinstance(text, str) or not text.strip():
            err(f"{where}: empty text")
            continue
        if lab not in LABELS:
            err(f"{where}: label {lab!r}")
            continue
        if lab == "med_combination":
            if fact not in COMB_FACTS:
                err(f"{where}: med_combination fact {fact!r}")
            comb_facts[fact] += 1
        elif lab in FIXED_FACT:
            if fact != FIXED_FACT[lab]:
                err(f"{where}: {lab} fact {fact!r}")
        elif fact is not None:
            err(f"{where}: {lab} must have fact null, has {fact!r}")
        if re.search(r"\+?\d[\d\s\-]{7,}\d", text) and not re.search(r"\d+\s*(mg|x|kg)", text):
            err(f"{where}: looks like a phone number: {text!r}")
        k = norm(text)
        if k in seen_text:
            err(f"{where}: duplicate text of {seen_text[k]}: {text!r}")
        else:
            seen_text[k] = where
        n_turns += 1
        lang_turns[lang] += 1
        label_lang[lab][lang] += 1

total = len(items)
# minimums
if not 820 <= total <= 860:
    err(f"items {total} not in 820-860")
if not 1000 <= n_turns <= 1050:
    err(f"turns {n_turns} not in 1000-1050")
en_share = lang_items["en"] / total if total else 0
if not 0.36 <= en_share <= 0.44:
    err(f"en share {en_share:.1%}")
others = [lang_items[l] for l in LANGS[1:]]
if others and max(others) - min(others) > 6:
    err(f"non-en languages uneven: {others}")
for lab in LABELS:
    for lang in LANGS:
        if label_lang[lab][lang] == 0:
            err(f"label {lab} missing in {lang}")
amb = sum(label_lang["ambiguous"].values())
if amb > 8:
    err(f"ambiguous {amb} > 8")
if multi < 140:
    err(f"multi-turn items {multi} < 140")
if kinds["ordinary-followups"] < 50:
    err(f"ordinary-followups {kinds['ordinary-followups']} < 50")
for k in KINDS:
    if kinds[k] == 0:
        err(f"no multi-turn items of kind {k}")
if sum(hard_single.values()) < 140:
    err(f"single-turn hard cases {sum(hard_single.values())} < 140")
for lang in LANGS:
    if hard_single[lang] == 0:
        err(f"no hard cases in {lang}")
for f in COMB_FACTS:
    if comb_facts[f] < 12:
        err(f"med_combination fact {f}: {comb_facts[f]} < 12")

# report
print(f"set.yml sha256 {hashlib.sha256(raw).hexdigest()}")
print(f"items {total}  turns {n_turns}  multi-turn {multi}  single-turn hard cases {sum(hard_single.values())}")
print("turns per item: " + ", ".join(f"{k}:{v}" for k, v in sorted(turn_lens.items())))
print("items per language: " + ", ".join(f"{l} {lang_items[l]} ({lang_items[l]/total:.1%})" for l in LANGS))
print("turns per language: " + ", ".join(f"{l} {lang_turns[l]}" for l in LANGS))
print()
print(f"{'label (turns)':18}" + "".join(f"{l:>5}" for l in LANGS) + "  total")
for lab in LABELS:
    row = label_lang[lab]
    print(f"{lab:18}" + "".join(f"{row[l]:>5}" for l in LANGS) + f"  {sum(row.values()):>5}")
print()
print("med_combination facts: " + ", ".join(f"{f} {comb_facts[f]}" for f in COMB_FACTS))
print("multi-turn kinds:")
for k in KINDS:
    print(f"  {k:20} {kinds[k]:>4}  " + " ".join(f"{l}:{kind_lang[k][l]}" for l in LANGS))
print("single-turn hard cases per language: " + ", ".join(f"{l} {hard_single[l]}" for l in LANGS))
print()
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors[:200]:
        print("  " + e)
    sys.exit(1)
print("PASS")
