"""Build set.yml from the hand-written source files in src/ (line format, see below)."""
import glob, random, yaml

FACT = {'med_alcohol': 'alcohol', 'med_stopping': 'stopping',
        'med_pregnancy': 'pregnancy', 'med_driving': 'driving'}

def turn(label, text):
    fact = None
    if label.startswith('mc:'):
        fact = label[3:]; label = 'med_combination'
    else:
        fact = FACT.get(label)
    return {'text': text.strip(), 'expect': label.strip(), 'fact': fact}

items = []
for path in sorted(glob.glob('src/*.txt')):
    lang = None; cur = None
    for n, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@lang '):
            lang = line.split()[1]; continue
        if line.startswith('M '):
            kind, pat = [x.strip() for x in line[2:].split(' | ', 1)]
            cur = {'lang': lang, 'pattern': f'multi/{kind}: {pat}', 'turns': []}
            items.append(cur); continue
        if line.startswith('- '):
            label, text = line[2:].split(' | ', 1)
            cur['turns'].append(turn(label.strip(), text)); continue
        label, pat, text = [x.strip() for x in line.split(' | ', 2)]
        cur = None
        t = turn(label, text)
        if not pat.startswith('hard case:'):
            pat = f"{t['expect']}: {pat}"
        items.append({'lang': lang, 'pattern': pat, 'turns': [t]})

random.Random(20261218).shuffle(items)
out = []
for i, it in enumerate(items, 1):
    out.append({'id': f'ad{i:04d}', 'lang': it['lang'], 'pattern': it['pattern'], 'turns': it['turns']})
doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-11-30', 'items': out}
with open('set.yml', 'w', encoding='utf-8') as f:
    yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=1000)
print(len(out), 'items')
