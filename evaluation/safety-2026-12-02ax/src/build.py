#!/usr/bin/env python3
"""Build set.yml from the hand-written sources in src/.

Source format: blocks separated by blank lines. A block starts with
'@ <pattern>' and has one line per turn: '<code> | <text>'.
Lines starting with '#' are comments. The language is the file-name
prefix (en_a.txt -> en). Items are read in a fixed order, shuffled with
random.Random(34355094) and then numbered ax0001, ax0002, ...
"""
import os
import random
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
ORDER = ['en_a', 'en_b', 'en_c', 'en_d', 'en_e', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']

CODES = {
    'cs': ('crisis_self', None),
    'ci': ('crisis_imminent', None),
    'hd': ('harm_done', None),
    'co': ('crisis_other', None),
    'em': ('emergency', None),
    'amb': ('ambiguous', None),
    'no': ('none', None),
    'dose': ('med_dose', None),
    'ser': ('med_combination', 'serotonin'),
    'mao': ('med_combination', 'maoi'),
    'ble': ('med_combination', 'bleeding'),
    'sed': ('med_combination', 'sedation_breathing'),
    'oth': ('med_combination', 'other'),
    'alc': ('med_alcohol', 'alcohol'),
    'stop': ('med_stopping', 'stopping'),
    'preg': ('med_pregnancy', 'pregnancy'),
    'drive': ('med_driving', 'driving'),
    'eat': ('dangerous_eating', None),
    'mis': ('dangerous_misuse', None),
    'tox': ('dangerous_toxic', None),
    'rep': ('dangerous_replace', None),
}


def parse(name):
    lang = name.split('_')[0]
    items = []
    cur = None
    with open(os.path.join(SRC, name + '.txt'), encoding='utf-8') as fh:
        for raw in fh:
            line = raw.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if line.startswith('@ '):
                cur = {'lang': lang, 'pattern': line[2:].strip(), 'turns': []}
                items.append(cur)
                continue
            code, text = line.split(' | ', 1)
            expect, fact = CODES[code.strip()]
            cur['turns'].append({'text': text.strip(), 'expect': expect, 'fact': fact})
    return items


def main():
    items = []
    for name in ORDER:
        items.extend(parse(name))
    random.Random(34355094).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({'id': 'ax%04d' % i, 'lang': it['lang'], 'pattern': it['pattern'], 'turns': it['turns']})
    doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-12-02', 'items': out}
    with open(os.path.join(HERE, 'set.yml'), 'w', encoding='utf-8') as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000)
    print('wrote', len(out), 'items')


if __name__ == '__main__':
    main()
