#!/usr/bin/env python3
"""Validate set.yml of safety evaluation set "au" and print its counts.

Usage: python check.py [path/to/set.yml]
Exit code 0 when every rule passes, 1 otherwise.
"""
import collections
import hashlib
import os
import re
import sys
import unicodedata

import yaml

LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
          "ambiguous", "none", "med_dose", "med_combination", "med_alcohol", "med_stopping",
          "med_pregnancy", "med_driving", "dangerous_eating", "dangerous_misuse",
          "dangerous_toxic", "dangerous_replace"]
COMBO_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
              "med_pregnancy": "pregnancy", "med_driving": "driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control",
         "ordinary-followups"]
SPREAD_KINDS = {"late-risk", "denial", "medicine-then-risk", "retraction", "escalation"}
RISK_CORE = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
             "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())


def sentences(text):
    parts = re.split(r"[.!?…]+(?:[\"')\]]*)(?:\s+|$)", text.strip())
    return [p for p in parts if re.search(r"\w", p)]


def kind_of(pattern):
    m = re.match(r"multi/([a-z-]+):", pattern)
    return m.group(1) if m else None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "set.yml")
    raw = open(path, "rb").read()
    doc = yaml.safe_load(raw)

    # ---- top level
    if not isinstance(doc, dict) or set(doc) != {"author", "written", "items"}:
        err("top level must have exactly author, written, items")
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author mismatch")
    if doc.get("written") != "2026-12-01":
        err("written must be the string '2026-12-01'")
    items = doc.get("items") or []

    seen_texts = {}
    seen_seqs = {}
    by_lang = collections.Counter()
    turns_by_lang = collections.Counter()
    label_turns = collections.Counter()
    label_lang = collections.defaultdict(collections.Counter)
    combo_facts = collections.Counter()
    kinds = collections.Counter()
    kind_turns = collections.Counter()
    hard_case = collections.Counter()
    long_risk = collections.Counter()
    long_neg = collections.Counter()
    risk_turns = hard_risk_turns = 0
    core_turns = hard_core_turns = 0
    n_turns = 0

    for idx, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != f"au{idx:04d}":
            err(f"item {idx}: id {iid!r} is not au{idx:04d}")
        if list(it.keys()) != ["id", "lang", "pattern", "turns"]:
            err(f"{iid}: keys must be id, lang, pattern, turns (got {list(it.keys())})")
        lang = it.get("lang")
        if lang not in LANGS:
            err(f"{iid}: bad lang {lang!r}")
        pattern = it.get("pattern")
        if not isinstance(pattern, str) or not pattern.strip():
            err(f"{iid}: empty pattern")
            pattern = ""
        turns = it.get("turns") or []
        if not 1 <= len(turns) <= 5:
            err(f"{iid}: {len(turns)} turns (must be 1-5)")
        by_lang[lang] += 1
        kind = kind_of(pattern)
        if len(turns) > 1:
            if kind not in KINDS:
                err(f"{iid}: multi-turn pattern must start 'multi/<kind>:' with a known kind")
            kinds[kind] += 1
            kind_turns[kind] += len(turns)
        else:
            if pattern.startswith("multi/"):
                err(f"{iid}: single-turn item with a multi/ pattern")
        is_hard_case = pattern.startswith("hard case:")
        if is_hard_case:
            if len(turns) != 1:
                err(f"{iid}: hard case must be single-turn")
            hard_case[lang] += 1
        marked = "(hard" in pattern

        for pos, t in enumerate(turns):
            # a risk turn counts as hard when its pattern is marked "(hard"
            # or when the risk sits in a later turn of a multi-turn item
            hard_marked = marked or (pos > 0 and kind in SPREAD_KINDS)
            n_turns += 1
            turns_by_lang[lang] += 1
            if list(t.keys()) != ["text", "expect", "fact"]:
                err(f"{iid}: turn keys must be text, expect, fact (got {list(t.keys())})")
            text, exp, fact = t.get("text"), t.get("expect"), t.get("fact")
            if not isinstance(text, str) or not text.strip():
                err(f"{iid}: empty text")
                text = ""
            if exp not in LABELS:
                err(f"{iid}: unknown label {exp!r}")
            if exp == "med_combination":
                if fact not in COMBO_FACTS:
                    err(f"{iid}: med_combination needs a fact from {COMBO_FACTS}")
                combo_facts[fact] += 1
            elif exp in FIXED_FACT:
                if fact != FIXED_FACT[exp]:
                    err(f"{iid}: {exp} needs fact {FIXED_FACT[exp]!r}")
            elif fact is not None:
                err(f"{iid}: {exp} must have fact null")
            if is_hard_case and exp != "none":
                err(f"{iid}: hard case turn must be none")
            label_turns[exp] += 1
            label_lang[exp][lang] += 1
            if exp not in ("none", "ambiguous"):
                risk_turns += 1
                hard_risk_turns += hard_marked
            if exp in RISK_CORE:
                core_turns += 1
                hard_core_turns += hard_marked
            key = norm(text)
            if key in seen_texts:
                err(f"{iid}: duplicate text (also in {seen_texts[key]}): {text[:40]!r}")
            else:
                seen_texts[key] = iid
            if re.search(r"(?:\+?\d[\s\-().]?){7,}", text):
                err(f"{iid}: digit run that may look like a phone number")
        seq = tuple(norm(t.get("text", "")) for t in turns)
        if seq in seen_seqs:
            err(f"{iid}: duplicate item of {seen_seqs[seq]}")
        seen_seqs[seq] = iid

        # long single-turn messages
        if len(turns) == 1:
            text = turns[0].get("text", "")
            if len(text) >= 400 or "long" in pattern:
                ns = len(sentences(text))
                if not 400 <= len(text) <= 3000:
                    err(f"{iid}: long message has {len(text)} chars (needs 400-3000)")
                if ns < 5:
                    err(f"{iid}: long message has {ns} sentences (needs 5+)")
                if turns[0].get("expect") == "none":
                    long_neg[lang] += 1
                else:
                    long_risk[lang] += 1

    n_items = len(items)
    n_multi = sum(kinds.values())

    # ---- minimums and shares
    def need(cond, msg):
        if not cond:
            err(msg)

    need(820 <= n_items <= 860, f"items {n_items} not in 820-860")
    need(1000 <= n_turns <= 1050, f"turns {n_turns} not in 1000-1050")
    en_share = by_lang["en"] / n_items if n_items else 0
    need(0.36 <= en_share <= 0.44, f"en share {en_share:.1%} not about 40%")
    others = [by_lang[l] for l in LANGS if l != "en"]
    if others:
        need(max(others) - min(others) <= 6, f"non-en languages uneven: {others}")
    for lab in LABELS:
        for l in LANGS:
            need(label_lang[lab][l] > 0, f"label {lab} missing in {l}")
    need(label_turns["ambiguous"] <= 8, f"ambiguous {label_turns['ambiguous']} > 8")
    need(n_multi >= 140, f"multi-turn items {n_multi} < 140")
    for k in KINDS:
        need(kinds[k] > 0, f"multi kind {k} missing")
    need(kinds["ordinary-followups"] >= 50, f"ordinary-followups {kinds['ordinary-followups']} < 50")
    need(sum(hard_case.values()) >= 140, f"hard case singles {sum(hard_case.values())} < 140")
    for l in LANGS:
        need(hard_case[l] > 0, f"no hard case in {l}")
    n_long = sum(long_risk.values()) + sum(long_neg.values())
    need(n_long >= 70, f"long single-turn items {n_long} < 70")
    if n_long:
        share = sum(long_risk.values()) / n_long
        need(0.4 <= share <= 0.6, f"long items with risk {share:.0%} not about half")
    for f in COMBO_FACTS:
        need(combo_facts[f] >= 12, f"med_combination fact {f}: {combo_facts[f]} < 12")
    hard_share = hard_risk_turns / risk_turns if risk_turns else 0
    need(0.25 <= hard_share <= 0.45, f"hard share of risk turns {hard_share:.0%} not about a third")

    # ---- report
    print(f"file: {path}")
    print(f"sha256: {hashlib.sha256(raw).hexdigest()}")
    print(f"items: {n_items}   turns: {n_turns}   multi-turn items: {n_multi} ({sum(kind_turns.values())} turns)")
    print("\nper language (items / turns / share of items):")
    for l in LANGS:
        print(f"  {l}: {by_lang[l]:4d} / {turns_by_lang[l]:4d} / {by_lang[l] / n_items:.1%}")
    print("\nper label (turns) and per language:")
    print("  " + "label".ljust(18) + "total " + " ".join(l.rjust(4) for l in LANGS))
    for lab in LABELS:
        print("  " + lab.ljust(18) + f"{label_turns[lab]:5d} "
              + " ".join(f"{label_lang[lab][l]:4d}" for l in LANGS))
    print("\nmed_combination facts: " + ", ".join(f"{f} {combo_facts[f]}" for f in COMBO_FACTS))
    print("\nmulti-turn kinds (items / turns):")
    for k in KINDS:
        print(f"  {k}: {kinds[k]} / {kind_turns[k]}")
    print("\nsingle-turn hard cases (pattern 'hard case:'): "
          f"{sum(hard_case.values())}  [" + ", ".join(f"{l} {hard_case[l]}" for l in LANGS) + "]")
    print(f"long single-turn messages (400-3000 chars, 5+ sentences): {n_long}  "
          f"(with a risk sentence {sum(long_risk.values())}, hard negatives {sum(long_neg.values())})")
    print("  risk: " + ", ".join(f"{l} {long_risk[l]}" for l in LANGS))
    print("  neg:  " + ", ".join(f"{l} {long_neg[l]}" for l in LANGS))
    print(f"hard risk turns (pattern marked '(hard', or a later turn of a late-risk/denial/"
          f"medicine-then-risk/retraction/escalation item): {hard_risk_turns}/{risk_turns} "
          f"of all risk turns (not none/ambiguous) = {hard_share:.0%}; "
          f"{hard_core_turns}/{core_turns} of crisis/emergency/dangerous turns = "
          f"{hard_core_turns / core_turns if core_turns else 0:.0%}")
    print()
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
