"""Validate set.yml (answers set "y") against SPEC.md, BRIEF.md and CATALOGUE.md.

Run: /work/main/.venv/bin/python check.py      (exit code 1 on any error)
"""
import collections, difflib, os, re, string, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
NEAR_COPY = 0.9
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load_catalogue():
    cat = {}
    pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (\w+)\)$")
    for line in open(os.path.join(HERE, "CATALOGUE.md"), encoding="utf-8"):
        m = pat.match(line.strip())
        if m:
            subj = [s.strip() for s in m.group(4).split(",") if s.strip() and s.strip() != "-"]
            cat[m.group(1)] = {"title": m.group(2), "question": m.group(3), "subjects": subj,
                               "aspect": m.group(5)}
    return cat


def norm(text):
    text = text.lower().replace("’", "'")
    return " ".join(text.split())


def norm_nopunct(text):
    return " ".join(norm(text).translate(str.maketrans("", "", string.punctuation)).split())


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err(f"catalogue parse: expected 154 entries, got {len(cat)}")
    doc = yaml.safe_load(open(os.path.join(HERE, "set.yml"), encoding="utf-8"))

    # ---- top level
    if list(doc.keys()) != ["author", "written", "items"]:
        err(f"top-level keys {list(doc.keys())}")
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author")
    if doc.get("written") != "2026-11-30":
        err("written must be the string '2026-11-30'")
    items = doc["items"]

    kind_items, kind_turns = collections.Counter(), collections.Counter()
    singles_per_entry = collections.Counter()
    expect_any = collections.Counter()
    fu_len = collections.Counter()
    texts = collections.defaultdict(list)
    beyond_turns = seed_turns = 0
    returns = fu_with_noentry = fu_with_oos = 0
    label_turns = collections.Counter()

    def subjects_of(turn):
        s = set()
        for lab in [turn["expect"]] + list(turn.get("also", [])):
            if lab in cat:
                s |= set(cat[lab]["subjects"]) or {lab}
        return s

    for n, it in enumerate(items, 1):
        iid = it.get("id")
        where = f"{iid}"
        if iid != f"y{n:04d}":
            err(f"{where}: id out of sequence (expected y{n:04d})")
        if set(it.keys()) != {"id", "kind", "beyond_seed", "turns"}:
            err(f"{where}: keys {sorted(it.keys())}")
        kind = it.get("kind")
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
            continue
        if not isinstance(it.get("beyond_seed"), bool):
            err(f"{where}: beyond_seed must be true/false")
        turns = it.get("turns") or []
        kind_items[kind] += 1
        kind_turns[kind] += len(turns)
        if it.get("beyond_seed"):
            beyond_turns += len(turns)
        else:
            seed_turns += len(turns)
        for k, t in enumerate(turns):
            tw = f"{where} turn {k + 1}"
            if not set(t.keys()) <= {"text", "expect", "also"} or not {"text", "expect"} <= set(t.keys()):
                err(f"{tw}: keys {sorted(t.keys())}")
                continue
            if not isinstance(t["text"], str) or not t["text"].strip():
                err(f"{tw}: empty text")
            texts[norm_nopunct(t["text"])].append(tw)
            exp = t["expect"]
            label_turns[exp if exp in SPECIAL else "catalogue"] += 1
            if exp not in cat and exp not in SPECIAL:
                err(f"{tw}: unknown expect {exp!r}")
            also = t.get("also", [])
            if not isinstance(also, list):
                err(f"{tw}: also must be a list")
                also = []
            for a in also:
                if a not in cat:
                    err(f"{tw}: also {a!r} is not a catalogue id")
            if exp in also:
                err(f"{tw}: also repeats expect")
            if len(set(also)) != len(also):
                err(f"{tw}: duplicate in also")
            if exp == "clarify" and also:
                err(f"{tw}: clarify with also")
            if exp in cat:
                expect_any[exp] += 1
        exps = [t["expect"] for t in turns]
        # ---- kind rules
        if kind == "single":
            if len(turns) != 1 or exps[0] not in cat:
                err(f"{where}: single must be one turn expecting a catalogue id")
            else:
                singles_per_entry[exps[0]] += 1
        elif kind == "followup":
            fu_len[len(turns)] += 1
            if not 2 <= len(turns) <= 4:
                err(f"{where}: followup must have 2-4 turns")
            if exps and exps[0] not in cat:
                err(f"{where}: followup first turn must expect a catalogue id")
            for e in exps[1:]:
                if e == "clarify":
                    err(f"{where}: clarify inside a followup")
            if "no_entry" in exps[1:]:
                fu_with_noentry += 1
            if "out_of_scope" in exps[1:]:
                fu_with_oos += 1
            subj = [subjects_of(t) for t in turns]
            for k in range(2, len(turns)):
                if subj[k] and not (subj[k] & subj[k - 1]) and any(subj[k] & subj[j] for j in range(k - 1)):
                    returns += 1
                    break
        elif kind in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2 or any(e != kind for e in exps):
                err(f"{where}: {kind} item must have 1-2 turns all expecting {kind}")
        elif kind == "clarify":
            if not 1 <= len(turns) <= 2 or exps[0] != "clarify":
                err(f"{where}: clarify item must start with clarify and have 1-2 turns")
            if len(turns) == 2 and exps[1] not in cat:
                err(f"{where}: clarify second turn must expect a catalogue id")

    # ---- duplicates
    for key, wh in texts.items():
        if len(wh) > 1:
            err(f"duplicate text {key!r}: {', '.join(wh)}")

    # ---- near-copies of catalogue titles and questions
    refs = []
    for cid, e in cat.items():
        refs.append((cid, "title", e["title"]))
        refs.append((cid, "question", e["question"]))
    close = []
    for it in items:
        for k, t in enumerate(it["turns"]):
            a1, a2 = norm(t["text"]), norm_nopunct(t["text"])
            for cid, field, ref in refs:
                r = max(difflib.SequenceMatcher(None, a1, norm(ref)).ratio(),
                        difflib.SequenceMatcher(None, a2, norm_nopunct(ref)).ratio())
                if r >= NEAR_COPY:
                    err(f"{it['id']} turn {k + 1}: near-copy (ratio {r:.2f}) of {cid} {field}")
                elif r >= 0.8:
                    close.append((r, it["id"], cid, field))

    # ---- content screen: no dose / crisis / emergency questions
    bad = re.compile(r"\b\d+\s?(mg|mcg|ml)\b|\bdos(e|es|age|ing)\b|suicid|self.?harm|kill myself|overdos|"
                     r"emergency|\b999\b|\b911\b|ambulance|chest pain|end my life", re.I)
    for it in items:
        for t in it["turns"]:
            txt = re.sub(r"low.dose", "", t["text"], flags=re.I)
            if bad.search(txt):
                err(f"{it['id']}: possible dose/crisis/emergency wording: {t['text']!r}")

    # ---- coverage and minimums
    for cid in cat:
        c = singles_per_entry[cid]
        if c < 2:
            err(f"{cid}: only {c} single question(s)")
        elif c > 4:
            warnings.append(f"{cid}: {c} single questions (more than 4)")
    n_items, n_turns = len(items), sum(kind_turns.values())
    mins = [("followup items", kind_items["followup"], 190),
            ("followups with 3+ turns", fu_len[3] + fu_len[4], 85),
            ("out_of_scope items", kind_items["out_of_scope"], 55),
            ("no_entry items", kind_items["no_entry"], 55),
            ("clarify items", kind_items["clarify"], 15),
            ("followups returning to an earlier subject", returns, 12),
            ("followups with a no_entry turn", fu_with_noentry, 1),
            ("followups with an out_of_scope turn", fu_with_oos, 1)]
    for name, val, lo in mins:
        if val < lo:
            err(f"{name}: {val} < {lo}")
    if not 650 <= n_items <= 700:
        warnings.append(f"{n_items} items (brief: about 650-700)")
    if not 950 <= n_turns <= 1000:
        warnings.append(f"{n_turns} turns (brief: about 950-1,000)")
    share = beyond_turns / n_turns if n_turns else 0
    if not 0.70 <= share <= 0.80:
        warnings.append(f"beyond-seed share of turns {share:.1%} (brief: about three quarters)")

    # ---- report
    print(f"items: {n_items}   turns: {n_turns}")
    print(f"{'kind':<14}{'items':>7}{'turns':>7}")
    for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]:
        print(f"{k:<14}{kind_items[k]:>7}{kind_turns[k]:>7}")
    print(f"followup lengths: " + ", ".join(f"{k} turns: {fu_len[k]}" for k in sorted(fu_len)))
    print(f"followups with 3+ turns: {fu_len[3] + fu_len[4]}; returning to an earlier subject: {returns}; "
          f"with a no_entry turn: {fu_with_noentry}; with an out_of_scope turn: {fu_with_oos}")
    print("turn labels: " + ", ".join(f"{k}: {v}" for k, v in sorted(label_turns.items())))
    spread = collections.Counter(singles_per_entry[c] for c in cat)
    print("single questions per entry: " + ", ".join(f"{v} entries have {k}" for k, v in sorted(spread.items())))
    print(f"catalogue entries expected anywhere: {sum(1 for c in cat if expect_any[c])}/{len(cat)}")
    print(f"beyond_seed: {beyond_turns} of {n_turns} turns ({share:.1%}); "
          f"{sum(1 for i in items if i['beyond_seed'])} of {n_items} items")
    print(f"closest wording to the catalogue: max ratio "
          f"{max([c[0] for c in close], default=0):.2f} ({len(close)} turn/reference pairs in 0.80-0.90, none >= 0.90 allowed)")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("RESULT:", "FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
