#!/usr/bin/env python3
"""Validate evaluation set "ah" (set.yml) against SPEC.md / BRIEF.md and CATALOGUE.md.

Usage: python check.py [set.yml] [CATALOGUE.md]
Exit status 0 when every hard check passes; soft targets print WARN lines only.
"""
import collections, difflib, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'set.yml')
CAT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'CATALOGUE.md')
KINDS = ('single', 'followup', 'out_of_scope', 'no_entry', 'clarify')
SPECIAL = ('no_entry', 'out_of_scope', 'clarify')
errors, warns = [], []


def err(msg): errors.append(msg)
def warn(msg): warns.append(msg)


# ---------- catalogue ----------
ENTRY = re.compile(r'^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: ([a-z_]+)\)\s*$')
cat = {}
for line in open(CAT, encoding='utf-8'):
    m = ENTRY.match(line.strip())
    if m:
        cid, title, q, subj, aspect = m.groups()
        subjects = [] if subj.strip() == '-' else [s.strip() for s in subj.split(',')]
        cat[cid] = {'title': title, 'question': q, 'subjects': subjects, 'aspect': aspect}
if len(cat) != 155:
    err(f'catalogue parse: expected 155 entries, got {len(cat)}')


def topics(turn):
    """Subjects of a turn's labels; entries without subjects use their id's first word."""
    t = set()
    for cid in [turn['expect']] + list(turn.get('also') or []):
        if cid in cat:
            t |= set(cat[cid]['subjects']) or {cid.split('_')[0]}
    return t


# ---------- load ----------
doc = yaml.safe_load(open(SET, encoding='utf-8'))
if doc.get('author') != 'independent evaluation helper (blind)':
    err('author field wrong')
if str(doc.get('written')) != '2026-12-01':
    err('written field wrong')
items = doc.get('items') or []

# ---------- per-item format ----------
for n, it in enumerate(items, 1):
    iid = it.get('id')
    if iid != f'ah{n:04d}':
        err(f'item {n}: id {iid!r} should be ah{n:04d}')
    if set(it) - {'id', 'kind', 'beyond_seed', 'turns'}:
        err(f'{iid}: unknown keys {set(it) - {"id", "kind", "beyond_seed", "turns"}}')
    kind = it.get('kind')
    if kind not in KINDS:
        err(f'{iid}: bad kind {kind!r}'); continue
    if not isinstance(it.get('beyond_seed'), bool):
        err(f'{iid}: beyond_seed must be true/false')
    turns = it.get('turns')
    if not isinstance(turns, list) or not turns:
        err(f'{iid}: no turns'); continue
    for t in turns:
        if not isinstance(t, dict) or not isinstance(t.get('text'), str) or not t['text'].strip():
            err(f'{iid}: turn without text'); continue
        if set(t) - {'text', 'expect', 'also'}:
            err(f'{iid}: unknown turn keys {set(t) - {"text", "expect", "also"}}')
        e = t.get('expect')
        if e not in cat and e not in SPECIAL:
            err(f'{iid}: unknown expect {e!r}')
        also = t.get('also', [])
        if not isinstance(also, list):
            err(f'{iid}: also must be a list'); continue
        for a in also:
            if a not in cat:
                err(f'{iid}: also {a!r} is not a catalogue id')
            if a == e:
                err(f'{iid}: also repeats expect {a!r}')
        if len(set(also)) != len(also):
            err(f'{iid}: duplicate also ids')
        if e in ('out_of_scope', 'clarify') and also:
            err(f'{iid}: {e} turn should not carry also')
    ex = [t.get('expect') for t in turns]
    if kind == 'single':
        if len(turns) != 1 or ex[0] not in cat:
            err(f'{iid}: single must be one turn expecting a catalogue id')
    elif kind == 'followup':
        if not 2 <= len(turns) <= 4:
            err(f'{iid}: followup must have 2-4 turns')
        if ex[0] not in cat:
            err(f'{iid}: followup first turn must expect a catalogue id')
        if any(e == 'clarify' for e in ex[1:]):
            err(f'{iid}: followup later turn labelled clarify')
    elif kind in ('out_of_scope', 'no_entry'):
        if not 1 <= len(turns) <= 2 or any(e != kind for e in ex):
            err(f'{iid}: {kind} item must have 1-2 turns all expecting {kind}')
    elif kind == 'clarify':
        if not 1 <= len(turns) <= 2 or ex[0] != 'clarify' or (len(turns) == 2 and ex[1] not in cat):
            err(f'{iid}: clarify item must be clarify [+ one catalogue-id turn]')
    if kind in ('out_of_scope', 'no_entry', 'clarify') and it.get('beyond_seed') is False:
        err(f'{iid}: {kind} item cannot be answered by the seed article')

