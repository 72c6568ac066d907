#!/usr/bin/env python3
"""Validate set.yml (evaluation set "ae") against SPEC.md, BRIEF.md and CATALOGUE.md.

Checks: format, kinds, labels against CATALOGUE.md ids, minimums from the brief, distinct texts,
near-copies of catalogue titles/questions (difflib ratio >= 0.9), forbidden crisis/dose content.
Prints counts. Exit status 1 on any error.
"""
import collections, difflib, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SPECIAL = {'no_entry', 'out_of_scope', 'clarify'}
KINDS = {'single', 'followup', 'out_of_scope', 'no_entry', 'clarify'}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load_catalogue():
    cat = {}
    pat = re.compile(r'^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: ([a-z_]+)\)\s*$')
    for line in open(os.path.join(HERE, 'CATALOGUE.md'), encoding='utf-8'):
        m = pat.match(line)
        if m:
            subs = [] if m.group(4).strip() == '-' else [s.strip() for s in m.group(4).split(',')]
            cat[m.group(1)] = {'title': m.group(2), 'question': m.group(3), 'subjects': subs, 'aspect': m.group(5)}
    return cat


def norm(t):
    return re.sub(r'\s+', ' ', re.sub(r'[^a-z0-9 ]', ' ', t.lower())).strip()


def sentences(t):
    parts = re.split(r'(?<=[.!?])\s+', t.strip())
    return [p for p in parts if len(p.split()) >= 3]


def is_long(text):
    return 300 <= len(text) <= 2000 and len(sentences(text)) >= 4


def topics(cat, labels):
    out = set()
    for l in labels:
        if l in cat:
            out |= set(cat[l]['subjects']) or {l}
    return out


