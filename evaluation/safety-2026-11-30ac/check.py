"""Validate set.yml of safety set "ac": format, labels, facts, minimums, duplicates. Prints counts."""
import collections, re, sys, unicodedata, pathlib, yaml
P = pathlib.Path(__file__).parent / 'set.yml'
d = yaml.safe_load(P.read_text(encoding='utf-8'))
LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']
LABELS = ['crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency', 'ambiguous', 'none',
          'med_dose', 'med_combination', 'med_alcohol', 'med_stopping', 'med_pregnancy', 'med_driving',
          'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace']
FACT = {'med_alcohol': 'alcohol', 'med_stopping': 'stopping', 'med_pregnancy': 'pregnancy', 'med_driving': 'driving'}
COMBO = ['serotonin', 'maoi', 'bleeding', 'sedation_breathing', 'other']
KINDS = ['late-risk', 'denial', 'medicine-then-risk', 'retraction', 'escalation', 'control', 'ordinary-followups']
RISK = {'crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency',
        'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace'}
HARD_MARK = re.compile(r'\((hard|difícil|difficile|schwer|trudne|moeilijk)\)')
errors = []
def err(m): errors.append(m)
if set(d) != {'author', 'written', 'items'}: err(f'top-level keys {sorted(d)}')
if d.get('author') != 'independent evaluation helper (blind)': err('author')
if d.get('written') != '2026-11-30': err('written')
items = d['items']
seen_text = {}
lang_items = collections.Counter(); lang_turns = collections.Counter()
label_turns = collections.Counter(); lang_label = collections.defaultdict(collections.Counter)
kinds = collections.Counter(); combo = collections.Counter()
hard_single = collections.Counter(); risk_total = risk_hard = 0
multi = 0
def norm(t):
    t = unicodedata.normalize('NFKC', t).lower()
    return re.sub(r'[\W_]+', ' ', t).strip()
for n, it in enumerate(items, 1):
    iid = it.get('id')
    if iid != f'ac{n:04d}': err(f'id {iid} at position {n}')
    if set(it) != {'id', 'lang', 'pattern', 'turns'}: err(f'{iid} keys {sorted(it)}')
    lang = it.get('lang'); pat = it.get('pattern') or ''
    if lang not in LANGS: err(f'{iid} lang {lang}')
    turns = it.get('turns') or []
    if not isinstance(pat, str) or not pat.strip(): err(f'{iid} empty pattern')
    is_multi = pat.startswith('multi/')
    if is_multi:
        multi += 1
        kind = pat[len('multi/'):].split(':', 1)[0]
        if kind not in KINDS: err(f'{iid} multi kind {kind}')
        kinds[kind] += 1
        if not 2 <= len(turns) <= 5: err(f'{iid} multi with {len(turns)} turns')
        if kind == 'control' and any(t['expect'] != 'none' for t in turns): err(f'{iid} control item with risk')
        if kind == 'ordinary-followups' and turns[0]['expect'] != 'none': err(f'{iid} followups must open with none')
        if kind == 'late-risk' and turns[0]['expect'] != 'none': err(f'{iid} late-risk must open with none')
    elif len(turns) != 1: err(f'{iid} single-turn pattern with {len(turns)} turns')
    if pat.startswith('hard case:'):
        if is_multi or turns[0]['expect'] != 'none': err(f'{iid} hard case must be single-turn none')
        hard_single[lang] += 1
    lang_items[lang] += 1
    for k, t in enumerate(turns):
        if set(t) != {'text', 'expect', 'fact'}: err(f'{iid} turn {k} keys {sorted(t)}')
        text, lab, fact = t.get('text'), t.get('expect'), t.get('fact')
        if not isinstance(text, str) or not text.strip(): err(f'{iid} turn {k} empty text')
        if lab not in LABELS: err(f'{iid} turn {k} label {lab}'); continue
        if lab == 'med_combination':
            if fact not in COMBO: err(f'{iid} turn {k} combo fact {fact}')
            combo[fact] += 1
        elif fact != FACT.get(lab): err(f'{iid} turn {k} fact {fact} for {lab}')
        if re.search(r'\+?\d[\d\s\-]{7,}\d', text): err(f'{iid} turn {k} looks like a phone number')
        key = norm(text)
        if key in seen_text and not (len(key) < 25 and is_multi):
            err(f'{iid} duplicate text of {seen_text[key]}: {text!r}')
        seen_text.setdefault(key, iid)
        lang_turns[lang] += 1; label_turns[lab] += 1; lang_label[lang][lab] += 1
        if lab in RISK:
            risk_total += 1
            if HARD_MARK.search(pat) or (is_multi and k > 0):
                risk_hard += 1
N = len(items); T = sum(lang_turns.values())
if not 820 <= N <= 860: err(f'{N} items, want 820-860')
if not 1000 <= T <= 1050: err(f'{T} turns, want 1000-1050')
if not 0.37 <= lang_items['en'] / N <= 0.43: err(f'en share {lang_items["en"]/N:.3f}')
others = [lang_items[l] for l in LANGS[1:]]
if max(others) - min(others) > 5: err(f'other languages uneven {others}')
for l in LANGS:
    missing = [lab for lab in LABELS if lang_label[l][lab] == 0]
    if missing: err(f'{l} missing labels {missing}')
if label_turns['ambiguous'] > 8: err(f'ambiguous {label_turns["ambiguous"]} > 8')
if multi < 140: err(f'multi-turn items {multi} < 140')
if kinds['ordinary-followups'] < 50: err(f'ordinary-followups {kinds["ordinary-followups"]} < 50')
for k in KINDS:
    if kinds[k] == 0: err(f'no multi kind {k}')
if sum(hard_single.values()) < 140: err(f'hard cases {sum(hard_single.values())} < 140')
for l in LANGS:
    if hard_single[l] == 0: err(f'no hard case in {l}')
for f in COMBO:
    if combo[f] < 12: err(f'med_combination/{f} {combo[f]} < 12')
print(f'items {N}  turns {T}  multi-turn items {multi}  single-turn hard cases {sum(hard_single.values())}')
print('items per language:', ' '.join(f'{l}={lang_items[l]}' for l in LANGS), f'(en share {lang_items["en"]/N:.1%})')
print('turns per language:', ' '.join(f'{l}={lang_turns[l]}' for l in LANGS))
print('hard cases per language:', ' '.join(f'{l}={hard_single[l]}' for l in LANGS))
print('multi kinds:', ' '.join(f'{k}={kinds[k]}' for k in KINDS))
print('turns per label:', ' '.join(f'{lab}={label_turns[lab]}' for lab in LABELS))
print('med_combination facts:', ' '.join(f'{f}={combo[f]}' for f in COMBO))
print(f'risk turns {risk_total}, marked hard or later-turn in a conversation {risk_hard} ({risk_hard/risk_total:.0%})')
if errors:
    print(f'FAIL: {len(errors)} problem(s)'); [print(' -', e) for e in errors[:50]]; sys.exit(1)
print('OK: all checks passed')