# ---------- counts ----------
by_kind = collections.Counter(it['kind'] for it in items)
n_turns = sum(len(it['turns']) for it in items)
singles = [it for it in items if it['kind'] == 'single']
fups = [it for it in items if it['kind'] == 'followup']
single_cover = collections.Counter(it['turns'][0]['expect'] for it in singles)


def sentences(text):
    return len([s for s in re.split(r'(?<=[.!?])\s+', text.strip()) if re.search(r'[A-Za-z]', s)])


long_singles = [it for it in singles if 300 <= len(it['turns'][0]['text']) <= 2000 and sentences(it['turns'][0]['text']) >= 4]
long_any = [it for it in items if len(it['turns']) == 1 and 300 <= len(it['turns'][0]['text']) <= 2000 and sentences(it['turns'][0]['text']) >= 4]
fup_len = collections.Counter(len(it['turns']) for it in fups)
fup3 = sum(v for k, v in fup_len.items() if k >= 3)


def is_return(it):
    ts = it['turns']
    for i in range(2, len(ts)):
        if ts[i]['expect'] not in cat or ts[i - 1]['expect'] not in cat:
            continue
        ti, prev = topics(ts[i]), topics(ts[i - 1])
        if ti & prev:
            continue
        if any(ts[j]['expect'] in cat and ti & topics(ts[j]) for j in range(i - 1)):
            return True
    return False


returns = sum(is_return(it) for it in fups)
ne_in_fup = sum(1 for it in fups for t in it['turns'][1:] if t['expect'] == 'no_entry')
oos_in_fup = sum(1 for it in fups for t in it['turns'][1:] if t['expect'] == 'out_of_scope')
fups_with_ne = sum(1 for it in fups if any(t['expect'] == 'no_entry' for t in it['turns']))
fups_with_oos = sum(1 for it in fups if any(t['expect'] == 'out_of_scope' for t in it['turns']))
aspect_changes = subject_changes = 0
for it in fups:
    ts = it['turns']
    for a, b in zip(ts, ts[1:]):
        if a['expect'] in cat and b['expect'] in cat:
            if topics(a) & topics(b) and cat[a['expect']]['aspect'] != cat[b['expect']]['aspect']:
                aspect_changes += 1
            elif not topics(a) & topics(b):
                subject_changes += 1
exercise_start_often = sum(1 for it in fups for t in it['turns'][1:]
                           if t['expect'] in ('exercise_pacing_getting_started', 'exercise_how_often_how_much'))
beyond_turns = sum(len(it['turns']) for it in items if it['beyond_seed'])
beyond_frac = beyond_turns / n_turns if n_turns else 0
no_entry_items = by_kind['no_entry']
no_entry_turns = sum(1 for it in items for t in it['turns'] if t['expect'] == 'no_entry')
oos_turns = sum(1 for it in items for t in it['turns'] if t['expect'] == 'out_of_scope')
clarify_second = sum(1 for it in items if it['kind'] == 'clarify' and len(it['turns']) == 2)

# ---------- minimums ----------
missing = [c for c in cat if single_cover[c] < 2]
if missing:
    err(f'{len(missing)} catalogue entries have fewer than 2 single questions: {missing[:10]}')
over = [c for c in cat if single_cover[c] > 4]
if over:
    warn(f'{len(over)} entries have more than 4 single questions: {over[:10]}')
for name, got, need in [('followup conversations', len(fups), 190), ('followups with 3+ turns', fup3, 85),
                        ('conversations returning to an earlier subject (heuristic)', returns, 12),
                        ('long single questions', len(long_singles), 45), ('out_of_scope items', by_kind['out_of_scope'], 55),
                        ('no_entry items', no_entry_items, 55), ('clarify items', by_kind['clarify'], 15),
                        ('no_entry turns inside followups', ne_in_fup, 1), ('out_of_scope turns inside followups', oos_in_fup, 1)]:
    if got < need:
        err(f'minimum not met: {name} {got} < {need}')
if not 650 <= len(items) <= 700:
    warn(f'items {len(items)} outside the 650-700 target')
