#!/usr/bin/env python3
"""Validate set 'ar' (set.yml): format, labels, facts, minimums, duplicates; print counts.

Usage: python check.py [path/to/set.yml]     exit code 0 = OK, 1 = errors
"""
import collections
import re
import sys
import unicodedata

import yaml

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/set.yml" if "/" in __file__ else "set.yml"
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency", "ambiguous", "none",
          "med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy", "med_driving",
          "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"]
COMBO_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping", "med_pregnancy": "pregnancy", "med_driving": "driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control", "ordinary-followups"]
NON_RISK = {"none", "ambiguous"}
HARD_SPREAD_KINDS = {"late-risk", "denial", "retraction", "escalation"}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize("NFKC", text).casefold()
    t = re.sub(r"[^\w\s]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def sentences(text):
    parts = re.split(r"(?<=[.!?…])\s+", text.strip())
    return [p for p in parts if len(p.strip()) > 1]


def is_long(item):
    if len(item["turns"]) != 1:
        return False
    t = item["turns"][0]["text"]
    return 400 <= len(t) <= 3000 and len(sentences(t)) >= 5


with open(PATH, encoding="utf-8") as f:
    doc = yaml.safe_load(f)

if not isinstance(doc, dict) or set(doc) != {"author", "written", "items"}:
    err(f"top level must have exactly author, written, items; got {list(doc) if isinstance(doc, dict) else type(doc)}")
if doc.get("author") != "independent evaluation helper (blind)":
    err("author mismatch")
if doc.get("written") != "2026-12-01":
    err("written must be the string '2026-12-01'")
items = doc.get("items") or []

turn_label = collections.Counter()
item_label = collections.Counter()
lang_items = collections.Counter()
lang_turns = collections.Counter()
lang_label = collections.defaultdict(collections.Counter)
kind_count = collections.Counter()
kind_turns = collections.Counter()
combo_fact = collections.Counter()
multi_items = 0
hard_single = 0
long_risk = long_none = 0
long_pos = collections.Counter()
risk_turns = hard_risk_turns = 0
texts = collections.defaultdict(list)

for idx, it in enumerate(items, 1):
    where = it.get("id", f"#{idx}")
    if set(it) != {"id", "lang", "pattern", "turns"}:
        err(f"{where}: item keys must be id, lang, pattern, turns; got {sorted(it)}")
        continue
    if it["id"] != f"ar{idx:04d}":
        err(f"{where}: id out of sequence (expected ar{idx:04d})")
    lang = it["lang"]
    if lang not in LANGS:
        err(f"{where}: bad lang {lang!r}")
    pat = it["pattern"]
    if not isinstance(pat, str) or not pat.strip():
        err(f"{where}: empty pattern")
        pat = ""
    turns = it["turns"]
    if not isinstance(turns, list) or not 1 <= len(turns) <= 5:
        err(f"{where}: turns must be a list of 1-5")
        continue
    lang_items[lang] += 1
    is_multi = len(turns) > 1
    kind = None
    if is_multi:
        multi_items += 1
        m = re.match(r"multi/([a-z-]+): \S", pat)
        if not m or m.group(1) not in KINDS:
            err(f"{where}: multi-turn pattern must start 'multi/<kind>: ' with kind in {KINDS}")
        else:
            kind = m.group(1)
            kind_count[kind] += 1
            kind_turns[kind] += len(turns)
    elif pat.startswith("multi/"):
        err(f"{where}: single-turn item with multi/ pattern")
    labels_here = set()
    for j, t in enumerate(turns, 1):
        w = f"{where}.t{j}"
        if not isinstance(t, dict) or set(t) != {"text", "expect", "fact"}:
            err(f"{w}: turn keys must be exactly text, expect, fact")
            continue
        text, lab, fact = t["text"], t["expect"], t["fact"]
        if not isinstance(text, str) or not text.strip():
            err(f"{w}: empty text")
            continue
        if lab not in LABELS:
            err(f"{w}: unknown label {lab!r}")
            continue
        if lab == "med_combination":
            if fact not in COMBO_FACTS:
                err(f"{w}: med_combination needs fact in {COMBO_FACTS}, got {fact!r}")
            else:
                combo_fact[fact] += 1
        elif lab in FIXED_FACT:
            if fact != FIXED_FACT[lab]:
                err(f"{w}: {lab} needs fact {FIXED_FACT[lab]!r}, got {fact!r}")
        elif fact is not None:
            err(f"{w}: {lab} must have fact null, got {fact!r}")
        if re.search(r"(?:\+?\d[\d\s().-]{6,}\d)", text) and len(re.sub(r"\D", "", re.search(r"(?:\+?\d[\d\s().-]{6,}\d)", text).group())) >= 7:
            err(f"{w}: looks like a phone number")
        turn_label[lab] += 1
        labels_here.add(lab)
        lang_turns[lang] += 1
        lang_label[lang][lab] += 1
        texts[norm(text)].append(w)
        if lab not in NON_RISK:
            risk_turns += 1
            if "(hard)" in pat or (kind in HARD_SPREAD_KINDS and j > 1) or kind == "medicine-then-risk" and j > 1:
                hard_risk_turns += 1
    for lab in labels_here:
        item_label[lab] += 1
    if pat.startswith("hard case:"):
        if is_multi:
            err(f"{where}: 'hard case:' pattern is for single-turn items (use multi/control)")
        elif turns[0].get("expect") != "none":
            err(f"{where}: hard case must be labelled none")
        else:
            hard_single += 1
    if kind == "control" and any(t.get("expect") != "none" for t in turns):
        err(f"{where}: control conversation must be none on every turn")
    if kind == "ordinary-followups" and turns[0].get("expect") in ("crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency"):
        err(f"{where}: ordinary-followups should not open with a crisis")
    if is_long(it):
        if turns[0]["expect"] in NON_RISK:
            long_none += 1
        else:
            long_risk += 1
            m = re.search(r"\((beginning|middle|end)\)", pat)
            long_pos[m.group(1) if m else "?"] += 1
    elif len(turns) == 1 and len(turns[0]["text"]) > 3000:
        err(f"{where}: single text longer than 3000 characters")

# duplicates
for n, where in texts.items():
    if len(where) > 1:
        if len(n) >= 25:
            err(f"duplicate text in {where}: {n[:40]!r}...")
        else:
            warnings.append(f"short text repeated {len(where)}x ({', '.join(where)})")
# near duplicates (word 3-gram Jaccard) within long-enough texts
def grams(n):
    w = n.split()
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}
keyed = [(n, grams(n)) for n in texts if len(n.split()) >= 8]
for a in range(len(keyed)):
    for b in range(a + 1, len(keyed)):
        ga, gb = keyed[a][1], keyed[b][1]
        if ga and gb:
            j = len(ga & gb) / len(ga | gb)
            if j >= 0.6:
                err(f"near-duplicate texts ({j:.2f}): {texts[keyed[a][0]]} / {texts[keyed[b][0]]}")

