#!/usr/bin/env python3
"""Validate set.yml (answers set "ad") against SPEC.md, BRIEF.md and CATALOGUE.md.

Exit status 0 when every hard check passes; prints counts either way.
"""
import collections, difflib, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SPECIAL = ('no_entry', 'out_of_scope', 'clarify')
KINDS = ('single', 'followup', 'out_of_scope', 'no_entry', 'clarify')
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load_catalogue():
    text = open(os.path.join(HERE, 'CATALOGUE.md'), encoding='utf-8').read()
    cat = {}
    pat = re.compile(r'^- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: ([^;]*); aspect: ([a-z_]+)\)\s*$', re.M)
    cur_section = None
    for line in text.split('\n'):
        if line.startswith('## '):
            cur_section = line[3:].strip()
        m = pat.match(line)
        if m:
            eid, title, question, subjects, aspect = m.groups()
            subj = [s.strip() for s in subjects.split(',') if s.strip() and s.strip() != '-']
            cat[eid] = {'title': title, 'question': question, 'subjects': subj,
                        'aspect': aspect, 'section': cur_section}
    return cat


def norm(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9 ]+", ' ', s)
    return re.sub(r'\s+', ' ', s).strip()


def sentences(s):
    parts = [p for p in re.split(r'(?<=[.!?])\s+', s.strip()) if len(p.split()) >= 2]
    return len(parts)


def family(eid, cat):
    """Subjects of an entry; section name added unless it is a medicine entry."""
    if eid not in cat:
        return set()
    e = cat[eid]
    fam = set(e['subjects'])
    if e['section'] != 'medicines':
        fam.add('section:' + e['section'])
    if not fam:
        fam.add('id:' + eid)
    return fam


def is_return(turns, cat):
    fams = [family(t['expect'], cat) for t in turns]
    for i in range(len(turns)):
        for j in range(i + 1, len(turns)):
            for k in range(j + 1, len(turns)):
                if fams[i] and fams[k] & fams[i] and not (fams[j] & fams[i]):
                    return True
    return False


FORBIDDEN = re.compile(r"\b(dosage|overdos\w*|how much should i take|how many mg|how many tablets|"
                       r"suicid\w*|self[- ]harm\w*|kill myself|end my life|emergency|ambulance|911|999|"
                       r"chest pain|can'?t breathe)\b", re.I)


