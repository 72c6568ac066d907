#!/usr/bin/env python3
"""Validate set.yml of safety set "ap": format, labels, minimums, duplicates; print counts."""
import collections, hashlib, os, re, sys, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set.yml")
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency", "ambiguous",
          "none", "med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy",
          "med_driving", "dangerous_eating", "dangerous_misuse", "dangerous_toxic",
          "dangerous_replace"]
COMB_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
              "med_pregnancy": "pregnancy", "med_driving": "driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control",
         "ordinary-followups"]
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}
HARD_MARKERS = ("[hard]", "buried", "long message")

errors = []
def err(msg):
    errors.append(msg)

def sentences(text):
    return len([s for s in re.split(r"(?<=[.!?…])\s+", text.strip()) if len(s.strip()) > 2])

def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())

raw = open(PATH, "rb").read()
data = yaml.safe_load(raw.decode("utf-8"))
if set(data) != {"author", "written", "items"}:
    err(f"top-level keys: {sorted(data)}")
if data.get("author") != "independent evaluation helper (blind)":
    err("author")
if data.get("written") != "2026-12-01":
    err("written")
items = data["items"]

by_lang = collections.Counter()
label_total = collections.Counter()
label_lang = collections.defaultdict(collections.Counter)
facts = collections.Counter()
kinds = collections.Counter()
kind_turns = collections.Counter()
seen = {}
n_turns = 0
multi = 0
hard_neg = 0
long_risk = long_neg = 0
risk_turns = hard_risk_turns = 0
turn_hist = collections.Counter()

for idx, it in enumerate(items, 1):
    iid = it.get("id")
    if iid != f"ap{idx:04d}":
        err(f"id out of order: {iid} at {idx}")
    if set(it) != {"id", "lang", "pattern", "turns"}:
        err(f"{iid}: keys {sorted(it)}")
    lang, pat, turns = it.get("lang"), it.get("pattern"), it.get("turns")
    if lang not in LANGS:
        err(f"{iid}: lang {lang}")
    if not isinstance(pat, str) or not pat.strip():
        err(f"{iid}: empty pattern")
        pat = ""
    if not isinstance(turns, list) or not 1 <= len(turns) <= 5:
        err(f"{iid}: turns must be a list of 1-5")
        continue
    by_lang[lang] += 1
    turn_hist[len(turns)] += 1
    is_multi = len(turns) > 1
    if is_multi != pat.startswith("multi/"):
        err(f"{iid}: multi pattern/turn count mismatch ({len(turns)} turns, '{pat}')")
    if is_multi:
        multi += 1
        kind = pat[len("multi/"):].split(":")[0].strip()
        if kind not in KINDS:
            err(f"{iid}: unknown multi kind '{kind}'")
        kinds[kind] += 1
        kind_turns[kind] += len(turns)
    for t in turns:
        n_turns += 1
        if set(t) != {"text", "expect", "fact"}:
            err(f"{iid}: turn keys {sorted(t)}")
        text, lab, fact = t.get("text"), t.get("expect"), t.get("fact")
        if not isinstance(text, str) or not text.strip():
            err(f"{iid}: empty text")
            continue
        if lab not in LABELS:
            err(f"{iid}: label {lab}")
        if lab == "med_combination":
            if fact not in COMB_FACTS:
                err(f"{iid}: med_combination fact {fact}")
            facts[fact] += 1
        elif lab in FIXED_FACT:
            if fact != FIXED_FACT[lab]:
                err(f"{iid}: {lab} fact {fact}")
        elif fact is not None:
            err(f"{iid}: {lab} must have fact null")
        label_total[lab] += 1
        label_lang[lang][lab] += 1
        k = norm(text)
        if k in seen:
            err(f"{iid}: duplicate text of {seen[k]}: {text[:60]}")
        seen[k] = iid
        if re.search(r"\d[\d \-]{7,}\d", text):
            err(f"{iid}: looks like a phone number")
        if lab in RISK:
            risk_turns += 1
            if (any(m in pat for m in HARD_MARKERS) or
                    pat.startswith(("multi/late-risk", "multi/escalation"))):
                hard_risk_turns += 1
    if not is_multi:
        text = turns[0]["text"]
        lab = turns[0]["expect"]
        if pat.startswith("hard case:"):
            hard_neg += 1
            if lab != "none":
                err(f"{iid}: hard case must be none")
        if "long message" in pat or "long ramble" in pat:
            if not 400 <= len(text) <= 3000:
                err(f"{iid}: long item length {len(text)}")
            if sentences(text) < 5:
                err(f"{iid}: long item has {sentences(text)} sentences")
            if lab == "none":
                long_neg += 1
            else:
                long_risk += 1

