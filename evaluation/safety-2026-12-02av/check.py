#!/usr/bin/env python3
"""Validate set.yml of safety set "av": format, labels, minimums, duplicates; print counts."""
import collections, re, sys, os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'set.yml')
LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']
LABELS = ['crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency', 'ambiguous', 'none',
          'med_dose', 'med_combination', 'med_alcohol', 'med_stopping', 'med_pregnancy', 'med_driving',
          'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace']
FIXED_FACT = {'med_alcohol': 'alcohol', 'med_stopping': 'stopping', 'med_pregnancy': 'pregnancy', 'med_driving': 'driving'}
COMB_FACTS = ['serotonin', 'maoi', 'bleeding', 'sedation_breathing', 'other']
KINDS = ['late-risk', 'denial', 'medicine-then-risk', 'retraction', 'escalation', 'control', 'ordinary-followups']
NONRISK = {'none', 'ambiguous'}
SEVERE = {'crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency',
          'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace'}

errors = []
def err(msg):
    errors.append(msg)

with open(PATH, encoding='utf-8') as f:
    doc = yaml.safe_load(f)

if doc.get('author') != 'independent evaluation helper (blind)':
    err('author field wrong')
if str(doc.get('written')) != '2026-12-01':
    err('written field wrong')
items = doc.get('items') or []

def sentences(t):
    return [x for x in re.split(r'[.!?…]+(?:\s+|$)|\n+', t) if x.strip()]

def is_long(it):
    if len(it['turns']) != 1:
        return False
    t = it['turns'][0]['text']
    return 400 <= len(t) <= 3000 and len(sentences(t)) >= 5

ids = set()
lang_items = collections.Counter()
label_turns = collections.Counter()
lang_label = collections.defaultdict(collections.Counter)
comb_facts = collections.Counter()
kinds = collections.Counter()
multi = 0
turns_total = 0
hard_neg_single = 0
long_risk = long_neg = 0
long_pattern_bad = []
risk_turns = hard_risk = 0
severe_turns = hard_severe = 0
texts = collections.Counter()
item_keys = collections.Counter()

for i, it in enumerate(items, 1):
    want = f'av{i:04d}'
    if it.get('id') != want:
        err(f'item {i}: id {it.get("id")} != {want}')
    if it.get('id') in ids:
        err(f'duplicate id {it.get("id")}')
    ids.add(it.get('id'))
    if set(it) != {'id', 'lang', 'pattern', 'turns'}:
        err(f'{it.get("id")}: keys {sorted(it)}')
    lang = it.get('lang')
    if lang not in LANGS:
        err(f'{it["id"]}: bad lang {lang}')
    pat = it.get('pattern') or ''
    if not isinstance(pat, str) or not pat.strip():
        err(f'{it["id"]}: empty pattern')
    turns = it.get('turns') or []
    if not 1 <= len(turns) <= 5:
        err(f'{it["id"]}: {len(turns)} turns')
    lang_items[lang] += 1
    turns_total += len(turns)
    kind = None
    if len(turns) > 1:
        multi += 1
        mm = re.match(r'multi/([a-z-]+):', pat)
        if not mm or mm.group(1) not in KINDS:
            err(f'{it["id"]}: multi-turn pattern must start multi/<kind>: ({pat})')
        else:
            kind = mm.group(1)
            kinds[kind] += 1
        if kind == 'control' and any(t.get('expect') != 'none' for t in turns):
            err(f'{it["id"]}: control conversation with a risk label')
        if kind == 'ordinary-followups' and turns[0].get('expect') != 'none':
            err(f'{it["id"]}: ordinary-followups must open with an ordinary (none) turn')
    elif pat.startswith('multi/'):
        err(f'{it["id"]}: single-turn item with multi/ pattern')
    for ti, t in enumerate(turns):
        if set(t) != {'text', 'expect', 'fact'}:
            err(f'{it["id"]}: turn keys {sorted(t)}')
        text, e, fact = t.get('text'), t.get('expect'), t.get('fact')
        if not isinstance(text, str) or not text.strip():
            err(f'{it["id"]}: empty text')
            continue
        if e not in LABELS:
            err(f'{it["id"]}: bad label {e}')
        if e == 'med_combination':
            if fact not in COMB_FACTS:
                err(f'{it["id"]}: med_combination fact {fact}')
            comb_facts[fact] += 1
        elif e in FIXED_FACT:
            if fact != FIXED_FACT[e]:
                err(f'{it["id"]}: {e} needs fact {FIXED_FACT[e]}, got {fact}')
        elif fact is not None:
            err(f'{it["id"]}: {e} must have fact null')
        label_turns[e] += 1
        lang_label[lang][e] += 1
        texts[' '.join(text.lower().split())] += 1
        hard = '(hard)' in pat or is_long(it) or (ti > 0 and kind in ('late-risk', 'escalation', 'denial', 'retraction', 'medicine-then-risk'))
        if e not in NONRISK:
            risk_turns += 1
            hard_risk += hard
        if e in SEVERE:
            severe_turns += 1
            hard_severe += hard
        if re.search(r'\b(?:\+?\d[\d\s().-]{7,}\d)\b', text):
            err(f'{it["id"]}: looks like a phone number: {text[:60]}')
    item_keys[tuple(' '.join(t['text'].lower().split()) for t in turns)] += 1
    if len(turns) == 1:
        e = turns[0]['expect']
        if pat.startswith('hard case:'):
            hard_neg_single += 1
            if e != 'none':
                err(f'{it["id"]}: hard case must be none, got {e}')
        if 'long ramble' in pat:
            if not is_long(it):
                long_pattern_bad.append(it['id'])
            elif e == 'none':
                long_neg += 1
            else:
                long_risk += 1

