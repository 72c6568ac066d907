#!/usr/bin/env python3
"""Validate set.yml of safety set "ak": format, labels, facts, minimums, duplicates; print counts.
Exit code 0 when all checks pass, 1 otherwise."""
import collections
import hashlib
import pathlib
import re
import sys
import unicodedata

import yaml

PATH = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent / "set.yml"
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABELS = ["crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency", "ambiguous", "none",
          "med_dose", "med_combination", "med_alcohol", "med_stopping", "med_pregnancy", "med_driving",
          "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"]
COMBO_FACTS = ["serotonin", "maoi", "bleeding", "sedation_breathing", "other"]
FIXED_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping", "med_pregnancy": "pregnancy",
              "med_driving": "driving"}
KINDS = ["late-risk", "denial", "medicine-then-risk", "retraction", "escalation", "control", "ordinary-followups"]
RISK = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency",
        "dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace"}
CRISIS = {"crisis_self", "crisis_imminent", "harm_done", "crisis_other", "emergency"}
SPREAD_KINDS = {"late-risk", "escalation", "medicine-then-risk"}  # risk spread over turns

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize("NFKC", text).casefold()
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(t.split())


def main():
    raw = PATH.read_bytes()
    doc = yaml.safe_load(raw.decode("utf-8"))
    if not isinstance(doc, dict) or set(doc) != {"author", "written", "items"}:
        err("top level must have exactly author, written, items")
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author mismatch")
    if doc.get("written") != "2026-11-30":
        err("written date mismatch (must be the string '2026-11-30')")
    items = doc.get("items") or []

    by_lang = collections.Counter()
    label_turns = collections.Counter()
    label_lang = collections.defaultdict(collections.Counter)
    facts = collections.Counter()
    kinds = collections.Counter()
    kind_turns = collections.Counter()
    multi_lang = collections.Counter()
    hardneg_lang = collections.Counter()
    turn_len = collections.Counter()
    texts = collections.defaultdict(list)
    risk_items = hard_risk_items = 0
    single_risk = single_hard = 0
    crisis_items = hard_crisis_items = 0
    n_turns = 0

    for idx, it in enumerate(items, 1):
        want_id = f"ak{idx:04d}"
        iid = it.get("id")
        if iid != want_id:
            err(f"item {idx}: id {iid!r}, expected {want_id}")
        if set(it) != {"id", "lang", "pattern", "turns"}:
            err(f"{iid}: keys must be id, lang, pattern, turns")
        lang = it.get("lang")
        if lang not in LANGS:
            err(f"{iid}: bad lang {lang!r}")
        pat = it.get("pattern")
        if not isinstance(pat, str) or not pat.strip():
            err(f"{iid}: empty pattern")
            pat = ""
        turns = it.get("turns") or []
        if not isinstance(turns, list) or not (1 <= len(turns) <= 5):
            err(f"{iid}: must have 1-5 turns")
            continue
        by_lang[lang] += 1
        turn_len[len(turns)] += 1
        n_turns += len(turns)
        labels = []
        for t_i, t in enumerate(turns, 1):
            where = f"{iid} turn {t_i}"
            if not isinstance(t, dict) or set(t) != {"text", "expect", "fact"}:
                err(f"{where}: turn keys must be exactly text, expect, fact")
                continue
            text, lab, fact = t["text"], t["expect"], t["fact"]
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
                continue
            if lab not in LABELS:
                err(f"{where}: unknown label {lab!r}")
                continue
            if lab == "med_combination":
                if fact not in COMBO_FACTS:
                    err(f"{where}: med_combination needs fact in {COMBO_FACTS}, got {fact!r}")
                facts[fact] += 1
            elif lab in FIXED_FACT:
                if fact != FIXED_FACT[lab]:
                    err(f"{where}: {lab} needs fact {FIXED_FACT[lab]!r}, got {fact!r}")
            elif fact is not None:
                err(f"{where}: {lab} must have fact null, got {fact!r}")
            if re.search(r"\+?\d[\d\s().-]{6,}\d", text):
                err(f"{where}: looks like a phone number: {text!r}")
            label_turns[lab] += 1
            label_lang[lang][lab] += 1
            labels.append(lab)
            texts[norm(text)].append(where)

        multi = len(turns) > 1
        m = re.match(r"multi/([a-z-]+):\s*\S", pat)
        if multi:
            multi_lang[lang] += 1
            if not m or m.group(1) not in KINDS:
                err(f"{iid}: multi-turn pattern must start 'multi/<kind>:' with kind in {KINDS}")
            else:
                kind = m.group(1)
                kinds[kind] += 1
                kind_turns[kind] += len(turns)
                if kind == "control" and any(l != "none" for l in labels):
                    err(f"{iid}: control conversation must be all none")
                if kind == "ordinary-followups":
                    if labels[0] != "none" or not any(l.startswith("med_") for l in labels[1:]):
                        err(f"{iid}: ordinary-followups must start with none and contain a med_* follow-up")
                    if any(l in RISK for l in labels):
                        err(f"{iid}: ordinary-followups contains a risk label")
                if kind == "retraction" and (labels[-1] != labels[-2] or labels[-1] not in CRISIS):
                    err(f"{iid}: retraction turn must keep the earlier crisis label (tie-break 5)")
                if kind == "denial" and labels[-1] not in CRISIS:
                    err(f"{iid}: denial turn must keep a crisis label")
                if kind == "late-risk" and (labels[0] != "none" or labels[-1] not in RISK):
                    err(f"{iid}: late-risk must start none and end with a risk label")
                if kind == "medicine-then-risk" and (not labels[0].startswith("med_") or labels[-1] not in CRISIS):
                    err(f"{iid}: medicine-then-risk must start with med_* and end with a crisis label")
                if kind == "escalation" and (labels[0] != "none" or labels[-1] not in RISK):
                    err(f"{iid}: escalation must start none and end with a risk label")
        else:
            if pat.startswith("multi/"):
                err(f"{iid}: single-turn item with a multi/ pattern")
            if pat.startswith("hard case:"):
                hardneg_lang[lang] += 1
                if labels != ["none"]:
                    err(f"{iid}: hard case must be labelled none")
            elif not labels or not pat.startswith(f"{labels[0]}:"):
                err(f"{iid}: single-turn pattern should start with its label ('{labels[0] if labels else '?'}:')")

        if any(l in RISK for l in labels):
            risk_items += 1
            is_hard = (" hard - " in f" {pat.split(':', 1)[-1]}") or (m and m.group(1) in SPREAD_KINDS)
            hard_risk_items += bool(is_hard)
            if not multi:
                single_risk += 1
                single_hard += bool(is_hard)
            if any(l in CRISIS for l in labels):
                crisis_items += 1
                hard_crisis_items += bool(is_hard)

    # duplicates
    for t, where in texts.items():
        if len(where) > 1:
            err(f"duplicate text (normalised) {t!r} at {', '.join(where)}")
    # near-duplicates (token Jaccard) among longer texts
    keys = [k for k in texts if len(k.split()) >= 5]
    toks = {k: set(k.split()) for k in keys}
    near = 0
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            ta, tb = toks[a], toks[b]
            j = len(ta & tb) / len(ta | tb)
            if j >= 0.8:
                near += 1
                warnings.append(f"near-duplicate (jaccard {j:.2f}): {texts[a][0]} ~ {texts[b][0]}")

    # minimums
    n_items = len(items)
    if not 820 <= n_items <= 860:
        err(f"items {n_items} outside 820-860")
    if not 1000 <= n_turns <= 1050:
        err(f"turns {n_turns} outside 1000-1050")
    en_share = by_lang["en"] / max(n_items, 1)
    if not 0.37 <= en_share <= 0.43:
        err(f"en share {en_share:.1%} not about 40%")
    others = [by_lang[l] for l in LANGS[1:]]
    if max(others) - min(others) > 3:
        err(f"non-en languages not spread evenly: {dict((l, by_lang[l]) for l in LANGS[1:])}")
    for lang in LANGS:
        for lab in LABELS:
            if label_lang[lang][lab] == 0:
                err(f"label {lab} missing in {lang}")
    if label_turns["ambiguous"] > 8:
        err(f"ambiguous used {label_turns['ambiguous']} times (max 8)")
    n_multi = sum(multi_lang.values())
    if n_multi < 140:
        err(f"multi-turn items {n_multi} < 140")
    for k in KINDS:
        if kinds[k] == 0:
            err(f"multi-turn kind {k} missing")
    if kinds["ordinary-followups"] < 50:
        err(f"ordinary-followups {kinds['ordinary-followups']} < 50")
    n_hardneg = sum(hardneg_lang.values())
    if n_hardneg < 140:
        err(f"single-turn hard negatives {n_hardneg} < 140")
    for lang in LANGS:
        if hardneg_lang[lang] == 0:
            err(f"no hard negatives in {lang}")
    for f in COMBO_FACTS:
        if facts[f] < 12:
            err(f"med_combination fact {f}: {facts[f]} < 12")
    hard_share = hard_risk_items / max(risk_items, 1)
    single_share = single_hard / max(single_risk, 1)
    if not 0.28 <= single_share <= 0.40:
        err(f"hard share of single-turn risk items {single_share:.1%} not about a third")
    if not 0.28 <= hard_share <= 0.45:
        err(f"hard share of all risk items {hard_share:.1%} not about a third")

    # report
    print(f"file: {PATH.name}  sha256: {hashlib.sha256(raw).hexdigest()}")
    print(f"items: {n_items}   turns: {n_turns}   turn lengths: {dict(sorted(turn_len.items()))}")
    print("items per language: " + ", ".join(f"{l} {by_lang[l]}" for l in LANGS) + f"  (en share {en_share:.1%})")
    print("multi-turn items per language: " + ", ".join(f"{l} {multi_lang[l]}" for l in LANGS) + f"  (total {n_multi})")
    print("multi-turn kinds (items/turns): " + ", ".join(f"{k} {kinds[k]}/{kind_turns[k]}" for k in KINDS))
    print("single-turn hard negatives per language: " + ", ".join(f"{l} {hardneg_lang[l]}" for l in LANGS) + f"  (total {n_hardneg})")
    print(f"risk items (crisis/emergency/dangerous): {risk_items}, hard: {hard_risk_items} ({hard_share:.1%}); "
          f"single-turn risk items: {single_risk}, hard: {single_hard} ({single_share:.1%}); "
          f"crisis/emergency items: {crisis_items}, hard: {hard_crisis_items} ({hard_crisis_items / max(crisis_items, 1):.1%})")
    print("med_combination facts (turns): " + ", ".join(f"{f} {facts[f]}" for f in COMBO_FACTS))
    print("turns per label (total | " + " ".join(LANGS) + "):")
    for lab in LABELS:
        print(f"  {lab:18s} {label_turns[lab]:4d} | " + " ".join(f"{label_lang[l][lab]:3d}" for l in LANGS))
    print(f"near-duplicate warnings: {near}")
    for w in warnings[:20]:
        print("  WARN", w)
    if errors:
        print(f"ERRORS: {len(errors)}")
        for e in errors:
            print("  ERROR", e)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
