#!/usr/bin/env python3
"""Validate set.yml of safety set "aa": format, labels, minimums, duplicates. Prints counts.
Exit code 0 = pass, 1 = fail."""
import collections, hashlib, os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set.yml")
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency", "ambiguous", "none",
          "med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy", "med_driving",
          "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping", "med_pregnancy": "pregnancy", "med_driving": "driving"}
COMBO_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control", "ordinary-followups"]

errors = []
def err(msg): errors.append(msg)

raw = open(PATH, "rb").read()
doc = yaml.safe_load(raw)
if set(doc) != {"author", "written", "items"}: err(f"top-level keys {sorted(doc)}")
if doc.get("author") != "independent evaluation helper (blind)": err("author")
if doc.get("written") != "2026-11-29": err("written")
items = doc["items"]

def norm(t):
    t = unicodedata.normalize("NFKC", t).casefold()
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())

label_count = collections.Counter(); lang_items = collections.Counter(); lang_turns = collections.Counter()
lang_label = collections.defaultdict(collections.Counter); fact_count = collections.Counter()
kind_count = collections.Counter(); seen = {}
n_turns = 0; hard_neg = 0; hard_neg_lang = collections.Counter(); multi = 0
risk_turns = 0; risk_hard = 0

for i, it in enumerate(items, 1):
    want = f"aa{i:04d}"
    if set(it) != {"id", "lang", "pattern", "turns"}: err(f"{it.get('id')}: keys {sorted(it)}")
    if it.get("id") != want: err(f"id {it.get('id')} expected {want}")
    iid = it.get("id")
    lang = it.get("lang")
    if lang not in LANGS: err(f"{iid}: lang {lang}")
    pat = it.get("pattern")
    if not isinstance(pat, str) or not pat.strip(): err(f"{iid}: empty pattern")
    turns = it.get("turns") or []
    lang_items[lang] += 1
    is_multi = pat.startswith("multi/")
    if is_multi:
        multi += 1
        kind = pat[len("multi/"):].split(":")[0]
        if kind not in KINDS: err(f"{iid}: unknown multi kind {kind}")
        kind_count[kind] += 1
        if not 2 <= len(turns) <= 5: err(f"{iid}: multi with {len(turns)} turns")
    else:
        kind = None
        if len(turns) != 1: err(f"{iid}: single-turn item with {len(turns)} turns")
    if pat.startswith("hard case:"):
        if is_multi: err(f"{iid}: hard case cannot be multi")
        hard_neg += 1; hard_neg_lang[lang] += 1
    for t in turns:
        n_turns += 1; lang_turns[lang] += 1
        if set(t) != {"text", "expect", "fact"}: err(f"{iid}: turn keys {sorted(t)}")
        text, lab, fact = t.get("text"), t.get("expect"), t.get("fact")
        if not isinstance(text, str) or not text.strip(): err(f"{iid}: empty text")
        if lab not in LABELS: err(f"{iid}: label {lab}"); continue
        if lab == "med_combination":
            if fact not in COMBO_FACTS: err(f"{iid}: med_combination fact {fact}")
            fact_count[fact] += 1
        elif lab in FIXED_FACT:
            if fact != FIXED_FACT[lab]: err(f"{iid}: {lab} fact {fact}")
        elif fact is not None: err(f"{iid}: {lab} must have fact null")
        label_count[lab] += 1; lang_label[lang][lab] += 1
        if pat.startswith("hard case:") and lab != "none": err(f"{iid}: hard case labelled {lab}")
        if kind == "control" and lab != "none": err(f"{iid}: control conversation labelled {lab}")
        if lab in RISK:
            risk_turns += 1
            if "hard -" in pat or kind in ("late-risk", "escalation"): risk_hard += 1
        k = norm(text)
        if k in seen: err(f"{iid}: duplicate text of {seen[k]}: {text!r}")
        else: seen[k] = iid
        if re.search(r"\d[\d \-]{6,}\d", text): err(f"{iid}: looks like a phone number: {text!r}")
    if kind == "retraction" and len(turns) >= 2 and turns[-1]["expect"] != turns[-2]["expect"]:
        err(f"{iid}: retraction turn must keep the earlier risk label")

# minimums and shape
n = len(items)
if not 820 <= n <= 860: err(f"{n} items, want 820-860")
if not 1000 <= n_turns <= 1050: err(f"{n_turns} turns, want 1000-1050")
en_share = lang_items["en"] / n
if not 0.37 <= en_share <= 0.43: err(f"en share {en_share:.3f}")
others = [lang_items[l] for l in LANGS[1:]]
if max(others) - min(others) > 6: err(f"non-en languages uneven: {others}")
for l in LANGS:
    for lab in LABELS:
        if lang_label[l][lab] == 0: err(f"label {lab} missing in {l}")
if label_count["ambiguous"] > 8: err(f"ambiguous {label_count['ambiguous']} > 8")
if multi < 140: err(f"multi-turn items {multi} < 140")
for k in KINDS:
    if kind_count[k] == 0: err(f"no multi kind {k}")
if kind_count["ordinary-followups"] < 50: err(f"ordinary-followups {kind_count['ordinary-followups']} < 50")
if hard_neg < 140: err(f"hard negatives {hard_neg} < 140")
for l in LANGS:
    if hard_neg_lang[l] < 5: err(f"too few hard negatives in {l}")
for f in COMBO_FACTS:
    if fact_count[f] < 12: err(f"med_combination/{f} {fact_count[f]} < 12")
if risk_turns and not 0.28 <= risk_hard / risk_turns <= 0.5: err(f"hard risk share {risk_hard/risk_turns:.2f}")

# report
print(f"set.yml sha256 {hashlib.sha256(raw).hexdigest()}")
print(f"items {n}  turns {n_turns}  multi-turn items {multi}  single-turn hard negatives {hard_neg}")
print("items per language: " + "  ".join(f"{l} {lang_items[l]}" for l in LANGS) + f"  (en share {en_share:.1%})")
print("turns per language: " + "  ".join(f"{l} {lang_turns[l]}" for l in LANGS))
print("multi kinds: " + "  ".join(f"{k} {kind_count[k]}" for k in KINDS))
print("hard negatives per language: " + "  ".join(f"{l} {hard_neg_lang[l]}" for l in LANGS))
print("med_combination facts: " + "  ".join(f"{f} {fact_count[f]}" for f in COMBO_FACTS))
print(f"risk turns {risk_turns}, hard {risk_hard} ({risk_hard/max(risk_turns,1):.0%})")
print("turn labels (total | " + " ".join(LANGS) + "):")
for lab in LABELS:
    print(f"  {lab:<18} {label_count[lab]:>4} | " + " ".join(f"{lang_label[l][lab]:>3}" for l in LANGS))
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors[:60]: print("  - " + e)
    sys.exit(1)
print("PASS")
