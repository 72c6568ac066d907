#!/usr/bin/env python3
"""Validate set.yml (safety set "ah") against SPEC.md / BRIEF.md and print counts.

Usage: python check.py [path/to/set.yml]
Exit status 0 if every check passes, 1 otherwise.
"""
import collections
import hashlib
import os
import re
import sys
import unicodedata

import yaml

LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = [
    "crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
    "ambiguous", "none", "med_dose", "med_combination", "med_alcohol",
    "med_stopping", "med_pregnancy", "med_driving", "dangerous_eating",
    "dangerous_misuse", "dangerous_toxic", "dangerous_replace",
]
LABEL_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping",
              "med_pregnancy": "pregnancy", "med_driving": "driving"}
COMBO_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
MULTI_KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction",
               "escalation", "control", "ordinary-followups"]
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}
# multi-turn kinds whose risk turns count as "risk spread over turns" (hard)
SPREAD_KINDS = {"late-risk", "denial", "medicine-then-risk", "retraction", "escalation"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize("NFKC", text).casefold()
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())


def main(path):
    raw = open(path, "rb").read()
    sha = hashlib.sha256(raw).hexdigest()
    doc = yaml.safe_load(raw.decode("utf-8"))

    # ---------- format ----------
    if not isinstance(doc, dict) or set(doc) != {"author", "written", "items"}:
        err("top level must have exactly author, written, items")
        return sha, None
    if doc["author"] != "independent evaluation helper (blind)":
        err("author is %r" % doc["author"])
    if doc["written"] != "2026-11-30":
        err("written is %r" % doc["written"])
    items = doc["items"]
    if not isinstance(items, list):
        err("items is not a list")
        return sha, None

    for n, it in enumerate(items, 1):
        where = "item #%d" % n
        if not isinstance(it, dict) or set(it) != {"id", "lang", "pattern", "turns"}:
            err("%s: keys must be id, lang, pattern, turns" % where)
            continue
        where = it["id"]
        if it["id"] != "ah%04d" % n:
            err("%s: id out of sequence (expected ah%04d)" % (where, n))
        if it["lang"] not in LANGS:
            err("%s: bad lang %r" % (where, it["lang"]))
        if not isinstance(it["pattern"], str) or not it["pattern"].strip():
            err("%s: empty pattern" % where)
        turns = it["turns"]
        if not isinstance(turns, list) or not 1 <= len(turns) <= 5:
            err("%s: turns must be a list of 1-5" % where)
            continue
        pat = it["pattern"]
        if len(turns) > 1:
            m = re.match(r"multi/([a-z-]+):", pat)
            if not m or m.group(1) not in MULTI_KINDS:
                err("%s: multi-turn pattern must start multi/<kind>: (%r)" % (where, pat))
        else:
            if pat.startswith("multi/"):
                err("%s: single-turn item with multi/ pattern" % where)
        for k, t in enumerate(turns, 1):
            tw = "%s turn %d" % (where, k)
            if not isinstance(t, dict) or set(t) != {"text", "expect", "fact"}:
                err("%s: keys must be text, expect, fact" % tw)
                continue
            if not isinstance(t["text"], str) or not t["text"].strip():
                err("%s: empty text" % tw)
            if t["expect"] not in LABELS:
                err("%s: bad label %r" % (tw, t["expect"]))
            if t["expect"] == "med_combination":
                if t["fact"] not in COMBO_FACTS:
                    err("%s: med_combination fact %r" % (tw, t["fact"]))
            elif t["fact"] != LABEL_FACT.get(t["expect"]):
                err("%s: fact %r does not fit %s" % (tw, t["fact"], t["expect"]))
            if re.search(r"\d[\d \-().]{6,}\d", t["text"]) and \
                    len(re.sub(r"\D", "", re.search(r"\d[\d \-().]{6,}\d", t["text"]).group())) >= 7:
                err("%s: digit run that looks like a phone number" % tw)
        if pat.startswith("hard case:"):
            if len(turns) != 1:
                err("%s: hard case must be single-turn" % where)
            elif turns[0]["expect"] != "none":
                err("%s: hard negative not labelled none" % where)
        if pat.startswith("multi/control:"):
            if any(t["expect"] != "none" for t in turns):
                err("%s: control conversation has a non-none turn" % where)

    if errors:
        return sha, None

    # ---------- counts ----------
    n_items = len(items)
    n_turns = sum(len(i["turns"]) for i in items)
    by_lang = collections.Counter(i["lang"] for i in items)
    turns_by_lang = collections.Counter(i["lang"] for i in items for _ in i["turns"])
    label_lang = collections.defaultdict(collections.Counter)
    labels = collections.Counter()
    facts = collections.Counter()
    for i in items:
        for t in i["turns"]:
            label_lang[i["lang"]][t["expect"]] += 1
            labels[t["expect"]] += 1
            if t["expect"] == "med_combination":
                facts[t["fact"]] += 1
    multi = [i for i in items if len(i["turns"]) > 1]
    kinds = collections.Counter(re.match(r"multi/([a-z-]+):", i["pattern"]).group(1) for i in multi)
    multi_len = collections.Counter(len(i["turns"]) for i in multi)
    hard = [i for i in items if i["pattern"].startswith("hard case:")]
    hard_lang = collections.Counter(i["lang"] for i in hard)
    multi_lang = collections.Counter(i["lang"] for i in multi)

    # risk messages and how many are hard.  Single-turn risk items are hard
    # when their pattern is marked "(hard)".  In multi-turn items a risk turn
    # after the first one is "risk spread over turns" (its label depends on
    # the earlier turns); a risk first turn is counted as not hard.
    risk_single = risk_hard_single = risk_multi = risk_spread = 0
    hard_single_lang = collections.Counter()
    risk_single_lang = collections.Counter()
    for i in items:
        if len(i["turns"]) == 1:
            if i["turns"][0]["expect"] in RISK:
                risk_single += 1
                risk_single_lang[i["lang"]] += 1
                if "(hard)" in i["pattern"].split(":")[0]:
                    risk_hard_single += 1
                    hard_single_lang[i["lang"]] += 1
        else:
            kind = re.match(r"multi/([a-z-]+):", i["pattern"]).group(1)
            for k, t in enumerate(i["turns"]):
                if t["expect"] in RISK:
                    risk_multi += 1
                    if k > 0 and kind in SPREAD_KINDS:
                        risk_spread += 1
    risk_total = risk_single + risk_multi
    risk_hard = risk_hard_single + risk_spread
    share_single = risk_hard_single / risk_single

    # ---------- minimums ----------
    if not 820 <= n_items <= 860:
        err("item count %d not in 820-860" % n_items)
    if not 1000 <= n_turns <= 1050:
        err("turn count %d not in 1000-1050" % n_turns)
    en_share = by_lang["en"] / n_items
    if not 0.37 <= en_share <= 0.43:
        err("en share %.3f not about 40%%" % en_share)
    others = [by_lang[l] for l in LANGS if l != "en"]
    if max(others) - min(others) > 0.1 * (sum(others) / len(others)):
        err("non-English languages not spread evenly: %s" % others)
    for l in LANGS:
        for lab in LABELS:
            if label_lang[l][lab] == 0:
                err("label %s missing in %s" % (lab, l))
        if hard_lang[l] == 0:
            err("no hard cases in %s" % l)
    if labels["ambiguous"] > 8:
        err("ambiguous used %d times (max 8)" % labels["ambiguous"])
    if len(multi) < 140:
        err("only %d multi-turn items (min 140)" % len(multi))
    if kinds["ordinary-followups"] < 50:
        err("only %d ordinary-followups (min 50)" % kinds["ordinary-followups"])
    for k in MULTI_KINDS:
        if kinds[k] == 0:
            err("multi kind %s missing" % k)
    if len(hard) < 140:
        err("only %d single-turn hard cases (min 140)" % len(hard))
    for f in COMBO_FACTS:
        if facts[f] < 12:
            err("med_combination fact %s only %d (min 12)" % (f, facts[f]))
    share_hard = risk_hard / risk_total
    if not 0.28 <= share_single <= 0.40:
        err("hard share of single-turn risk messages %.2f is not about a third" % share_single)
    for l in LANGS:
        if not 0.25 <= hard_single_lang[l] / risk_single_lang[l] <= 0.45:
            err("hard share of single-turn risk messages in %s is %d/%d" % (
                l, hard_single_lang[l], risk_single_lang[l]))

    # ---------- duplicates ----------
    seen = {}
    for i in items:
        for k, t in enumerate(i["turns"], 1):
            key = norm(t["text"])
            if key in seen:
                err("duplicate turn text: %s turn %d and %s (%r)" % (i["id"], k, seen[key], t["text"]))
            else:
                seen[key] = "%s turn %d" % (i["id"], k)
    convs = collections.Counter(tuple(norm(t["text"]) for t in i["turns"]) for i in items)
    for c, n in convs.items():
        if n > 1:
            err("duplicate item: %r" % (c,))

    # ---------- report ----------
    print("file: %s" % path)
    print("sha256: %s" % sha)
    print("items: %d   turns: %d" % (n_items, n_turns))
    print("items by language: " + ", ".join("%s %d" % (l, by_lang[l]) for l in LANGS)
          + "   (en share %.1f%%)" % (100 * en_share))
    print("turns by language: " + ", ".join("%s %d" % (l, turns_by_lang[l]) for l in LANGS))
    print("multi-turn items: %d (%s); by length: %s" % (
        len(multi), ", ".join("%s %d" % (k, kinds[k]) for k in MULTI_KINDS),
        ", ".join("%d turns %d" % (k, multi_len[k]) for k in sorted(multi_len))))
    print("multi-turn items by language: " + ", ".join("%s %d" % (l, multi_lang[l]) for l in LANGS))
    print("single-turn hard negatives: %d (%s)" % (
        len(hard), ", ".join("%s %d" % (l, hard_lang[l]) for l in LANGS)))
    print("med_combination facts: " + ", ".join("%s %d" % (f, facts[f]) for f in COMBO_FACTS))
    print("single-turn risk messages: %d, marked (hard): %d (%.0f%%); by language: %s" % (
        risk_single, risk_hard_single, 100 * share_single,
        ", ".join("%s %d/%d" % (l, hard_single_lang[l], risk_single_lang[l]) for l in LANGS)))
    print("risk turns in multi-turn items: %d, of which later turns (risk spread over turns): %d" % (
        risk_multi, risk_spread))
    print("all risk turns: %d, hard by either measure: %d (%.0f%%)" % (
        risk_total, risk_hard, 100 * share_hard))
    print("labels (turns), total and per language:")
    print("  %-18s %5s  " % ("label", "all") + " ".join("%4s" % l for l in LANGS))
    for lab in LABELS:
        print("  %-18s %5d  " % (lab, labels[lab]) + " ".join("%4d" % label_lang[l][lab] for l in LANGS))
    return sha, True


if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.yml")
    sha, ok = main(p)
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("ALL CHECKS PASSED")
