#!/usr/bin/env python
"""Validate /tmp/set-ab/set.yml (answers set "ab") against SPEC.md, BRIEF.md and CATALOGUE.md.

Checks: header, format, kinds, turn counts per kind, labels (catalogue ids or
no_entry / out_of_scope / clarify), `also` ids, numbering, minimums, duplicate
texts, near-copies of catalogue titles and questions (difflib ratio >= 0.9).
Prints counts. Exit code 1 when any check fails.
Usage: python check.py [path/to/set.yml]
"""
import collections, difflib, os, re, string, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'set.yml')
CATALOGUE = os.path.join(HERE, 'CATALOGUE.md')
SPECIAL = {'no_entry', 'out_of_scope', 'clarify'}
KINDS = {'single', 'followup', 'out_of_scope', 'no_entry', 'clarify'}
errors, warnings = [], []

def err(msg): errors.append(msg)

# ---- catalogue
cat = {}
for line in open(CATALOGUE, encoding='utf-8'):
    m = re.match(r"- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (.*?)\)\s*$", line)
    if m:
        subj = set() if m.group(4).strip() == '-' else {s.strip() for s in m.group(4).split(',')}
        cat[m.group(1)] = dict(title=m.group(2), question=m.group(3), subjects=subj, aspect=m.group(5))
if len(cat) != 154:
    err(f'catalogue parsed {len(cat)} entries, expected 154')

# ---- load
data = yaml.safe_load(open(SET, encoding='utf-8'))
if not isinstance(data, dict):
    sys.exit('set.yml is not a mapping')
if data.get('author') != 'independent evaluation helper (blind)':
    err('author missing or wrong')
if str(data.get('written')) != '2026-11-30':
    err('written date missing or wrong')
if set(data) - {'author', 'written', 'items'}:
    err(f'unexpected top-level keys {set(data) - {"author", "written", "items"}}')
items = data.get('items') or []

# ---- per item
for n, it in enumerate(items, 1):
    want = 'ab%04d' % n
    iid = it.get('id')
    if iid != want:
        err(f'item {n}: id {iid!r}, expected {want}')
    extra = set(it) - {'id', 'kind', 'beyond_seed', 'turns'}
    if extra:
        err(f'{iid}: unexpected keys {extra}')
    kind = it.get('kind')
    if kind not in KINDS:
        err(f'{iid}: bad kind {kind!r}'); continue
    if not isinstance(it.get('beyond_seed'), bool):
        err(f'{iid}: beyond_seed must be true/false')
    turns = it.get('turns')
    if not isinstance(turns, list) or not turns:
        err(f'{iid}: no turns'); continue
    for t in turns:
        if set(t) - {'text', 'expect', 'also'}:
            err(f'{iid}: unexpected turn keys {set(t) - {"text", "expect", "also"}}')
        if not isinstance(t.get('text'), str) or not t['text'].strip():
            err(f'{iid}: empty text')
        e = t.get('expect')
        if e not in cat and e not in SPECIAL:
            err(f'{iid}: unknown expect {e!r}')
        also = t.get('also', [])
        if not isinstance(also, list):
            err(f'{iid}: also must be a list'); also = []
        for a in also:
            if a not in cat:
                err(f'{iid}: also {a!r} is not a catalogue id')
        if e in also:
            err(f'{iid}: also repeats expect {e}')
        if len(set(also)) != len(also):
            err(f'{iid}: duplicate ids in also')
        if e in ('out_of_scope', 'clarify') and also:
            err(f'{iid}: {e} turn should not have also')
    ex = [t.get('expect') for t in turns]
    if kind == 'single':
        if len(turns) != 1 or ex[0] not in cat:
            err(f'{iid}: single must be one turn expecting a catalogue id')
    elif kind == 'followup':
        if not 2 <= len(turns) <= 4:
            err(f'{iid}: followup must have 2-4 turns')
        if ex[0] not in cat:
            err(f'{iid}: followup first turn must expect a catalogue id')
        if any(e == 'clarify' for e in ex):
            err(f'{iid}: clarify inside a followup')
    elif kind in ('out_of_scope', 'no_entry'):
        if not 1 <= len(turns) <= 2 or any(e != kind for e in ex):
            err(f'{iid}: {kind} item must have 1-2 turns all expecting {kind}')
    elif kind == 'clarify':
        if not 1 <= len(turns) <= 2 or ex[0] != 'clarify':
            err(f'{iid}: clarify item must start with clarify and have 1-2 turns')
        if len(turns) == 2 and ex[1] not in cat:
            err(f'{iid}: clarify second turn must expect a catalogue id')

# ---- duplicates (normalised: case, punctuation, whitespace)
def norm(s):
    s = s.lower().translate(str.maketrans('', '', string.punctuation + '‘’“”'))
    return re.sub(r'\s+', ' ', s).strip()
seen = {}
for it in items:
    for t in it.get('turns') or []:
        k = norm(t.get('text', ''))
        if k in seen:
            err(f'duplicate text in {it.get("id")} and {seen[k]}: {t["text"]!r}')
        else:
            seen[k] = it.get('id')
if len({it.get('id') for it in items}) != len(items):
    err('duplicate ids')

# ---- near-copies of catalogue titles and questions
refs = []
for cid, c in cat.items():
    refs.append((cid, 'title', c['title'].lower()))
    refs.append((cid, 'question', c['question'].lower()))
