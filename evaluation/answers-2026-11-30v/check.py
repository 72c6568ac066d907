#!/usr/bin/env python3
"""Validate set.yml (answers set "v") against SPEC.md, BRIEF.md and CATALOGUE.md.

Exit status 0 when every hard check passes; prints counts either way.
"""
import collections, difflib, hashlib, os, re, string, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, 'set.yml')
CAT = os.path.join(HERE, 'CATALOGUE.md')

KINDS = ('single', 'followup', 'out_of_scope', 'no_entry', 'clarify')
SPECIAL = ('no_entry', 'out_of_scope', 'clarify')
MIN = {'followup': 190, 'followup_3plus': 85, 'out_of_scope': 55, 'no_entry': 55, 'clarify': 15,
       'returns': 12, 'singles_per_entry': 2}
ITEMS_RANGE, TURNS_RANGE, BEYOND_RANGE = (650, 700), (950, 1000), (0.70, 0.80)
NEAR = 0.9
# words that would signal a crisis, emergency or dose question (measured by another set)
BANNED = [r'\bsuicid', r'\bself[- ]?harm', r'\bkill (my|him|her)self', r'\boverdos', r'\bend (it|my life)',
          r'\bemergency\b', r'\bambulance\b', r'\b(911|999|000|112)\b', r'\bchest pain', r'\bcan\'?t breathe',
          r'(?<!low )(?<!low-)\bdose\b', r'\bdosage', r'\bdosing', r'\b\d+\s?(mg|mcg|ml)\b', r'\bhow (many|much) (tablets|pills|capsules|mg)']
# the antidepressant boxed-warning entry is about a leaflet warning, not a crisis
BANNED_EXEMPT = {'medicines_antidepressant_boxed_warning'}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.lower().replace('’', "'")
    s = ''.join(ch if ch not in string.punctuation else ' ' for ch in s)
    return ' '.join(s.split())


