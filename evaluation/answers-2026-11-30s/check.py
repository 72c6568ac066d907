#!/usr/bin/env python3
"""Validate set.yml against SPEC.md / BRIEF.md and CATALOGUE.md; print counts."""
import collections, difflib, os, re, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
cat = open(os.path.join(HERE, 'CATALOGUE.md')).read()
entries = {}
for m in re.finditer(r'^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects:', cat, re.M):
    entries[m.group(1)] = (m.group(2), m.group(3))
errors = []
def err(msg): errors.append(msg)
if len(entries) != 154: err('catalogue parse: %d entries' % len(entries))
LABELS = {'no_entry', 'out_of_scope', 'clarify'}
KINDS = {'single', 'followup', 'out_of_scope', 'no_entry', 'clarify'}
d = yaml.safe_load(open(os.path.join(HERE, 'set.yml')))
if d.get('author') != 'independent evaluation helper (blind)': err('author')
if str(d.get('written')) != '2026-11-30': err('written')
items = d['items']
def norm(s): return re.sub(r'[^a-z0-9]+', ' ', s.lower()).strip()
texts = collections.defaultdict(list)
single_cov = collections.Counter(); any_cov = collections.Counter()
kinds = collections.Counter(); nturns = 0; long_fu = 0; beyond_items = 0; beyond_turnw = 0
refs = [(k, norm(t)) for k, (ti, q) in entries.items() for t in (ti, q)]
near = []
for n, it in enumerate(items, 1):
    iid = it.get('id')
    if iid != 's%04d' % n: err('%s: id out of sequence (expected s%04d)' % (iid, n))
    k = it.get('kind')
    if k not in KINDS: err('%s: bad kind %r' % (iid, k)); continue
    kinds[k] += 1
    if not isinstance(it.get('beyond_seed'), bool): err('%s: beyond_seed not bool' % iid)
    turns = it.get('turns') or []
    nturns += len(turns)
    if it.get('beyond_seed'): beyond_items += 1; beyond_turnw += len(turns)
    for t in turns:
        if set(t) - {'text', 'expect', 'also'}: err('%s: unknown keys %s' % (iid, set(t)))
        if not isinstance(t.get('text'), str) or not t['text'].strip(): err('%s: empty text' % iid)
        e = t.get('expect')
        if e not in entries and e not in LABELS: err('%s: unknown expect %r' % (iid, e))
        for a in t.get('also', []) or []:
            if a not in entries: err('%s: unknown also %r' % (iid, a))
            if a == e: err('%s: also repeats expect' % iid)
        texts[norm(t['text'])].append(iid)
        if e in entries: any_cov[e] += 1
        nt = norm(t['text'])
        for key, r in refs:
            if difflib.SequenceMatcher(None, nt, r).ratio() >= 0.9:
                near.append((iid, t['text'], key))
    ex = [t.get('expect') for t in turns]
    if k == 'single':
        if len(turns) != 1 or ex[0] not in entries: err('%s: single must be one catalogue turn' % iid)
        else: single_cov[ex[0]] += 1
    elif k == 'followup':
        if not 2 <= len(turns) <= 4 or ex[0] not in entries: err('%s: followup shape' % iid)
        if len(turns) >= 3: long_fu += 1
        if 'clarify' in ex: err('%s: clarify inside followup' % iid)
    elif k in ('out_of_scope', 'no_entry'):
        if not 1 <= len(turns) <= 2 or any(x != k for x in ex): err('%s: %s shape' % (iid, k))
    elif k == 'clarify':
        if not 1 <= len(turns) <= 2 or ex[0] != 'clarify' or (len(turns) == 2 and ex[1] not in entries):
            err('%s: clarify shape' % iid)
for nt, ids in texts.items():
    if len(ids) > 1: err('duplicate text %r in %s' % (nt, ids))
for iid, t, key in near: err('%s: near-copy of catalogue %s: %r' % (iid, key, t))
missing = [e for e in entries if single_cov[e] < 2]
if missing: err('entries with fewer than 2 single questions: %s' % missing)
mins = {'followup': 190, 'out_of_scope': 55, 'no_entry': 55, 'clarify': 15}
for k2, m in mins.items():
    if kinds[k2] < m: err('too few %s: %d < %d' % (k2, kinds[k2], m))
if long_fu < 85: err('too few followups with 3+ turns: %d' % long_fu)
oos_turns = sum(1 for it in items for t in it['turns'] if t['expect'] == 'out_of_scope')
ne_turns = sum(1 for it in items for t in it['turns'] if t['expect'] == 'no_entry')
print('items', len(items), 'turns', nturns)
print('kinds', dict(sorted(kinds.items())))
print('followups with 3+ turns', long_fu)
print('turns expecting out_of_scope', oos_turns, 'no_entry', ne_turns,
      'clarify', sum(1 for it in items for t in it['turns'] if t['expect'] == 'clarify'))
print('single questions per entry: min %d max %d; distribution %s' % (
    min(single_cov[e] for e in entries), max(single_cov.values()),
    dict(sorted(collections.Counter(single_cov[e] for e in entries).items()))))
print('entries expected anywhere: %d/154' % sum(1 for e in entries if any_cov[e]))
print('items beyond_seed %d/%d; turns in beyond_seed items %d/%d (%.1f%%)' % (
    beyond_items, len(items), beyond_turnw, nturns, 100.0 * beyond_turnw / nturns))
print('distinct texts', len(texts))
if errors:
    print('ERRORS (%d):' % len(errors)); [print(' -', e) for e in errors]; sys.exit(1)
print('OK: all checks passed')