n_items = len(items)
# minimums and ranges
if not 820 <= n_items <= 860:
    err(f"items {n_items} not in 820-860")
if not 1000 <= n_turns <= 1050:
    err(f"turns {n_turns} not in 1000-1050")
en_share = by_lang["en"] / max(n_items, 1)
if not 0.36 <= en_share <= 0.44:
    err(f"en share {en_share:.2f}")
others = [by_lang[l] for l in LANGS[1:]]
if max(others) - min(others) > 8:
    err(f"non-en languages uneven: {others}")
if label_total["ambiguous"] > 8:
    err(f"ambiguous {label_total['ambiguous']} > 8")
for l in LANGS:
    for lab in LABELS:
        if label_lang[l][lab] == 0:
            err(f"label {lab} missing in {l}")
if multi < 140:
    err(f"multi-turn {multi} < 140")
for k in KINDS:
    if kinds[k] == 0:
        err(f"multi kind {k} missing")
if kinds["ordinary-followups"] < 50:
    err(f"ordinary-followups {kinds['ordinary-followups']} < 50")
if hard_neg < 140:
    err(f"hard negatives {hard_neg} < 140")
if long_risk + long_neg < 70:
    err(f"long items {long_risk + long_neg} < 70")
if min(long_risk, long_neg) < 30:
    err(f"long split uneven: risk {long_risk}, negative {long_neg}")
for f in COMB_FACTS:
    if facts[f] < 12:
        err(f"med_combination fact {f}: {facts[f]} < 12")

# report
print(f"set.yml sha256 {hashlib.sha256(raw).hexdigest()}")
print(f"items {n_items}  turns {n_turns}  multi-turn {multi}  single {n_items - multi}")
print("turns per item: " + ", ".join(f"{k}:{v}" for k, v in sorted(turn_hist.items())))
print("items per language: " + ", ".join(f"{l} {by_lang[l]}" for l in LANGS) + f"  (en {en_share:.1%})")
print("multi kinds: " + ", ".join(f"{k} {kinds[k]} ({kind_turns[k]} turns)" for k in KINDS))
print(f"single-turn hard negatives ('hard case:') {hard_neg}")
print(f"long single-turn items {long_risk + long_neg} (with risk {long_risk}, hard negative {long_neg})")
print(f"risk turns {risk_turns}, of them hard (marked [hard], buried in a long message, or spread over a late-risk/escalation conversation) {hard_risk_turns} ({hard_risk_turns / max(risk_turns, 1):.0%})")
print("med_combination facts: " + ", ".join(f"{f} {facts[f]}" for f in COMB_FACTS))
w = max(len(x) for x in LABELS)
print("turn labels by language:")
print(" " * w + "".join(f"{l:>5}" for l in LANGS) + "  total")
for lab in LABELS:
    print(f"{lab:<{w}}" + "".join(f"{label_lang[l][lab]:>5}" for l in LANGS) + f"  {label_total[lab]:>5}")
print(f"{'turns':<{w}}" + "".join(f"{sum(label_lang[l].values()):>5}" for l in LANGS) + f"  {n_turns:>5}")
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors[:80]:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
