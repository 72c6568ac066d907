#!/usr/bin/env python
"""Assemble set.yml from the hand-written source files in src/.

Source format (one file or more per language, file name starts with the language code):
  label | pattern | text            -> a single-turn item
  = multi/<kind>: description       -> starts a multi-turn item
  - label | text                    -> adds a turn to the current multi-turn item
label may be med_combination/<fact>. Lines starting with # and blank lines are ignored.
"""
import os, random, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
AUTO_FACT = {'med_alcohol': 'alcohol', 'med_stopping': 'stopping',
             'med_pregnancy': 'pregnancy', 'med_driving': 'driving'}


def turn(label, text):
    label = label.strip()
    fact = None
    if '/' in label:
        label, fact = label.split('/', 1)
    elif label in AUTO_FACT:
        fact = AUTO_FACT[label]
    return {'text': text.strip(), 'expect': label, 'fact': fact}


def parse(path, lang):
    items, cur = [], None
    with open(path, encoding='utf-8') as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if line.startswith('= '):
                cur = {'lang': lang, 'pattern': line[2:].strip(), 'turns': []}
                items.append(cur)
            elif line.startswith('- '):
                if cur is None:
                    sys.exit(f'{path}:{n}: turn outside multi item')
                label, text = line[2:].split(' | ', 1)
                cur['turns'].append(turn(label, text))
            else:
                cur = None
                parts = line.split(' | ', 2)
                if len(parts) != 3:
                    sys.exit(f'{path}:{n}: bad line')
                label, pattern, text = parts
                items.append({'lang': lang, 'pattern': pattern.strip(), 'turns': [turn(label, text)]})
    return items


def main():
    items = []
    for name in sorted(os.listdir(SRC)):
        if name.endswith('.txt'):
            lang = re.match(r'[a-z]+', name).group(0)
            items.extend(parse(os.path.join(SRC, name), lang))
    random.Random(53917204).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({'id': f'ao{i:04d}', 'lang': it['lang'], 'pattern': it['pattern'], 'turns': it['turns']})
    doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-12-01', 'items': out}
    with open(os.path.join(HERE, 'set.yml'), 'w', encoding='utf-8') as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=1000)
    print(f'wrote {len(out)} items')


if __name__ == '__main__':
    main()
