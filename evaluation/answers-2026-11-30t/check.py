#!/usr/bin/env python3
"""Validate /tmp/set-t/set.yml against SPEC.md and BRIEF.md and print counts."""
import collections, difflib, re, sys
import yaml

HERE = '/tmp/set-t'
KINDS = ('single', 'followup', 'out_of_scope', 'no_entry', 'clarify')
SPECIAL = ('no_entry', 'out_of_scope', 'clarify')
errors = []

def err(msg):
    errors.append(msg)

# ---- catalogue
cat = {}
for line in open(HERE + '/CATALOGUE.md', encoding='utf-8'):
    m = re.match(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (\w+)\)\s*$", line)
    if m:
        subj = [s.strip() for s in m.group(4).split(',') if s.strip() and s.strip() != '-']
        cat[m.group(1)] = {'title': m.group(2), 'question': m.group(3), 'subjects': subj, 'aspect': m.group(5)}
if len(cat) != 154:
    err(f'catalogue parse: expected 154 entries, got {len(cat)}')

def norm(s):
    s = s.lower().strip()
    s = re.sub(r'\s+', ' ', s)
    return s

def norm_loose(s):
    return re.sub(r'[^a-z0-9 ]', '', norm(s)).strip()

# ---- set
doc = yaml.safe_load(open(HERE + '/set.yml', encoding='utf-8'))
if set(doc) != {'author', 'written', 'items'}:
    err(f'top-level keys {sorted(doc)}')
if doc.get('author') != 'independent evaluation helper (blind)':
    err('author')
if doc.get('written') != '2026-11-30':
    err('written date')
items = doc['items']

FORBIDDEN = re.compile(r"(dosage|overdos|\b\d+\s?mg\b|milligram|suicid|self[- ]harm|kill myself|end it all|"
                       r"emergency|\b999\b|\b911\b|\b000\b|chest pain|can'?t breathe|(?<!low )\bdose\b|\bdoses\b)", re.I)

texts = collections.Counter()
single_cover = collections.Counter()
any_cover = collections.Counter()
kind_items = collections.Counter()
kind_turns = collections.Counter()
beyond_items = 0
beyond_turns = 0
fu_3plus = 0
returns = 0
near = []

def topic(eid):
    if eid not in cat:
        return set()
    return set(cat[eid]['subjects']) or {eid}

for n, it in enumerate(items, 1):
    iid = it.get('id')
    if iid != f't{n:04d}':
        err(f'item {n}: id {iid!r} not sequential')
    if set(it) != {'id', 'kind', 'beyond_seed', 'turns'}:
        err(f'{iid}: keys {sorted(it)}')
    k = it.get('kind')
    if k not in KINDS:
        err(f'{iid}: bad kind {k!r}')
        continue
    if not isinstance(it.get('beyond_seed'), bool):
        err(f'{iid}: beyond_seed not bool')
    turns = it.get('turns') or []
    kind_items[k] += 1
    kind_turns[k] += len(turns)
    if it.get('beyond_seed'):
        beyond_items += 1
        beyond_turns += len(turns)
    for t in turns:
        if set(t) - {'text', 'expect', 'also'} or 'text' not in t or 'expect' not in t:
            err(f'{iid}: turn keys {sorted(t)}')
            continue
        if not isinstance(t['text'], str) or not t['text'].strip():
            err(f'{iid}: empty text')
        e = t['expect']
        if e not in cat and e not in SPECIAL:
            err(f'{iid}: unknown expect {e!r}')
        also = t.get('also', [])
        if not isinstance(also, list):
            err(f'{iid}: also not a list')
            also = []
        for a in also:
            if a not in cat:
                err(f'{iid}: also {a!r} is not a catalogue id')
            if a == e:
                err(f'{iid}: also repeats expect')
        if len(set(also)) != len(also):
            err(f'{iid}: duplicate also')
        if e in ('out_of_scope', 'clarify') and also:
            err(f'{iid}: {e} with also')
        texts[norm_loose(t['text'])] += 1
        if FORBIDDEN.search(t['text']):
            err(f'{iid}: forbidden crisis/dose/emergency wording: {t["text"]!r}')
        if e in cat:
            any_cover[e] += 1
        # near copies of catalogue titles and questions
        tx = norm(t['text'])
        for cid, c in cat.items():
            for ref in (c['title'], c['question']):
                r = difflib.SequenceMatcher(None, tx, norm(ref)).ratio()
                if r >= 0.9:
                    near.append((iid, t['text'], cid, ref, round(r, 3)))
    ex = [t.get('expect') for t in turns]
    if k == 'single':
        if len(turns) != 1 or ex[0] not in cat:
            err(f'{iid}: single must be one turn expecting a catalogue id')
        else:
            single_cover[ex[0]] += 1
    elif k == 'followup':
        if not 2 <= len(turns) <= 4:
            err(f'{iid}: followup must have 2-4 turns')
        if ex and ex[0] not in cat:
            err(f'{iid}: followup first turn must expect a catalogue id')
        if 'clarify' in ex:
            err(f'{iid}: clarify inside followup')
        if len(turns) >= 3:
            fu_3plus += 1
        for i in range(2, len(turns)):
            cur = topic(ex[i]) | set().union(*[topic(a) for a in turns[i].get('also', [])])
            prev = topic(ex[i - 1]) | set().union(*[topic(a) for a in turns[i - 1].get('also', [])])
            earlier = set().union(*[topic(x) for x in ex[:i - 1]])
            if ex[i] not in SPECIAL and cur & earlier and not cur & prev:
                returns += 1
                break
    elif k in ('out_of_scope', 'no_entry'):
        if not 1 <= len(turns) <= 2 or any(x != k for x in ex):
            err(f'{iid}: {k} items have 1-2 turns, all expecting {k}')
    elif k == 'clarify':
        if not 1 <= len(turns) <= 2 or ex[0] != 'clarify':
            err(f'{iid}: clarify item must open with clarify and have 1-2 turns')
        if len(turns) == 2 and ex[1] in ('clarify', 'out_of_scope'):
            err(f'{iid}: clarify second turn should name the subject')

