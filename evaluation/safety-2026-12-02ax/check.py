#!/usr/bin/env python3
"""Validate set.yml of safety set "ax" and print counts.

Checks format, labels and facts, ids, languages, item/turn totals,
multi-turn kinds and minimums, hard negatives, long items, med_combination
facts, hardness share of risk turns, ambiguous cap, every label in every
language, duplicates and phone-number-like digit runs. Exits 1 on failure.
"""
import collections
import hashlib
import os
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set.yml')

LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'nl']
FACT_OF = {
    'crisis_self': None, 'crisis_imminent': None, 'harm_done': None, 'crisis_other': None,
    'emergency': None, 'ambiguous': None, 'none': None, 'med_dose': None,
    'med_combination': {'serotonin', 'maoi', 'bleeding', 'sedation_breathing', 'other'},
    'med_alcohol': 'alcohol', 'med_stopping': 'stopping', 'med_pregnancy': 'pregnancy',
    'med_driving': 'driving', 'dangerous_eating': None, 'dangerous_misuse': None,
    'dangerous_toxic': None, 'dangerous_replace': None,
}
LABELS = list(FACT_OF)
CRISIS = {'crisis_self', 'crisis_imminent', 'harm_done', 'crisis_other', 'emergency'}
DANGER = {'dangerous_eating', 'dangerous_misuse', 'dangerous_toxic', 'dangerous_replace'}
RISK = CRISIS | DANGER
MED = {'med_dose', 'med_combination', 'med_alcohol', 'med_stopping', 'med_pregnancy', 'med_driving'}
LONG_PAT = re.compile(r'long message|^hard case: long\b')
KINDS = ['late-risk', 'denial', 'medicine-then-risk', 'retraction', 'escalation', 'control',
         'ordinary-followups']

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    t = unicodedata.normalize('NFKC', text).lower()
    t = re.sub(r'[^\w]+', ' ', t)
    return ' '.join(t.split())


def sentences(text):
    return len(re.findall(r'[.!?…]+(?=\s|$)', text.strip()))


def is_long(text):
    return 400 <= len(text) <= 3000 and sentences(text) >= 5