def load_catalogue():
    cat = {}
    pat = re.compile(r'^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (\w+)\)\s*$')
    for line in open(CAT, encoding='utf-8'):
        m = pat.match(line)
        if m:
            subj = [] if m.group(4).strip() == '-' else [x.strip() for x in m.group(4).split(',')]
            cat[m.group(1)] = {'title': m.group(2), 'question': m.group(3), 'subjects': subj, 'aspect': m.group(5)}
    return cat


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err(f'catalogue parse: expected 154 entries, got {len(cat)}')
    raw = open(SET, 'rb').read()
    doc = yaml.safe_load(raw)
    if not isinstance(doc, dict) or set(doc) != {'author', 'written', 'items'}:
        err('top level must have exactly author, written, items')
    if doc.get('author') != 'independent evaluation helper (blind)':
        err('author mismatch')
    if doc.get('written') != '2026-11-30':
        err('written must be the string 2026-11-30')
    items = doc.get('items') or []

    kinds = collections.Counter()
    turns_total = 0
    beyond_turns = 0
    beyond_items = 0
    singles_per = collections.Counter()
    expect_any = collections.Counter()
    fu_lens = collections.Counter()
    texts = {}
    returns = 0
    clarify_second = 0
    special_turns = collections.Counter()
    also_turns = 0

    for idx, it in enumerate(items, 1):
        iid = it.get('id')
        if iid != f'v{idx:04d}':
            err(f'item {idx}: id {iid!r} should be v{idx:04d}')
        if set(it) != {'id', 'kind', 'beyond_seed', 'turns'}:
            err(f'{iid}: keys must be id, kind, beyond_seed, turns (got {sorted(it)})')
        kind = it.get('kind')
        if kind not in KINDS:
            err(f'{iid}: bad kind {kind!r}')
            continue
        kinds[kind] += 1
        if not isinstance(it.get('beyond_seed'), bool):
            err(f'{iid}: beyond_seed must be true/false')
        turns = it.get('turns') or []
        n = len(turns)
        turns_total += n
        if it.get('beyond_seed'):
            beyond_turns += n
            beyond_items += 1
        # turn-level format
        for k, t in enumerate(turns):
            if not isinstance(t, dict) or not {'text', 'expect'} <= set(t) or set(t) - {'text', 'expect', 'also'}:
                err(f'{iid} turn {k + 1}: keys must be text, expect, also')
                continue
            text, exp, also = t['text'], t['expect'], t.get('also', [])
            if not isinstance(text, str) or not text.strip():
                err(f'{iid} turn {k + 1}: empty text')
                continue
            if exp not in cat and exp not in SPECIAL:
                err(f'{iid} turn {k + 1}: unknown expect {exp!r}')
            if not isinstance(also, list) or any(a not in cat for a in also):
                err(f'{iid} turn {k + 1}: also must list catalogue ids ({also!r})')
            elif exp in also or len(set(also)) != len(also):
                err(f'{iid} turn {k + 1}: also repeats expect or itself')
            if also:
                also_turns += 1
            if also and exp in ('out_of_scope', 'clarify'):
                err(f'{iid} turn {k + 1}: also not allowed with {exp}')
            if exp in SPECIAL:
                special_turns[exp] += 1
            else:
                expect_any[exp] += 1
            key = norm(text)
            if key in texts:
                err(f'{iid} turn {k + 1}: duplicate text {text!r} (also {texts[key]})')
            else:
                texts[key] = f'{iid} turn {k + 1}'
            for pat in BANNED:
                if re.search(pat, text, re.I) and exp not in BANNED_EXEMPT and not set(also) & BANNED_EXEMPT:
                    err(f'{iid} turn {k + 1}: crisis/emergency/dose wording {pat!r}: {text!r}')
            for cid, c in cat.items():
                for field in ('title', 'question'):
                    r = difflib.SequenceMatcher(None, norm(text), norm(c[field])).ratio()
                    if r >= NEAR:
                        err(f'{iid} turn {k + 1}: near-copy (ratio {r:.2f}) of {cid} {field}: {text!r}')
        exps = [t.get('expect') for t in turns if isinstance(t, dict)]
        # kind-level rules
        if kind == 'single':
            if n != 1 or exps[0] not in cat:
                err(f'{iid}: single needs exactly one turn expecting a catalogue id')
            else:
                singles_per[exps[0]] += 1
        elif kind == 'followup':
            fu_lens[n] += 1
            if not 2 <= n <= 4:
                err(f'{iid}: followup needs 2-4 turns')
            if exps and exps[0] not in cat:
                err(f'{iid}: followup first turn must expect a catalogue id')
            if any(e == 'clarify' for e in exps[1:]):
                err(f'{iid}: later followup turns may be a catalogue id, no_entry or out_of_scope')
            # returns to an earlier subject: turn k shares an id or subject with a turn
            # at least two back, and not with the turn just before it
            def keys(e):
                return ({e} | set(cat[e]['subjects'])) if e in cat else set()
            for k in range(2, n):
                kk = keys(exps[k])
                if kk and not (kk & keys(exps[k - 1])) and any(kk & keys(exps[j]) for j in range(k - 1)):
                    returns += 1
                    break
        elif kind in ('out_of_scope', 'no_entry'):
            if not 1 <= n <= 2 or any(e != kind for e in exps):
                err(f'{iid}: {kind} needs 1-2 turns all expecting {kind}')
        elif kind == 'clarify':
            if not 1 <= n <= 2 or exps[0] != 'clarify':
                err(f'{iid}: clarify needs 1-2 turns, the first expecting clarify')
            if n == 2:
                clarify_second += 1
                if exps[1] not in cat and exps[1] != 'no_entry':
                    err(f'{iid}: clarify second turn must expect a catalogue id or no_entry')
                if turns[0].get('also'):
                    err(f'{iid}: clarify first turn takes no also')

    # minimums and ranges
    missing = [c for c in cat if singles_per[c] < MIN['singles_per_entry']]
    if missing:
        err(f'{len(missing)} entries with fewer than 2 single questions: {missing}')
    never = [c for c in cat if expect_any[c] == 0]
    if never:
        err(f'entries never expected: {never}')
    fu3 = sum(v for k, v in fu_lens.items() if k >= 3)
    for key, have in (('followup', kinds['followup']), ('followup_3plus', fu3),
                      ('out_of_scope', kinds['out_of_scope']), ('no_entry', kinds['no_entry']),
                      ('clarify', kinds['clarify']), ('returns', returns)):
        if have < MIN[key]:
            err(f'minimum not met: {key} {have} < {MIN[key]}')
    if not ITEMS_RANGE[0] <= len(items) <= ITEMS_RANGE[1]:
        err(f'items {len(items)} outside {ITEMS_RANGE}')
    if not TURNS_RANGE[0] <= turns_total <= TURNS_RANGE[1]:
        err(f'turns {turns_total} outside {TURNS_RANGE}')
    share = beyond_turns / turns_total if turns_total else 0
    if not BEYOND_RANGE[0] <= share <= BEYOND_RANGE[1]:
        err(f'beyond-seed turn share {share:.1%} outside {BEYOND_RANGE}')

    # near-duplicates among the set's own texts (warning only)
    keys_ = list(texts)
    for i in range(len(keys_)):
        for j in range(i + 1, len(keys_)):
            a, b = keys_[i], keys_[j]
            if abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)):
                continue
            if difflib.SequenceMatcher(None, a, b).ratio() >= NEAR:
                warnings.append(f'similar texts: {texts[a]} {a!r} ~ {texts[b]} {b!r}')

    spread = collections.Counter(singles_per.values())
    print('set.yml sha256:', hashlib.sha256(raw).hexdigest())
    print(f'items: {len(items)}   turns: {turns_total}')
    print('items by kind:', ', '.join(f'{k} {kinds[k]}' for k in KINDS))
    print('follow-up lengths:', ', '.join(f'{k} turns {fu_lens[k]}' for k in sorted(fu_lens)),
          f'(3 or more: {fu3})')
    print(f'follow-ups returning to an earlier subject (detected): {returns}')
    print(f'clarify items with a second turn: {clarify_second}, without: {kinds["clarify"] - clarify_second}')
    print('turns expecting no_entry / out_of_scope / clarify:',
          f'{special_turns["no_entry"]} / {special_turns["out_of_scope"]} / {special_turns["clarify"]}')
    print(f'turns with also: {also_turns}')
    print(f'beyond_seed: {beyond_items} items, {beyond_turns} of {turns_total} turns ({share:.1%})')
    print(f'catalogue entries: {len(cat)}; expected at least once: {sum(1 for c in cat if expect_any[c])}')
    print('single questions per entry:', ', '.join(f'{k}: {spread[k]} entries' for k in sorted(spread)))
    print(f'near-copy threshold vs catalogue titles/questions: difflib ratio >= {NEAR}')
    for w in warnings:
        print('WARNING', w)
    for e in errors:
        print('ERROR', e)
    print('RESULT:', 'OK' if not errors else f'{len(errors)} error(s)', f'({len(warnings)} warning(s))')
    return 0 if not errors else 1


if __name__ == '__main__':
    sys.exit(main())
