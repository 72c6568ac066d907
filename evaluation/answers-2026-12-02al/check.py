"""Validate set.yml (evaluation set "al") against SPEC.md, BRIEF.md and CATALOGUE.md.

Run from anywhere:  python check.py   (exits 1 on any failure, prints counts)
"""
import collections
import difflib
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'single', 'followup', 'out_of_scope', 'no_entry', 'clarify'}
SPECIAL = {'no_entry', 'out_of_scope', 'clarify'}
errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- catalogue
CAT = {}
line_re = re.compile(r"^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: ([a-z_]+)\)\s*$")
for line in open(os.path.join(HERE, 'CATALOGUE.md'), encoding='utf-8'):
    m = line_re.match(line.rstrip('\n'))
    if m:
        cid, title, question, subjects, aspect = m.groups()
        subs = [] if subjects.strip() == '-' else [s.strip() for s in subjects.split(',')]
        CAT[cid] = {'title': title, 'question': question, 'subjects': subs, 'aspect': aspect}
if len(CAT) != 156:
    err(f'catalogue parse: expected 156 entries, got {len(CAT)}')

# ---------------------------------------------------------------- load set
doc = yaml.safe_load(open(os.path.join(HERE, 'set.yml'), encoding='utf-8'))
if not isinstance(doc, dict) or set(doc) != {'author', 'written', 'items'}:
    err('top level must have exactly author, written, items')
if doc.get('author') != 'independent evaluation helper (blind)':
    err('author is wrong')
if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', str(doc.get('written', ''))):
    err('written must be an ISO date string')
items = doc.get('items') or []


def valid_label(x):
    return x in CAT or x in SPECIAL


# ---------------------------------------------------------------- per item
for n, it in enumerate(items, 1):
    iid = it.get('id')
    where = f'{iid or n}'
    if iid != f'al{n:04d}':
        err(f'{where}: id should be al{n:04d}')
    if set(it) != {'id', 'kind', 'beyond_seed', 'turns'}:
        err(f'{where}: keys must be id, kind, beyond_seed, turns (got {sorted(it)})')
    kind = it.get('kind')
    if kind not in KINDS:
        err(f'{where}: bad kind {kind!r}')
    if not isinstance(it.get('beyond_seed'), bool):
        err(f'{where}: beyond_seed must be true/false')
    turns = it.get('turns')
    if not isinstance(turns, list) or not turns:
        err(f'{where}: turns must be a non-empty list')
        continue
    for t in turns:
        if not isinstance(t, dict) or not {'text', 'expect'} <= set(t) or not set(t) <= {'text', 'expect', 'also'}:
            err(f'{where}: each turn needs text, expect and optional also')
            continue
        if not isinstance(t['text'], str) or not t['text'].strip():
            err(f'{where}: empty text')
        if not valid_label(t['expect']):
            err(f'{where}: unknown expect {t["expect"]!r}')
        also = t.get('also', [])
        if not isinstance(also, list):
            err(f'{where}: also must be a list')
            also = []
        for a in also:
            if a not in CAT:
                err(f'{where}: also {a!r} is not a catalogue id')
            if a == t['expect']:
                err(f'{where}: also repeats expect {a!r}')
        if len(set(also)) != len(also):
            err(f'{where}: duplicate ids in also')
        if also and t['expect'] in ('out_of_scope', 'clarify'):
            err(f'{where}: also makes no sense with {t["expect"]}')
    exps = [t.get('expect') for t in turns]
    if kind == 'single':
        if len(turns) != 1 or exps[0] not in CAT:
            err(f'{where}: single needs one turn expecting a catalogue id')
    elif kind == 'followup':
        if not 2 <= len(turns) <= 4:
            err(f'{where}: followup needs 2-4 turns')
        if exps[0] not in CAT:
            err(f'{where}: followup first turn must expect a catalogue id')
        if 'clarify' in exps:
            err(f'{where}: followup turns should not expect clarify')
    elif kind in ('out_of_scope', 'no_entry'):
        if not 1 <= len(turns) <= 2 or any(e != kind for e in exps):
            err(f'{where}: {kind} needs 1-2 turns all expecting {kind}')
    elif kind == 'clarify':
        if not 1 <= len(turns) <= 2 or exps[0] != 'clarify':
            err(f'{where}: clarify needs first turn clarify and at most one more turn')
        if len(turns) == 2 and exps[1] not in CAT:
            err(f'{where}: clarify second turn must expect a catalogue id')

# ---------------------------------------------------------------- texts
def norm(s):
    return re.sub(r'[^a-z0-9]+', ' ', s.lower()).strip()


all_turns = [(it['id'], t) for it in items for t in it.get('turns', []) if isinstance(t, dict) and 'text' in t]
seen = {}
for iid, t in all_turns:
    k = norm(t['text'])
    if k in seen:
        err(f'{iid}: duplicate text (also in {seen[k]}): {t["text"][:60]!r}')
    seen[k] = iid

refs = []
for cid, c in CAT.items():
    refs.append((cid, 'title', c['title'].lower()))
    refs.append((cid, 'question', c['question'].lower()))
near = 0
for iid, t in all_turns:
    low = t['text'].lower().strip()
    for cid, what, ref in refs:
        sm = difflib.SequenceMatcher(None, low, ref)
        if sm.real_quick_ratio() < 0.9 or sm.quick_ratio() < 0.9:
            continue
        if sm.ratio() >= 0.9:
            near += 1
            err(f'{iid}: near-copy of catalogue {what} of {cid}: {t["text"]!r}')