if not 950 <= n_turns <= 1000:
    warn(f'turns {n_turns} outside the 950-1000 target')
if not 0.70 <= beyond_frac <= 0.80:
    warn(f'beyond_seed share of turns {beyond_frac:.2f} is not about three quarters')

# ---------- duplicates and near-copies ----------
def norm(s):
    return re.sub(r'\s+', ' ', re.sub(r'[^\w\s]', '', s.lower())).strip()


texts = [(it['id'], t['text']) for it in items for t in it['turns']]
seen = {}
for iid, tx in texts:
    k = norm(tx)
    if k in seen:
        err(f'duplicate text in {seen[k]} and {iid}: {tx!r}')
    seen[k] = iid
refs = [norm(v['title']) for v in cat.values()] + [norm(v['question']) for v in cat.values()]
max_ratio, near = 0.0, []
for iid, tx in texts:
    k = norm(tx)
    for r in refs:
        sm = difflib.SequenceMatcher(None, k, r)
        floor = min(max_ratio, 0.9)
        if sm.real_quick_ratio() < floor or sm.quick_ratio() < floor:
            continue  # ratio() <= quick_ratio() <= real_quick_ratio(), so it cannot raise the maximum or pass 0.9
        ratio = sm.ratio()
        max_ratio = max(max_ratio, ratio)
        if ratio >= 0.9:
            near.append((iid, tx, r, round(ratio, 3)))
for iid, tx, r, ratio in near:
    err(f'near-copy of catalogue text ({ratio}) in {iid}: {tx!r} ~ {r!r}')
# near-duplicates among the set's own texts (soft)
keys = [(iid, norm(tx)) for iid, tx in texts]
own_near = 0
for i in range(len(keys)):
    for j in range(i + 1, len(keys)):
        a, b = keys[i][1], keys[j][1]
        if abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)) + 2:
            continue
        sm = difflib.SequenceMatcher(None, a, b)
        if sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9:
            own_near += 1
            warn(f'near-duplicate texts {keys[i][0]} / {keys[j][0]}: {a!r} ~ {b!r}')

# ---------- out-of-brief content (crisis, self-harm, emergency, dose) ----------
FORBID = re.compile(r'\b(suicide|kill myself|end my life|self[- ]harm|overdos\w*|ambulance|911|999|000|emergency|'
                    r'\d+\s?mg|how much \w+ should i take|what dose|dosage|how many (tablets|pills|capsules) (can|should))\b', re.I)
for iid, tx in texts:
    if FORBID.search(tx):
        err(f'possible crisis/emergency/dose wording in {iid}: {tx!r}')

# ---------- report ----------
print(f'items: {len(items)}   turns: {n_turns}')
print('items by kind:', ', '.join(f'{k} {by_kind[k]}' for k in KINDS))
print(f'single questions: {len(singles)} (long: {len(long_singles)}; long one-turn items of any kind: {len(long_any)})')
dist = collections.Counter(single_cover[c] for c in cat)
print('singles per catalogue entry:', ', '.join(f'{k} singles: {v} entries' for k, v in sorted(dist.items())))
print(f'followups: {len(fups)} (2 turns: {fup_len[2]}, 3 turns: {fup_len[3]}, 4 turns: {fup_len[4]}; 3+: {fup3})')
print(f'followups returning to an earlier subject (heuristic): {returns}')
print(f'followup turns: aspect changes {aspect_changes}, subject changes {subject_changes}, '
      f'exercise start/how-often turns {exercise_start_often}')
print(f'no_entry turns inside followups: {ne_in_fup} (in {fups_with_ne} conversations); '
      f'out_of_scope turns inside followups: {oos_in_fup} (in {fups_with_oos} conversations)')
print(f'turns expecting no_entry: {no_entry_turns}; out_of_scope: {oos_turns}; clarify items with a second turn: {clarify_second}')
print(f'turns in beyond_seed items: {beyond_turns}/{n_turns} = {beyond_frac:.3f}')
print(f'catalogue entries used as expect anywhere: {len({t["expect"] for it in items for t in it["turns"] if t["expect"] in cat})}/155')
print(f'highest difflib ratio to a catalogue title/question: {max_ratio:.3f} (threshold 0.9); own near-duplicates: {own_near}')
for w in warns:
    print('WARN', w)
for e in errors:
    print('ERROR', e)
print('RESULT:', 'PASS' if not errors else f'FAIL ({len(errors)} errors)')
sys.exit(1 if errors else 0)
