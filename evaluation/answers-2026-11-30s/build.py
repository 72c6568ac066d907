#!/usr/bin/env python3
"""Build set.yml from the hand-written source files in src/.

Source format: one turn per line, `LABEL | text`, where LABEL is
`expect(+also)*` optionally followed by ` !s` (seed article answers this turn) or
` !b` (it does not).  Without a flag a turn counts as answered by the seed article
when its expect is in SEED below; out_of_scope / no_entry / clarify turns never are.
singles.txt: one item per line.  followups*.txt: items separated by blank lines.
oos.txt / noentry.txt: a block of exactly two lines is one two-turn item, other
lines are one-turn items.  clarify.txt: a `clarify` line starts an item, the
following non-clarify line is its second turn.
"""
import random, re, yaml, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
SEED = set('''exercise_walking exercise_yoga exercise_tai_chi exercise_water exercise_cycling
exercise_aerobic exercise_why_movement_helps exercise_pacing_getting_started
exercise_how_often_how_much diet_anti_inflammatory diet_fruit_vegetables diet_leafy_greens
diet_magnesium diet_omega_3 diet_gut_health diet_cooking_oils diet_blood_sugar diet_white_flour
diet_processed_fried diet_fried_food diet_one_change_at_a_time therapies_adjunctive
therapies_fda_approved_overview therapies_duloxetine therapies_milnacipran therapies_pregabalin
therapies_ketamine therapies_ketamine_case_report basics_be_gentle basics_what_helps_pain'''.split())

def parse_line(line):
    label, text = line.split('|', 1)
    label = label.strip(); text = text.strip()
    flag = None
    m = re.match(r'^(\S+)\s*(!s|!b)?$', label)
    assert m, line
    ids = m.group(1).split('+'); flag = m.group(2)
    exp, also = ids[0], ids[1:]
    if flag == '!s': seed = True
    elif flag == '!b': seed = False
    else: seed = exp in SEED
    if exp in ('out_of_scope', 'no_entry', 'clarify'): seed = False if flag != '!s' else True
    t = {'text': text, 'expect': exp}
    t['also'] = also
    return t, seed

def lines_of(block):
    return [l for l in block.splitlines() if l.strip() and not l.lstrip().startswith('#')]

def blocks(fn):
    return [lines_of(b) for b in re.split(r'\n\s*\n', open(os.path.join(SRC, fn)).read()) if lines_of(b)]

raw = []  # (kind, [(turn, seed)])
for l in lines_of(open(os.path.join(SRC, 'singles.txt')).read()):
    raw.append(('single', [parse_line(l)]))
for fn in sorted(f for f in os.listdir(SRC) if f.startswith('followups')):
    for b in blocks(fn):
        raw.append(('followup', [parse_line(l) for l in b]))
for fn, kind in (('oos.txt', 'out_of_scope'), ('noentry.txt', 'no_entry')):
    for b in blocks(fn):
        if len(b) == 2:
            raw.append((kind, [parse_line(l) for l in b]))
        else:
            for l in b: raw.append((kind, [parse_line(l)]))
cur = None
for l in lines_of(open(os.path.join(SRC, 'clarify.txt')).read()):
    t = parse_line(l)
    if t[0]['expect'] == 'clarify':
        cur = ['clarify', [t]]; raw.append(cur)
    else:
        cur[1].append(t)

def beyond_flag(seeds):
    """Item flag: true unless the seed article answers more than half of the item's turns."""
    return not (sum(seeds) * 2 > len(seeds))

random.Random(20261217).shuffle(raw)
items = []
seed_turns = 0; nturns = 0
for i, (kind, turns) in enumerate(raw, 1):
    nturns += len(turns); seed_turns += sum(1 for _, s in turns if s)
    items.append({'id': 's%04d' % i, 'kind': kind,
                  'beyond_seed': beyond_flag([s for _, s in turns]),
                  'turns': [t for t, _ in turns]})
doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-11-30', 'items': items}

class D(yaml.SafeDumper): pass
def flow_list(d, v): return d.represent_sequence('tag:yaml.org,2002:seq', v, flow_style=(len(v) == 0 or all(isinstance(x, str) for x in v)))
D.add_representer(list, flow_list)
with open(os.path.join(HERE, 'set.yml'), 'w') as f:
    yaml.dump(doc, f, Dumper=D, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
print('items', len(items), 'turns', nturns, 'turns answered by seed', seed_turns,
      'turns beyond seed %.1f%%' % (100 * (nturns - seed_turns) / nturns),
      'items beyond_seed', sum(i['beyond_seed'] for i in items))