near = 0
max_ratio = 0.0
for it in items:
    for t in it.get('turns') or []:
        s = t.get('text', '').lower().strip()
        for cid, what, r in refs:
            ratio = difflib.SequenceMatcher(None, s, r).ratio()
            max_ratio = max(max_ratio, ratio)
            if ratio >= 0.9:
                near += 1
                err(f'{it.get("id")}: near-copy ({ratio:.2f}) of {cid} {what}: {t["text"]!r}')

# ---- counts
kc = collections.Counter(it.get('kind') for it in items)
tc = collections.Counter()
for it in items:
    tc[it.get('kind')] += len(it.get('turns') or [])
n_items, n_turns = len(items), sum(tc.values())
fu = [it for it in items if it.get('kind') == 'followup']
fu3 = sum(1 for it in fu if len(it['turns']) >= 3)
fu_len = collections.Counter(len(it['turns']) for it in fu)
single_per_entry = collections.Counter(it['turns'][0]['expect'] for it in items if it.get('kind') == 'single')
expect_turns = collections.Counter(t['expect'] for it in items for t in it['turns'])
oos_total = expect_turns['out_of_scope']; ne_total = expect_turns['no_entry']; cl_total = expect_turns['clarify']
fu_with_ne = sum(1 for it in fu if any(t['expect'] == 'no_entry' for t in it['turns']))
fu_with_oos = sum(1 for it in fu if any(t['expect'] == 'out_of_scope' for t in it['turns']))
cl_second = sum(1 for it in items if it.get('kind') == 'clarify' and len(it['turns']) == 2)
with_also = sum(1 for it in items for t in it['turns'] if t.get('also'))
bs_items = sum(1 for it in items if it.get('beyond_seed'))
bs_turns = sum(len(it['turns']) for it in items if it.get('beyond_seed'))

# heuristic: follow-ups that return to an earlier subject (a turn k>=2 that shares an entry or
# subject with some turn before k-1 but neither with turn k-1)
def keys(t):
    ids = [t['expect']] + list(t.get('also') or [])
    out = set(i for i in ids if i in cat)
    for i in ids:
        if i in cat:
            out |= {'s:' + s for s in cat[i]['subjects']}
    return out
returns = 0
for it in fu:
    ts = it['turns']
    for k in range(2, len(ts)):
        kk = keys(ts[k]); prev = keys(ts[k - 1])
        earlier = set().union(*[keys(x) for x in ts[:k - 1]])
        if kk & earlier and not kk & prev:
            returns += 1; break

# ---- minimums from BRIEF.md
def need(cond, msg):
    if not cond: err('minimum not met: ' + msg)
need(650 <= n_items <= 700, f'650-700 items (have {n_items})')
need(950 <= n_turns <= 1000, f'950-1000 turns (have {n_turns})')
need(kc['followup'] >= 190, f'>=190 follow-ups (have {kc["followup"]})')
need(fu3 >= 85, f'>=85 follow-ups with 3+ turns (have {fu3})')
need(kc['out_of_scope'] >= 55, f'>=55 out_of_scope items (have {kc["out_of_scope"]})')
need(kc['no_entry'] >= 55, f'>=55 no_entry items (have {kc["no_entry"]})')
need(kc['clarify'] >= 15, f'>=15 clarify items (have {kc["clarify"]})')
need(returns >= 12, f'>=12 follow-ups returning to an earlier subject (heuristic finds {returns})')
missing = [c for c in cat if single_per_entry[c] < 2]
need(not missing, f'every entry is the expect of >=2 single questions (short: {missing})')
share = bs_turns / n_turns if n_turns else 0
if not 0.65 <= share <= 0.85:
    warnings.append(f'turns in beyond_seed items = {share:.0%}, brief asks about three quarters')

# ---- report
print(f'set: {SET}')
print(f'items: {n_items}   turns: {n_turns}')
for k in ['single', 'followup', 'out_of_scope', 'no_entry', 'clarify']:
    print(f'  {k:13s} items {kc[k]:4d}   turns {tc[k]:4d}')
print(f'follow-ups by length: ' + ', '.join(f'{n} turns: {fu_len[n]}' for n in sorted(fu_len)) + f'   (3+ turns: {fu3})')
print(f'follow-ups with a no_entry turn: {fu_with_ne}   with an out_of_scope turn: {fu_with_oos}')
print(f'follow-ups returning to an earlier subject (heuristic): {returns}')
print(f'clarify items with a second turn: {cl_second}   without: {kc["clarify"] - cl_second}')
print(f'turns expecting out_of_scope: {oos_total}   no_entry: {ne_total}   clarify: {cl_total}')
print(f'turns with an also list: {with_also}')
dist = collections.Counter(single_per_entry[c] for c in cat)
print('single questions per entry: ' + ', '.join(f'{v} entries have {k}' for k, v in sorted(dist.items())))
print(f'entries used as expect anywhere: {sum(1 for c in cat if expect_turns[c])}/154')
print(f'beyond_seed items: {bs_items}/{n_items} ({bs_items / n_items:.0%})   turns in beyond_seed items: {bs_turns}/{n_turns} ({share:.0%})')
print(f'highest difflib ratio of any text to a catalogue title/question: {max_ratio:.2f}   near-copies (>=0.9): {near}')
print(f'duplicate texts: {sum(1 for e in errors if e.startswith("duplicate text"))}')
for w in warnings:
    print('WARNING:', w)
if errors:
    print(f'\nFAILED: {len(errors)} problem(s)')
    for e in errors[:200]:
        print('  -', e)
    sys.exit(1)
print('\nOK: all checks passed')
