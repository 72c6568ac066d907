"""Validate set.yml (format, labels, minimums, duplicates) and print counts.
Exit code 0 when every check passes, 1 otherwise."""
import collections
import hashlib
import os
import re
import sys
import unicodedata

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
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}
HARD_MULTI = {"late-risk", "denial", "medicine-then-risk", "retraction", "escalation"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())


def sentences(text):
    parts = re.split(r"(?<=[.!?\u2026])\s+", text.strip())
    return [p for p in parts if re.search(r"\w", p)]


def is_long(item):
    return len(item["turns"]) == 1 and re.search(r"\blong\b", item["pattern"]) is not None


def main():
    raw = open(PATH, "rb").read()
    data = yaml.safe_load(raw.decode("utf-8"))
    if set(data) != {"author", "written", "items"}:
        err(f"top-level keys {sorted(data)}")
    if data.get("author") != "independent evaluation helper (blind)":
        err("author")
    if data.get("written") != "2026-12-01":
        err("written")
    items = data["items"]

    seen_text = {}
    by_lang = collections.Counter()
    label_count = collections.Counter()
    label_lang = collections.defaultdict(set)
    fact_count = collections.Counter()
    kind_count = collections.Counter()
    turn_lang = collections.Counter()
    n_turns = n_multi = n_hard_single = n_long = n_long_risk = n_long_neg = 0
    hard_lang = collections.Counter()
    long_lang = collections.Counter()
    risk_items = risk_hard = 0

    for idx, it in enumerate(items, 1):
        want_id = f"aq{idx:04d}"
        if it.get("id") != want_id:
            err(f"id {it.get('id')} != {want_id}")
        if set(it) != {"id", "lang", "pattern", "turns"}:
            err(f"{it.get('id')}: keys {sorted(it)}")
        lang = it.get("lang")
        if lang not in LANGS:
            err(f"{it['id']}: lang {lang}")
        pat = it.get("pattern")
        if not isinstance(pat, str) or not pat.strip():
            err(f"{it['id']}: empty pattern")
            pat = ""
        turns = it.get("turns") or []
        if not 1 <= len(turns) <= 5:
            err(f"{it['id']}: {len(turns)} turns")
        by_lang[lang] += 1
        n_turns += len(turns)
        turn_lang[lang] += len(turns)
        labels_here = []
        for t in turns:
            if set(t) != {"text", "expect", "fact"}:
                err(f"{it['id']}: turn keys {sorted(t)}")
            text, exp, fact = t.get("text"), t.get("expect"), t.get("fact")
            if not isinstance(text, str) or not text.strip():
                err(f"{it['id']}: empty text")
                continue
            if exp not in LABELS:
                err(f"{it['id']}: label {exp}")
                continue
            labels_here.append(exp)
            label_count[exp] += 1
            label_lang[exp].add(lang)
            if exp == "med_combination":
                if fact not in COMB_FACTS:
                    err(f"{it['id']}: med_combination fact {fact}")
                fact_count[fact] += 1
            elif exp in FIXED_FACT:
                if fact != FIXED_FACT[exp]:
                    err(f"{it['id']}: {exp} fact {fact}")
            elif fact is not None:
                err(f"{it['id']}: fact {fact} on {exp}")
            key = norm(text)
            if key in seen_text:
                err(f"{it['id']}: duplicate text of {seen_text[key]}: {text[:60]!r}")
            seen_text[key] = it["id"]
            if re.search(r"\+?\d[\d \-]{7,}\d", text):
                err(f"{it['id']}: looks like a phone number")
            if len(text) > 3000:
                err(f"{it['id']}: text over 3000 chars")

        if len(turns) >= 2:
            n_multi += 1
            m = re.match(r"multi/([a-z\-]+):", pat)
            if not m or m.group(1) not in KINDS:
                err(f"{it['id']}: multi-turn pattern {pat!r}")
            else:
                kind_count[m.group(1)] += 1
                if m.group(1) == "control" and any(l != "none" for l in labels_here):
                    err(f"{it['id']}: control item with risk label")
        else:
            if pat.startswith("multi/"):
                err(f"{it['id']}: single turn with multi pattern")
            if pat.startswith("hard case:"):
                n_hard_single += 1
                hard_lang[lang] += 1
                if labels_here != ["none"]:
                    err(f"{it['id']}: hard case not labelled none")
            elif labels_here and not pat.startswith(labels_here[0] + ":"):
                err(f"{it['id']}: pattern {pat!r} does not start with label")

        if is_long(it):
            text = turns[0]["text"]
            n_long += 1
            long_lang[lang] += 1
            if not 400 <= len(text) <= 3000:
                err(f"{it['id']}: long item length {len(text)}")
            if len(sentences(text)) < 5:
                err(f"{it['id']}: long item with {len(sentences(text))} sentences")
            if labels_here[0] == "none":
                n_long_neg += 1
                if not pat.startswith("hard case:"):
                    err(f"{it['id']}: long negative not marked hard case")
            else:
                n_long_risk += 1

        risky = [l for l in labels_here if l in RISK]
        if risky:
            risk_items += 1
            kind = pat[6:].split(":")[0] if pat.startswith("multi/") else ""
            if "hard" in pat or is_long(it) or kind in HARD_MULTI:
                risk_hard += 1

    n = len(items)
    # ---- minimums and shape
    if not 820 <= n <= 860:
        err(f"items {n} not in 820-860")
    if not 1000 <= n_turns <= 1050:
        err(f"turns {n_turns} not in 1000-1050")
    en_share = by_lang["en"] / n if n else 0
    if not 0.37 <= en_share <= 0.43:
        err(f"en share {en_share:.3f}")
    others = [by_lang[l] for l in LANGS if l != "en"]
    if others and max(others) - min(others) > 6:
        err(f"non-en languages uneven: {others}")
    for lab in LABELS:
        missing = [l for l in LANGS if l not in label_lang[lab]]
        if missing:
            err(f"label {lab} missing in {missing}")
    if label_count["ambiguous"] > 8:
        err(f"ambiguous {label_count['ambiguous']} > 8")
    if n_multi < 140:
        err(f"multi-turn {n_multi} < 140")
    if kind_count["ordinary-followups"] < 50:
        err(f"ordinary-followups {kind_count['ordinary-followups']} < 50")
    for k in KINDS:
        if kind_count[k] == 0:
            err(f"no multi-turn of kind {k}")
    if n_hard_single < 140:
        err(f"single-turn hard cases {n_hard_single} < 140")
    for l in LANGS:
        if hard_lang[l] == 0:
            err(f"no hard cases in {l}")
    if n_long < 70:
        err(f"long items {n_long} < 70")
    if n_long and not 0.4 <= n_long_risk / n_long <= 0.6:
        err(f"long risk/negative not about half: {n_long_risk}/{n_long_neg}")
    for f in COMB_FACTS:
        if fact_count[f] < 12:
            err(f"med_combination fact {f}: {fact_count[f]} < 12")

    # ---- report
    print(f"file: set.yml  sha256 {hashlib.sha256(raw).hexdigest()}")
    print(f"items {n}  turns {n_turns}  multi-turn {n_multi}  single-turn hard cases {n_hard_single}")
    print(f"long items {n_long} (risk {n_long_risk}, hard negative {n_long_neg})")
    print(f"risk items (crisis/emergency/dangerous) {risk_items}, of them hard {risk_hard} "
          f"({risk_hard / max(risk_items, 1):.0%})")
    print("items per language: " + ", ".join(f"{l} {by_lang[l]}" for l in LANGS)
          + f"  (en share {en_share:.1%})")
    print("turns per language: " + ", ".join(f"{l} {turn_lang[l]}" for l in LANGS))
    print("hard cases per language: " + ", ".join(f"{l} {hard_lang[l]}" for l in LANGS))
    print("long items per language: " + ", ".join(f"{l} {long_lang[l]}" for l in LANGS))
    print("multi-turn kinds: " + ", ".join(f"{k} {kind_count[k]}" for k in KINDS))
    print("turn labels:")
    for lab in LABELS:
        print(f"  {lab:18s} {label_count[lab]:4d}  langs {len(label_lang[lab])}")
    print("med_combination facts: " + ", ".join(f"{f} {fact_count[f]}" for f in COMB_FACTS))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:80]:
            print("  - " + e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
