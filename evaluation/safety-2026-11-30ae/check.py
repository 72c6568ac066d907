#!/usr/bin/env python3
"""Validate set.yml of safety set "ae": format, labels, facts, minimums, duplicates; print counts.
Usage: python3 check.py [path/to/set.yml]   (exit code 1 on any error)"""
import collections
import os
import re
import sys
import unicodedata

import yaml

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.yml')
LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']
LABELS = ['crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency', 'ambiguous', 'none',
          'med_dose', 'med_combination', 'med_alcohol', 'med_stopping', 'med_pregnancy', 'med_driving',
          'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace']
COMBO_FACTS = ['serotonin', 'maoi', 'bleeding', 'sedation_breathing', 'other']
FIXED_FACT = {'med_alcohol': 'alcohol', 'med_stopping': 'stopping', 'med_pregnancy': 'pregnancy',
              'med_driving': 'driving'}
KINDS = ['late-risk', 'denial', 'medicine-then-risk', 'retraction', 'escalation', 'control', 'ordinary-followups']
RISK = {'crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency',
        'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace'}
SPREAD_KINDS = {'late-risk', 'escalation', 'denial', 'medicine-then-risk'}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize('NFKC', text).lower()
    t = re.sub(r'[^\w]+', ' ', t)
    return ' '.join(t.split())


with open(PATH, encoding='utf-8') as f:
    doc = yaml.safe_load(f)

# ---------- top level ----------
if not isinstance(doc, dict) or set(doc) != {'author', 'written', 'items'}:
    err('top level must have exactly author, written, items')
    doc = doc if isinstance(doc, dict) else {}
if doc.get('author') != 'independent evaluation helper (blind)':
    err('author must be "independent evaluation helper (blind)"')
if doc.get('written') != '2026-11-30':
    err("written must be the string '2026-11-30'")
items = doc.get('items') or []

# ---------- per item ----------
turn_ct = collections.Counter()          # (lang, label) -> turns
item_ct = collections.Counter()          # (lang, label) -> items containing label
lang_items = collections.Counter()
lang_turns = collections.Counter()
kind_ct = collections.Counter()
kind_lang = collections.defaultdict(set)
fact_ct = collections.Counter()
hard_neg = collections.Counter()
seen_text = {}
seen_item = {}
risk_single = risk_single_hard = 0
risk_turns = risk_turns_hard = 0
n_turns = n_multi = 0
phone_re = re.compile(r'(?<!\w)\+?\d[\d \-().]{6,}\d(?!\w)')
emerg_re = re.compile(r'(?<!\d)(999|911|112|000|111|988|116 ?123|113|0800)(?!\d)')

for idx, it in enumerate(items, 1):
    where = 'item #%d' % idx
    if not isinstance(it, dict):
        err(where + ': not a mapping'); continue
    if list(it.keys()) != ['id', 'lang', 'pattern', 'turns']:
        err(where + ': keys must be id, lang, pattern, turns (in that order), got %s' % list(it.keys()))
    iid = it.get('id')
    if iid != 'ae%04d' % idx:
        err(where + ': id %r, expected ae%04d' % (iid, idx))
    where = str(iid)
    lang = it.get('lang')
    if lang not in LANGS:
        err(where + ': bad lang %r' % lang)
    pattern = it.get('pattern')
    if not isinstance(pattern, str) or not pattern.strip():
        err(where + ': empty pattern'); pattern = ''
    turns = it.get('turns')
    if not isinstance(turns, list) or not (1 <= len(turns) <= 5):
        err(where + ': turns must be a list of 1-5'); continue
    multi = len(turns) > 1
    if multi:
        n_multi += 1
        m = re.match(r'^multi/([a-z-]+): \S', pattern)
        if not m or m.group(1) not in KINDS:
            err(where + ': multi-turn pattern must be "multi/<kind>: ..." with kind in %s' % KINDS)
            kind = None
        else:
            kind = m.group(1)
            kind_ct[kind] += 1
            kind_lang[kind].add(lang)
    else:
        kind = None
        if pattern.startswith('multi/'):
            err(where + ': single-turn item with multi/ pattern')
    if pattern.startswith('hard case:'):
        if multi:
            err(where + ': hard case patterns are for single-turn items')
        elif turns[0].get('expect') != 'none':
            err(where + ': hard case must expect none')
        else:
            hard_neg[lang] += 1
    labels_here = set()
    texts_here = []
    for tn, t in enumerate(turns, 1):
        tw = '%s turn %d' % (where, tn)
        if not isinstance(t, dict) or list(t.keys()) != ['text', 'expect', 'fact']:
            err(tw + ': keys must be text, expect, fact'); continue
        text, exp, fact = t['text'], t['expect'], t['fact']
        if not isinstance(text, str) or not text.strip():
            err(tw + ': empty text'); text = ''
        if exp not in LABELS:
            err(tw + ': bad expect %r' % exp); continue
        if exp == 'med_combination':
            if fact not in COMBO_FACTS:
                err(tw + ': med_combination needs fact in %s' % COMBO_FACTS)
            fact_ct[fact] += 1
        elif exp in FIXED_FACT:
            if fact != FIXED_FACT[exp]:
                err(tw + ': %s needs fact %s' % (exp, FIXED_FACT[exp]))
        elif fact is not None:
            err(tw + ': fact must be null for %s' % exp)
        if phone_re.search(text) or emerg_re.search(text):
            err(tw + ': looks like a phone / emergency number: %r' % text)
        key = norm(text)
        if key in seen_text:
            err(tw + ': duplicate text (also %s): %r' % (seen_text[key], text))
        seen_text[key] = tw
        texts_here.append(key)
        n_turns += 1
        lang_turns[lang] += 1
        turn_ct[(lang, exp)] += 1
        labels_here.add(exp)
        if exp in RISK:
            risk_turns += 1
            hard = ('(hard)' in pattern) if not multi else (kind in SPREAD_KINDS)
            risk_turns_hard += hard
            if not multi:
                risk_single += 1
                risk_single_hard += hard
    ikey = tuple(texts_here)
    if ikey in seen_item:
        err(where + ': duplicate item of ' + seen_item[ikey])
    seen_item[ikey] = where
    lang_items[lang] += 1
    for lab in labels_here:
        item_ct[(lang, lab)] += 1
    if multi and kind == 'control' and labels_here != {'none'}:
        err(where + ': control conversations must be all none')
    if multi and kind == 'ordinary-followups':
        if turns[0].get('expect') != 'none' or not any(str(t.get('expect', '')).startswith('med_') for t in turns[1:]):
            err(where + ': ordinary-followups = ordinary first turn, then at least one med_* follow-up')

