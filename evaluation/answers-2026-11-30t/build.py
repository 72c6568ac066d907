#!/usr/bin/env python3
"""Assemble set.yml from the hand-written sources in src/.

Source format (one item per line, or a block):
  K f expect(+also...) :: text          one-turn item
  K                                     block header, followed by turn lines
  - f expect(+also...) :: text
K = S single | F followup | O out_of_scope | N no_entry | C clarify
f = s (the seed article answers this turn) | b (beyond the seed article)
An item's beyond_seed is false only when the seed answers every turn.
"""
import glob, json, random, re, sys
import yaml

HERE = '/tmp/set-t'
KINDS = {'S': 'single', 'F': 'followup', 'O': 'out_of_scope', 'N': 'no_entry', 'C': 'clarify'}

def parse_turn(flag, spec, text):
    assert flag in ('s', 'b'), (flag, text)
    parts = spec.split('+')
    t = {'text': text.strip(), 'expect': parts[0]}
    t['also'] = parts[1:]
    return t, flag

def main():
    items = []
    cur = None
    for path in sorted(glob.glob(HERE + '/src/*.txt')):
        for ln, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            m = re.match(r'^([SFONC])(?: ([sb]) (\S+) :: (.+))?$', line)
            if m:
                k = KINDS[m.group(1)]
                cur = {'kind': k, 'turns': [], 'flags': [], 'src': f'{path}:{ln}'}
                items.append(cur)
                if m.group(2):
                    t, f = parse_turn(m.group(2), m.group(3), m.group(4))
                    cur['turns'].append(t); cur['flags'].append(f)
                    cur = None
                continue
            m = re.match(r'^- ([sb]) (\S+) :: (.+)$', line)
            if m and cur is not None:
                t, f = parse_turn(m.group(1), m.group(2), m.group(3))
                cur['turns'].append(t); cur['flags'].append(f)
                continue
            sys.exit(f'cannot parse {path}:{ln}: {line!r}')
    out = []
    seed_turns = 0
    for it in items:
        seed_turns += it['flags'].count('s')
        out.append({
            'kind': it['kind'],
            'beyond_seed': any(f == 'b' for f in it['flags']),
            'turns': [{'text': t['text'], 'expect': t['expect'], 'also': t['also']} for t in it['turns']],
        })
    random.Random(20261219).shuffle(out)
    final = []
    for i, it in enumerate(out, 1):
        final.append({'id': f't{i:04d}', **it})
    doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-11-30', 'items': final}
    with open(HERE + '/set.yml', 'w', encoding='utf-8') as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    nturns = sum(len(i['turns']) for i in final)
    print(f'items {len(final)} turns {nturns} seed-answered turns {seed_turns} '
          f'({100*seed_turns/nturns:.1f}%), beyond-seed turns {100*(nturns-seed_turns)/nturns:.1f}%')

if __name__ == '__main__':
    main()