RETURN_WORDS = re.compile(r'\b(back to|going back|again|re the|sorry back)\b')
FORBIDDEN = [
    (re.compile(r'\b\d+(\.\d+)?\s?(mg|mcg|ml|milligrams?)\b', re.I), 'dose amount'),
    (re.compile(r'\b(dosage|overdose|double (the )?dose|how much should i take|how many (tablets|pills) (should|can) i take)\b', re.I), 'dose question'),
    (re.compile(r'\b(kill myself|end my life|want to die|self[- ]harm|hurt myself|take my own life)\b', re.I), 'self-harm'),
    (re.compile(r'\b(emergency|ambulance|999|911|chest pain|can.?t breathe)\b', re.I), 'emergency'),
    (re.compile(r'\bsuicid', re.I), 'suicide mention'),
]


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err(f'CATALOGUE.md parsed {len(cat)} entries, expected 154')
    doc = yaml.safe_load(open(os.path.join(HERE, 'set.yml'), encoding='utf-8'))
    if doc.get('author') != 'independent evaluation helper (blind)':
        err('author field wrong')
    if str(doc.get('written')) != '2026-12-01':
        err('written field wrong')
    items = doc.get('items') or []
    valid = set(cat) | {'no_entry', 'out_of_scope', 'clarify'}

    texts = collections.defaultdict(list)
    singles_per_entry = collections.Counter()
    kind_items, kind_turns = collections.Counter(), collections.Counter()
    label_turns = collections.Counter()
    fu_len = collections.Counter()
    long_singles = 0
    returns = 0
    beyond_turns = total_turns = 0
    clarify_no_second = 0
    fu_with_special = collections.Counter()

    for n, it in enumerate(items, 1):
        iid = it.get('id')
        where = iid or f'item #{n}'
        if iid != f'ae{n:04d}':
            err(f'{where}: id should be ae{n:04d}')
        if set(it) - {'id', 'kind', 'beyond_seed', 'turns'}:
            err(f'{where}: unexpected keys {set(it) - {"id", "kind", "beyond_seed", "turns"}}')
        kind = it.get('kind')
        if kind not in KINDS:
            err(f'{where}: bad kind {kind!r}'); continue
        if not isinstance(it.get('beyond_seed'), bool):
            err(f'{where}: beyond_seed must be true/false')
        turns = it.get('turns')
        if not isinstance(turns, list) or not turns:
            err(f'{where}: turns missing'); continue
        kind_items[kind] += 1
        kind_turns[kind] += len(turns)
        total_turns += len(turns)
        if it.get('beyond_seed'):
            beyond_turns += len(turns)
        exp = []
        for k, t in enumerate(turns):
            if set(t) - {'text', 'expect', 'also'}:
                err(f'{where} turn {k+1}: unexpected keys')
            text, e, also = t.get('text'), t.get('expect'), t.get('also', [])
            if not isinstance(text, str) or not text.strip():
                err(f'{where} turn {k+1}: empty text'); continue
            if e not in valid:
                err(f'{where} turn {k+1}: unknown expect {e!r}')
            if not isinstance(also, list) or any(a not in cat for a in also):
                err(f'{where} turn {k+1}: also must list catalogue ids: {also!r}')
            elif e in also or len(set(also)) != len(also):
                err(f'{where} turn {k+1}: also repeats expect or itself')
            if 'also' in t and not also:
                err(f'{where} turn {k+1}: empty also list')
            exp.append(e)
            label_turns[e if e in SPECIAL else 'catalogue'] += 1
            texts[norm(text)].append(f'{where}/{k+1}')
            for pat, what in FORBIDDEN:
                if pat.search(text):
                    if what == 'suicide mention' and e == 'medicines_antidepressant_boxed_warning':
                        continue
                    err(f'{where} turn {k+1}: forbidden content ({what}): {text[:60]!r}')
            tl = text.lower().strip()
            for cid, c in cat.items():
                for ref in (c['title'], c['question']):
                    if difflib.SequenceMatcher(None, tl, ref.lower()).ratio() >= 0.9:
                        err(f'{where} turn {k+1}: near-copy of catalogue {cid}: {text!r}')
        n_t = len(turns)
        if kind == 'single':
            if n_t != 1 or exp[0] not in cat:
                err(f'{where}: single must be one turn expecting a catalogue id')
            else:
                singles_per_entry[exp[0]] += 1
                if is_long(turns[0]['text']):
                    long_singles += 1
        elif kind == 'followup':
            if not 2 <= n_t <= 4:
                err(f'{where}: followup must have 2-4 turns')
            if exp[0] not in cat:
                err(f'{where}: followup first turn must expect a catalogue id')
            if any(e == 'clarify' for e in exp):
                err(f'{where}: clarify inside a followup')
            fu_len[n_t] += 1
            for e in set(exp[1:]) & {'no_entry', 'out_of_scope'}:
                fu_with_special[e] += 1
            labels = [[t['expect']] + t.get('also', []) for t in turns]
            for k in range(2, n_t):
                now = topics(cat, labels[k])
                earlier = set().union(*(topics(cat, labels[i]) for i in range(k - 1)))
                prev = topics(cat, labels[k - 1])
                if (now & earlier and not now & prev) or RETURN_WORDS.search(turns[k]['text'].lower()):
                    returns += 1
                    break
        elif kind in ('out_of_scope', 'no_entry'):
            if not 1 <= n_t <= 2 or any(e != kind for e in exp):
                err(f'{where}: {kind} item must have 1-2 turns all expecting {kind}')
        elif kind == 'clarify':
            if not 1 <= n_t <= 2 or exp[0] != 'clarify':
                err(f'{where}: clarify item must start with a clarify turn (1-2 turns)')
            if n_t == 2 and (exp[1] not in cat and exp[1] != 'no_entry'):
                err(f'{where}: clarify second turn must name a catalogue entry (or no_entry)')
            if n_t == 1:
                clarify_no_second += 1

    for t, where in texts.items():
        if len(where) > 1:
            err(f'duplicate text {t!r} at {where}')
    for cid in cat:
        if singles_per_entry[cid] < 2:
            err(f'entry {cid} is the expect of only {singles_per_entry[cid]} single questions')

    n_items, n_turns = len(items), total_turns
    fu3 = sum(v for k, v in fu_len.items() if k >= 3)
    mins = [
        ('followup conversations', kind_items['followup'], 190),
        ('followups with 3+ turns', fu3, 85),
        ('long single questions', long_singles, 45),
        ('out_of_scope items', kind_items['out_of_scope'], 55),
        ('no_entry items', kind_items['no_entry'], 55),
        ('clarify items', kind_items['clarify'], 15),
        ('conversations returning to an earlier subject', returns, 12),
        ('followups with a no_entry turn', fu_with_special['no_entry'], 1),
        ('followups with an out_of_scope turn', fu_with_special['out_of_scope'], 1),
    ]
    for name, have, need in mins:
        if have < need:
            err(f'{name}: {have} < {need}')
    if not 650 <= n_items <= 700:
        err(f'item count {n_items} outside 650-700')
    if not 950 <= n_turns <= 1000:
        err(f'turn count {n_turns} outside 950-1000')
    frac = beyond_turns / n_turns if n_turns else 0
    if not 0.70 <= frac <= 0.80:
        err(f'beyond_seed share of turns {frac:.3f} not about three quarters')

    print(f'catalogue entries: {len(cat)}')
    print(f'items: {n_items}   turns: {n_turns}')
    for k in ['single', 'followup', 'out_of_scope', 'no_entry', 'clarify']:
        print(f'  {k:13s} items {kind_items[k]:4d}  turns {kind_turns[k]:4d}')
    print(f'followup lengths: ' + ', '.join(f'{k} turns: {fu_len[k]}' for k in sorted(fu_len)) + f'  (3+ turns: {fu3})')
    print(f'followups returning to an earlier subject (heuristic): {returns}')
    print(f'followups with a no_entry turn: {fu_with_special["no_entry"]}, with an out_of_scope turn: {fu_with_special["out_of_scope"]}')
    print(f'long single questions: {long_singles}')
    print(f'clarify items without a second turn: {clarify_no_second}')
    print(f'turn labels: catalogue {label_turns["catalogue"]}, no_entry {label_turns["no_entry"]}, '
          f'out_of_scope {label_turns["out_of_scope"]}, clarify {label_turns["clarify"]}')
    dist = collections.Counter(singles_per_entry[c] for c in cat)
    print('single questions per entry: ' + ', '.join(f'{v} entries x{k}' for k, v in sorted(dist.items())))
    print(f'turns beyond the seed article: {beyond_turns}/{n_turns} = {frac:.1%}')
    if errors:
        print(f'\nFAIL: {len(errors)} error(s)')
        for e in errors[:200]:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
