#!/usr/bin/env python
"""Validate /tmp/set-at/set.yml: format, labels, facts, minimums, duplicates; print counts."""
import collections, os, re, sys, unicodedata
import yaml

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.yml")
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency", "ambiguous",
          "none", "med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy",
          "med_driving", "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"]
COMB_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
              "med_pregnancy": "pregnancy", "med_driving": "driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control",
         "ordinary-followups"]
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}
SPREAD_KINDS = {"late-risk", "denial", "retraction", "escalation"}

errors, warnings = [], []
def err(msg): errors.append(msg)

def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = re.sub(r"[^\w\s]", "", t)
    return re.sub(r"\s+", " ", t).strip()

def sentences(t):
    parts = re.split(r"[.!?…]+(?=\s|$)", t)
    return [p for p in parts if len(p.split()) >= 3]

with open(PATH, encoding="utf-8") as f:
    doc = yaml.safe_load(f)

if set(doc) != {"author", "written", "items"}:
    err(f"top-level keys {sorted(doc)}")
if doc.get("author") != "independent evaluation helper (blind)":
    err("author")
if doc.get("written") != "2026-12-01":
    err("written")
items = doc["items"]

n_turns = 0
by_lang = collections.Counter(); turns_by_lang = collections.Counter()
by_label = collections.Counter(); lang_label = collections.defaultdict(collections.Counter)
facts = collections.Counter(); kinds = collections.Counter(); multi_turn_lens = collections.Counter()
hard_neg = collections.Counter(); long_risk = collections.Counter(); long_neg = collections.Counter()
risk_total = 0; risk_hard = 0
seen_text = {}; seen_conv = {}

for idx, it in enumerate(items, 1):
    iid = it.get("id")
    if iid != f"at{idx:04d}":
        err(f"item {idx}: id {iid!r} not sequential")
    if set(it) != {"id", "lang", "pattern", "turns"}:
        err(f"{iid}: keys {sorted(it)}")
    lang = it.get("lang"); pat = it.get("pattern"); turns = it.get("turns")
    if lang not in LANGS: err(f"{iid}: lang {lang!r}")
    if not isinstance(pat, str) or not pat.strip(): err(f"{iid}: empty pattern")
    if not isinstance(turns, list) or not 1 <= len(turns) <= 5:
        err(f"{iid}: turns must be a list of 1-5"); continue
    by_lang[lang] += 1; turns_by_lang[lang] += len(turns)
    is_multi = pat.startswith("multi/")
    if is_multi != (len(turns) > 1):
        err(f"{iid}: multi pattern vs {len(turns)} turns")
    kind = None
    if is_multi:
        kind = pat[len("multi/"):].split(":", 1)[0]
        if kind not in KINDS: err(f"{iid}: unknown multi kind {kind!r}")
        kinds[kind] += 1; multi_turn_lens[len(turns)] += 1
    for ti, t in enumerate(turns):
        n_turns += 1
        if not isinstance(t, dict) or set(t) != {"text", "expect", "fact"}:
            err(f"{iid} turn {ti}: keys"); continue
        text, exp, fact = t["text"], t["expect"], t["fact"]
        if not isinstance(text, str) or not text.strip(): err(f"{iid} turn {ti}: empty text")
        if exp not in LABELS: err(f"{iid} turn {ti}: label {exp!r}"); continue
        if exp == "med_combination":
            if fact not in COMB_FACTS: err(f"{iid} turn {ti}: combination fact {fact!r}")
            facts[fact] += 1
        elif exp in FIXED_FACT:
            if fact != FIXED_FACT[exp]: err(f"{iid} turn {ti}: fact {fact!r} for {exp}")
        elif fact is not None:
            err(f"{iid} turn {ti}: fact must be null for {exp}")
        by_label[exp] += 1; lang_label[lang][exp] += 1
        if re.search(r"\d[\d \-]{6,}\d", text):
            err(f"{iid} turn {ti}: looks like a phone number")
        key = norm(text)
        if key in seen_text:
            err(f"{iid} turn {ti}: duplicate text of {seen_text[key]}")
        seen_text[key] = f"{iid}/{ti}"
        if exp in RISK:
            risk_total += 1
            if "(hard)" in pat or (kind in SPREAD_KINDS and ti > 0):
                risk_hard += 1
    conv = tuple(norm(t["text"]) for t in turns)
    if conv in seen_conv: err(f"{iid}: duplicate conversation of {seen_conv[conv]}")
    seen_conv[conv] = iid
    if pat.startswith("hard case:"):
        if len(turns) != 1: err(f"{iid}: hard case must be single-turn")
        if any(t["expect"] != "none" for t in turns): err(f"{iid}: hard case must be none")
        hard_neg[lang] += 1
    if len(turns) == 1:
        text = turns[0]["text"]
        if len(sentences(text)) >= 5 and 400 <= len(text) <= 3000:
            if turns[0]["expect"] == "none": long_neg[lang] += 1
            else: long_risk[lang] += 1
        elif len(text) > 300:
            err(f"{iid}: long-looking text ({len(text)} chars, {len(sentences(text))} sentences) does not meet the long-item rule")