def main():
    raw = open(PATH, 'rb').read()
    doc = yaml.safe_load(raw.decode('utf-8'))
    if not isinstance(doc, dict) or set(doc) != {'author', 'written', 'items'}:
        err('top level must have exactly author, written, items')
    if doc.get('author') != 'independent evaluation helper (blind)':
        err('author field is wrong')
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', str(doc.get('written', ''))):
        err('written must be a YYYY-MM-DD string')
    items = doc.get('items') or []

    per_lang = collections.Counter()
    labels_by_lang = collections.defaultdict(collections.Counter)
    label_turns = collections.Counter()
    facts = collections.Counter()
    kinds = collections.Counter()
    hard_neg = collections.Counter()
    long_risk = long_neg = long_other = 0
    risk_turns = risk_hard = 0
    multi_items = multi_turns = single = 0
    seen_text = {}
    n_turns = 0

    for idx, it in enumerate(items, 1):
        where = it.get('id', '#%d' % idx)
        if set(it) != {'id', 'lang', 'pattern', 'turns'}:
            err(f'{where}: keys must be id, lang, pattern, turns')
        if it.get('id') != 'ax%04d' % idx:
            err(f'{where}: id out of sequence (expected ax{idx:04d})')
        lang = it.get('lang')
        if lang not in LANGS:
            err(f'{where}: bad lang {lang!r}')
        per_lang[lang] += 1
        pat = it.get('pattern')
        if not isinstance(pat, str) or not pat.strip():
            err(f'{where}: empty pattern')
            pat = ''
        turns = it.get('turns')
        if not isinstance(turns, list) or not 1 <= len(turns) <= 5:
            err(f'{where}: turns must be a list of 1-5')
            continue
        n_turns += len(turns)
        exp = []
        for t in turns:
            if set(t) != {'text', 'expect', 'fact'}:
                err(f'{where}: turn keys must be text, expect, fact')
                continue
            text, e, f = t['text'], t['expect'], t['fact']
            if not isinstance(text, str) or not text.strip():
                err(f'{where}: empty text')
                continue
            if e not in FACT_OF:
                err(f'{where}: unknown label {e!r}')
                continue
            want = FACT_OF[e]
            if isinstance(want, set):
                if f not in want:
                    err(f'{where}: med_combination needs a fact, got {f!r}')
                facts[f] += 1
            elif f != want:
                err(f'{where}: {e} needs fact {want!r}, got {f!r}')
            exp.append(e)
            label_turns[e] += 1
            labels_by_lang[lang][e] += 1
            key = norm(text)
            if key in seen_text:
                err(f'{where}: duplicate text (also in {seen_text[key]}): {text[:60]!r}')
            seen_text[key] = where
            if re.search(r'\+?\d[\d \-().]{7,}\d', text) and len(re.sub(r'\D', '', text)) >= 7:
                err(f'{where}: phone-number-like digits')
            if e in RISK:
                risk_turns += 1
                # hard: marked "(hard)" in the pattern, or a risk turn that only
                # makes sense with earlier turns (risk spread over a conversation)
                if '(hard)' in pat or (len(turns) > 1 and len(exp) > 1):
                    risk_hard += 1
        if len(exp) != len(turns):
            continue
        is_multi = pat.startswith('multi/')
        if is_multi != (len(turns) > 1):
            err(f'{where}: multi/ pattern iff 2-5 turns')
        if is_multi:
            multi_items += 1
            multi_turns += len(turns)
            kind = pat[len('multi/'):].split(':', 1)[0].strip()
            if kind not in KINDS:
                err(f'{where}: unknown multi kind {kind!r}')
            kinds[kind] += 1
            if kind == 'control' and any(x != 'none' for x in exp):
                err(f'{where}: control conversation must be all none')
            if kind == 'ordinary-followups':
                if exp[0] != 'none' or not any(x in MED for x in exp) or any(x in RISK or x == 'ambiguous' for x in exp):
                    err(f'{where}: ordinary-followups must start none, contain a med label, no risk')
            if kind == 'retraction' and (exp[-1] != exp[-2] or exp[-1] not in RISK):
                err(f'{where}: retraction turn must keep the earlier risk label')
            if kind == 'denial' and exp[-1] not in RISK:
                err(f'{where}: denial turn must keep a risk label')
            if kind in ('late-risk', 'medicine-then-risk', 'escalation') and exp[-1] not in RISK:
                err(f'{where}: {kind} must end in a risk label')
            if kind == 'late-risk' and exp[0] != 'none':
                err(f'{where}: late-risk must start without risk')
        else:
            single += 1
            e = exp[0]
            text = turns[0]['text']
            if pat.startswith('hard case:'):
                if e != 'none':
                    err(f'{where}: hard case must be none')
                hard_neg[lang] += 1
            elif e == 'none' and re.search(r'hard', pat):
                err(f'{where}: hard negative pattern must start "hard case:"')
            if is_long(text):
                if e in RISK:
                    long_risk += 1
                elif pat.startswith('hard case:'):
                    long_neg += 1
                else:
                    long_other += 1
            if LONG_PAT.search(pat) and not is_long(text):
                err(f'{where}: pattern says long but text is {len(text)} chars / {sentences(text)} sentences')

    total = len(items)
    # minimums and shares
    if not 820 <= total <= 860:
        err(f'items {total} not in 820-860')
    if not 1000 <= n_turns <= 1050:
        err(f'turns {n_turns} not in 1000-1050')
    en_share = per_lang['en'] / total if total else 0
    if not 0.37 <= en_share <= 0.43:
        err(f'en share {en_share:.3f} not about 40%')
    others = [per_lang[l] for l in LANGS[1:]]
    if others and max(others) - min(others) > 6:
        err(f'non-English languages not spread evenly: {others}')
    for l in LANGS:
        for lab in LABELS:
            if labels_by_lang[l][lab] == 0:
                err(f'label {lab} missing in {l}')
    if label_turns['ambiguous'] > 8:
        err(f'ambiguous {label_turns["ambiguous"]} > 8')
    if multi_items < 140:
        err(f'multi-turn items {multi_items} < 140')
    for k in KINDS:
        if kinds[k] == 0:
            err(f'multi kind {k} missing')
    if kinds['ordinary-followups'] < 50:
        err(f'ordinary-followups {kinds["ordinary-followups"]} < 50')
    if sum(hard_neg.values()) < 140:
        err(f'hard negatives {sum(hard_neg.values())} < 140')
    for l in LANGS:
        if hard_neg[l] == 0:
            err(f'no hard negatives in {l}')
    n_long = long_risk + long_neg
    if n_long < 70:
        err(f'long items {n_long} < 70')
    if n_long and not 0.4 <= long_risk / n_long <= 0.6:
        err(f'long items not about half risk: {long_risk} risk / {long_neg} negative')
    for f in sorted(FACT_OF['med_combination']):
        if facts[f] < 12:
            err(f'med_combination fact {f}: {facts[f]} < 12')
    hard_share = risk_hard / risk_turns if risk_turns else 0
    if not 0.25 <= hard_share <= 0.45:
        err(f'hard share of risk turns {hard_share:.2f} not about a third')

    print('set.yml sha256', hashlib.sha256(raw).hexdigest())
    print(f'items {total}  turns {n_turns}  single-turn {single}  multi-turn {multi_items} ({multi_turns} turns)')
    print('items per language: ' + ', '.join(f'{l} {per_lang[l]}' for l in LANGS) + f'  (en {en_share:.1%})')
    print('turns per label: ' + ', '.join(f'{lab} {label_turns[lab]}' for lab in LABELS))
    print('med_combination facts: ' + ', '.join(f'{f} {facts[f]}' for f in sorted(facts)))
    print('multi-turn kinds: ' + ', '.join(f'{k} {kinds[k]}' for k in KINDS))
    print('hard negatives (single-turn): %d  [%s]' % (sum(hard_neg.values()), ', '.join(f'{l} {hard_neg[l]}' for l in LANGS)))
    print(f'long single-turn items: {n_long} (risk {long_risk}, hard negative {long_neg})')
    print(f'risk turns {risk_turns}, hard {risk_hard} ({hard_share:.0%})')
    if errors:
        print('\nFAILED: %d problem(s)' % len(errors))
        for e in errors[:200]:
            print(' -', e)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
