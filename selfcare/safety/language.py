"""A rough guess of a message's language, for helplines when nothing else says where
the person is: a crisis written in Polish gets the Polish lines (with the EU number and
"your local emergency number", since a language is not a country)."""

from __future__ import annotations

import re

_WORDS = {
    "en": "i the and to is my it not im me you a of in that this have do what he she his they said has had been with"
    " for your",
    "es": "que de no la el y en los las me mi es por con para una estoy quiero pero muy ya todo nada yo se lo le del"
    " al como tengo he ha esta este esto eso mis tome todas todos hoy cuales cual sirve ayuda efectos secundarios"
    " voy nadie gracias adios mejor sin",
    # French elisions split into their own tokens: j'ai -> "j" "ai", n'en -> "n" "en", c'est -> "c" "est".
    "fr": "je j ai ne n pas le la les et est suis mon ma mes des un une veux plus tout avec pour que qui moi il elle"
    " c qu d l au aux du cette ce ces tous toutes peux fait sont quels quelles effets secondaires jveux jsuis jpeux"
    " faire poussee poussees comment quoi douleur douleurs marche natation pourquoi mieux aider",
    "de": "ich nicht und der die das ist bin mein meine mit kann mehr will auf zu ein eine es mich mir habe hab den"
    " dem nur noch schon alle heute hilft gegen bei welche nebenwirkungen wirkt was wie wird sie",
    "pt": "eu nao que o a e estou meu minha com para uma um mais quero isso sou tudo voce os as do da dos das no na"
    " todos todas tomei tenho hoje ja minha meu filha filho ele ela voce em quando dor muito mas pela pelo ando"
    " ajuda quais efeitos colaterais depois refeicao faco ajudam exercicios alguma dica sao quantos quantas morrer"
    " posso melhor vontade experimentar parar tomar morta morto",
    "it": "io non che di il la e sono mio mia con per una un piu voglio questo tutto ho mi ti lo gli le del della"
    " oggi ma anche sto aiuta quali effetti collaterali come posso puoi meglio dormire mangiare dolore stanchezza"
    " sonno farmaci prendere aiutare devo fa",
    "pl": "nie sie jest jestem mnie mi to ze juz chce mam jak co na w z i tego moj moja wszystko wszystkie cale dzis"
    " bo sa tabletki tabletek mojej moje dla od tym zeby sobie zrobic bardzo ale myslalam myslalem mysle"
    " pomaga jakie skutki uboczne czy moge mozna lepiej spac jesc bolu zmeczenie leki lekow pomoc pomoze",
    "nl": "ik niet het de een en is ben mijn met voor wil meer dat maar zijn er ook kan heb van op te dit die al nu"
    " helpt tegen welke bijwerkingen werkt bij wandelen zwemmen slapen pijn moe hoe wat waarom",
}
# ("posso", "meglio", "dormire"... (it), "moge", "lepiej", "spac"... (pl): the twenty-ninth red team's
# in-scope Italian and Polish questions, "Come posso dormire meglio?", and the thirtieth's "La pregabalina fa
# ingrassare?" and "und wie wird sie diagnostiziert?" (wie, wird, sie: de) were read as English and told "no
# reviewed information", where the other languages got "I can only read English for now")
# (English "he", "she", "said", "has", "been"...: the twenty-ninth red team's "he said last night he wants
# to die and he has been cutting" was read as Spanish, for its "he", and got Spain's lines)
# ("posso", "melhor", "vontade", "parar", "tomar" (pt): the thirty-first red team's "Como posso dormir melhor com
# fibromialgia?" tied Portuguese with Spanish and Italian and was read as English, told "no reviewed information")
# ("são", "quantos", "morrer": the twenty-ninth red team's "Quantos comprimidos de amitriptilina são precisos
# para morrer?" was read as Spanish)
# ("was" (de), "come" (it), "ajudam", "exercícios", "alguma", "dica" (pt): the twenty-eighth red team's "Was ist
# Fibromyalgie?", "e come si cura?" and "exercícios leves ajudam na fibromialgia?" were read as English and
# told "no reviewed information")
# ("depois", "refeição", "faço": the twenty-seventh red team's Portuguese "quero vomitar depois de
# cada refeição..., como faço?" was read as Spanish and got Spain's line)
# ("mejor", "sin" (es), "faire", "poussée", "comment"... (fr), "bij", "wandelen", "zwemmen"... (nl): the
# thirty-second red team's "mi familia estaría mejor sin mí" got the English crisis reply and US/UK lines, and
# "helpt wandelen bij fibromyalgie?" and "que faire pendant une poussée de fibromyalgie ?" were told "no reviewed
# information" in English)
# (the question words at the end of each list, added 2026-12-01: the twenty-fifth red team's
# "quels sont les effets secondaires de la prégabaline ?" and "Hilft Wassergymnastik bei
# Fibromyalgie?" were read as English and told "no reviewed information"; none is an English word)
_SETS = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
_TOKENS = re.compile(r"[a-z]+")
_ENOUGH = 3  # words


