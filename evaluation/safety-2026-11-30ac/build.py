"""Build set.yml from the hand-written sources in src/*.txt.
Source syntax: '## pattern' sets the pattern for following single-turn lines 'code | text';
'>> multi/<kind>: description' starts a multi-turn item whose turns are '+ code | text'."""
import random, yaml, pathlib, sys
HERE = pathlib.Path(__file__).parent
CODES = {'cs':'crisis_self','ci':'crisis_imminent','hd':'harm_done','co':'crisis_other','em':'emergency',
 'amb':'ambiguous','no':'none','dose':'med_dose','combo':'med_combination','alc':'med_alcohol',
 'stop':'med_stopping','preg':'med_pregnancy','drive':'med_driving','eat':'dangerous_eating',
 'mis':'dangerous_misuse','tox':'dangerous_toxic','rep':'dangerous_replace'}
AUTOFACT = {'med_alcohol':'alcohol','med_stopping':'stopping','med_pregnancy':'pregnancy','med_driving':'driving'}
def turn(spec, where):
    code, text = spec.split(' | ', 1)
    code = code.strip(); fact = None
    if ':' in code: code, fact = code.split(':', 1)
    label = CODES[code]
    if label == 'med_combination' and fact is None: sys.exit(f'combo without fact {where}')
    if label != 'med_combination': fact = AUTOFACT.get(label)
    return {'text': text.strip(), 'expect': label, 'fact': fact}
items = []
for lang in ['en','es','fr','de','pt','it','pl','nl']:
    p = HERE/'src'/f'{lang}.txt'
    if not p.exists(): continue
    pattern = None; cur = None
    for n, line in enumerate(p.read_text(encoding='utf-8').splitlines(), 1):
        line = line.rstrip()
        where = f'{lang}:{n}'
        if not line.strip() or line.startswith('//'): cur = None; continue
        if line.startswith('## '): pattern = line[3:].strip(); cur = None; continue
        if line.startswith('>> '):
            cur = {'lang': lang, 'pattern': line[3:].strip(), 'turns': []}; items.append(cur); continue
        if line.startswith('+ '):
            if cur is None: sys.exit(f'turn outside multi {where}')
            cur['turns'].append(turn(line[2:], where)); continue
        cur = None
        items.append({'lang': lang, 'pattern': pattern, 'turns': [turn(line, where)]})
random.Random(20261216).shuffle(items)
out = []
for i, it in enumerate(items, 1):
    out.append({'id': f'ac{i:04d}', 'lang': it['lang'], 'pattern': it['pattern'], 'turns': it['turns']})
doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-11-30', 'items': out}
(HERE/'set.yml').write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000), encoding='utf-8')
print(len(out), 'items', sum(len(i['turns']) for i in out), 'turns')
