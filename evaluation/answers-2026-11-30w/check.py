#!/usr/bin/env python3
"""Validate set.yml (answers set "w") against SPEC.md, BRIEF.md and CATALOGUE.md; print counts."""
import collections, difflib, os, re, sys, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {'no_entry', 'out_of_scope', 'clarify'}
KINDS = {'single', 'followup', 'out_of_scope', 'no_entry', 'clarify'}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load_catalogue():
    cat = {}
    section = None
    pat = re.compile(r'^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (\w+)\)$')
    for line in open(os.path.join(HERE, 'CATALOGUE.md'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('## '):
            section = line[3:].strip()
        m = pat.match(line)
        if m:
            cid, title, question, subj, aspect = m.groups()
            subjects = [s.strip() for s in subj.split(',') if s.strip() and s.strip() != '-']
            cat[cid] = dict(title=title, question=question, subjects=subjects, aspect=aspect, section=section)
    return cat


def norm(s):
    return ' '.join(re.sub(r'[^a-z0-9 ]+', ' ', s.lower()).split())


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err(f'catalogue parsed {len(cat)} entries, expected 154')
    doc = yaml.safe_load(open(os.path.join(HERE, 'set.yml'), encoding='utf-8'))
    if set(doc) != {'author', 'written', 'items'}:
        err(f'top-level keys {sorted(doc)}')
    if doc.get('author') != 'independent evaluation helper (blind)':
        err('author')
    if str(doc.get('written')) != '2026-11-30':
        err('written date')
    items = doc['items']

    kinds = collections.Counter()
    single_cover = collections.Counter()
    any_cover = collections.Counter()
    turn_count = 0
    beyond_turns = 0
    fu_len = collections.Counter()
    texts = {}
    label_turns = collections.Counter()
    returns = 0

    def topic(cid):
        c = cat[cid]
        return set(c['subjects']) or {'section:' + c['section']}

    for n, it in enumerate(items, 1):
        iid = it.get('id')
        if iid != f'w{n:04d}':
            err(f'item {n}: id {iid!r} out of sequence')
        if set(it) != {'id', 'kind', 'beyond_seed', 'turns'}:
            err(f'{iid}: keys {sorted(it)}')
        k = it.get('kind')
        if k not in KINDS:
            err(f'{iid}: kind {k!r}'); continue
        kinds[k] += 1
        if not isinstance(it.get('beyond_seed'), bool):
            err(f'{iid}: beyond_seed not bool')
        turns = it.get('turns') or []
        turn_count += len(turns)
        if it.get('beyond_seed'):
            beyond_turns += len(turns)
        for t in turns:
            if not set(t) <= {'text', 'expect', 'also'} or 'text' not in t or 'expect' not in t:
                err(f'{iid}: turn keys {sorted(t)}')
                continue
            e = t['expect']
            if e not in cat and e not in LABELS:
                err(f'{iid}: unknown expect {e!r}')
            label_turns[e if e in LABELS else 'entry'] += 1
            if e in cat:
                any_cover[e] += 1
            also = t.get('also') or []
            if not isinstance(also, list):
                err(f'{iid}: also not a list')
                also = []
            for a in also:
                if a not in cat:
                    err(f'{iid}: unknown also {a!r}')
                if a == e:
                    err(f'{iid}: also repeats expect')
            if len(set(also)) != len(also):
                err(f'{iid}: duplicate also')
            txt = t['text']
            if not isinstance(txt, str) or not txt.strip():
                err(f'{iid}: empty text'); continue
            key = norm(txt)
            if key in texts:
                err(f'{iid}: duplicate text {txt!r} (also in {texts[key]})')
            texts[key] = iid
            for cid, c in cat.items():
                for ref in (c['title'], c['question']):
                    r = difflib.SequenceMatcher(None, norm(txt), norm(ref)).ratio()
                    if r >= 0.9:
                        err(f'{iid}: near-copy ({r:.2f}) of {cid} {ref!r}: {txt!r}')
            low = txt.lower()
            if re.search(r'\b(suicid\w*|self[- ]harm|kill myself|overdos\w*|ambulance|emergency|911|999)\b', low):
                err(f'{iid}: crisis/emergency wording: {txt!r}')
            if re.search(r'\b(dosage|doses?|\d+ ?mg|milligrams?)\b', re.sub(r'low[- ]dose', '', low)):
                err(f'{iid}: dose wording: {txt!r}')
        ex = [t.get('expect') for t in turns]
        if k == 'single':
            if len(turns) != 1 or ex[0] not in cat:
                err(f'{iid}: single must be 1 turn with a catalogue id')
            else:
                single_cover[ex[0]] += 1
        elif k == 'followup':
            if not 2 <= len(turns) <= 4:
                err(f'{iid}: followup with {len(turns)} turns')
            if ex and ex[0] not in cat:
                err(f'{iid}: followup first turn must expect a catalogue id')
            if any(e == 'clarify' for e in ex):
                err(f'{iid}: clarify inside a followup')
            fu_len[len(turns)] += 1
            ids = [e for e in ex]
            found = False
            for i in range(2, len(ids)):
                if ids[i] not in cat:
                    continue
                for j in range(0, i - 1):
                    if ids[j] in cat and topic(ids[i]) & topic(ids[j]) and \
                            (ids[i - 1] not in cat or not (topic(ids[i - 1]) & topic(ids[j]))):
                        found = True
            returns += found
        elif k in ('out_of_scope', 'no_entry'):
            if not 1 <= len(turns) <= 2 or any(e != k for e in ex):
                err(f'{iid}: {k} items need 1-2 turns all expecting {k}')
        elif k == 'clarify':
            if not 1 <= len(turns) <= 2 or ex[0] != 'clarify':
                err(f'{iid}: clarify first turn must expect clarify')
            if len(turns) == 2 and ex[1] not in cat and ex[1] != 'no_entry':
                err(f'{iid}: clarify second turn must name a subject')

    missing = [c for c in cat if single_cover[c] < 2]
    if missing:
        err(f'{len(missing)} entries with < 2 single questions: {missing}')
    fu = kinds['followup']
    fu3 = fu_len[3] + fu_len[4]
    mins = [('followup items', fu, 190), ('followups with 3+ turns', fu3, 85),
            ('followups returning to an earlier subject', returns, 12),
            ('out_of_scope items', kinds['out_of_scope'], 55), ('no_entry items', kinds['no_entry'], 55),
            ('clarify items', kinds['clarify'], 15)]
    for name, v, m in mins:
        if v < m:
            err(f'{name}: {v} < {m}')
    if not 640 <= len(items) <= 710:
        err(f'{len(items)} items, brief asks about 650-700')
    if not 940 <= turn_count <= 1010:
        err(f'{turn_count} turns, brief asks about 950-1000')
    share = beyond_turns / max(turn_count, 1)
    if not 0.68 <= share <= 0.82:
        err(f'beyond-seed share of turns {share:.3f} not about three quarters')

    dist = collections.Counter(single_cover[c] for c in cat)
    print(f'items: {len(items)}   turns: {turn_count}')
    print('items per kind: ' + ', '.join(f'{k}={kinds[k]}' for k in ['single', 'followup', 'out_of_scope', 'no_entry', 'clarify']))
    print(f'followup lengths: 2 turns={fu_len[2]}, 3 turns={fu_len[3]}, 4 turns={fu_len[4]} (3+: {fu3})')
    print(f'followups returning to an earlier subject: {returns}')
    print('turn labels: ' + ', '.join(f'{k}={v}' for k, v in sorted(label_turns.items())))
    print(f'beyond_seed: {sum(1 for i in items if i["beyond_seed"])} items; {beyond_turns}/{turn_count} turns = {share:.1%}')
    print('single questions per entry: ' + ', '.join(f'{n} -> {dist[n]} entries' for n in sorted(dist)))
    print(f'entries expected anywhere: {sum(1 for c in cat if any_cover[c])}/154; min turns per entry {min(any_cover[c] for c in cat)}')
    print(f'turns using also: {sum(1 for it in items for t in it["turns"] if t.get("also"))}')
    for w in warnings:
        print('WARNING:', w)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print(f'FAIL: {len(errors)} errors')
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
