"""A rough guess of a message's language, for helplines when nothing else says where
the person is: a crisis written in Polish gets the Polish lines (with the EU number and
"your local emergency number", since a language is not a country)."""

from __future__ import annotations

import re

_WORDS = {
    "en": "i the and to is my it not im me you a of in that this have do what",
    "es": "que de no la el y en los me mi es por con para una estoy quiero pero muy ya todo nada yo",
    "fr": "je ne pas le la les et est suis mon ma mes des un une veux plus tout avec pour que qui moi",
    "de": "ich nicht und der die das ist bin mein meine mit kann mehr will auf zu ein eine es mich mir",
    "pt": "eu nao que o a e estou meu minha com para uma mais quero isso sou tudo voce",
    "it": "io non che di il la e sono mio mia con per una piu voglio questo tutto ho mi",
    "pl": "nie sie jest jestem mnie mi to ze juz chce mam jak co na w z i tego moj moja",
    "nl": "ik niet het de een en is ben mijn met voor wil meer dat maar zijn er ook kan",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
_TOKENS = re.compile(r"[a-z]+")


def guess(text: str | None) -> str | None:
    """ "es", "fr", "de", "pt", "it", "pl" or "nl" when the text is clearly in one of
    them; None for English, for too little text, or when unsure."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", (text or "")[:2000].casefold())
    words = _TOKENS.findall("".join(ch for ch in folded if not unicodedata.combining(ch)))
    if len(words) < 3:
        return None
    scores = {lang: sum(word in vocabulary for word in words) for lang, vocabulary in _SETS.items()}
    best = max(scores, key=scores.__getitem__)
    ranked = sorted(scores.values(), reverse=True)
    if best == "en" or scores[best] < 2 or ranked[0] == ranked[1]:
        return None
    return best
