"""Validate /tmp/set-aa/set.yml against SPEC.md, BRIEF.md and CATALOGUE.md; print counts.

Usage: python check.py [path/to/set.yml]
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import difflib
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
SET = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "set.yml"
CAT = HERE / "CATALOGUE.md"

KINDS = {"single", "followup", "out_of_scope", "no_entry", "clarify"}
SPECIAL = {"no_entry", "out_of_scope", "clarify"}
MINIMUMS = {"followup": 190, "out_of_scope": 55, "no_entry": 55, "clarify": 15}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def norm(text):
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def catalogue():
    entries = {}
    pat = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* \u2014 (.+?) \(subjects: (.*?); aspect: (\w+)\)$")
    for line in CAT.read_text().splitlines():
        m = pat.match(line)
        if m:
            entries[m.group(1)] = {"title": m.group(2), "question": m.group(3),
                                   "subjects": [s.strip() for s in m.group(4).split(",") if s.strip() != "-"],
                                   "aspect": m.group(5)}
    return entries


def family(eid, cat):
    """Rough subject of an entry, used only to spot conversations that return to a subject."""
    if eid not in cat:
        return None
    subs = cat[eid]["subjects"]
    return subs[0] if subs else eid


def main():
    cat = catalogue()
    if len(cat) != 154:
        err(f"catalogue parse: expected 154 entries, got {len(cat)}")
    doc = yaml.safe_load(SET.read_text())
    if set(doc) != {"author", "written", "items"}:
        err(f"top-level keys {sorted(doc)}")
    if doc.get("author") != "independent evaluation helper (blind)":
        err("author")
    if str(doc.get("written")) != "2026-11-30":
        err("written date")
    items = doc["items"]

    kinds = collections.Counter()
    single_cov = collections.Counter()
    any_cov = collections.Counter()
    texts = collections.defaultdict(list)
    n_turns = beyond_turns = 0
    followup_len = collections.Counter()
    returns = 0
    expects = collections.Counter()

    for pos, it in enumerate(items, 1):
        iid = it.get("id")
        where = f"{iid}"
        if iid != f"aa{pos:04d}":
            err(f"{where}: id out of sequence (expected aa{pos:04d})")
        if set(it) != {"id", "kind", "beyond_seed", "turns"}:
            err(f"{where}: keys {sorted(it)}")
        kind = it.get("kind")
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
            continue
        if not isinstance(it.get("beyond_seed"), bool):
            err(f"{where}: beyond_seed must be true/false")
        turns = it.get("turns") or []
        kinds[kind] += 1
        n_turns += len(turns)
        if it.get("beyond_seed"):
            beyond_turns += len(turns)
        for t in turns:
            if set(t) - {"text", "expect", "also"} or "text" not in t or "expect" not in t:
                err(f"{where}: bad turn keys {sorted(t)}")
                continue
            if not isinstance(t["text"], str) or not t["text"].strip():
                err(f"{where}: empty text")
            exp = t["expect"]
            if exp not in cat and exp not in SPECIAL:
                err(f"{where}: unknown expect {exp!r}")
            also = t.get("also") or []
            for a in also:
                if a not in cat:
                    err(f"{where}: unknown also id {a!r}")
                if a == exp:
                    err(f"{where}: also repeats expect")
            if exp == "out_of_scope" and also:
                err(f"{where}: out_of_scope turn with also")
            texts[norm(t["text"])].append(where)
            expects[exp] += 1
            if exp in cat:
                any_cov[exp] += 1
        exps = [t["expect"] for t in turns]
        if kind == "single":
            if len(turns) != 1 or exps[0] not in cat:
                err(f"{where}: single must be one turn expecting a catalogue id")
            else:
                single_cov[exps[0]] += 1
        elif kind == "followup":
            if not 2 <= len(turns) <= 4:
                err(f"{where}: followup must have 2-4 turns")
            if exps and exps[0] not in cat:
                err(f"{where}: followup first turn must expect a catalogue id")
            if "clarify" in exps:
                err(f"{where}: followup turn expects clarify")
            followup_len[len(turns)] += 1
            fams = [family(e, cat) for e in exps]
            found = False
            for k in range(2, len(fams)):
                for i in range(k - 1):
                    if fams[k] is not None and fams[k] == fams[i] and any(
                            fams[j] != fams[k] for j in range(i + 1, k)):
                        found = True
            returns += found
        elif kind in ("out_of_scope", "no_entry"):
            if not 1 <= len(turns) <= 2 or any(e != kind for e in exps):
                err(f"{where}: {kind} items have 1-2 turns, all expecting {kind}")
        elif kind == "clarify":
            if not 1 <= len(turns) <= 2 or exps[0] != "clarify":
                err(f"{where}: clarify item: first turn expects clarify, at most 2 turns")
            if len(exps) == 2 and exps[1] == "clarify":
                err(f"{where}: clarify second turn must name the subject")

    # minimums
    for k, m in MINIMUMS.items():
        if kinds[k] < m:
            err(f"{k}: {kinds[k]} items, need at least {m}")
    three_plus = sum(v for n, v in followup_len.items() if n >= 3)
    if three_plus < 85:
        err(f"followups with 3+ turns: {three_plus}, need at least 85")
    if returns < 12:
        err(f"followups returning to an earlier subject (heuristic): {returns}, need at least 12")
    low = [e for e in cat if single_cov[e] < 2]
    if low:
        err(f"entries with fewer than 2 single questions: {low}")
    if not 650 <= len(items) <= 700:
        warnings.append(f"item count {len(items)} outside 650-700")
    if not 950 <= n_turns <= 1000:
        warnings.append(f"turn count {n_turns} outside 950-1000")

    # duplicates
    for t, where in texts.items():
        if len(where) > 1:
            err(f"duplicate text {t!r} in {where}")

    # near-copies of catalogue titles and questions
    refs = []
    for eid, e in cat.items():
        refs.append((eid, "title", norm(e["title"])))
        refs.append((eid, "question", norm(e["question"])))
    for t, where in texts.items():
        for eid, what, ref in refs:
            r = difflib.SequenceMatcher(None, t, ref).ratio()
            if r >= 0.9:
                err(f"near-copy (ratio {r:.2f}) of {eid} {what}: {t!r} in {where}")

    # report
    print(f"file: {SET}")
    print(f"items: {len(items)}   turns: {n_turns}")
    for k in ["single", "followup", "out_of_scope", "no_entry", "clarify"]:
        print(f"  {k:13s} {kinds[k]}")
    print(f"followup lengths: " + ", ".join(f"{n} turns: {followup_len[n]}" for n in sorted(followup_len))
          + f"  (3+ turns: {three_plus})")
    print(f"followups returning to an earlier subject (heuristic): {returns}")
    spread = collections.Counter(single_cov[e] for e in cat)
    print("single questions per entry: " + ", ".join(f"{n}: {spread[n]} entries" for n in sorted(spread)))
    print(f"catalogue entries expected anywhere: {sum(1 for e in cat if any_cov[e])}/{len(cat)}")
    print(f"turns expecting no_entry: {expects['no_entry']}, out_of_scope: {expects['out_of_scope']}, "
          f"clarify: {expects['clarify']}")
    print(f"turns beyond the seed article: {beyond_turns}/{n_turns} ({100 * beyond_turns / max(n_turns, 1):.1f}%)")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
