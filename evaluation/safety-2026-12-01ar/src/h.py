"""Helpers for writing set 'ar' items by hand."""
AL = {
    "cs": "crisis_self", "ci": "crisis_imminent", "hd": "harm_done", "co": "crisis_other",
    "em": "emergency", "amb": "ambiguous", "no": "none", "dose": "med_dose",
    "alc": "med_alcohol", "stop": "med_stopping", "preg": "med_pregnancy", "drive": "med_driving",
    "eat": "dangerous_eating", "mis": "dangerous_misuse", "tox": "dangerous_toxic", "rep": "dangerous_replace",
}
AUTO_FACT = {"med_alcohol": "alcohol", "med_stopping": "stopping", "med_pregnancy": "pregnancy", "med_driving": "driving"}
COMBO = {"ser": "serotonin", "maoi": "maoi", "bleed": "bleeding", "sed": "sedation_breathing", "oth": "other"}


def T(text, lab):
    if lab.startswith("mc:"):
        return {"text": text, "expect": "med_combination", "fact": COMBO[lab[3:]]}
    label = AL[lab]
    return {"text": text, "expect": label, "fact": AUTO_FACT.get(label)}


def S(pattern, text, lab):
    return {"pattern": pattern, "turns": [T(text, lab)]}


def M(kind, desc, *pairs):
    assert 2 <= len(pairs) <= 5
    return {"pattern": f"multi/{kind}: {desc}", "turns": [T(t, l) for t, l in pairs]}
