#!/usr/bin/env python3
"""Build set.yml from the hand-written source files in src/.

Source format (one item per header line; later turns on lines starting with '> '):
    KIND[*] EXPECT[,ALSO...] :: text
KIND: s single, f followup, n no_entry, o out_of_scope, c clarify.
A '*' after KIND marks an item whose question(s) the seed article answers (beyond_seed: false).
Every question text in src/ was written by hand; this script only parses, shuffles and numbers.
"""
import glob, os, random, re, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = ['singles1.txt', 'singles2.txt', 'singles3.txt', 'singles4.txt', 'long.txt',
       'followups1.txt', 'followups2.txt', 'followups3.txt', 'other.txt']
KINDS = {'s': 'single', 'f': 'followup', 'n': 'no_entry', 'o': 'out_of_scope', 'c': 'clarify'}
HEAD = re.compile(r'^([sfnoc])(\*?) ([a-z0-9_,]+) :: (.+)$')
CONT = re.compile(r'^> ([a-z0-9_,]+) :: (.+)$')


def turn(labels, text):
    ids = labels.split(',')
    t = {'text': text.strip(), 'expect': ids[0]}
    if len(ids) > 1:
        t['also'] = ids[1:]
    return t


def parse():
    items = []
    for name in SRC:
        path = os.path.join(HERE, 'src', name)
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            m = HEAD.match(line)
            if m:
                items.append({'kind': KINDS[m.group(1)], 'beyond_seed': m.group(2) != '*',
                              'turns': [turn(m.group(3), m.group(4))]})
                continue
            m = CONT.match(line)
            if m and items:
                items[-1]['turns'].append(turn(m.group(1), m.group(2)))
                continue
            raise SystemExit(f'{name}:{n}: cannot parse: {line!r}')
    return items


def main():
    items = parse()
    random.Random(3056313899).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({'id': f'ae{i:04d}', 'kind': it['kind'], 'beyond_seed': it['beyond_seed'],
                    'turns': it['turns']})
    doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-12-01', 'items': out}
    with open(os.path.join(HERE, 'set.yml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=10000)
    print(f'wrote {len(out)} items, {sum(len(i["turns"]) for i in out)} turns')


if __name__ == '__main__':
    main()