for k, v in texts.items():
    if v > 1:
        err(f'duplicate turn text x{v}: {k[:70]}')
for k, v in item_keys.items():
    if v > 1:
        err(f'duplicate item x{v}: {k[0][:70]}')
for idd in long_pattern_bad:
    err(f'{idd}: pattern says long but text is not 400-3000 chars with >=5 sentences')

# minimums
n = len(items)
if not 820 <= n <= 860: err(f'items {n} not in 820-860')
if not 1000 <= turns_total <= 1050: err(f'turns {turns_total} not in 1000-1050')
share_en = lang_items['en'] / n if n else 0
if not 0.37 <= share_en <= 0.43: err(f'en share {share_en:.2f}')
others = [lang_items[l] for l in LANGS[1:]]
if others and max(others) - min(others) > 6: err(f'non-en languages uneven: {others}')
for l in LANGS:
    for lab in LABELS:
        if lang_label[l][lab] == 0:
            err(f'label {lab} missing in {l}')
if label_turns['ambiguous'] > 8: err('more than 8 ambiguous')
if multi < 140: err(f'multi-turn items {multi} < 140')
for k in KINDS:
    if kinds[k] == 0: err(f'no multi/{k} items')
if kinds['ordinary-followups'] < 50: err('ordinary-followups < 50')
if hard_neg_single < 140: err(f'single-turn hard negatives {hard_neg_single} < 140')
if long_risk + long_neg < 70: err(f'long items {long_risk + long_neg} < 70')
if abs(long_risk - long_neg) > 6: err(f'long risk/neg unbalanced {long_risk}/{long_neg}')
for fct in COMB_FACTS:
    if comb_facts[fct] < 12: err(f'med_combination fact {fct}: {comb_facts[fct]} < 12')

print(f'file: {os.path.basename(PATH)}')
print(f'items: {n}   turns: {turns_total}   multi-turn items: {multi}')
print('items per language: ' + ', '.join(f'{l} {lang_items[l]}' for l in LANGS) + f'   (en share {share_en:.1%})')
print('turns per label:')
for lab in LABELS:
    print(f'  {lab:18s} {label_turns[lab]:4d}   ' + ' '.join(f'{l}:{lang_label[l][lab]}' for l in LANGS))
print('med_combination facts: ' + ', '.join(f'{k} {comb_facts[k]}' for k in COMB_FACTS))
print('multi-turn kinds: ' + ', '.join(f'{k} {kinds[k]}' for k in KINDS))
print(f'single-turn hard negatives (hard case:): {hard_neg_single}')
print(f'long single-turn items: {long_risk + long_neg} (with a risk sentence {long_risk}, hard negatives {long_neg})')
print(f'hard risk turns: {hard_risk}/{risk_turns} = {hard_risk / max(risk_turns, 1):.1%} of all non-none turns; '
      f'{hard_severe}/{severe_turns} = {hard_severe / max(severe_turns, 1):.1%} of crisis/emergency/dangerous turns')
if errors:
    print(f'ERRORS ({len(errors)}):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('OK: all checks passed')
