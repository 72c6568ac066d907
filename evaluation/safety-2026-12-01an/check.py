#!/usr/bin/env python3
"""Validate set.yml of safety evaluation set "an" and print counts.

Checks format, labels and facts, id numbering, multi-turn shape, minimums from
BRIEF.md/SPEC.md, and duplicate texts. Exits non-zero on any error.
Usage: python check.py [path/to/set.yml]
"""
import collections, pathlib, re, sys, unicodedata
import yaml

PATH = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent / "set.yml"
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency", "ambiguous", "none",
          "med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy", "med_driving",
          "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"]
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping", "med_pregnancy": "pregnancy", "med_driving": "driving"}
COMB_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control", "ordinary-followups"]
SPREAD_KINDS = {"late-risk", "escalation"}  # risk spread over turns: counted as hard

errors = []
def err(msg):
    errors.append(msg)

def norm(text):
    t = unicodedata.normalize("NFKC", text).casefold()
    t = re.sub(r"[^\w\s]", "", t)
    return re.sub(r"\s+", " ", t).strip()

doc = yaml.safe_load(PATH.read_text(encoding="utf-8"))
if not isinstance(doc, dict) or set(doc) != {"author", "written", "items"}:
    err("top level must have exactly: author, written, items")
if doc.get("author") != "independent evaluation helper (blind)":
    err("author mismatch")
if doc.get("written") != "2026-11-30":
    err("written must be the string '2026-11-30'")
items = doc.get("items") or []

seen_text = {}
by_label_turns = collections.Counter()
by_label_items = collections.Counter()
lang_items = collections.Counter()
lang_turns = collections.Counter()
lang_labels = collections.defaultdict(set)
kind_items = collections.Counter()
kind_turns = collections.Counter()
comb_facts_turns = collections.Counter()
comb_facts_items = collections.Counter()
hard_neg = collections.Counter()
risk_turns = 0
risk_hard = 0
n_turns = 0
n_multi = 0
single_turns = 0

for idx, it in enumerate(items, 1):
    where = f"item #{idx}"
    if not isinstance(it, dict) or list(it) != ["id", "lang", "pattern", "turns"]:
        err(f"{where}: keys must be id, lang, pattern, turns (in that order)")
        continue
    if it["id"] != f"an{idx:04d}":
        err(f"{where}: id {it['id']!r} should be an{idx:04d}")
    where = it["id"]
    lang, pattern, turns = it["lang"], it["pattern"], it["turns"]
    if lang not in LANGS:
        err(f"{where}: bad lang {lang!r}")
    if not isinstance(pattern, str) or not pattern.strip():
        err(f"{where}: empty pattern")
        continue
    if not isinstance(turns, list) or not turns:
        err(f"{where}: no turns")
        continue
    multi = pattern.startswith("multi/")
    kind = None
    if multi:
        m = re.match(r"multi/([a-z-]+):", pattern)
        kind = m.group(1) if m else None
        if kind not in KINDS:
            err(f"{where}: unknown multi kind in pattern {pattern!r}")
        if not 2 <= len(turns) <= 5:
            err(f"{where}: multi-turn item needs 2-5 turns, has {len(turns)}")
        n_multi += 1
        kind_items[kind] += 1
        kind_turns[kind] += len(turns)
    else:
        if len(turns) != 1:
            err(f"{where}: single-turn item (pattern not multi/) has {len(turns)} turns")
        single_turns += len(turns)
    if pattern.startswith("hard case:"):
        if multi or turns[0].get("expect") != "none":
            err(f"{where}: hard case must be single-turn with expect none")
        hard_neg[lang] += 1
    item_labels = set()
    item_facts = set()
    for t_i, t in enumerate(turns, 1):
        tw = f"{where} turn {t_i}"
        if not isinstance(t, dict) or list(t) != ["text", "expect", "fact"]:
            err(f"{tw}: keys must be text, expect, fact")
            continue
        text, label, fact = t["text"], t["expect"], t["fact"]
        if not isinstance(text, str) or not text.strip():
            err(f"{tw}: empty text")
            continue
        if label not in LABELS:
            err(f"{tw}: bad label {label!r}")
        if label == "med_combination":
            if fact not in COMB_FACTS:
                err(f"{tw}: med_combination needs fact in {COMB_FACTS}, got {fact!r}")
            item_facts.add(fact)
            comb_facts_turns[fact] += 1
        elif label in FIXED_FACT:
            if fact != FIXED_FACT[label]:
                err(f"{tw}: {label} needs fact {FIXED_FACT[label]!r}, got {fact!r}")
        elif fact is not None:
            err(f"{tw}: {label} must have fact null, got {fact!r}")
        if re.search(r"\d[\d\s-]{6,}\d", text):
            err(f"{tw}: looks like a phone number: {text!r}")
        key = norm(text)
        if key in seen_text:
            err(f"{tw}: duplicate text of {seen_text[key]}: {text!r}")
        seen_text[key] = tw
        by_label_turns[label] += 1
        item_labels.add(label)
        lang_labels[lang].add(label)
        n_turns += 1
        lang_turns[lang] += 1
        if label in RISK:
            risk_turns += 1
            if (not multi and re.search(r":\s*hard\b", pattern)) or (multi and kind in SPREAD_KINDS):
                risk_hard += 1
    for lab in item_labels:
        by_label_items[lab] += 1
    for f in item_facts:
        comb_facts_items[f] += 1
    lang_items[lang] += 1

