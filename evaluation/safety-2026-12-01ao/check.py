#!/usr/bin/env python
"""Validate set.yml of safety evaluation set "ao" and print counts. Exit 1 on any error."""
import collections, os, re, sys, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']
LABELS = ['crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency', 'ambiguous', 'none',
          'med_dose', 'med_combination', 'med_alcohol', 'med_stopping', 'med_pregnancy', 'med_driving',
          'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace']
COMBO_FACTS = ['serotonin', 'maoi', 'bleeding', 'sedation_breathing', 'other']
FIXED_FACT = {'med_alcohol': 'alcohol', 'med_stopping': 'stopping', 'med_pregnancy': 'pregnancy', 'med_driving': 'driving'}
KINDS = ['late-risk', 'denial', 'medicine-then-risk', 'retraction', 'escalation', 'control', 'ordinary-followups']
RISK = {'crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency',
        'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace'}
SPREAD_KINDS = {'late-risk', 'denial', 'medicine-then-risk', 'retraction', 'escalation'}

errors = []
def err(msg):
    errors.append(msg)

def norm(text):
    t = unicodedata.normalize('NFKC', text).casefold()
    t = re.sub(r'[^\w]+', ' ', t)
    return ' '.join(t.split())

path = os.path.join(HERE, 'set.yml')
with open(path, encoding='utf-8') as fh:
    doc = yaml.safe_load(fh)

if not isinstance(doc, dict) or set(doc) != {'author', 'written', 'items'}:
    err('top level must have exactly author, written, items')
if doc.get('author') != 'independent evaluation helper (blind)':
    err('wrong author')
if doc.get('written') != '2026-12-01':
    err('wrong written date')
items = doc.get('items') or []

lang_items = collections.Counter()
lang_turns = collections.Counter()
label_counts = collections.Counter()
label_lang = collections.Counter()
combo_facts = collections.Counter()
kinds = collections.Counter()
kind_lang = collections.Counter()
turn_lengths = collections.Counter()
hard_neg = collections.Counter()
risk_single = risk_single_hard = risk_multi_spread = risk_multi_other = 0
seen_text = {}
n_turns = 0

for idx, it in enumerate(items, 1):
    where = it.get('id', f'#{idx}') if isinstance(it, dict) else f'#{idx}'
    if not isinstance(it, dict) or set(it) != {'id', 'lang', 'pattern', 'turns'}:
        err(f'{where}: item keys must be id, lang, pattern, turns'); continue
    if it['id'] != f'ao{idx:04d}':
        err(f'{where}: expected id ao{idx:04d}')
    lang = it['lang']
    if lang not in LANGS:
        err(f'{where}: bad lang {lang!r}')
    pat = it['pattern']
    if not isinstance(pat, str) or not pat.strip():
        err(f'{where}: empty pattern')
        pat = ''
    turns = it['turns']
    if not isinstance(turns, list) or not 1 <= len(turns) <= 5:
        err(f'{where}: turns must be a list of 1-5'); continue
    lang_items[lang] += 1
    lang_turns[lang] += len(turns)
    n_turns += len(turns)
    turn_lengths[len(turns)] += 1
    kind = None
    if len(turns) > 1:
        m = re.match(r'multi/([a-z-]+):', pat)
        if not m or m.group(1) not in KINDS:
            err(f'{where}: multi-turn pattern must start multi/<kind>: with a known kind')
        else:
            kind = m.group(1)
            kinds[kind] += 1
            kind_lang[(kind, lang)] += 1
    else:
        if pat.startswith('multi/'):
            err(f'{where}: single-turn item with a multi/ pattern')
    if pat.startswith('hard case:'):
        if len(turns) != 1:
            err(f'{where}: hard case patterns are for single-turn items')
        hard_neg[lang] += 1
    for t_i, t in enumerate(turns, 1):
        tw = f'{where} turn {t_i}'
        if not isinstance(t, dict) or set(t) != {'text', 'expect', 'fact'}:
            err(f'{tw}: turn keys must be text, expect, fact'); continue
        text, lab, fact = t['text'], t['expect'], t['fact']
        if not isinstance(text, str) or not text.strip():
            err(f'{tw}: empty text'); continue
        if lab not in LABELS:
            err(f'{tw}: unknown label {lab!r}'); continue
        label_counts[lab] += 1
        label_lang[(lab, lang)] += 1
        if lab == 'med_combination':
            if fact not in COMBO_FACTS:
                err(f'{tw}: med_combination needs fact in {COMBO_FACTS}')
            else:
                combo_facts[fact] += 1
        elif lab in FIXED_FACT:
            if fact != FIXED_FACT[lab]:
                err(f'{tw}: {lab} needs fact {FIXED_FACT[lab]}')
        elif fact is not None:
            err(f'{tw}: fact must be null for {lab}')
        if pat.startswith('hard case:') and lab != 'none':
            err(f'{tw}: hard case must be labelled none')
        if kind == 'control' and lab != 'none':
            err(f'{tw}: control conversations must be none throughout')
        if re.search(r'\d[\d ()-]{6,}\d', text) and re.search(r'(\d\D?){8,}', text):
            err(f'{tw}: looks like a phone number')
        key = norm(text)
        if key in seen_text:
            err(f'{tw}: duplicate text of {seen_text[key]}')
        else:
            seen_text[key] = tw
        if lab in RISK:
            if len(turns) == 1:
                risk_single += 1
                if 'hard/' in pat:
                    risk_single_hard += 1
            elif kind in SPREAD_KINDS:
                risk_multi_spread += 1
            else:
                risk_multi_other += 1
    if kind == 'ordinary-followups' and turns and isinstance(turns[0], dict) and turns[0].get('expect') != 'none':
        err(f'{where}: ordinary-followups must open with an ordinary (none) question')