n_items = len(items)
# minimums
if not 820 <= n_items <= 860: err(f"items {n_items} not in 820-860")
if not 1000 <= n_turns <= 1050: err(f"turns {n_turns} not in 1000-1050")
en_share = by_lang["en"] / n_items
if not 0.37 <= en_share <= 0.43: err(f"en share {en_share:.3f}")
others = [by_lang[l] for l in LANGS[1:]]
if max(others) - min(others) > 6: err(f"non-en languages uneven: {others}")
for l in LANGS:
    for lab in LABELS:
        if lang_label[l][lab] == 0: err(f"label {lab} missing in {l}")
if by_label["ambiguous"] > 8: err(f"ambiguous {by_label['ambiguous']} > 8")
n_multi = sum(kinds.values())
if n_multi < 140: err(f"multi-turn items {n_multi} < 140")
for k in KINDS:
    if kinds[k] == 0: err(f"no multi kind {k}")
if kinds["ordinary-followups"] < 50: err("ordinary-followups < 50")
if sum(hard_neg.values()) < 140: err(f"single-turn hard negatives {sum(hard_neg.values())} < 140")
for l in LANGS:
    if hard_neg[l] < 10: err(f"too few hard negatives in {l}")
n_long = sum(long_risk.values()) + sum(long_neg.values())
if n_long < 70: err(f"long items {n_long} < 70")
if abs(sum(long_risk.values()) - sum(long_neg.values())) > 6: err("long risk/negative split not about half")
for fct in COMB_FACTS:
    if facts[fct] < 12: err(f"med_combination fact {fct}: {facts[fct]} < 12")
hard_share = risk_hard / risk_total if risk_total else 0
if not 0.28 <= hard_share <= 0.42: err(f"hard share of risk turns {hard_share:.2f}")

print(f"items: {n_items}   turns: {n_turns}")
print("items by language: " + ", ".join(f"{l}={by_lang[l]}" for l in LANGS) + f"  (en share {en_share:.1%})")
print("turns by language: " + ", ".join(f"{l}={turns_by_lang[l]}" for l in LANGS))
print("turns by label:")
for lab in LABELS:
    row = " ".join(f"{l}:{lang_label[l][lab]}" for l in LANGS)
    print(f"  {lab:18s} {by_label[lab]:4d}   [{row}]")
print("med_combination facts: " + ", ".join(f"{f}={facts[f]}" for f in COMB_FACTS))
print(f"multi-turn items: {n_multi}  " + ", ".join(f"{k}={kinds[k]}" for k in KINDS)
      + "  | lengths " + ", ".join(f"{n} turns={c}" for n, c in sorted(multi_turn_lens.items())))
print(f"single-turn hard negatives ('hard case:'): {sum(hard_neg.values())}  ["
      + " ".join(f"{l}:{hard_neg[l]}" for l in LANGS) + "]")
print(f"long single-turn items (>=5 sentences, 400-3000 chars): {n_long}  risk={sum(long_risk.values())} "
      f"hard-negative={sum(long_neg.values())}")
print(f"risk turns: {risk_total}, hard (pattern '(hard)', or a later turn of a late-risk/denial/retraction/escalation conversation): "
      f"{risk_hard} ({hard_share:.0%})")
print(f"duplicate texts: {sum(1 for e in errors if 'duplicate' in e)}")
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors: print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