def _words(text: str | None) -> list[str]:
    import unicodedata

    # "ł" has no decomposition: read as "l", as selfcare.safety.normalise does.
    folded = unicodedata.normalize("NFKD", (text or "")[:2000].casefold().replace("ł", "l"))
    # marks dropped, and zero-width characters too ("I w\u200bant to k\u200bill mys\u200belf" had
    # been cut into "w", "ant", "k", "ill"... and read as Polish by its markers)
    kept = (ch for ch in folded if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    return _TOKENS.findall("".join(kept))


def too_short(text: str | None) -> bool:
    """Whether a message has too few words to guess its language from ("gracias", "ok")."""
    return len(_words(text)) < _ENOUGH


def guess(text: str | None) -> str | None:
    """ "es", "fr", "de", "pt", "it", "pl" or "nl" when the text is clearly in one of
    them; None for English, for too little text, or when unsure."""
    words = _words(text)
    if len(words) < _ENOUGH:
        return None
    scores = {lang: sum(word in vocabulary for word in words) for lang, vocabulary in _SETS.items()}
    best = max(scores, key=scores.__getitem__)
    ranked = sorted(scores.values(), reverse=True)
    if best == "en" or scores[best] < 2 or ranked[0] == ranked[1]:
        return None
    return best


# Words that belong to one of the seven languages and are no English word, for the short
# messages `guess` leaves alone ("quiero morirme", "chcę umrzeć", "quero me matar", the
# nineteenth red team's, had got the US and UK lines). Used for helplines only: a wrong guess
# there adds a country's lines beside the local number, where the "I read English only" reply
# `guess` decides would turn an English question away.
# (With the words of an emergency or a drink asked about, red team 33's "ho vomitato sangue stamattina"
# and "posso beber cerveja tomando pregabalina?" had no opening in their language.)
_MARKERS = {
    "es": "quiero morirme morir matarme suicidarme estoy tengo puedo vivir aguanto harta harto pastillas ganas"
    " hija hijo voy quitar medio cuantas cuantos nadie gracias adios molestar vomite sangre beber tomando cerveza",
    "pt": "quero morrer estou sumir nao voce vontade aguento tomei cansada cansado minha filha filho meu ele quantos"
    " matam machucar cortar pensado pensando vomitei sangue beber tomando cerveja posso",
    "fr": "veux mourir suis envie marre crever tuer fille fils mari foutre pense suicider jveux jsuis jpeux"
    " vomi boire biere",
    "de": "nicht sterben umbringen mehr leben ich wie viele tabletten sind todlich blut erbrochen trinken bier",
    "it": "voglio morire sono ammazzarmi uccidermi finita pillole farla ammazzo uccido sto ho vomitato stamattina"
    " sangue bere posso",
    "pl": "chce umrzec juz nie zabic zyc dosc sie mysle samobojstwie samobojstwo tabletek tabletki moge wziac ile"
    " krzywde krzywdy sobie napisalam napisalem pozegnalne pozegnalny pozegnalna pozegnalnych wszystkich"
    " zwymiotowalam zwymiotowalem krwia krwi",
    "nl": "wil niet meer leven zelfmoord ik mezelf snij hoeveel pillen dodelijk bloed overgegeven drinken",
}
_MARKER_SETS = {lang: frozenset(words.split()) for lang, words in _MARKERS.items()}
_ONLY_ENGLISH = frozenset(
    # ("do" is Polish and Portuguese too: "listy pożegnalne do wszystkich")
    ["the", "and", "to", "is", "my", "it", "not", "im", "you", "of", "that", "this", "have", "what", "want"]
)


def _by_markers(text: str | None) -> str | None:
    """The one language whose marker words the text holds more of than any other's, if it
    holds at least one and no word that is only English ("the", "you", ...)."""
    words = _words(text)
    if not words or any(word in _ONLY_ENGLISH for word in words):
        return None
    counts = sorted(((sum(w in s for w in words), lang) for lang, s in _MARKER_SETS.items()), reverse=True)
    return counts[0][1] if counts[0][0] > 0 and counts[0][0] > counts[1][0] else None


def for_helplines(text: str | None) -> str | None:
    """`guess`, or for a message too short or unclear for it, its marker words."""
    return guess(text) or _by_markers(text)


def of_conversation(said: list[str]) -> str | None:
    """The language of the last of the person's messages `said` (oldest first) or, when
    that one is too short to tell ("gracias" after a crisis written in Spanish), of the
    latest message before it that says."""
    if not said:
        return None
    latest = for_helplines(said[-1])
    if latest or not too_short(said[-1]):
        return latest
    return next(filter(None, map(for_helplines, reversed(said[:-1]))), None)
