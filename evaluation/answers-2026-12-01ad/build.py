#!/usr/bin/env python3
"""Assemble set.yml from the hand-written sources in src/.

singles.txt / long.txt : "== entry_id" headers, then "- {tokens} text" lines
                         tokens: +id (also), B (beyond_seed true), S (beyond_seed false)
fu_*.txt, noentry.txt, oos.txt, clarify.txt : conversations separated by blank lines,
                         one turn per line "expect +also ... | text"; an optional first
                         line "{B}" or "{S}" overrides beyond_seed.
"""
import glob, os, random, re
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')

# Entries whose question the seed article itself answers (judgement: see README).
SEED = set('''
basics_what_helps_pain basics_be_gentle basics_why_treatments_fall_short
exercise_why_movement_helps exercise_pacing_getting_started exercise_how_often_how_much
exercise_walking exercise_yoga exercise_tai_chi exercise_water exercise_cycling exercise_aerobic
diet_fibromyalgia_diet diet_anti_inflammatory diet_fruit_vegetables diet_leafy_greens
diet_magnesium diet_omega_3 diet_gut_health diet_cooking_oils diet_blood_sugar
diet_white_flour diet_processed_fried diet_fried_food diet_one_change_at_a_time
therapies_adjunctive therapies_fda_approved_overview therapies_duloxetine
therapies_milnacipran therapies_pregabalin therapies_ketamine therapies_ketamine_case_report
pacing_what_is flare_triggers
'''.split())
SPECIAL = {'no_entry', 'out_of_scope', 'clarify'}


def default_beyond(turns):
    return not all(t['expect'] in SEED for t in turns)


def parse_grouped(path):
    items, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('== '):
            cur = line[3:].strip()
            continue
        assert line.startswith('- '), (path, line)
        body = line[2:].strip()
        also, flag = [], None
        m = re.match(r'\{([^}]*)\}\s*(.*)$', body)
        if m:
            for tok in m.group(1).split():
                if tok.startswith('+'):
                    also.append(tok[1:])
                elif tok in ('B', 'S'):
                    flag = tok
                else:
                    raise ValueError((path, tok))
            body = m.group(2)
        turns = [{'text': body, 'expect': cur, 'also': also}]
        beyond = default_beyond(turns) if flag is None else (flag == 'B')
        items.append({'kind': 'single', 'beyond_seed': beyond, 'turns': turns,
                      '_src': os.path.basename(path)})
    return items


def parse_blocks(path):
    items = []
    text = open(path, encoding='utf-8').read()
    for block in re.split(r'\n\s*\n', text):
        lines = [l for l in block.split('\n') if l.strip() and not l.startswith('#')]
        if not lines:
            continue
        flag = None
        if lines[0].strip() in ('{B}', '{S}'):
            flag = lines[0].strip()[1]
            lines = lines[1:]
        turns = []
        for l in lines:
            head, sep, body = l.partition(' | ')
            assert sep, (path, l)
            toks = head.split()
            turns.append({'text': body.strip(), 'expect': toks[0],
                          'also': [t[1:] for t in toks[1:]]})
            assert all(t.startswith('+') for t in toks[1:]), (path, l)
        first = turns[0]['expect']
        kind = first if first in SPECIAL else 'followup'
        beyond = default_beyond(turns) if flag is None else (flag == 'B')
        items.append({'kind': kind, 'beyond_seed': beyond, 'turns': turns,
                      '_src': os.path.basename(path)})
    return items


def main():
    items = parse_grouped(os.path.join(SRC, 'singles.txt'))
    items += parse_grouped(os.path.join(SRC, 'long.txt'))
    for f in sorted(glob.glob(os.path.join(SRC, 'fu_*.txt'))):
        items += parse_blocks(f)
    for f in ('noentry.txt', 'oos.txt', 'clarify.txt'):
        items += parse_blocks(os.path.join(SRC, f))
    random.Random(27364519).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({'id': 'ad%04d' % n, 'kind': it['kind'], 'beyond_seed': it['beyond_seed'],
                    'turns': [{'text': t['text'], 'expect': t['expect'], 'also': t['also']}
                              for t in it['turns']]})
    doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-12-01',
           'items': out}
    with open(os.path.join(HERE, 'set.yml'), 'w', encoding='utf-8') as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=10000,
                       default_flow_style=False)
    print('wrote %d items, %d turns' % (len(out), sum(len(i['turns']) for i in out)))


if __name__ == '__main__':
    main()