# content the set must not contain (crisis, self-harm, emergencies, doses)
banned = [r'suicid', r'kill (my|him|her)self', r'self[- ]harm', r'overdos', r'end (it|my life)',
          r'\b(911|999|000|112)\b', r'ambulance', r'emergency', r'\bA&E\b', r'\b\d+\s?(mg|mcg|ml)\b',
          r'(?<!low[ -])\bdos(e|es|age|ing)\b', r'how (many|much) (tablets|pills|capsules)',
          r'double (up|my)', r'extra (tablet|pill|dose)']
for iid, t in all_turns:
    for pat in banned:
        if re.search(pat, t['text'], re.I):
            err(f'{iid}: banned content /{pat}/: {t["text"][:80]!r}')

# ---------------------------------------------------------------- counts
kinds = collections.Counter(it.get('kind') for it in items)
n_turns = len(all_turns)
singles_per_entry = collections.Counter(it['turns'][0]['expect'] for it in items if it.get('kind') == 'single')
for cid in CAT:
    if singles_per_entry[cid] < 2:
        err(f'entry {cid} is the expect of only {singles_per_entry[cid]} single question(s)')
followups = [it for it in items if it.get('kind') == 'followup']
f3 = sum(1 for it in followups if len(it['turns']) >= 3)
f4 = sum(1 for it in followups if len(it['turns']) == 4)


def n_sentences(s):
    return len(re.findall(r'[.!?]+[)"\']*(?=\s|$)', s))


longs = [it for it in items if it.get('kind') == 'single'
         and 300 <= len(it['turns'][0]['text']) <= 2000 and n_sentences(it['turns'][0]['text']) >= 5]
bad_long = [it['id'] for it in items if it.get('kind') == 'single' and len(it['turns'][0]['text']) > 200
            and it not in longs]
if bad_long:
    err(f'long-looking singles that miss 300-2000 chars / 5 sentences: {bad_long}')


def fam(t):
    out = set()
    for cid in [t['expect']] + list(t.get('also', [])):
        if cid not in CAT:
            continue
        subs = CAT[cid]['subjects']
        if subs:
            out |= {'s:' + s for s in subs}
        else:
            parts = cid.split('_')
            out.add('p:' + '_'.join(parts[:2] if parts[0] in ('living', 'doctor', 'medicines') else parts[:1]))
    return out


returns = 0
for it in followups:
    ts = it['turns']
    hit = False
    for k in range(2, len(ts)):
        fk = fam(ts[k])
        if fk and not (fk & fam(ts[k - 1])) and any(fk & fam(ts[i]) for i in range(k - 1)):
            hit = True
    returns += hit
f_ne = sum(1 for it in followups if any(t['expect'] == 'no_entry' for t in it['turns'][1:]))
f_oos = sum(1 for it in followups if any(t['expect'] == 'out_of_scope' for t in it['turns'][1:]))
clar2 = sum(1 for it in items if it.get('kind') == 'clarify' and len(it['turns']) == 2)
beyond_turns = sum(len(it['turns']) for it in items if it.get('beyond_seed'))
beyond_frac = beyond_turns / n_turns if n_turns else 0
n_also = sum(1 for _, t in all_turns if t.get('also'))
label_counts = collections.Counter(t['expect'] for _, t in all_turns)

checks = [
    ('items 650-700', 650 <= len(items) <= 700),
    ('turns 950-1000', 950 <= n_turns <= 1000),
    ('followups >= 190', len(followups) >= 190),
    ('followups with 3+ turns >= 85', f3 >= 85),
    ('followups returning to an earlier subject >= 12', returns >= 12),
    ('followups with a no_entry turn >= 10', f_ne >= 10),
    ('followups with an out_of_scope turn >= 10', f_oos >= 10),
    ('long single questions >= 45', len(longs) >= 45),
    ('out_of_scope items >= 55', kinds['out_of_scope'] >= 55),
    ('no_entry items >= 55', kinds['no_entry'] >= 55),
    ('clarify items >= 15', kinds['clarify'] >= 15),
    ('beyond-seed share of turns 0.70-0.80', 0.70 <= beyond_frac <= 0.80),
]
for name, ok in checks:
    if not ok:
        err(f'minimum not met: {name}')

print('items:', len(items))
print('turns:', n_turns)
print('kinds:', dict(sorted(kinds.items())))
print(f'followups: {len(followups)} (3+ turns: {f3}, 4 turns: {f4}, returning: {returns}, '
      f'with no_entry turn: {f_ne}, with out_of_scope turn: {f_oos})')
print('long single questions:', len(longs))
print('clarify items with a second turn:', clar2)
print('entries covered by singles:', sum(1 for c in CAT if singles_per_entry[c] >= 2), 'of', len(CAT),
      '| singles per entry:', dict(sorted(collections.Counter(singles_per_entry[c] for c in CAT).items())))
print('turn labels: no_entry', label_counts['no_entry'], '| out_of_scope', label_counts['out_of_scope'],
      '| clarify', label_counts['clarify'], '| catalogue ids', sum(v for k, v in label_counts.items() if k in CAT))
print('turns with also:', n_also)
print(f'beyond_seed: items {sum(1 for it in items if it.get("beyond_seed"))} of {len(items)}, '
      f'turns {beyond_turns} of {n_turns} ({beyond_frac:.1%})')
print('near-copies (difflib >= 0.9):', near)
print('distinct texts:', len(seen), 'of', n_turns)
if errors:
    print(f'\nFAILED: {len(errors)} problem(s)')
    for e in errors[:200]:
        print(' -', e)
    sys.exit(1)
print('\nOK: all checks passed')
