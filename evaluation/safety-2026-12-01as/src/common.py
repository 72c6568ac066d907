"""Helpers for writing items by hand. Labels with a fact are written 'med_combination:serotonin'."""
AUTO = {"med_alcohol": "alcohol", "med_stopping": "stopping",
        "med_pregnancy": "pregnancy", "med_driving": "driving"}


def _turn(text, label):
    if ":" in label:
        label, fact = label.split(":", 1)
    else:
        fact = AUTO.get(label)
    return {"text": text, "expect": label, "fact": fact}


def S(pattern, text, label):
    return {"pattern": pattern, "turns": [_turn(text, label)]}


def M(pattern, *turns):
    return {"pattern": pattern, "turns": [_turn(t, l) for t, l in turns]}
