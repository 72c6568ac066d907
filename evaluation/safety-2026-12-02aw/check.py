"""Validate set.yml of the blind safety set "aw" and print counts.

Usage: python check.py [path/to/set.yml]
Exit code 0 when every check passes, 1 otherwise.
"""
import collections
import re
import sys
import unicodedata

import yaml

LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = [
    "crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency", "ambiguous", "none",
    "med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy", "med_driving",
    "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace",
]
COMBO_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping", "med_pregnancy": "pregnancy", "med_driving": "driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control", "ordinary-followups"]
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if len(s.split()) >= 2]


def is_long(item):
    if len(item["turns"]) != 1:
        return False
    t = item["turns"][0]["text"]
    return 400 <= len(t) <= 3000 and len(sentences(t)) >= 5


def main(path):
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    if not isinstance(doc, dict) or set(doc) != {"author", "written", "items"}:
        err("top level must have exactly author, written, items")
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author mismatch")
    if doc.get("written") != "2026-12-01":
        err("written date mismatch")
    items = doc.get("items") or []

    # ---- format -------------------------------------------------------
    for n, it in enumerate(items, 1):
        where = it.get("id", f"#{n}")
        if set(it) != {"id", "lang", "pattern", "turns"}:
            err(f"{where}: keys must be id, lang, pattern, turns")
            continue
        if it["id"] != f"aw{n:04d}":
            err(f"{where}: id out of sequence (expected aw{n:04d})")
        if it["lang"] not in LANGS:
            err(f"{where}: bad lang {it['lang']}")
        pat = it["pattern"]
        if not isinstance(pat, str) or not pat.strip():
            err(f"{where}: empty pattern")
            continue
        turns = it["turns"]
        if not isinstance(turns, list) or not turns:
            err(f"{where}: no turns")
            continue
        multi = len(turns) > 1
        if multi:
            if not 2 <= len(turns) <= 5:
                err(f"{where}: multi-turn items need 2-5 turns")
            m = re.match(r"multi/([a-z-]+):", pat)
            if not m or m.group(1) not in KINDS:
                err(f"{where}: multi-turn pattern must start multi/<kind>: with a known kind")
        elif pat.startswith("multi/"):
            err(f"{where}: single-turn item with multi/ pattern")
        for k, t in enumerate(turns, 1):
            if set(t) != {"text", "expect", "fact"}:
                err(f"{where} turn {k}: keys must be text, expect, fact")
                continue
            if not isinstance(t["text"], str) or not t["text"].strip():
                err(f"{where} turn {k}: empty text")
            lab, fact = t["expect"], t["fact"]
            if lab not in LABELS:
                err(f"{where} turn {k}: unknown label {lab}")
            elif lab == "med_combination":
                if fact not in COMBO_FACTS:
                    err(f"{where} turn {k}: med_combination needs a fact from {COMBO_FACTS}")
            elif lab in FIXED_FACT:
                if fact != FIXED_FACT[lab]:
                    err(f"{where} turn {k}: {lab} needs fact {FIXED_FACT[lab]}")
            elif fact is not None:
                err(f"{where} turn {k}: fact must be null for {lab}")
            if re.search(r"\d[\d \-]{8,}\d", t["text"]):
                err(f"{where} turn {k}: looks like a phone number")
        if pat.startswith("hard case:") and any(t.get("expect") != "none" for t in turns):
            err(f"{where}: hard case with a non-none label")
        if pat.startswith("multi/control:") and any(t.get("expect") != "none" for t in turns):
            err(f"{where}: control conversation with a non-none label")
        if not multi and not pat.startswith("hard case:"):
            lab = turns[0].get("expect")
            if lab and not (pat.startswith(lab + ":") or pat.startswith(lab + " (hard):")):
                err(f"{where}: single-turn pattern should start with its label ({lab})")

    # ---- duplicates ---------------------------------------------------
    seen = {}
    for it in items:
        for t in it["turns"]:
            key = norm(t["text"])
            if len(key) < 12:  # short follow-ups like "and with alcohol?" may repeat
                continue
            if key in seen:
                err(f"{it['id']}: duplicate text (also in {seen[key]}): {t['text'][:60]}")
            else:
                seen[key] = it["id"]
    pat_seen = {}
    for it in items:
        key = (it["lang"], it["pattern"])
        if key in pat_seen:
            err(f"{it['id']}: duplicate pattern in same language (also {pat_seen[key]})")
        pat_seen[key] = it["id"]

    # ---- counts -------------------------------------------------------
    n_items = len(items)
    turns_all = [(it, k, t) for it in items for k, t in enumerate(it["turns"])]
    n_turns = len(turns_all)
    by_lang_items = collections.Counter(it["lang"] for it in items)
    by_lang_turns = collections.Counter(it["lang"] for it, _, _ in turns_all)
    by_label = collections.Counter(t["expect"] for _, _, t in turns_all)
    by_lang_label = collections.defaultdict(collections.Counter)
    for it, _, t in turns_all:
        by_lang_label[it["lang"]][t["expect"]] += 1
    combo_facts = collections.Counter(t["fact"] for _, _, t in turns_all if t["expect"] == "med_combination")
    multi_items = [it for it in items if len(it["turns"]) > 1]
    kinds = collections.Counter(re.match(r"multi/([a-z-]+):", it["pattern"]).group(1) for it in multi_items
                                if re.match(r"multi/([a-z-]+):", it["pattern"]))
    kinds_lang = collections.defaultdict(collections.Counter)
    for it in multi_items:
        m = re.match(r"multi/([a-z-]+):", it["pattern"])
        if m:
            kinds_lang[it["lang"]][m.group(1)] += 1
    hard_single = [it for it in items if len(it["turns"]) == 1 and it["pattern"].startswith("hard case:")]
    hard_single_short = [it for it in hard_single if not is_long(it)]
    hard_lang = collections.Counter(it["lang"] for it in hard_single)
    long_items = [it for it in items if is_long(it)]
    long_risk = [it for it in long_items if it["turns"][0]["expect"] != "none"]
    long_neg = [it for it in long_items if it["turns"][0]["expect"] == "none"]
    long_lang = collections.Counter(it["lang"] for it in long_items)
    turn_lengths = collections.Counter(len(it["turns"]) for it in items)

    # hard risk messages: marked (hard) single turns, risk buried in long messages,
    # and risk that appears in a later turn of a conversation.
    risk_turns = [(it, k, t) for it, k, t in turns_all if t["expect"] in RISK]
    def hard_risk(it, k):
        if len(it["turns"]) == 1:
            return "(hard)" in it["pattern"] or is_long(it)
        # in a conversation: risk that only shows up after turns without risk
        return k > 0 and not any(t["expect"] in RISK for t in it["turns"][:k])
    n_hard_risk = sum(1 for it, k, _ in risk_turns if hard_risk(it, k))

    # ---- minimums -----------------------------------------------------
    if not 820 <= n_items <= 860:
        err(f"items {n_items} not in 820-860")
    if not 1000 <= n_turns <= 1050:
        err(f"turns {n_turns} not in 1000-1050")
    en_share = by_lang_items["en"] / max(n_items, 1)
    if not 0.37 <= en_share <= 0.43:
        err(f"en share {en_share:.1%} not about 40%")
    others = [by_lang_items[l] for l in LANGS if l != "en"]
    if others and max(others) - min(others) > 6:
        err(f"non-en languages not spread evenly: {others}")
    for lang in LANGS:
        for lab in LABELS:
            if by_lang_label[lang][lab] == 0:
                err(f"label {lab} missing in {lang}")
    if by_label["ambiguous"] > 8:
        err(f"ambiguous {by_label['ambiguous']} > 8")
    if len(multi_items) < 140:
        err(f"multi-turn items {len(multi_items)} < 140")
    for kind in KINDS:
        if kinds[kind] == 0:
            err(f"multi kind {kind} missing")
    if kinds["ordinary-followups"] < 50:
        err(f"ordinary-followups {kinds['ordinary-followups']} < 50")
    if len(hard_single) < 140:
        err(f"single-turn hard negatives {len(hard_single)} < 140")
    for lang in LANGS:
        if hard_lang[lang] == 0:
            err(f"no hard negatives in {lang}")
    if len(long_items) < 70:
        err(f"long items {len(long_items)} < 70")
    if long_items and not 0.4 <= len(long_risk) / len(long_items) <= 0.6:
        err(f"long items not about half risk: {len(long_risk)}/{len(long_items)}")
    for f in COMBO_FACTS:
        if combo_facts[f] < 12:
            err(f"med_combination/{f} {combo_facts[f]} < 12")
    if risk_turns and not 0.25 <= n_hard_risk / len(risk_turns) <= 0.5:
        err(f"hard share of risk turns {n_hard_risk}/{len(risk_turns)} not about a third")

    # ---- report -------------------------------------------------------
    print(f"items: {n_items}   turns: {n_turns}")
    print(f"turns per item: {dict(sorted(turn_lengths.items()))}")
    print("per language (items / turns):")
    for lang in LANGS:
        print(f"  {lang}: {by_lang_items[lang]:4d} / {by_lang_turns[lang]:4d}")
    print(f"en share of items: {en_share:.1%}")
    print("per label (turns):")
    for lab in LABELS:
        print(f"  {lab:20s} {by_label[lab]:4d}")
    print("label x language (turns):")
    print("  " + " " * 20 + "".join(f"{l:>5s}" for l in LANGS))
    for lab in LABELS:
        print(f"  {lab:20s}" + "".join(f"{by_lang_label[l][lab]:5d}" for l in LANGS))
    print("med_combination facts: " + ", ".join(f"{f}={combo_facts[f]}" for f in COMBO_FACTS))
    print(f"multi-turn items: {len(multi_items)}  ({sum(len(i['turns']) for i in multi_items)} turns)")
    for kind in KINDS:
        print(f"  {kind:20s} {kinds[kind]:4d}   " + " ".join(f"{l}={kinds_lang[l][kind]}" for l in LANGS))
    print(f"single-turn hard negatives: {len(hard_single)} (short {len(hard_single_short)}, long {len(hard_single) - len(hard_single_short)})   "
          + " ".join(f"{l}={hard_lang[l]}" for l in LANGS))
    print(f"long single-turn items: {len(long_items)} (risk {len(long_risk)}, hard negatives {len(long_neg)})   "
          + " ".join(f"{l}={long_lang[l]}" for l in LANGS))
    print(f"risk turns: {len(risk_turns)}, hard: {n_hard_risk} ({n_hard_risk / max(len(risk_turns), 1):.0%})")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.yml"))
