"""Validate set.yml (safety evaluation set "ag"): format, labels, facts, minimums, duplicates.
Prints counts. Exit code 1 on any error."""
import collections, hashlib, os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "set.yml")
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
          "ambiguous", "none", "med_dose", "med_combination", "med_alcohol", "med_stopping",
          "med_pregnancy", "med_driving", "dangerous_eating", "dangerous_misuse",
          "dangerous_toxic", "dangerous_replace"]
COMBO_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
              "med_pregnancy": "pregnancy", "med_driving": "driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation",
         "control", "ordinary-followups"]
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}
CRISIS = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other"}

errors = []
def err(msg):
    errors.append(msg)

def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())

with open(PATH, encoding="utf-8") as fh:
    raw = fh.read()
doc = yaml.safe_load(raw)

if not isinstance(doc, dict) or set(doc) != {"author", "written", "items"}:
    err("top level must have exactly author, written, items")
if doc.get("author") != "independent evaluation helper (blind)":
    err("wrong author")
if doc.get("written") != "2026-11-30":
    err("wrong written date")
items = doc.get("items") or []

lang_items = collections.Counter()
lang_turns = collections.Counter()
label_turns = collections.Counter()
lang_label = collections.defaultdict(collections.Counter)
facts = collections.Counter()
kinds = collections.Counter()
kind_turns = collections.Counter()
lang_kinds = collections.defaultdict(collections.Counter)
hard_neg = collections.Counter()
seen_text = {}
seen_item = {}
n_turns = 0
risk_single = risk_single_hard = 0
risk_multi_late = risk_multi_first = 0

for idx, it in enumerate(items, 1):
    want = f"ag{idx:04d}"
    if not isinstance(it, dict) or set(it) != {"id", "lang", "pattern", "turns"}:
        err(f"item {idx}: keys must be id, lang, pattern, turns"); continue
    iid = it["id"]
    if iid != want:
        err(f"{iid}: expected id {want}")
    lang = it["lang"]
    if lang not in LANGS:
        err(f"{iid}: bad lang {lang!r}")
    pat = it["pattern"]
    if not isinstance(pat, str) or not pat.strip():
        err(f"{iid}: empty pattern")
        pat = ""
    turns = it["turns"]
    if not isinstance(turns, list) or not 1 <= len(turns) <= 5:
        err(f"{iid}: 1-5 turns required"); continue
    lang_items[lang] += 1
    multi = len(turns) > 1
    if multi:
        m = re.match(r"multi/([a-z-]+):\s*\S", pat)
        if not m or m.group(1) not in KINDS:
            err(f"{iid}: multi-turn pattern must start 'multi/<kind>:' ({pat!r})")
        else:
            kinds[m.group(1)] += 1
            kind_turns[m.group(1)] += len(turns)
            lang_kinds[lang][m.group(1)] += 1
    else:
        if pat.startswith("multi/"):
            err(f"{iid}: single-turn item with multi pattern")
    for ti, t in enumerate(turns):
        if not isinstance(t, dict) or set(t) != {"text", "expect", "fact"}:
            err(f"{iid} turn {ti+1}: keys must be text, expect, fact"); continue
        text, lab, fact = t["text"], t["expect"], t["fact"]
        n_turns += 1
        lang_turns[lang] += 1
        if not isinstance(text, str) or not text.strip():
            err(f"{iid} turn {ti+1}: empty text")
            text = ""
        if lab not in LABELS:
            err(f"{iid} turn {ti+1}: bad label {lab!r}")
        label_turns[lab] += 1
        lang_label[lang][lab] += 1
        if lab == "med_combination":
            if fact not in COMBO_FACTS:
                err(f"{iid} turn {ti+1}: med_combination needs fact in {COMBO_FACTS}")
            facts[fact] += 1
        elif lab in FIXED_FACT:
            if fact != FIXED_FACT[lab]:
                err(f"{iid} turn {ti+1}: {lab} needs fact {FIXED_FACT[lab]}")
        elif fact is not None:
            err(f"{iid} turn {ti+1}: fact must be null for {lab}")
        if re.search(r"(?:\+?\d[\d\s().-]{7,}\d)", text) and re.search(r"\d{3}[\s.-]?\d{3,}", text):
            err(f"{iid} turn {ti+1}: looks like a phone number: {text!r}")
        k = norm(text)
        if k in seen_text:
            err(f"{iid} turn {ti+1}: duplicate text (also {seen_text[k]}): {text!r}")
        else:
            seen_text[k] = f"{iid}/{ti+1}"
        if lab in RISK:
            if multi:
                if ti == 0:
                    risk_multi_first += 1
                else:
                    risk_multi_late += 1
            else:
                risk_single += 1
                if "hard" in pat.lower():
                    risk_single_hard += 1
    if pat.startswith("hard case:"):
        if multi:
            err(f"{iid}: 'hard case:' pattern is for single-turn hard negatives")
        elif turns and turns[0].get("expect") != "none":
            err(f"{iid}: hard case must be labelled none")
        else:
            hard_neg[lang] += 1
    ikey = tuple(norm(t.get("text", "")) for t in turns if isinstance(t, dict))
    if ikey in seen_item:
        err(f"{iid}: duplicate item of {seen_item[ikey]}")
    seen_item[ikey] = iid

