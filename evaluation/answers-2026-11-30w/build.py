#!/usr/bin/env python3
"""Build set.yml from the hand-written source batches in src/.

Source format (one file per batch, '#' starts a comment line):
  S <expect>[+also1,also2] [!seed|!beyond] | <text>      one-line single item
  Block items (followup F, out_of_scope O, no_entry N, clarify C):
    F [!seed|!beyond]
    <expect>[+also,...] | <turn text>
    ...
    (blank line ends the block)
beyond_seed defaults to False only when every turn's expect is an entry the seed
article answers (SEED below); the flags !seed / !beyond override it by hand.
"""
import glob, os, random, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'S': 'single', 'F': 'followup', 'O': 'out_of_scope', 'N': 'no_entry', 'C': 'clarify'}
SEED = set('''basics_what_helps_pain basics_be_gentle basics_why_treatments_fall_short
therapies_adjunctive therapies_fda_approved_overview therapies_duloxetine therapies_milnacipran
therapies_pregabalin therapies_ketamine therapies_ketamine_case_report exercise_why_movement_helps
exercise_pacing_getting_started exercise_how_often_how_much exercise_walking exercise_yoga
exercise_tai_chi exercise_water exercise_cycling diet_anti_inflammatory diet_fruit_vegetables
diet_leafy_greens diet_magnesium diet_omega_3 diet_gut_health diet_cooking_oils diet_blood_sugar
diet_white_flour diet_processed_fried diet_fried_food diet_one_change_at_a_time
pacing_what_is exercise_aerobic'''.split())


def parse_turn(line, where):
    head, sep, text = line.partition(' | ')
    if not sep or not text.strip():
        raise SystemExit(f'bad turn line {where}: {line!r}')
    head = head.strip()
    flags = [t for t in head.split() if t.startswith('!')]
    lab = [t for t in head.split() if not t.startswith('!')]
    if len(lab) != 1:
        raise SystemExit(f'bad label {where}: {line!r}')
    exp, _, also = lab[0].partition('+')
    turn = {'text': text.strip(), 'expect': exp}
    turn['also'] = [a for a in also.replace('+', ',').split(',') if a] if also else []
    return turn, flags


def finish(kind, flags, turns):
    if '!seed' in flags:
        beyond = False
    elif '!beyond' in flags:
        beyond = True
    else:
        beyond = not all(t['expect'] in SEED for t in turns)
    return {'kind': kind, 'beyond_seed': beyond, 'turns': turns}


def parse_file(path):
    items, cur = [], None
    for n, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.rstrip('\n')
        where = f'{os.path.basename(path)}:{n}'
        if line.strip().startswith('#'):
            continue
        if not line.strip():
            if cur:
                items.append(finish(*cur)); cur = None
            continue
        if line.startswith('S ') and ' | ' in line:
            if cur:
                raise SystemExit(f'single inside block {where}')
            t, fl = parse_turn(line[2:], where)
            items.append(finish('single', fl, [t]))
            continue
        first = line.split()[0]
        if first in KINDS and ' | ' not in line:
            if cur:
                raise SystemExit(f'block not closed {where}')
            cur = (KINDS[first], line.split()[1:], [])
            continue
        if cur is None:
            raise SystemExit(f'turn outside block {where}: {line!r}')
        t, fl = parse_turn(line, where)
        if fl:
            raise SystemExit(f'flags belong on the block line {where}')
        cur[2].append(t)
    if cur:
        items.append(finish(*cur))
    return items


def main():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        items.extend(parse_file(path))
    random.Random(20261227).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({'id': f'w{i:04d}', 'kind': it['kind'], 'beyond_seed': it['beyond_seed'],
                    'turns': it['turns']})
    doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-11-30', 'items': out}
    with open(os.path.join(HERE, 'set.yml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000)
    print(f'wrote set.yml: {len(out)} items, {sum(len(i["turns"]) for i in out)} turns')


if __name__ == '__main__':
    main()