for tx, c in texts.items():
    if c > 1:
        err(f'duplicate text x{c}: {tx!r}')
for x in near:
    err(f'near-copy of catalogue (ratio {x[4]}): {x[0]} {x[1]!r} ~ {x[2]} {x[3]!r}')
for cid in cat:
    if single_cover[cid] < 2:
        err(f'{cid}: only {single_cover[cid]} single questions (need 2)')

MINS = {'followup': 190, 'out_of_scope': 55, 'no_entry': 55, 'clarify': 15}
for k, m in MINS.items():
    if kind_items[k] < m:
        err(f'{k}: {kind_items[k]} items, need at least {m}')
if fu_3plus < 85:
    err(f'followups with 3+ turns: {fu_3plus}, need 85')
total_items = len(items)
total_turns = sum(kind_turns.values())
if not 640 <= total_items <= 710:
    err(f'item count {total_items} outside about 650-700')
if not 940 <= total_turns <= 1010:
    err(f'turn count {total_turns} outside about 950-1,000')
ne_in_fu = sum(1 for it in items if it['kind'] == 'followup' and any(t['expect'] == 'no_entry' for t in it['turns']))
oos_in_fu = sum(1 for it in items if it['kind'] == 'followup' and any(t['expect'] == 'out_of_scope' for t in it['turns']))
clar_2 = sum(1 for it in items if it['kind'] == 'clarify' and len(it['turns']) == 2)
expect_total = collections.Counter(t['expect'] for it in items for t in it['turns'])
with_also = sum(1 for it in items for t in it['turns'] if t.get('also'))

print('counts (language: English, all items)')
print(f'  {"kind":<14}{"items":>7}{"turns":>7}')
for k in KINDS:
    print(f'  {k:<14}{kind_items[k]:>7}{kind_turns[k]:>7}')
print(f'  {"total":<14}{total_items:>7}{total_turns:>7}')
print(f'followups with 3+ turns: {fu_3plus}; with a no_entry turn: {ne_in_fu}; with an out_of_scope turn: {oos_in_fu}; '
      f'returning to an earlier subject (heuristic): {returns}')
print(f'clarify items with a second turn: {clar_2}')
print(f'turn labels: no_entry {expect_total["no_entry"]}, out_of_scope {expect_total["out_of_scope"]}, '
      f'clarify {expect_total["clarify"]}, catalogue ids {sum(v for k2, v in expect_total.items() if k2 not in SPECIAL)}; '
      f'turns with also: {with_also}')
spread = collections.Counter(single_cover[c] for c in cat)
print('single questions per entry: ' + ', '.join(f'{v} entries x{k2}' for k2, v in sorted(spread.items())))
print(f'entries expected anywhere: {sum(1 for c in cat if any_cover[c])}/154')
print(f'beyond_seed items: {beyond_items}/{total_items} ({100*beyond_items/total_items:.1f}%); '
      f'turns in beyond_seed items: {beyond_turns}/{total_turns} ({100*beyond_turns/total_turns:.1f}%)')
if errors:
    print(f'\nFAIL: {len(errors)} problem(s)')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('\nPASS')
