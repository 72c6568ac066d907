#!/usr/bin/env python3
"""Validate set.yml (answers set "p") against SPEC.md, BRIEF.md and CATALOGUE.md; print counts.
Exit status 0 when every check passes, 1 otherwise."""
import collections, difflib, os, re, sys, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"no_entry", "out_of_scope", "clarify"}
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load_catalogue():
    cat = {}
    pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: ([a-z_]+)\)\s*$")
    for line in open(os.path.join(HERE, "CATALOGUE.md"), encoding="utf-8"):
        m = pat.match(line)
        if m:
            subj = [s.strip() for s in m.group(4).split(",") if s.strip() and s.strip() != "-"]
            cat[m.group(1)] = {"title": m.group(2), "question": m.group(3), "subjects": subj, "aspect": m.group(5)}
    return cat


def norm(text):
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", " ", text.lower())).strip()


def topics(turn, cat):
    ids = [turn["expect"]] + list(turn.get("also") or [])
    out = set()
    for i in ids:
        if i in cat:
            out |= set(cat[i]["subjects"]) or {i.split("_")[0].replace("therapies", "medicines")}
    return out


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err("catalogue parse: expected 154 entries, got %d" % len(cat))
    doc = yaml.safe_load(open(os.path.join(HERE, "set.yml"), encoding="utf-8"))
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author field wrong")
    if doc.get("written") != "2026-11-29":
        err("written field wrong")
    items = doc.get("items") or []
    kinds = collections.Counter()
    singles_per_entry = collections.Counter()
    texts = {}
    turns_total = beyond_turns = 0
    fu_3plus = fu_returns = fu_with_ne = fu_with_oos = clarify_no_second = 0
    for n, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != "p%04d" % n:
            err("item %d: id %r not in sequence" % (n, iid))
        if set(it) != {"id", "kind", "beyond_seed", "turns"}:
            err("%s: keys %s" % (iid, sorted(it)))
        kind = it.get("kind")
        if kind not in KINDS:
            err("%s: bad kind %r" % (iid, kind))
            continue
        kinds[kind] += 1
        if not isinstance(it.get("beyond_seed"), bool):
            err("%s: beyond_seed not boolean" % iid)
        turns = it.get("turns") or []
        turns_total += len(turns)
        if it.get("beyond_seed"):
            beyond_turns += len(turns)
        for k, t in enumerate(turns):
            if set(t) - {"text", "expect", "also"} or "text" not in t or "expect" not in t:
                err("%s turn %d: bad keys %s" % (iid, k + 1, sorted(t)))
                continue
            if not isinstance(t["text"], str) or not t["text"].strip():
                err("%s turn %d: empty text" % (iid, k + 1))
            e = t["expect"]
            if e not in cat and e not in LABELS:
                err("%s turn %d: unknown expect %r" % (iid, k + 1, e))
            also = t.get("also") or []
            for a in also:
                if a not in cat:
                    err("%s turn %d: unknown also %r" % (iid, k + 1, a))
                if a == e:
                    err("%s turn %d: also repeats expect" % (iid, k + 1))
            if len(set(also)) != len(also):
                err("%s turn %d: duplicate also" % (iid, k + 1))
            key = norm(t["text"])
            if key in texts:
                err("%s turn %d: duplicate text of %s: %r" % (iid, k + 1, texts[key], t["text"]))
            texts[key] = iid
            low = t["text"].lower().strip()
            for cid, c in cat.items():
                for ref in (c["title"], c["question"]):
                    if difflib.SequenceMatcher(None, low, ref.lower()).ratio() >= 0.9:
                        err("%s turn %d: near-copy of catalogue %s: %r" % (iid, k + 1, cid, t["text"]))
            if re.search(r"\b(\d+ ?mg|mcg|dosage|(?<!low )(?<!low-)dose|overdose|kill myself|suicide|self[- ]harm|999|911|ambulance)\b", low):
                err("%s turn %d: dose/crisis/emergency wording: %r" % (iid, k + 1, t["text"]))
        exp = [t["expect"] for t in turns]
        if kind == "single":
            if len(turns) != 1 or exp[0] not in cat:
                err("%s: single must be one turn with a catalogue id" % iid)
            else:
                singles_per_entry[exp[0]] += 1
        elif kind == "followup":
            if not 2 <= len(turns) <= 4:
                err("%s: followup must have 2-4 turns" % iid)
            if exp and exp[0] not in cat:
                err("%s: followup first turn must expect a catalogue id" % iid)
            if "clarify" in exp:
                err("%s: clarify inside a followup" % iid)
            if len(turns) >= 3:
                fu_3plus += 1
            fu_with_ne += "no_entry" in exp
            fu_with_oos += "out_of_scope" in exp
            tops = [topics(t, cat) for t in turns]
            if any(tops[k] and (tops[k] & set().union(*tops[:k - 1])) and not (tops[k] & tops[k - 1])
                   for k in range(2, len(turns))):
                fu_returns += 1
        elif kind in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2 or any(e != kind for e in exp):
                err("%s: %s item must have 1-2 turns all expecting %s" % (iid, kind, kind))
        elif kind == "clarify":
            if not 1 <= len(turns) <= 2 or exp[0] != "clarify":
                err("%s: clarify item must start with clarify and have 1-2 turns" % iid)
            if len(turns) == 2 and exp[1] not in cat:
                err("%s: clarify second turn must expect a catalogue id" % iid)
            if len(turns) == 1:
                clarify_no_second += 1
    missing = [c for c in cat if singles_per_entry[c] < 2]
    if missing:
        err("entries with fewer than 2 single questions: %s" % missing)
    mins = [("followup", 190), ("out_of_scope", 55), ("no_entry", 55), ("clarify", 15)]
    for k, m in mins:
        if kinds[k] < m:
            err("need at least %d %s items, have %d" % (m, k, kinds[k]))
    if fu_3plus < 85:
        err("need at least 85 followups with 3+ turns, have %d" % fu_3plus)
    if fu_returns < 12:
        err("need at least 12 followups returning to an earlier subject, have %d" % fu_returns)
    if not fu_with_ne or not fu_with_oos:
        err("followups need no_entry and out_of_scope turns")
    if not 650 <= len(items) <= 700:
        err("item count %d outside 650-700" % len(items))
    if not 950 <= turns_total <= 1000:
        err("turn count %d outside 950-1000" % turns_total)
    share = beyond_turns / max(turns_total, 1)
    if not 0.70 <= share <= 0.80:
        err("beyond-seed share of turns %.3f outside 0.70-0.80" % share)
    all_turns = [t for it in items for t in it["turns"]]
    ne_turns = sum(t["expect"] == "no_entry" for t in all_turns)
    oos_turns = sum(t["expect"] == "out_of_scope" for t in all_turns)
    spread = collections.Counter(singles_per_entry.values())
    print("items: %d  turns: %d" % (len(items), turns_total))
    print("by kind: " + ", ".join("%s %d" % (k, kinds[k]) for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]))
    print("followups: %d with 3+ turns, %d with 4 turns, %d returning to an earlier subject, %d with a no_entry turn, %d with an out_of_scope turn"
          % (fu_3plus, sum(1 for it in items if it["kind"] == "followup" and len(it["turns"]) == 4), fu_returns, fu_with_ne, fu_with_oos))
    print("clarify items without a second turn: %d" % clarify_no_second)
    print("turns expecting no_entry: %d, out_of_scope: %d, clarify: %d" % (ne_turns, oos_turns, sum(t["expect"] == "clarify" for t in all_turns)))
    print("turns with also: %d" % sum(bool(t.get("also")) for t in all_turns))
    print("single questions per entry: " + ", ".join("%d entries have %d" % (v, k) for k, v in sorted(spread.items())))
    print("entries expected anywhere: %d of %d" % (len({t["expect"] for t in all_turns} & set(cat)), len(cat)))
    print("beyond-seed turns: %d of %d (%.1f%%)" % (beyond_turns, turns_total, 100 * share))
    print("distinct texts: %d" % len(texts))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
