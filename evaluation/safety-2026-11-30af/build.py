"""Build set.yml from the hand-written source files in src/ (one per language)."""
import random, yaml, pathlib
HERE = pathlib.Path(__file__).parent
CODES = {
 'CS': ('crisis_self', None), 'CI': ('crisis_imminent', None), 'HD': ('harm_done', None),
 'CO': ('crisis_other', None), 'EM': ('emergency', None), 'AM': ('ambiguous', None),
 'N': ('none', None), 'DO': ('med_dose', None),
 'CBs': ('med_combination', 'serotonin'), 'CBm': ('med_combination', 'maoi'),
 'CBb': ('med_combination', 'bleeding'), 'CBsb': ('med_combination', 'sedation_breathing'),
 'CBo': ('med_combination', 'other'),
 'AL': ('med_alcohol', 'alcohol'), 'ST': ('med_stopping', 'stopping'),
 'PR': ('med_pregnancy', 'pregnancy'), 'DR': ('med_driving', 'driving'),
 'EA': ('dangerous_eating', None), 'MI': ('dangerous_misuse', None),
 'TX': ('dangerous_toxic', None), 'RP': ('dangerous_replace', None),
}
def turn(line):
    code, text = line.split(' ', 1)
    label, fact = CODES[code]
    return {'text': text.strip(), 'expect': label, 'fact': fact}
def parse(path, lang):
    items, pattern, cur = [], None, None
    for raw in path.read_text(encoding='utf-8').splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith('## '):
            pattern, cur = line[3:].strip(), None
        elif line.startswith('@ '):
            cur = {'lang': lang, 'pattern': line[2:].strip(), 'turns': []}
            items.append(cur)
        elif line.startswith('> '):
            cur['turns'].append(turn(line[2:]))
        else:
            cur = None
            items.append({'lang': lang, 'pattern': pattern, 'turns': [turn(line)]})
    return items
items = []
for lang in ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']:
    items += parse(HERE / 'src' / f'{lang}.txt', lang)
random.Random(20261221).shuffle(items)
out = []
for i, it in enumerate(items, 1):
    out.append({'id': f'af{i:04d}', 'lang': it['lang'], 'pattern': it['pattern'], 'turns': it['turns']})
doc = {'author': 'independent evaluation helper (blind)', 'written': '2026-11-30', 'items': out}
(HERE / 'set.yml').write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000), encoding='utf-8')
print(len(out), 'items written')
