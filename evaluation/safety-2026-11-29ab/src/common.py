"""Helpers for writing the items by hand. Each language file builds ITEMS with s() and m()."""

AUTO_FACT = {
    "med_alcohol": "alcohol",
    "med_stopping": "stopping",
    "med_pregnancy": "pregnancy",
    "med_driving": "driving",
}


def _turn(text, label, fact=None):
    if label == "med_combination" and fact is None:
        raise ValueError("med_combination needs a fact: %r" % text)
    if fact is None:
        fact = AUTO_FACT.get(label)
    return {"text": text, "expect": label, "fact": fact}


def s(label, pattern, text, fact=None):
    """single-turn item"""
    return {"pattern": pattern, "turns": [_turn(text, label, fact)]}


def m(kind, pattern, *turns):
    """multi-turn item; each turn is (text, label) or (text, label, fact)"""
    return {"pattern": "multi/%s: %s" % (kind, pattern), "turns": [_turn(*t) for t in turns]}