n_items = len(items)
n_multi = sum(v for k, v in turn_lengths.items() if k > 1)
# minimums
if not 820 <= n_items <= 860: err(f'items {n_items} not in 820-860')
if not 1000 <= n_turns <= 1050: err(f'turns {n_turns} not in 1000-1050')
en_share = lang_items['en'] / max(n_items, 1)
if not 0.37 <= en_share <= 0.43: err(f'en share {en_share:.3f} not about 40%')
others = [lang_items[l] for l in LANGS if l != 'en']
if max(others) - min(others) > 8: err(f'non-English languages uneven: {others}')
for lab in LABELS:
    for lang in LANGS:
        if label_lang[(lab, lang)] == 0:
            err(f'label {lab} missing in {lang}')
if label_counts['ambiguous'] > 8: err(f'ambiguous {label_counts["ambiguous"]} > 8')
if n_multi < 140: err(f'multi-turn items {n_multi} < 140')
for k in KINDS:
    if kinds[k] == 0: err(f'no multi-turn items of kind {k}')
if kinds['ordinary-followups'] < 50: err(f'ordinary-followups {kinds["ordinary-followups"]} < 50')
if sum(hard_neg.values()) < 140: err(f'hard negatives {sum(hard_neg.values())} < 140')
for lang in LANGS:
    if hard_neg[lang] == 0: err(f'no hard negatives in {lang}')
for f in COMBO_FACTS:
    if combo_facts[f] < 12: err(f'med_combination fact {f}: {combo_facts[f]} < 12')
risk_total = risk_single + risk_multi_spread + risk_multi_other
hard_total = risk_single_hard + risk_multi_spread
hard_share = hard_total / max(risk_total, 1)
single_share = risk_single_hard / max(risk_single, 1)
if not 0.28 <= single_share <= 0.45: err(f'hard share of single-turn risk messages {single_share:.2f} not about a third')

print(f'items: {n_items}   turns: {n_turns}   multi-turn items: {n_multi}   turn lengths: {dict(sorted(turn_lengths.items()))}')
print('items per language: ' + ', '.join(f'{l} {lang_items[l]}' for l in LANGS) + f'   (en share {en_share:.1%})')
print('turns per language: ' + ', '.join(f'{l} {lang_turns[l]}' for l in LANGS))
print('multi-turn kinds: ' + ', '.join(f'{k} {kinds[k]}' for k in KINDS))
print('single-turn hard negatives: ' + str(sum(hard_neg.values())) + ' (' + ', '.join(f'{l} {hard_neg[l]}' for l in LANGS) + ')')
print('med_combination facts: ' + ', '.join(f'{f} {combo_facts[f]}' for f in COMBO_FACTS))
print(f'single-turn risk messages (crisis/harm/emergency/dangerous): {risk_single}, hard: {risk_single_hard} ({single_share:.1%})')
print(f'all risk turns: {risk_total}, hard incl. risk spread over turns in multi-turn items: {hard_total} ({hard_share:.1%})')
print('turn labels (total | ' + ' '.join(LANGS) + '):')
for lab in LABELS:
    print(f'  {lab:18s} {label_counts[lab]:4d} | ' + ' '.join(f'{label_lang[(lab, l)]:3d}' for l in LANGS))
if errors:
    print(f'\nFAIL: {len(errors)} error(s)')
    for e in errors[:60]:
        print('  - ' + e)
    sys.exit(1)
print('\nOK: all checks passed')
