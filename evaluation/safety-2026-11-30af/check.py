"""Validate set.yml of safety set "af": format, labels, facts, minimums, duplicates; print counts."""
import collections, hashlib, pathlib, re, sys, yaml
P = pathlib.Path(__file__).parent / 'set.yml'
LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']
LABELS = ['crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency', 'ambiguous', 'none',
          'med_dose', 'med_combination', 'med_alcohol', 'med_stopping', 'med_pregnancy', 'med_driving',
          'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace']
FIXED = {'med_alcohol': 'alcohol', 'med_stopping': 'stopping', 'med_pregnancy': 'pregnancy', 'med_driving': 'driving'}
COMBO = {'serotonin', 'maoi', 'bleeding', 'sedation_breathing', 'other'}
KINDS = {'late-risk', 'denial', 'medicine-then-risk', 'retraction', 'escalation', 'control', 'ordinary-followups'}
HARD_MARKERS = ('hard', 'buried', 'coded', 'typo', 'leet', 'finality', 'may not know', 'multi/')
errors = []
def err(m): errors.append(m)
raw = P.read_bytes()
doc = yaml.safe_load(raw.decode('utf-8'))
if set(doc) != {'author', 'written', 'items'}: err('top-level keys')
if doc.get('author') != 'independent evaluation helper (blind)': err('author')
if doc.get('written') != '2026-11-30': err('written')
items = doc['items']
seen_text, ids = {}, set()
for n, it in enumerate(items, 1):
    if set(it) != {'id', 'lang', 'pattern', 'turns'}: err(f'{it.get("id")}: keys {sorted(it)}')
    if it['id'] != f'af{n:04d}': err(f'{it["id"]}: id out of sequence (expected af{n:04d})')
    if it['lang'] not in LANGS: err(f'{it["id"]}: lang')
    if not isinstance(it['pattern'], str) or not it['pattern'].strip(): err(f'{it["id"]}: pattern')
    t = it['turns']
    if not (1 <= len(t) <= 5): err(f'{it["id"]}: {len(t)} turns')
    if len(t) > 1:
        m = re.match(r'multi/([a-z-]+):', it['pattern'])
        if not m or m.group(1) not in KINDS: err(f'{it["id"]}: multi-turn pattern {it["pattern"]!r}')
    elif it['pattern'].startswith('multi/'): err(f'{it["id"]}: single turn with multi pattern')
    if it['pattern'].startswith('hard case') and any(x['expect'] != 'none' for x in t): err(f'{it["id"]}: hard case not none')
    for x in t:
        if set(x) != {'text', 'expect', 'fact'}: err(f'{it["id"]}: turn keys')
        if not isinstance(x['text'], str) or len(x['text'].strip()) < 2: err(f'{it["id"]}: text')
        if x['expect'] not in LABELS: err(f'{it["id"]}: label {x["expect"]}')
        f = x['fact']
        if x['expect'] == 'med_combination':
            if f not in COMBO: err(f'{it["id"]}: combination fact {f}')
        elif x['expect'] in FIXED:
            if f != FIXED[x['expect']]: err(f'{it["id"]}: fact {f} for {x["expect"]}')
        elif f is not None: err(f'{it["id"]}: fact should be null')
        if re.search(r'\+?\d[\d \-]{7,}\d', x['text']): err(f'{it["id"]}: looks like a phone number')
    key = tuple(re.sub(r'\W+', ' ', x['text'].lower()).strip() for x in t)
    if key in seen_text: err(f'{it["id"]}: duplicate of {seen_text[key]}')
    seen_text[key] = it['id']
    if it['id'] in ids: err('dup id')
    ids.add(it['id'])
single_texts = collections.Counter(re.sub(r'\W+', ' ', x['text'].lower()).strip() for it in items if len(it['turns']) == 1 for x in it['turns'])
for k, v in single_texts.items():
    if v > 1: err(f'duplicate single-turn text: {k!r}')
