"""Tiny helpers for writing the hand-made items compactly."""
FACT_FOR = {
    'med_alcohol': 'alcohol',
    'med_stopping': 'stopping',
    'med_pregnancy': 'pregnancy',
    'med_driving': 'driving',
}


def turn(text, expect, fact=None):
    if fact is None:
        fact = FACT_FOR.get(expect)
    return {'text': text, 'expect': expect, 'fact': fact}


def S(expect, pattern, text, fact=None):
    """single-turn item"""
    return {'pattern': pattern, 'turns': [turn(text, expect, fact)]}


def M(pattern, *turns):
    """multi-turn item; each turn is (text, expect) or (text, expect, fact)"""
    return {'pattern': 'multi/' + pattern, 'turns': [turn(*t) for t in turns]}