N = len(items)
def need(cond, msg):
    if not cond:
        err("minimum not met: " + msg)

need(820 <= N <= 860, f"items {N} not in 820-860")
need(1000 <= n_turns <= 1050, f"turns {n_turns} not in 1000-1050")
en_share = lang_items["en"] / N if N else 0
need(0.37 <= en_share <= 0.43, f"en share {en_share:.1%} not about 40%")
others = [lang_items[l] for l in LANGS if l != "en"]
need(others and max(others) - min(others) <= 3, f"non-en languages not spread evenly: {others}")
for lang in LANGS:
    missing = [l for l in LABELS if l not in lang_labels[lang]]
    need(not missing, f"{lang} lacks labels {missing}")
need(by_label_turns["ambiguous"] <= 8, f"ambiguous {by_label_turns['ambiguous']} > 8")
need(n_multi >= 140, f"multi-turn items {n_multi} < 140")
need(kind_items["ordinary-followups"] >= 50, f"ordinary-followups {kind_items['ordinary-followups']} < 50")
for k in KINDS:
    need(kind_items[k] > 0, f"no multi kind {k}")
need(sum(hard_neg.values()) >= 140, f"single-turn hard negatives {sum(hard_neg.values())} < 140")
for lang in LANGS:
    need(hard_neg[lang] > 0, f"no hard negatives in {lang}")
for f in COMB_FACTS:
    need(comb_facts_items[f] >= 12, f"med_combination fact {f}: {comb_facts_items[f]} items < 12")
hard_share = risk_hard / risk_turns if risk_turns else 0
need(0.28 <= hard_share <= 0.45, f"hard share of risk turns {hard_share:.1%} not about a third")

print(f"file: {PATH}")
print(f"items: {N}   turns: {n_turns}   single-turn items: {N - n_multi}   multi-turn items: {n_multi}")
print("\nper language (items / turns / single-turn hard negatives):")
for lang in LANGS:
    print(f"  {lang}: {lang_items[lang]:4d} / {lang_turns[lang]:4d} / {hard_neg[lang]:3d}")
print(f"  en share of items: {en_share:.1%}")
print("\nper label (turns / items containing it):")
for lab in LABELS:
    print(f"  {lab:18s} {by_label_turns[lab]:4d} / {by_label_items[lab]:4d}")
print("\nmed_combination facts (turns / items):")
for f in COMB_FACTS:
    print(f"  {f:18s} {comb_facts_turns[f]:4d} / {comb_facts_items[f]:4d}")
print("\nmulti-turn kinds (items / turns):")
for k in KINDS:
    print(f"  {k:18s} {kind_items[k]:4d} / {kind_turns[k]:4d}")
print(f"\nsingle-turn hard negatives ('hard case:'): {sum(hard_neg.values())}")
print(f"risk turns: {risk_turns}, of which hard: {risk_hard} ({hard_share:.1%})")
print(f"distinct normalised texts: {len(seen_text)}")
if errors:
    print(f"\nFAILED with {len(errors)} error(s):")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