# counts
n_items, n_turns = len(items), sum(len(i['turns']) for i in items)
by_lang = collections.Counter(i['lang'] for i in items)
turns_lang = collections.Counter()
lab_lang_items = collections.defaultdict(collections.Counter)
lab_lang_turns = collections.defaultdict(collections.Counter)
for it in items:
    turns_lang[it['lang']] += len(it['turns'])
    for lab in {x['expect'] for x in it['turns']}: lab_lang_items[lab][it['lang']] += 1
    for x in it['turns']: lab_lang_turns[x['expect']][it['lang']] += 1
multi = [i for i in items if len(i['turns']) > 1]
kinds = collections.Counter(re.match(r'multi/([a-z-]+):', i['pattern']).group(1) for i in multi)
hard = [i for i in items if len(i['turns']) == 1 and i['pattern'].startswith('hard case:')]
hard_lang = collections.Counter(i['lang'] for i in hard)
combo_items = collections.Counter()
for it in items:
    for f in {x['fact'] for x in it['turns'] if x['expect'] == 'med_combination'}: combo_items[f] += 1
risk = [(it, x) for it in items for x in it['turns'] if x['expect'] not in ('none', 'ambiguous')]
risk_hard = sum(1 for it, x in risk if any(m in it['pattern'] for m in HARD_MARKERS))
amb = sum(lab_lang_turns['ambiguous'].values())
# minimums
if not (820 <= n_items <= 860): err(f'items {n_items} not in 820-860')
if not (1000 <= n_turns <= 1050): err(f'turns {n_turns} not in 1000-1050')
if not (0.37 <= by_lang['en'] / n_items <= 0.43): err('en share')
for l in LANGS[1:]:
    if by_lang[l] < 0.8 * (n_items - by_lang['en']) / 7: err(f'{l} too few items')
for lab in LABELS:
    for l in LANGS:
        if lab_lang_turns[lab][l] == 0: err(f'label {lab} missing in {l}')
if amb > 8: err(f'ambiguous {amb} > 8')
if len(multi) < 140: err(f'multi-turn {len(multi)} < 140')
if kinds['ordinary-followups'] < 50: err('ordinary-followups < 50')
for k in KINDS:
    if kinds[k] == 0: err(f'no multi kind {k}')
if len(hard) < 140: err(f'hard negatives {len(hard)} < 140')
for l in LANGS:
    if hard_lang[l] == 0: err(f'no hard negatives in {l}')
for f in COMBO:
    if combo_items[f] < 12: err(f'combination fact {f}: {combo_items[f]} items < 12')
if risk_hard / len(risk) < 0.25: err(f'hard risk share {risk_hard/len(risk):.2f} too low')
# report
print(f'items {n_items}  turns {n_turns}  multi-turn items {len(multi)}  single-turn hard negatives {len(hard)}')
print('items per language:', dict(by_lang))
print('turns per language:', dict(turns_lang))
print('multi-turn kinds:', dict(kinds))
print('hard negatives per language:', dict(hard_lang))
print('med_combination items per fact:', dict(combo_items))
print(f'risk turns {len(risk)}, in hard patterns {risk_hard} ({risk_hard/len(risk):.0%})')
print('turns per label x language:')
print(f'{"label":20}' + ''.join(f'{l:>5}' for l in LANGS) + '  total')
for lab in LABELS:
    print(f'{lab:20}' + ''.join(f'{lab_lang_turns[lab][l]:>5}' for l in LANGS) + f'  {sum(lab_lang_turns[lab].values()):>5}')
print('items per label x language (items containing the label):')
for lab in LABELS:
    print(f'{lab:20}' + ''.join(f'{lab_lang_items[lab][l]:>5}' for l in LANGS) + f'  {sum(lab_lang_items[lab].values()):>5}')
print('sha256(set.yml):', hashlib.sha256(raw).hexdigest())
if errors:
    print(f'FAILED: {len(errors)} problem(s)')
    for e in errors[:50]: print('  -', e)
    sys.exit(1)
print('OK: all checks passed')
