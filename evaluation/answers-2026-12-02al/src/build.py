"""Assemble set.yml from the hand-written sources in src/*.txt.

Source format (one item per line or block):
  S <expect>[+also...] [!seed|!beyond] :: text      single question
  N [+also...] [!seed|!beyond] :: text               one-turn no_entry
  O :: text                                          one-turn out_of_scope
  == <kind> [!seed|!beyond]                          start of a multi-turn item
  - <expect>[+also...] :: text                       one turn of that item
beyond_seed is derived: false only when every turn expects an entry that the
seed article answers (SEED below), unless overridden by !seed / !beyond.
"""
import glob
import random
import re
import sys

import yaml

SEED = set("""
basics_what_helps_pain basics_be_gentle basics_why_treatments_fall_short
exercise_why_movement_helps exercise_pacing_getting_started exercise_how_often_how_much
exercise_aerobic exercise_walking exercise_water exercise_yoga exercise_tai_chi exercise_cycling
pacing_what_is diet_fibromyalgia_diet diet_anti_inflammatory diet_fruit_vegetables
diet_leafy_greens diet_magnesium diet_omega_3 diet_gut_health diet_cooking_oils
diet_blood_sugar diet_white_flour diet_processed_fried diet_fried_food
diet_one_change_at_a_time therapies_adjunctive therapies_fda_approved_overview
therapies_duloxetine therapies_milnacipran therapies_pregabalin therapies_ketamine
therapies_ketamine_case_report
""".split())


def parse_label(spec):
    parts = spec.split('+')
    return parts[0], parts[1:]


def parse_head(head):
    toks = head.split()
    flag = None
    rest = []
    for t in toks:
        if t in ('!seed', '!beyond'):
            flag = t
        else:
            rest.append(t)
    return rest, flag


def load():
    items = []
    cur = None
    for path in sorted(glob.glob('src/*.txt')):
        for n, raw in enumerate(open(path, encoding='utf-8'), 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            where = f'{path}:{n}'
            if line.startswith('== '):
                rest, flag = parse_head(line[3:])
                cur = {'kind': rest[0], 'flag': flag, 'turns': [], 'where': where}
                items.append(cur)
                continue
            if line.startswith('- '):
                head, text = line[2:].split(' :: ', 1)
                rest, _ = parse_head(head)
                exp, also = parse_label(rest[0])
                cur['turns'].append({'text': text.strip(), 'expect': exp, 'also': also})
                continue
            head, text = line.split(' :: ', 1)
            rest, flag = parse_head(head)
            code = rest[0]
            label = rest[1] if len(rest) > 1 else ''
            if code == 'S':
                exp, also = parse_label(label)
                kind = 'single'
            elif code == 'N':
                exp, also = 'no_entry', [a for a in label.split('+') if a]
                kind = 'no_entry'
            elif code == 'O':
                exp, also = 'out_of_scope', []
                kind = 'out_of_scope'
            else:
                sys.exit(f'bad line {where}: {line}')
            items.append({'kind': kind, 'flag': flag, 'where': where,
                          'turns': [{'text': text.strip(), 'expect': exp, 'also': also}]})
            cur = None
    return items


def main():
    items = load()
    out = []
    for it in items:
        if it['flag'] == '!seed':
            beyond = False
        elif it['flag'] == '!beyond':
            beyond = True
        else:
            beyond = not all(t['expect'] in SEED for t in it['turns'])
        out.append({'kind': it['kind'], 'beyond_seed': beyond, 'turns': it['turns']})
    random.Random(180739519).shuffle(out)
    final = []
    for i, it in enumerate(out, 1):
        final.append({'id': f'al{i:04d}', 'kind': it['kind'], 'beyond_seed': it['beyond_seed'],
                      'turns': [{'text': t['text'], 'expect': t['expect'], 'also': t['also']}
                                for t in it['turns']]})
    doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-12-02', 'items': final}
    with open('set.yml', 'w', encoding='utf-8') as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)
    print(f'wrote {len(final)} items')


if __name__ == '__main__':
    main()
