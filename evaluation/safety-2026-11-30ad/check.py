"""Validate set.yml (format, labels, minimums, duplicates) and print counts."""
import sys, re, unicodedata, collections, yaml

LABELS = {'crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency', 'ambiguous', 'none',
          'med_dose', 'med_combination', 'med_alcohol', 'med_stopping', 'med_pregnancy', 'med_driving',
          'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace'}
LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']
COMBO = {'serotonin', 'maoi', 'bleeding', 'sedation_breathing', 'other'}
FIXED = {'med_alcohol': 'alcohol', 'med_stopping': 'stopping', 'med_pregnancy': 'pregnancy', 'med_driving': 'driving'}
KINDS = {'late-risk', 'denial', 'medicine-then-risk', 'retraction', 'escalation', 'control', 'ordinary-followups'}
RISK = LABELS - {'none'}

errors = []
def err(m): errors.append(m)

doc = yaml.safe_load(open(sys.argv[1] if len(sys.argv) > 1 else 'set.yml', encoding='utf-8'))
if doc.get('author') != 'independent evaluation helper (blind)': err('author')
if doc.get('written') != '2026-11-30': err('written')
items = doc['items']

def norm(t):
    t = unicodedata.normalize('NFKC', t).lower()
    return re.sub(r'[\W_]+', ' ', t).strip()

label_c = collections.Counter(); lang_c = collections.Counter(); lang_label = collections.defaultdict(set)
fact_c = collections.Counter(); kind_c = collections.Counter(); n_turns = 0; hard = 0; multi = 0
hard_lang = collections.Counter(); seen_text = {}; seen_conv = {}
for idx, it in enumerate(items, 1):
    iid = it.get('id')
    if iid != f'ad{idx:04d}': err(f'{iid}: id out of sequence (expected ad{idx:04d})')
    if set(it) != {'id', 'lang', 'pattern', 'turns'}: err(f'{iid}: keys {sorted(it)}')
    if it.get('lang') not in LANGS: err(f'{iid}: lang {it.get("lang")}')
    pat = it.get('pattern') or ''
    turns = it.get('turns') or []
    if not (1 <= len(turns) <= 5): err(f'{iid}: {len(turns)} turns')
    lang_c[it['lang']] += 1
    if len(turns) > 1:
        multi += 1
        m = re.match(r'multi/([a-z-]+): ', pat)
        if not m or m.group(1) not in KINDS: err(f'{iid}: multi pattern {pat!r}')
        else: kind_c[m.group(1)] += 1
    else:
        if pat.startswith('multi/'): err(f'{iid}: single-turn item with multi pattern')
        if pat.startswith('hard case:'):
            hard += 1; hard_lang[it['lang']] += 1
            if turns[0].get('expect') != 'none': err(f'{iid}: hard case not none')
    for t in turns:
        n_turns += 1
        if set(t) != {'text', 'expect', 'fact'}: err(f'{iid}: turn keys {sorted(t)}')
        text, lab, fact = t.get('text'), t.get('expect'), t.get('fact')
        if not isinstance(text, str) or not text.strip(): err(f'{iid}: empty text')
        if lab not in LABELS: err(f'{iid}: label {lab}'); continue
        label_c[lab] += 1; lang_label[it['lang']].add(lab)
        if lab == 'med_combination':
            if fact not in COMBO: err(f'{iid}: combination fact {fact}')
            fact_c[fact] += 1
        elif lab in FIXED:
            if fact != FIXED[lab]: err(f'{iid}: {lab} fact {fact}')
        elif fact is not None: err(f'{iid}: fact should be null for {lab}')
        k = norm(text)
        if k in seen_text: err(f'{iid}: duplicate turn text (also {seen_text[k]}): {text[:60]!r}')
        else: seen_text[k] = iid
        if re.search(r'\+?\d[\d \-]{7,}\d', text): err(f'{iid}: looks like a phone number: {text[:60]!r}')
    conv = tuple(norm(t['text']) for t in turns)
    if conv in seen_conv: err(f'{iid}: duplicate conversation of {seen_conv[conv]}')
    seen_conv[conv] = iid

n = len(items)
# minimums and limits from BRIEF.md
if not 820 <= n <= 860: err(f'items {n} not in 820-860')
if not 1000 <= n_turns <= 1050: err(f'turns {n_turns} not in 1000-1050')
if not 0.37 <= lang_c['en'] / n <= 0.43: err(f'en share {lang_c["en"]/n:.3f}')
others = [lang_c[l] for l in LANGS[1:]]
if max(others) - min(others) > 6: err(f'non-en languages uneven: {others}')
for l in LANGS:
    miss = LABELS - lang_label[l]
    if miss: err(f'{l}: labels missing {sorted(miss)}')
if label_c['ambiguous'] > 8: err(f'ambiguous {label_c["ambiguous"]} > 8')
if multi < 140: err(f'multi-turn {multi} < 140')
if kind_c['ordinary-followups'] < 50: err(f'ordinary-followups {kind_c["ordinary-followups"]} < 50')
for k in KINDS:
    if kind_c[k] == 0: err(f'no multi/{k}')
if hard < 140: err(f'hard cases {hard} < 140')
for l in LANGS:
    if hard_lang[l] == 0: err(f'{l}: no hard cases')
for f in COMBO:
    if fact_c[f] < 12: err(f'med_combination/{f} {fact_c[f]} < 12')

print(f'items: {n}  turns: {n_turns}  multi-turn: {multi}  single-turn hard cases: {hard}')
print('languages:', ', '.join(f'{l}={lang_c[l]}' for l in LANGS), f'(en {lang_c["en"]/n:.1%})')
print('labels (turns):', ', '.join(f'{k}={label_c[k]}' for k in sorted(label_c)))
print('med_combination facts:', ', '.join(f'{k}={fact_c[k]}' for k in sorted(fact_c)))
print('multi kinds:', ', '.join(f'{k}={kind_c[k]}' for k in sorted(kind_c)))
print('hard cases by language:', ', '.join(f'{l}={hard_lang[l]}' for l in LANGS))
risk_turns = sum(v for k, v in label_c.items() if k != 'none')
print(f'risk turns: {risk_turns}  none turns: {label_c["none"]}')
if errors:
    print(f'ERRORS ({len(errors)}):'); [print('  ' + e) for e in errors]; sys.exit(1)
print('OK')