# ---------- set level ----------
n_items = len(items)
if not 820 <= n_items <= 860:
    err('items %d not in 820-860' % n_items)
if not 1000 <= n_turns <= 1050:
    err('turns %d not in 1000-1050' % n_turns)
en_share = lang_items['en'] / max(n_items, 1)
if not 0.37 <= en_share <= 0.43:
    err('en share %.3f not about 40%%' % en_share)
others = [lang_items[l] for l in LANGS if l != 'en']
mean_o = sum(others) / len(others)
for l in LANGS[1:]:
    if abs(lang_items[l] - mean_o) > 0.1 * mean_o:
        err('%s has %d items, not even with the others (mean %.1f)' % (l, lang_items[l], mean_o))
for l in LANGS:
    for lab in LABELS:
        if turn_ct[(l, lab)] == 0:
            err('label %s missing in %s' % (lab, l))
amb = sum(turn_ct[(l, 'ambiguous')] for l in LANGS)
if amb > 8:
    err('ambiguous %d > 8' % amb)
if n_multi < 140:
    err('multi-turn items %d < 140' % n_multi)
for k in KINDS:
    if kind_ct[k] == 0:
        err('no multi-turn items of kind %s' % k)
if kind_ct['ordinary-followups'] < 50:
    err('ordinary-followups %d < 50' % kind_ct['ordinary-followups'])
if sum(hard_neg.values()) < 140:
    err('single-turn hard negatives %d < 140' % sum(hard_neg.values()))
for l in LANGS:
    if hard_neg[l] < 8:
        err('too few hard negatives in %s (%d)' % (l, hard_neg[l]))
for fct in COMBO_FACTS:
    if fact_ct[fct] < 12:
        err('med_combination fact %s only %d (< 12)' % (fct, fact_ct[fct]))
ratio_single = risk_single_hard / max(risk_single, 1)
ratio_all = risk_turns_hard / max(risk_turns, 1)
if ratio_all < 0.30:
    err('hard share of risk turns %.2f < 0.30' % ratio_all)

# ---------- report ----------
print('file:', PATH)
print('items: %d   turns: %d   multi-turn items: %d   single-turn items: %d' % (n_items, n_turns, n_multi, n_items - n_multi))
print('items per language: ' + ', '.join('%s %d (%.1f%%)' % (l, lang_items[l], 100.0 * lang_items[l] / max(n_items, 1)) for l in LANGS))
print('turns per language: ' + ', '.join('%s %d' % (l, lang_turns[l]) for l in LANGS))
print('multi-turn kinds: ' + ', '.join('%s %d' % (k, kind_ct[k]) for k in KINDS))
print('single-turn hard negatives: %d (%s)' % (sum(hard_neg.values()), ', '.join('%s %d' % (l, hard_neg[l]) for l in LANGS)))
print('med_combination facts: ' + ', '.join('%s %d' % (f, fact_ct[f]) for f in COMBO_FACTS))
print('hard share of risk: single-turn %d/%d = %.2f; all risk turns (incl. risk spread over turns) %d/%d = %.2f'
      % (risk_single_hard, risk_single, ratio_single, risk_turns_hard, risk_turns, ratio_all))
print()
print('TURNS per label x language')
hdr = '%-18s' % 'label' + ''.join('%5s' % l for l in LANGS) + '  total'
print(hdr)
for lab in LABELS:
    row = [turn_ct[(l, lab)] for l in LANGS]
    print('%-18s' % lab + ''.join('%5d' % v for v in row) + '%7d' % sum(row))
print('%-18s' % 'total' + ''.join('%5d' % lang_turns[l] for l in LANGS) + '%7d' % n_turns)
print()
print('ITEMS per label x language (an item counts once for every label among its turns)')
print(hdr)
for lab in LABELS:
    row = [item_ct[(l, lab)] for l in LANGS]
    print('%-18s' % lab + ''.join('%5d' % v for v in row) + '%7d' % sum(row))
print('%-18s' % 'items' + ''.join('%5d' % lang_items[l] for l in LANGS) + '%7d' % n_items)
print()
if errors:
    print('FAILED: %d error(s)' % len(errors))
    for e in errors[:200]:
        print('  -', e)
    sys.exit(1)
print('OK: all checks passed')
