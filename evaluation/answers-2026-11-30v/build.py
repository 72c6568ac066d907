#!/usr/bin/env python3
"""Build set.yml from the hand-written files in src/.

Source format (one item per KIND line; "-" lines add turns to the current item):
    KIND[#tag] expect [also=a,b] [seed] :: text
KIND: S single, F followup, O out_of_scope, N no_entry, C clarify.
"seed" marks a turn the seed article answers. An item is beyond_seed unless
every one of its turns is marked seed.  Tags (e.g. #ret) are for the author's
own counting and are not written to set.yml.
"""
import glob, os, random, sys, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'S': 'single', 'F': 'followup', 'O': 'out_of_scope', 'N': 'no_entry', 'C': 'clarify'}


def parse_turn(left, text, where):
    toks = left.split()
    expect, also, seed = toks[0], [], False
    for t in toks[1:]:
        if t.startswith('also='):
            also = [a for a in t[5:].split(',') if a]
        elif t == 'seed':
            seed = True
        else:
            sys.exit(f'{where}: bad token {t!r}')
    return {'text': text.strip(), 'expect': expect, 'also': also, '_seed': seed}


def load():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        name = os.path.basename(path)
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            where = f'{name}:{n}'
            if ' :: ' not in line:
                sys.exit(f'{where}: missing " :: "')
            left, text = line.split(' :: ', 1)
            head, rest = (left.split(None, 1) + [''])[:2]
            if head == '-':
                if not items:
                    sys.exit(f'{where}: continuation without item')
                items[-1]['turns'].append(parse_turn(rest, text, where))
                continue
            kind_letter, *tags = head.split('#')
            if kind_letter not in KINDS:
                sys.exit(f'{where}: bad kind {head!r}')
            items.append({'kind': KINDS[kind_letter], 'tags': tags, 'src': where,
                          'turns': [parse_turn(rest, text, where)]})
    return items


def main():
    items = load()
    random.Random(20261225).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        beyond = not all(t['_seed'] for t in it['turns'])
        out.append({
            'id': f'v{i:04d}',
            'kind': it['kind'],
            'beyond_seed': beyond,
            'turns': [{'text': t['text'], 'expect': t['expect'], 'also': t['also']} for t in it['turns']],
        })
    doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-11-30', 'items': out}
    with open(os.path.join(HERE, 'set.yml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    # author's own counts (from source annotations)
    nturns = sum(len(it['turns']) for it in items)
    seed_turns = sum(t['_seed'] for it in items for t in it['turns'])
    ret = sum('ret' in it['tags'] for it in items)
    print(f'built {len(out)} items, {nturns} turns; turns marked seed-answered: {seed_turns} '
          f'({seed_turns / nturns:.1%}); follow-ups tagged as returning to an earlier subject: {ret}')


if __name__ == '__main__':
    main()
