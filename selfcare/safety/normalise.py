"""Normalisation of a user message before the safety rules run on it.

Lowercase, accents and apostrophes removed, curly quotes, texting shorthand
such as "im", "wanna", "u", "kil my self" and elongations such as "dieeee"
folded: `_fold`, `_expand` and `_variants`, and their tables.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Letters that carry their mark inside them (no combining accent to strip): Polish "ł" is "l"
# to every rule and name list ("połknął" -> "polknal", "kapsułki" -> "kapsulki").
LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe"})
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u201a\u201b\u2032\u02bc\u02b9`\u00b4]")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_SLASH_WITH = re.compile(r"\bw/(?=\s|[a-z])")
# Everything that is not a letter, a digit, a space or a clause boundary.
_SYMBOLS = re.compile(r"[^\w\s.,!?;:%]|_")
_SPACES = re.compile(r"\s+")
# Leetspeak: look-alike digits and symbols inside words ("t0n1ght", "$u!c!d@l", "3nd1ng").
# Only a message with at least one word that has such a character between two letters
# is read as leetspeak; then every word that mixes letters with them is folded, except
# amounts with a unit or an ordinal ("150mg", "3rd", "10pm") and names like "5htp".
_LEET_CHARS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_LEET_WORD = re.compile(r"[\w@$!]*[a-z@$][\w@$!]*|[013457][\w@$!]*[a-z][\w@$!]*")
_CLEAR_LEET = re.compile(r"[a-z][013457@$!]+[a-z]")
_NOT_LEET = re.compile(
    r"\d+(?:[.,]\d+)?(?:mg|mcg|ug|ml|g|kg|lbs?|x|h|hrs?|min|mins|pm|am|st|nd|rd|th|yo|k|pcs|days?"
    r"|weeks?)"
)
_ALPHANUMERIC_NAMES = frozenset({"5htp", "omega3", "b12", "b6", "d3", "q10", "covid19"})
_ELONGATED = re.compile(r"([a-z])\1{2,}")
_TWO_AS_TO = re.compile(
    r"\b(want|wants|going|need|needs|have|ready|wish|try|trying|about|deserve|plan|planning|like|wanted) 2 (?=[a-z])"
)

# Shorthand and split contractions -> one canonical spelling. Apostrophes are
# removed before this runs, so "i'm" is already "im" and "don't" is "dont".
_SHORTHAND = {
    "i am": "im",
    "i m": "im",
    "i ve": "ive",
    "i d": "id",
    "i ll": "ill",
    "do not": "dont",
    "don t": "dont",
    "dnt": "dont",
    "does not": "doesnt",
    "doesn t": "doesnt",
    "did not": "didnt",
    "didn t": "didnt",
    "cannot": "cant",
    "can not": "cant",
    "can t": "cant",
    "cnt": "cant",
    "cany": "cant",
    "won t": "wont",
    "will not": "wont",
    "is not": "isnt",
    "isn t": "isnt",
    "it s": "its",
    "what s": "whats",
    "that s": "thats",
    "there s": "theres",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "finna": "going to",
    "imma": "im going to",
    "tryna": "trying to",
    "gotta": "got to",
    "hafta": "have to",
    "u": "you",
    "ur": "your",
    "youre": "you are",
    "r": "are",
    "ya": "you",
    "pls": "please",
    "plz": "please",
    "rly": "really",
    "srsly": "seriously",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "bcuz": "because",
    "rn": "right now",
    "abt": "about",
    "wat": "what",
    "wht": "what",
    "thx": "thanks",
    "any more": "anymore",
    "my self": "myself",
    "myslef": "myself",
    "mysefl": "myself",
    "myselff": "myself",
    "myslf": "myself",
    "mysel": "myself",
    "mysself": "myself",
    "meself": "myself",
    "me self": "myself",
    "him self": "himself",
    "her self": "herself",
    "them selves": "themselves",
    "them self": "themself",
    "selfharm": "self harm",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "2day": "today",
    "2moro": "tomorrow",
    "doin": "doing",
    "goin": "going",
    "&": "and",
}
_SHORTHAND_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w])"
)


def _to_text(text: Any) -> str:
    if isinstance(text, str):
        return text
    if text is None:
        return ""
    try:
        return str(text)
    except Exception:  # an object whose __str__ fails: nothing to assess
        return ""


def _unleet_word(match: re.Match[str]) -> str:
    word = match.group(0).rstrip("!")  # "help!" is an exclamation, not leetspeak
    if not any(ch in _LEET_CHARS for ch in word) or _NOT_LEET.fullmatch(word) or word in _ALPHANUMERIC_NAMES:
        return match.group(0)
    return "".join(_LEET_CHARS.get(ch, ch) for ch in word) + match.group(0)[len(word) :]


def _unleet(text: str) -> str:
    """Leetspeak folded to letters: "t00k 4ll my p1lls" -> "took all my pills"."""
    if not _CLEAR_LEET.search(text):
        return text
    return _LEET_WORD.sub(_unleet_word, text)


# Letters spelled out one by one, with dots or single spaces between ("s.l.e.e.p t.i.p.s",
# "F A T I G U E", "k i l l  m y s e l f"): the word they spell (the twenty-sixth red team's had got
# the crisis reply from the model reading the letters). Four or more letters; words apart by two
# or more spaces stay apart.
_DOTTED_LETTERS = re.compile(r"(?<![\w.])(?:[^\W\d_][.\-_]){3,}[^\W\d_](?![\w])\.?")
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")


# A whole message of letters spelled out, words two or more spaces apart ("I W A N T  T O  D I E", the
# twenty-seventh red team's: its short words, "T O" and "D I E", were too short for _SPACED_LETTERS).
_ALL_SPACED_LETTERS = re.compile(r"^\s*[^\W\d_](?:\s+[^\W\d_])+\s*$")
_WORD_GAP = re.compile(r"\s{2,}")
# "I" spelled without a wider gap before the next word: "IWANT" is "I WANT".
_I_GLUED = re.compile(r"^(i)(?=(?:want|wanna|am|have|will|need|cant|can|dont|do|feel|wish|just|hate)$)", re.I)


def join_letters(text: str) -> str:
    """Letters spelled out with dots or single spaces between, joined into the word they spell."""
    if _ALL_SPACED_LETTERS.match(text) and len(text.split()) >= 4:
        words = (word.replace(" ", "") for word in _WORD_GAP.split(text.strip()))
        return " ".join(_I_GLUED.sub(r"\1 ", word) for word in words)
    text = _DOTTED_LETTERS.sub(lambda m: re.sub(r"[.\-_]", "", m.group(0)), text)
    return _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)


def _fold(text: str) -> str:
    """Lowercase, accent-free, apostrophe-free text with one space between words."""
    t = _HTML_TAG.sub(" ", text)
    t = unicodedata.normalize("NFKD", t)
    t = _COMBINING.sub("", t)
    t = t.casefold().translate(LETTERS)
    t = _INVISIBLE.sub("", t)
    t = join_letters(t)
    t = _APOSTROPHES.sub("", t)
    t = _SLASH_WITH.sub(" with ", t)
    t = _unleet(t)
    t = t.replace("&", " and ")
    t = _SYMBOLS.sub(" ", t)
    t = _SPACES.sub(" ", t).strip()
    return t


# "overdosed on chocolate", "an overdose of sunshine", "een overdosis oliebollen": too much of
# a food, a drink that is no medicine, the sun or the telly, in the eight languages.
_TREATS = (
    r"chocolat\w*|choc|cake\w*|sugar|sweets|candy|cookies|biscuits|crisps|chips|pizza|cheese|carbs|junk\s+food"
    r"|coffee|caffeine|sun|sunshine|netflix|tv|telly|christmas|easter|turkey|pasta|bread|ice\s+cream|mince\s+pies"
    r"|oliebollen|chocolade|snoep|suiker|koffie|dulces|azucar|turron|surdose\s+de\s+sucre|sucre|bonbons"
    r"|schokolade|zucker|kaffee|plätzchen|platzchen|kekse|zucchero|cioccolat\w*|dolci|panettone|czekolad\w*"
    r"|slodyczy|cukru|kawy|doces|acucar|brigadeiro\w*|cafe|love|hugs|cuteness|memes|shopping|work"
)
_TOO_MUCH_OF_A_TREAT = re.compile(
    r"\b(?:overdosed|oded|overdose|overdosis|sobredosis|surdose|uberdosis|ueberdosis|overdosis|przedawkowal\w*"
    r"|overdoses)\s+(?:(?:on|of|van|de|di|an|aan|en|com|na|z)\s+)?(?:\w+\s+)?(?=(?:" + _TREATS + r")\b)"
)


def _expand(text: str) -> str:
    t = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(0)], text)
    t = _TWO_AS_TO.sub(r"\1 to ", t)
    t = _TOO_MUCH_OF_A_TREAT.sub("too much ", t)
    return t


def _variants(text: Any) -> tuple[str, ...]:
    """The normalised forms of a message that the rules are run on.

    Elongations are folded two ways because neither fits every word:
    "killlll" -> "kill" (runs cut to two letters), "dieeee" -> "die" (runs cut
    to one). The second form is only produced when the text has such a run.
    """
    base = _fold(_to_text(text))
    if not base:
        return ()
    if not _ELONGATED.search(base):
        return (_expand(base),)
    two = _expand(_ELONGATED.sub(r"\1\1", base))
    one = _expand(_ELONGATED.sub(r"\1", base))
    return (two,) if one == two else (two, one)


def normal_form(text: object) -> str:
    """One normal form of a message (the risk model's input): folded and expanded."""
    variants = _variants(text)
    return variants[-1] if variants else ""