def main():
    cat = load_catalogue()
    if len(cat) != 154:
        err('catalogue parse: expected 154 entries, got %d' % len(cat))
    doc = yaml.safe_load(open(os.path.join(HERE, 'set.yml'), encoding='utf-8'))
    if doc.get('author') != 'independent evaluation helper (blind)':
        err('author field wrong')
    if str(doc.get('written')) != '2026-12-01':
        err('written field wrong')
    items = doc.get('items') or []
    valid = set(cat) | set(SPECIAL)

    kinds = collections.Counter()
    single_per_entry = collections.Counter()
    texts = {}
    n_turns = n_beyond_turns = 0
    fu_3plus = returns = long_items = 0
    fu_turn_kinds = collections.Counter()
    clarify_second = 0
    for idx, it in enumerate(items, 1):
        iid = it.get('id')
        if iid != 'ad%04d' % idx:
            err('item %d: id %r out of sequence' % (idx, iid))
        if set(it) - {'id', 'kind', 'beyond_seed', 'turns'}:
            err('%s: unexpected keys %s' % (iid, set(it) - {'id', 'kind', 'beyond_seed', 'turns'}))
        kind = it.get('kind')
        if kind not in KINDS:
            err('%s: bad kind %r' % (iid, kind))
            continue
        kinds[kind] += 1
        if not isinstance(it.get('beyond_seed'), bool):
            err('%s: beyond_seed must be true/false' % iid)
        turns = it.get('turns') or []
        for t in turns:
            if set(t) - {'text', 'expect', 'also'}:
                err('%s: unexpected turn keys' % iid)
            txt, exp, also = t.get('text'), t.get('expect'), t.get('also', [])
            if not isinstance(txt, str) or not txt.strip():
                err('%s: empty text' % iid)
                continue
            if exp not in valid:
                err('%s: unknown expect %r' % (iid, exp))
            if not isinstance(also, list) or any(a not in cat for a in also):
                err('%s: bad also %r' % (iid, also))
            elif exp in also or len(set(also)) != len(also):
                err('%s: also repeats expect or itself' % iid)
            if exp in ('out_of_scope', 'clarify') and also:
                err('%s: also given with %s' % (iid, exp))
            key = norm(txt)
            if key in texts:
                err('%s: duplicate text (also in %s): %r' % (iid, texts[key], txt))
            texts[key] = iid
            if FORBIDDEN.search(txt):
                err('%s: crisis/dose/emergency wording: %r' % (iid, txt))
            for e in cat.values():
                for ref in (e['title'], e['question']):
                    if difflib.SequenceMatcher(None, key, norm(ref)).ratio() >= 0.9:
                        err('%s: near-copy of catalogue text %r: %r' % (iid, ref, txt))
            n_turns += 1
            if it.get('beyond_seed'):
                n_beyond_turns += 1
        exps = [t.get('expect') for t in turns]
        if kind == 'single':
            if len(turns) != 1 or exps[0] not in cat:
                err('%s: single needs one turn with a catalogue id' % iid)
            else:
                single_per_entry[exps[0]] += 1
                txt = turns[0]['text']
                if 300 <= len(txt) <= 2000 and sentences(txt) >= 4:
                    long_items += 1
                elif len(txt) > 2000:
                    err('%s: text longer than 2000 characters' % iid)
        elif kind == 'followup':
            if not 2 <= len(turns) <= 4:
                err('%s: followup needs 2-4 turns' % iid)
            if exps and exps[0] not in cat:
                err('%s: followup first turn must expect a catalogue id' % iid)
            if len(turns) >= 3:
                fu_3plus += 1
            if is_return(turns, cat):
                returns += 1
            for e in exps[1:]:
                fu_turn_kinds[e if e in SPECIAL else 'entry'] += 1
        elif kind in ('out_of_scope', 'no_entry'):
            if not 1 <= len(turns) <= 2 or any(e != kind for e in exps):
                err('%s: %s item needs 1-2 turns all expecting %s' % (iid, kind, kind))
        elif kind == 'clarify':
            if not 1 <= len(turns) <= 2 or exps[0] != 'clarify':
                err('%s: clarify item must open with clarify, 1-2 turns' % iid)
            if len(turns) == 2:
                clarify_second += 1
                if exps[1] not in cat and exps[1] != 'no_entry':
                    err('%s: clarify second turn must name an entry' % iid)

    missing = [e for e in cat if single_per_entry[e] < 2]
    if missing:
        err('%d entries have fewer than 2 single questions: %s' % (len(missing), ', '.join(missing)))
    share = n_beyond_turns / n_turns if n_turns else 0
    minimums = [
        ('followup conversations', kinds['followup'], 190),
        ('followups with 3+ turns', fu_3plus, 85),
        ('followups returning to an earlier subject', returns, 12),
        ('long single questions', long_items, 45),
        ('out_of_scope items', kinds['out_of_scope'], 55),
        ('no_entry items', kinds['no_entry'], 55),
        ('clarify items', kinds['clarify'], 15),
    ]
    for name, got, need in minimums:
        if got < need:
            err('%s: %d < %d' % (name, got, need))
    if not 650 <= len(items) <= 700:
        warnings.append('item count %d outside 650-700' % len(items))
    if not 950 <= n_turns <= 1000:
        warnings.append('turn count %d outside 950-1000' % n_turns)
    if not 0.70 <= share <= 0.82:
        warnings.append('beyond_seed turn share %.1f%% not about three quarters' % (100 * share))

    print('items: %d   turns: %d' % (len(items), n_turns))
    print('kinds: ' + ', '.join('%s=%d' % (k, kinds[k]) for k in KINDS))
    print('followups: %d (3+ turns: %d, returning to an earlier subject: %d)'
          % (kinds['followup'], fu_3plus, returns))
    print('later followup turns: entry=%d no_entry=%d out_of_scope=%d'
          % (fu_turn_kinds['entry'], fu_turn_kinds['no_entry'], fu_turn_kinds['out_of_scope']))
    print('long single questions: %d' % long_items)
    print('clarify items with a second turn: %d' % clarify_second)
    spread = collections.Counter(single_per_entry[e] for e in cat)
    print('singles per entry: ' + ', '.join('%d entries x%d' % (v, k) for k, v in sorted(spread.items())))
    print('beyond_seed turns: %d/%d (%.1f%%)' % (n_beyond_turns, n_turns, 100 * share))
    for w in warnings:
        print('WARNING: ' + w)
    for e in errors[:60]:
        print('ERROR: ' + e)
    if len(errors) > 60:
        print('... %d more errors' % (len(errors) - 60))
    print('RESULT: %s (%d errors, %d warnings)' % ('PASS' if not errors else 'FAIL', len(errors), len(warnings)))
    return 0 if not errors else 1


if __name__ == '__main__':
    sys.exit(main())
