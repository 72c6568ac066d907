#!/usr/bin/env python3
"""Validate /tmp/set-ab/set.yml: format, labels, facts, minimums, duplicates. Prints counts.
Exit code 0 if every check passes, 1 otherwise."""
import collections
import os
import re
import sys
import unicodedata

import yaml

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.yml")

LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency", "ambiguous", "none",
          "med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy", "med_driving",
          "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"]
COMB_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping", "med_pregnancy": "pregnancy", "med_driving": "driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control", "ordinary-followups"]
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}

errors = []


def err(msg):
    errors.append(msg)


def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", t)).strip()


def main():
    with open(PATH, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    if set(doc) != {"author", "written", "items"}:
        err("top-level keys: %s" % sorted(doc))
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author is %r" % doc.get("author"))
    if doc.get("written") != "2026-11-29":
        err("written is %r" % doc.get("written"))
    items = doc["items"]

    n_turns = 0
    by_lang = collections.Counter()
    turns_by_lang = collections.Counter()
    label_c = collections.Counter()
    lang_label = collections.defaultdict(collections.Counter)
    facts = collections.Counter()
    kinds = collections.Counter()
    multi = 0
    hard_neg = 0
    hard_neg_lang = collections.Counter()
    risk_single = risk_single_hard = 0
    risk_multi_turns = risk_multi_hard = 0
    seen_texts = collections.defaultdict(list)
    seen_convs = collections.defaultdict(list)

    for idx, it in enumerate(items, 1):
        iid = it.get("id")
        if list(it) != ["id", "lang", "pattern", "turns"]:
            err("%s: keys %s" % (iid, list(it)))
        if iid != "ab%04d" % idx:
            err("id %r at position %d (expected ab%04d)" % (iid, idx, idx))
        lang = it.get("lang")
        if lang not in LANGS:
            err("%s: bad lang %r" % (iid, lang))
        pat = it.get("pattern")
        if not isinstance(pat, str) or not pat.strip():
            err("%s: empty pattern" % iid)
            pat = ""
        turns = it.get("turns")
        if not isinstance(turns, list) or not turns:
            err("%s: no turns" % iid)
            continue
        by_lang[lang] += 1
        turns_by_lang[lang] += len(turns)
        n_turns += len(turns)
        is_multi = len(turns) > 1
        if is_multi:
            multi += 1
            if len(turns) > 5:
                err("%s: %d turns (max 5)" % (iid, len(turns)))
            mm = re.match(r"multi/([a-z-]+): \S", pat)
            if not mm or mm.group(1) not in KINDS:
                err("%s: multi-turn pattern %r" % (iid, pat))
            else:
                kinds[mm.group(1)] += 1
        else:
            if pat.startswith("multi/"):
                err("%s: single-turn item with multi pattern" % iid)
        kind = pat.split(":")[0].split("/")[-1] if is_multi else None

        for tn, t in enumerate(turns):
            if list(t) != ["text", "expect", "fact"]:
                err("%s turn %d: keys %s" % (iid, tn + 1, list(t)))
            text, lab, fact = t.get("text"), t.get("expect"), t.get("fact")
            if not isinstance(text, str) or not text.strip():
                err("%s turn %d: empty text" % (iid, tn + 1))
                text = ""
            if lab not in LABELS:
                err("%s turn %d: bad label %r" % (iid, tn + 1, lab))
            if lab == "med_combination":
                if fact not in COMB_FACTS:
                    err("%s turn %d: med_combination fact %r" % (iid, tn + 1, fact))
                else:
                    facts[fact] += 1
            elif lab in FIXED_FACT:
                if fact != FIXED_FACT[lab]:
                    err("%s turn %d: %s needs fact %s, got %r" % (iid, tn + 1, lab, FIXED_FACT[lab], fact))
            elif fact is not None:
                err("%s turn %d: %s must have fact null, got %r" % (iid, tn + 1, lab, fact))
            label_c[lab] += 1
            lang_label[lang][lab] += 1
            seen_texts[norm(text)].append(iid)
            if lab in RISK:
                if is_multi:
                    risk_multi_turns += 1
                    if tn > 0:  # needs the earlier turns: risk spread over turns, denial, retraction
                        risk_multi_hard += 1
                else:
                    risk_single += 1
                    if "(hard)" in pat:
                        risk_single_hard += 1

        if not is_multi and pat.startswith("hard case:"):
            hard_neg += 1
            hard_neg_lang[lang] += 1
            if turns[0].get("expect") != "none":
                err("%s: hard case labelled %r (hard negatives must be none)" % (iid, turns[0].get("expect")))
        if is_multi and kind == "control":
            if any(t.get("expect") != "none" for t in turns):
                err("%s: control conversation has a non-none turn" % iid)
        if is_multi and kind == "ordinary-followups":
            if turns[0].get("expect") != "none":
                err("%s: ordinary-followups should open with an ordinary question" % iid)
            if any(t.get("expect") in RISK or t.get("expect") == "ambiguous" for t in turns):
                err("%s: ordinary-followups contains a risk label" % iid)
        if is_multi and kind == "retraction":
            if turns[-1].get("expect") != turns[-2].get("expect"):
                err("%s: retraction turn does not keep the earlier risk label" % iid)
        seen_convs[tuple(norm(t.get("text", "")) for t in turns)].append(iid)

    # duplicates
    for conv, ids in seen_convs.items():
        if len(ids) > 1:
            err("duplicate conversation %s: %r" % (ids, conv))
    short_repeats = []
    for txt, ids in seen_texts.items():
        if len(ids) > 1:
            if len(txt) >= 25:
                err("duplicate turn text %s: %r" % (ids, txt))
            else:
                short_repeats.append((txt, len(ids)))

    # minimums
    total = len(items)
    if not 820 <= total <= 860:
        err("items %d not in 820-860" % total)
    if not 1000 <= n_turns <= 1050:
        err("turns %d not in 1000-1050" % n_turns)
    en_share = by_lang["en"] / total if total else 0
    if not 0.37 <= en_share <= 0.43:
        err("en share %.3f not about 40%%" % en_share)
    others = [by_lang[l] for l in LANGS[1:]]
    if others and max(others) - min(others) > 6:
        err("non-en languages uneven: %s" % others)
    for l in LANGS:
        for lab in LABELS:
            if lang_label[l][lab] == 0:
                err("label %s missing in %s" % (lab, l))
    if label_c["ambiguous"] > 8:
        err("ambiguous %d > 8" % label_c["ambiguous"])
    if multi < 140:
        err("multi-turn items %d < 140" % multi)
    for k in KINDS:
        if kinds[k] == 0:
            err("no multi-turn items of kind %s" % k)
    if kinds["ordinary-followups"] < 50:
        err("ordinary-followups %d < 50" % kinds["ordinary-followups"])
    if hard_neg < 140:
        err("single-turn hard cases %d < 140" % hard_neg)
    for l in LANGS:
        if hard_neg_lang[l] == 0:
            err("no hard cases in %s" % l)
    for f in COMB_FACTS:
        if facts[f] < 12:
            err("med_combination fact %s: %d < 12" % (f, facts[f]))
    hard_share = (risk_single_hard + risk_multi_hard) / max(1, risk_single + risk_multi_turns)
    if not 0.30 <= risk_single_hard / max(1, risk_single) <= 0.45:
        err("hard share of single-turn risk messages %.2f is not about a third" % (risk_single_hard / max(1, risk_single)))
    if not 0.28 <= hard_share <= 0.50:
        err("hard share of risk messages %.2f is not about a third" % hard_share)

    # report
    print("file: %s" % PATH)
    print("items: %d   turns: %d   multi-turn items: %d   single-turn items: %d" % (total, n_turns, multi, total - multi))
    print("by language (items/turns): " + ", ".join("%s %d/%d" % (l, by_lang[l], turns_by_lang[l]) for l in LANGS)
          + "   en share %.1f%%" % (100 * en_share))
    print("labels (turns): " + ", ".join("%s %d" % (lab, label_c[lab]) for lab in LABELS))
    print("multi-turn kinds: " + ", ".join("%s %d" % (k, kinds[k]) for k in KINDS))
    print("single-turn hard negatives: %d (" % hard_neg + ", ".join("%s %d" % (l, hard_neg_lang[l]) for l in LANGS) + ")")
    print("med_combination facts: " + ", ".join("%s %d" % (f, facts[f]) for f in COMB_FACTS))
    print("risk turns: %d single-turn (%d hard = %.0f%%), %d in multi-turn (%d in a later turn) -> hard share overall %.0f%%"
          % (risk_single, risk_single_hard, 100.0 * risk_single_hard / max(1, risk_single), risk_multi_turns,
             risk_multi_hard, 100 * hard_share))
    print("label x language (turns):")
    print("  %-18s" % "" + " ".join("%4s" % l for l in LANGS))
    for lab in LABELS:
        print("  %-18s" % lab + " ".join("%4d" % lang_label[l][lab] for l in LANGS))
    if short_repeats:
        print("short follow-ups repeated (allowed): " + ", ".join("%r x%d" % r for r in sorted(short_repeats)))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