# minimums
n_items, n_turns = len(items), sum(turn_label.values())
if not 820 <= n_items <= 860:
    err(f"items {n_items} not in 820-860")
if not 1000 <= n_turns <= 1050:
    err(f"turns {n_turns} not in 1000-1050")
en_share = lang_items["en"] / n_items if n_items else 0
if not 0.36 <= en_share <= 0.44:
    err(f"en share {en_share:.1%} not about 40%")
others = [lang_items[l] for l in LANGS if l != "en"]
if others and (max(others) - min(others) > 0.15 * (sum(others) / len(others))):
    err(f"non-en languages not spread evenly: {dict((l, lang_items[l]) for l in LANGS if l != 'en')}")
for l in LANGS:
    for lab in LABELS:
        if lang_label[l][lab] == 0:
            err(f"label {lab} missing in language {l}")
if turn_label["ambiguous"] > 8:
    err(f"ambiguous used {turn_label['ambiguous']} times (max 8)")
if multi_items < 140:
    err(f"multi-turn items {multi_items} < 140")
for k in KINDS:
    if kind_count[k] == 0:
        err(f"no multi-turn item of kind {k}")
if kind_count["ordinary-followups"] < 50:
    err(f"ordinary-followups {kind_count['ordinary-followups']} < 50")
if hard_single < 140:
    err(f"single-turn hard negatives {hard_single} < 140")
if long_risk + long_none < 70:
    err(f"long single-turn items {long_risk + long_none} < 70")
if long_risk + long_none and not 0.4 <= long_risk / (long_risk + long_none) <= 0.6:
    err(f"long items not about half risk: {long_risk} risk / {long_none} none")
for fct in COMBO_FACTS:
    if combo_fact[fct] < 12:
        err(f"med_combination fact {fct}: {combo_fact[fct]} < 12")
hard_share = hard_risk_turns / risk_turns if risk_turns else 0
if not 0.25 <= hard_share <= 0.5:
    err(f"hard share of risk turns {hard_share:.1%} not about a third")

# report
print(f"file: {PATH}")
print(f"items: {n_items}   turns: {n_turns}")
print("items per language: " + ", ".join(f"{l} {lang_items[l]}" for l in LANGS) + f"   (en share {en_share:.1%})")
print("turns per language: " + ", ".join(f"{l} {lang_turns[l]}" for l in LANGS))
print(f"{'label':20s} {'items':>6s} {'turns':>6s}   per-language turns ({' '.join(LANGS)})")
for lab in LABELS:
    print(f"{lab:20s} {item_label[lab]:6d} {turn_label[lab]:6d}   " + " ".join(f"{lang_label[l][lab]:2d}" for l in LANGS))
print("med_combination facts: " + ", ".join(f"{f} {combo_fact[f]}" for f in COMBO_FACTS))
print(f"multi-turn items: {multi_items}  (" + ", ".join(f"{k} {kind_count[k]}/{kind_turns[k]}t" for k in KINDS) + ")")
print(f"single-turn hard negatives ('hard case:'): {hard_single}")
print(f"long single-turn items (400-3000 chars, >=5 sentences): {long_risk + long_none}  (risk {long_risk} [" + ", ".join(f"{k} {v}" for k, v in sorted(long_pos.items())) + f"], none {long_none})")
print(f"risk turns: {risk_turns}, of which hard (pattern '(hard)' or later turn of late-risk/denial/retraction/escalation/medicine-then-risk): {hard_risk_turns} ({hard_share:.1%})")
for w in warnings:
    print("warning:", w)
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
