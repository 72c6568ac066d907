"""Build /tmp/set-ab/set.yml from the hand-written source files in src/.
Source line format:  expect[+also1,also2][@s|@b] :: text
"""
import re, sys, json, random, collections
sys.path.insert(0, '/tmp/set-ab/src')
from cat import load_catalogue
CAT = load_catalogue()
SPECIAL = {'no_entry', 'out_of_scope', 'clarify'}
# entries whose question the seed article answers (default per-turn seed judgement)
SEED = set('''basics_what_is_fibromyalgia basics_why_treatments_fall_short basics_be_gentle basics_what_helps_pain
flare_triggers pacing_what_is
diet_fibromyalgia_diet diet_anti_inflammatory diet_fruit_vegetables diet_leafy_greens diet_magnesium diet_omega_3
diet_gut_health diet_cooking_oils diet_blood_sugar diet_white_flour diet_processed_fried diet_fried_food diet_one_change_at_a_time
therapies_adjunctive therapies_fda_approved_overview therapies_duloxetine therapies_milnacipran therapies_pregabalin
therapies_ketamine therapies_ketamine_case_report
exercise_why_movement_helps exercise_pacing_getting_started exercise_how_often_how_much exercise_aerobic exercise_walking
exercise_water exercise_yoga exercise_tai_chi exercise_cycling'''.split())
assert SEED <= set(CAT), SEED - set(CAT)

def parse_turn(line):
    head, text = line.split(' :: ', 1)
    seed = None
    if '@' in head:
        head, flag = head.split('@'); seed = {'s': True, 'b': False}[flag]
    also = []
    if '+' in head:
        head, a = head.split('+'); also = a.split(',')
    exp = head.strip()
    if seed is None:
        seed = exp in SEED
    return dict(text=text.strip(), expect=exp, also=also, seed=seed)

def blocks(path):
    cur, tags, section = [], [], None
    for raw in open(path, encoding='utf-8'):
        line = raw.strip()
        if line.startswith('== '):
            if cur: yield section, tags, cur
            cur, tags = [], []; section = line[3:].strip(); continue
        if not line:
            if cur: yield section, tags, cur
            cur, tags = [], []; continue
        if line.startswith('#'): continue
        if line.startswith('%'):
            tags += line[1:].split(); continue
        cur.append(parse_turn(line))
    if cur: yield section, tags, cur

items = []
for line in open('/tmp/set-ab/src/singles.txt', encoding='utf-8'):
    line = line.strip()
    if not line or line.startswith('#'): continue
    items.append(dict(kind='single', tags=[], turns=[parse_turn(line)]))
for f in ['followups1.txt', 'followups2.txt']:
    for _, tags, turns in blocks('/tmp/set-ab/src/' + f):
        items.append(dict(kind='followup', tags=tags, turns=turns))
for section, tags, turns in blocks('/tmp/set-ab/src/others.txt'):
    items.append(dict(kind=section, tags=tags, turns=turns))

# source-level sanity (full validation is in check.py)
for it in items:
    for t in it['turns']:
        for x in [t['expect']] + t['also']:
            assert x in CAT or x in SPECIAL, (x, t['text'])
        if t['expect'] in SPECIAL and t['expect'] != 'no_entry':
            assert not t['also'], t
        if t['expect'] in SPECIAL:
            t['seed'] = False

rng = random.Random(60516717)
rng.shuffle(items)
for i, it in enumerate(items, 1):
    it['id'] = 'ab%04d' % i
    it['beyond_seed'] = any(not t['seed'] for t in it['turns'])

def q(s):
    return json.dumps(s, ensure_ascii=False)
out = ['author: independent evaluation helper (blind)', "written: '2026-11-30'", 'items:']
for it in items:
    out.append('- id: ' + it['id'])
    out.append('  kind: ' + it['kind'])
    out.append('  beyond_seed: ' + ('true' if it['beyond_seed'] else 'false'))
    out.append('  turns:')
    for t in it['turns']:
        out.append('  - text: ' + q(t['text']))
        out.append('    expect: ' + t['expect'])
        out.append('    also: [' + ', '.join(t['also']) + ']')
open('/tmp/set-ab/set.yml', 'w', encoding='utf-8').write('\n'.join(out) + '\n')

# bookkeeping for the README (per-turn seed judgements and tags, not part of set.yml)
stats = collections.Counter()
for it in items:
    stats['items_' + it['kind']] += 1
    stats['turns_' + it['kind']] += len(it['turns'])
    for t in it['turns']:
        stats['turns_seed' if t['seed'] else 'turns_beyond'] += 1
    for tg in set(it['tags']):
        stats['tag_' + tg] += 1
json.dump(dict(stats), open('/tmp/set-ab/src/build_stats.json', 'w'), indent=1, sort_keys=True)
print(json.dumps(dict(sorted(stats.items())), indent=0))
print('items', len(items), 'turns', sum(len(i['turns']) for i in items))
