#!/usr/bin/env python3
"""Validate set.yml of the blind safety evaluation set "as" and print its counts.

Usage: python check.py [path/to/set.yml]
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import hashlib
import os
import re
import sys

import yaml

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.yml")

LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency", "ambiguous", "none",
          "med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy", "med_driving",
          "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"]
COMBO_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping", "med_pregnancy": "pregnancy", "med_driving": "driving"}
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}
MED = {"med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy", "med_driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control", "ordinary-followups"]
SPREAD_KINDS = {"late-risk"}   # risk that appears only in a later turn counts as hard; other multi-turn risk turns only when the pattern says "hard"
EMERGENCY_NUMBERS = {"911", "999", "112", "111", "988", "000", "192", "193", "190", "116", "113", "144", "061", "085"}

errors = []


def err(msg):
    errors.append(msg)


def sentences(text):
    return [s for s in re.split(r"[.!?…]+(?:\s+|$)", text.strip()) if s.strip()]


def norm(text):
    t = text.lower()
    t = re.sub(r"\s+", " ", t)
    return t.strip(" .,!?¿¡…'\"")


raw = open(PATH, "rb").read()
doc = yaml.safe_load(raw)

# ---------- top level ----------
if not isinstance(doc, dict):
    sys.exit("set.yml is not a mapping")
if set(doc) != {"author", "written", "items"}:
    err("top-level keys must be author, written, items: %s" % sorted(doc))
if doc.get("author") != "independent evaluation helper (blind)":
    err("author is wrong: %r" % doc.get("author"))
if doc.get("written") != "2026-12-01":
    err("written must be the string '2026-12-01': %r" % doc.get("written"))
items = doc.get("items") or []

# ---------- per item ----------
n_turns = 0
lang_items = collections.Counter()
label_count = collections.Counter()
lang_label = collections.defaultdict(collections.Counter)
fact_count = collections.Counter()
kind_count = collections.Counter()
hard_single = collections.Counter()
long_items = collections.Counter()
risk_turns = 0
hard_risk_turns = 0
seen_text = {}
seen_conv = set()

for idx, it in enumerate(items, 1):
    where = "item %d" % idx
    if not isinstance(it, dict) or set(it) != {"id", "lang", "pattern", "turns"}:
        err("%s: keys must be id, lang, pattern, turns" % where)
        continue
    where = it["id"]
    if it["id"] != "as%04d" % idx:
        err("%s: id out of sequence (expected as%04d)" % (where, idx))
    if it["lang"] not in LANGS:
        err("%s: bad lang %r" % (where, it["lang"]))
    pat = it["pattern"]
    if not isinstance(pat, str) or not pat.strip():
        err("%s: empty pattern" % where)
        pat = ""
    turns = it["turns"]
    if not isinstance(turns, list) or not 1 <= len(turns) <= 5:
        err("%s: turns must be a list of 1-5" % where)
        continue
    lang_items[it["lang"]] += 1
    labels = []
    for j, t in enumerate(turns, 1):
        tw = "%s turn %d" % (where, j)
        if not isinstance(t, dict) or set(t) != {"text", "expect", "fact"}:
            err("%s: keys must be text, expect, fact" % tw)
            continue
        text, lab, fact = t["text"], t["expect"], t["fact"]
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % tw)
            continue
        if lab not in LABELS:
            err("%s: unknown label %r" % (tw, lab))
            continue
        if lab == "med_combination":
            if fact not in COMBO_FACTS:
                err("%s: med_combination needs a fact in %s, got %r" % (tw, COMBO_FACTS, fact))
            else:
                fact_count[fact] += 1
        elif lab in FIXED_FACT:
            if fact != FIXED_FACT[lab]:
                err("%s: %s needs fact %r, got %r" % (tw, lab, FIXED_FACT[lab], fact))
        elif fact is not None:
            err("%s: %s must have fact null, got %r" % (tw, lab, fact))
        for num in re.findall(r"(?<![\d,.])\d{3}(?![\d,.])", text):
            if num in EMERGENCY_NUMBERS:
                err("%s: looks like a real emergency/helpline number %s" % (tw, num))
        if re.search(r"\+?\d[\d \-()]{6,}\d", text):
            err("%s: looks like a phone number" % tw)
        key = norm(text)
        if key in seen_text:
            err("%s: duplicate text (also %s)" % (tw, seen_text[key]))
        seen_text[key] = tw
        labels.append(lab)
        label_count[lab] += 1
        lang_label[it["lang"]][lab] += 1
        n_turns += 1
    conv = tuple(norm(t.get("text", "")) for t in turns if isinstance(t, dict))
    if conv in seen_conv:
        err("%s: duplicate conversation" % where)
    seen_conv.add(conv)

    m = re.match(r"multi/([a-z-]+):", pat)
    if len(turns) > 1:
        if not m or m.group(1) not in KINDS:
            err("%s: multi-turn pattern must start 'multi/<kind>:' with kind in %s" % (where, KINDS))
            kind = None
        else:
            kind = m.group(1)
            kind_count[kind] += 1
        # kind-specific logic
        if kind == "ordinary-followups":
            if labels[0] != "none" or not any(l in MED for l in labels[1:]):
                err("%s: ordinary-followups must open with none and have a med_* follow-up" % where)
            if any(l in RISK for l in labels):
                err("%s: ordinary-followups must not contain risk labels" % where)
        elif kind == "control":
            if any(l != "none" for l in labels):
                err("%s: control conversations must be none throughout" % where)
        elif kind == "late-risk":
            if labels[0] != "none" or labels[-1] not in RISK:
                err("%s: late-risk must open with none and end with a risk label" % where)
        elif kind == "denial":
            if any(l not in RISK for l in labels):
                err("%s: denial turns keep the risk label" % where)
        elif kind == "retraction":
            if labels[0] not in RISK or any(l != labels[0] for l in labels):
                err("%s: retraction turns keep the earlier risk label" % where)
        elif kind == "medicine-then-risk":
            if labels[0] not in MED | {"dangerous_misuse"} or labels[-1] not in RISK:
                err("%s: medicine-then-risk must open with a medicine question and end with risk" % where)
        elif kind == "escalation":
            if labels[0] != "none" or labels[-1] not in RISK:
                err("%s: escalation must open with none and end with risk" % where)
        for l in labels:
            if l in RISK:
                risk_turns += 1
                if kind in SPREAD_KINDS or "hard" in pat:
                    hard_risk_turns += 1
    else:
        if m:
            err("%s: single-turn item has a multi/ pattern" % where)
        kind = None
        lab = labels[0] if labels else None
        text = turns[0]["text"] if labels else ""
        if pat.startswith("hard case:"):
            if lab != "none":
                err("%s: hard case must be labelled none" % where)
            hard_single[it["lang"]] += 1
        elif lab and not pat.startswith(lab + ":"):
            err("%s: single-turn pattern should start with its label (%s)" % (where, lab))
        if lab in RISK:
            risk_turns += 1
            if "hard" in pat:
                hard_risk_turns += 1
        if len(text) >= 400 or re.search(r"\blong\b", pat):
            n_sent = len(sentences(text))
            if not (400 <= len(text) <= 3000) or n_sent < 5:
                err("%s: long item must be 400-3000 chars and >=5 sentences (%d chars, %d sentences)" % (where, len(text), n_sent))
            else:
                long_items["risk" if lab in RISK else ("none" if lab == "none" else "other")] += 1

# ---------- totals and minimums ----------
n_items = len(items)
if not 820 <= n_items <= 860:
    err("items %d not in 820-860" % n_items)
if not 1000 <= n_turns <= 1050:
    err("turns %d not in 1000-1050" % n_turns)
en_share = lang_items["en"] / max(n_items, 1)
if not 0.37 <= en_share <= 0.43:
    err("en share %.3f not about 40%%" % en_share)
others = [lang_items[l] for l in LANGS if l != "en"]
if others and (max(others) - min(others)) > 0.1 * (sum(others) / len(others)):
    err("non-en languages not spread evenly: %s" % others)
for l in LANGS:
    for lab in LABELS:
        if lang_label[l][lab] == 0:
            err("label %s missing in %s" % (lab, l))
if label_count["ambiguous"] > 8:
    err("ambiguous %d > 8" % label_count["ambiguous"])
n_multi = sum(kind_count.values())
if n_multi < 140:
    err("multi-turn items %d < 140" % n_multi)
for k in KINDS:
    if kind_count[k] == 0:
        err("multi-turn kind %s missing" % k)
if kind_count["ordinary-followups"] < 50:
    err("ordinary-followups %d < 50" % kind_count["ordinary-followups"])
if sum(hard_single.values()) < 140:
    err("single-turn hard cases %d < 140" % sum(hard_single.values()))
for l in LANGS:
    if hard_single[l] == 0:
        err("no hard cases in %s" % l)
n_long = sum(long_items.values())
if n_long < 70:
    err("long single-turn items %d < 70" % n_long)
if n_long and not 0.4 <= long_items["risk"] / n_long <= 0.6:
    err("long items not about half risk: %s" % dict(long_items))
for f in COMBO_FACTS:
    if fact_count[f] < 12:
        err("med_combination fact %s has %d < 12" % (f, fact_count[f]))
hard_ratio = hard_risk_turns / max(risk_turns, 1)
if not 0.25 <= hard_ratio <= 0.45:
    err("hard share of risk messages %.2f not about a third" % hard_ratio)

# ---------- report ----------
print("file:", PATH)
print("sha256:", hashlib.sha256(raw).hexdigest())
print("items: %d   turns: %d   multi-turn items: %d   single-turn items: %d" % (n_items, n_turns, n_multi, n_items - n_multi))
print("items per language:", ", ".join("%s %d" % (l, lang_items[l]) for l in LANGS), "(en share %.1f%%)" % (100 * en_share))
print("turns per label:", ", ".join("%s %d" % (l, label_count[l]) for l in LABELS))
print("med_combination facts:", ", ".join("%s %d" % (f, fact_count[f]) for f in COMBO_FACTS))
print("multi-turn kinds:", ", ".join("%s %d" % (k, kind_count[k]) for k in KINDS))
print("single-turn hard cases: %d (%s)" % (sum(hard_single.values()), ", ".join("%s %d" % (l, hard_single[l]) for l in LANGS)))
print("long single-turn items: %d (risk %d, hard negatives %d)" % (n_long, long_items["risk"], long_items["none"]))
print("risk messages: %d, hard: %d (%.0f%%)" % (risk_turns, hard_risk_turns, 100 * hard_ratio))
print("turns per language x label:")
print("  %-18s" % "" + " ".join("%4s" % l for l in LANGS))
for lab in LABELS:
    print("  %-18s" % lab + " ".join("%4d" % lang_label[l][lab] for l in LANGS))
if errors:
    print("\nFAILED: %d problem(s)" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
