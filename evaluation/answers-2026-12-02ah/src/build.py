"""Assemble set.yml from the hand-written source files in src/.

Source format (one file per theme, all written by hand):
  '== <kind>'            group: every following turn line is a one-turn item of that kind
  '@<kind> [return]'     block: the following turn lines (until a blank line) form one item;
                         'return' marks a follow-up that goes back to an earlier subject
  '[*]expect[ +also1,also2] :: text'
                         '*' = the seed article answers this turn
"""
import collections, glob, os, random, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'set.yml')
TURN = re.compile(r'^(\*)?([a-z0-9_]+)(?:\s+\+([a-z0-9_,]+))?\s+::\s+(.+?)\s*$')
KINDS = {'single', 'followup', 'out_of_scope', 'no_entry', 'clarify'}


def parse(path):
    items, mode, kind, cur = [], None, None, None

    def flush():
        nonlocal cur
        if cur and cur['turns']:
            items.append(cur)
        cur = None

    for n, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.rstrip('\n')
        if line.startswith('#'):
            continue
        if not line.strip():
            if mode == 'block':
                flush()
            continue
        if line.startswith('== '):
            flush(); mode, kind = 'group', line[3:].strip()
            assert kind in KINDS, (path, n)
            continue
        if line.startswith('@'):
            flush(); parts = line[1:].split()
            mode, kind = 'block', parts[0]
            assert kind in KINDS, (path, n)
            cur = {'kind': kind, 'turns': [], 'seed': [], 'ret': 'return' in parts[1:], 'src': os.path.basename(path)}
            continue
        m = TURN.match(line)
        if not m:
            sys.exit(f'bad line {path}:{n}: {line}')
        star, exp, also, text = m.groups()
        turn = {'text': text, 'expect': exp, 'also': also.split(',') if also else []}
        if mode == 'group':
            items.append({'kind': kind, 'turns': [turn], 'seed': [bool(star)], 'ret': False, 'src': os.path.basename(path)})
        else:
            cur['turns'].append(turn); cur['seed'].append(bool(star))
    flush()
    return items


def main():
    items = []
    for p in sorted(glob.glob(os.path.join(HERE, '*.txt'))):
        items.extend(parse(p))
    random.Random(999023258).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        it['id'] = f'ah{i:04d}'
        out.append({'id': it['id'], 'kind': it['kind'],
                    'beyond_seed': not all(it['seed']),
                    'turns': it['turns']})
    doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-12-01', 'items': out}
    with open(OUT, 'w', encoding='utf-8') as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=10000, default_flow_style=False)
    # side statistics for the README (not part of the frozen set)
    rets = [it['id'] for it in items if it['ret']]
    print('items', len(items), 'turns', sum(len(it['turns']) for it in items))
    print('hand-marked returns', len(rets))
    print('kinds', collections.Counter(it['kind'] for it in items))
    print('seed-answered turns (per turn)', sum(sum(it['seed']) for it in items))


if __name__ == '__main__':
    main()