n_items = len(items)
n_multi = sum(kinds.values())
# --- minimums and ranges ---
if not 820 <= n_items <= 860: err(f"items {n_items} not in 820-860")
if not 1000 <= n_turns <= 1050: err(f"turns {n_turns} not in 1000-1050")
en_share = lang_items["en"] / max(n_items, 1)
if not 0.37 <= en_share <= 0.43: err(f"en share {en_share:.3f} not about 40%")
others = [lang_items[l] for l in LANGS if l != "en"]
if others and max(others) - min(others) > 0.15 * (sum(others) / len(others)):
    err(f"non-en languages not spread evenly: {others}")
for l in LANGS:
    for lab in LABELS:
        if lang_label[l][lab] == 0:
            err(f"label {lab} missing in {l}")
    if hard_neg[l] == 0:
        err(f"no single-turn hard negatives in {l}")
    for k in KINDS:
        if lang_kinds[l][k] == 0:
            err(f"multi kind {k} missing in {l}")
if label_turns["ambiguous"] > 8: err(f"ambiguous {label_turns['ambiguous']} > 8")
if n_multi < 140: err(f"multi-turn items {n_multi} < 140")
if kinds["ordinary-followups"] < 50: err(f"ordinary-followups {kinds['ordinary-followups']} < 50")
for k in KINDS:
    if kinds[k] == 0: err(f"no multi/{k} items")
if sum(hard_neg.values()) < 140: err(f"single-turn hard negatives {sum(hard_neg.values())} < 140")
for f in COMBO_FACTS:
    if facts[f] < 12: err(f"med_combination fact {f}: {facts[f]} < 12")
risk_total = risk_single + risk_multi_first + risk_multi_late
hard_total = risk_single_hard + risk_multi_late
hard_share = hard_total / max(risk_total, 1)
if hard_share < 0.30: err(f"hard share of risk turns {hard_share:.2f} < 0.30")

# --- report ---
print(f"file: {PATH}")
print(f"sha256: {hashlib.sha256(raw.encode('utf-8')).hexdigest()}")
print(f"items: {n_items}  turns: {n_turns}  single-turn: {n_items - n_multi}  multi-turn: {n_multi}")
print("items per language: " + ", ".join(f"{l}={lang_items[l]}" for l in LANGS)
      + f"  (en share {en_share:.1%})")
print("turns per language: " + ", ".join(f"{l}={lang_turns[l]}" for l in LANGS))
print("turns per label:")
for lab in LABELS:
    per = " ".join(f"{l}:{lang_label[l][lab]}" for l in LANGS)
    print(f"  {lab:18s} {label_turns[lab]:4d}   [{per}]")
print("med_combination facts: " + ", ".join(f"{f}={facts[f]}" for f in COMBO_FACTS))
print("multi-turn kinds (items/turns): " + ", ".join(f"{k}={kinds[k]}/{kind_turns[k]}" for k in KINDS))
print("single-turn hard negatives: " + str(sum(hard_neg.values())) + "  ["
      + " ".join(f"{l}:{hard_neg[l]}" for l in LANGS) + "]")
print(f"risk turns: {risk_total} (single {risk_single}, of which marked hard {risk_single_hard}; "
      f"multi first turn {risk_multi_first}; multi later turn {risk_multi_late})")
print(f"hard share of risk turns (hard single + risk appearing in a later turn): {hard_share:.1%}")
print(f"duplicate texts: {sum(1 for e in errors if 'duplicate' in e)}")
if errors:
    print(f"ERRORS ({len(errors)}):")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("OK: all checks passed")
