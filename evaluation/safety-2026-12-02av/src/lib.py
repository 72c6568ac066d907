# helper used by the hand-written data files
ITEMS = []
FACTS = {'med_alcohol': 'alcohol', 'med_stopping': 'stopping',
         'med_pregnancy': 'pregnancy', 'med_driving': 'driving'}


def lab(l):
    if l.startswith('comb/'):
        return 'med_combination', l.split('/', 1)[1]
    return l, FACTS.get(l)


def make(lang):
    def s(label, desc, text):
        e, f = lab(label)
        if desc.startswith('hard case:'):
            pattern = desc
        else:
            pattern = f'{e}: {desc}'
        ITEMS.append({'lang': lang, 'pattern': pattern,
                      'turns': [{'text': text, 'expect': e, 'fact': f}]})

    def m(kind, desc, turns):
        ts = []
        for text, l in turns:
            e, f = lab(l)
            ts.append({'text': text, 'expect': e, 'fact': f})
        ITEMS.append({'lang': lang, 'pattern': f'multi/{kind}: {desc}', 'turns': ts})
    return s, m
