"""`contains_dose`: checks the assistant's own replies for an amount or a
schedule of a medicine, and the patterns it uses.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from selfcare.safety.normalise import _INVISIBLE, _to_text

logger = logging.getLogger(__name__)

_NUM = (
    r"(?:\d+(?:[.,]\d+)*|[.,]\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety"
    r"|(?:a|one)\s+hundred|hundred|thousand|half|a\s+half|one\s+and\s+a\s+half|quarter|a\s+quarter|three\s+quarters|½|¼"
    r"|¾|\d\s*/\s*\d|a\s+couple\s+of|a\s+couple|couple\s+of)"
)
_UNIT = (
    r"(?:mg|mgs|milligrams?|milligrammes?|mcg|µg|μg|ug|micrograms?|g|gm|gms|grams?|grammes?|ml|mls|millilit(?:er|re)s?"
    r"|cc|iu|i\.u\.|international\s+units?"
    r"|tablets?|tabs?|pills?|capsules?|caps|softgels?|gel\s?caps?|lozenges?|drops|puffs?|sprays?|patch(?:es)?|sachets?"
    r"|teaspoons?|tsp|tablespoons?|tbsp|doses?|units?\s+of\s+insulin)"
)
_DOSE_AMOUNT_RE = re.compile(
    r"(?<![\w.,])"
    + _NUM
    + r"(?:\s*(?:-|–|—|to|or|/)\s*"
    + _NUM
    + r")?\s*-?\s*(?:(?:a|an|of|of\s+a|of\s+an|x)\s+)?"
    + _UNIT
    + r"(?![\w])"
)
_DOSE_FREQ_RE = re.compile(
    r"\b(?:once|twice|thrice|three\s+times|four\s+times|(?:\d+|two|three|four|five|six)\s+times)\s+(?:a|per|each"
    r"|every)\s+day\b"
    r"|\b(?:once|twice|thrice|three\s+times|four\s+times|\d+\s+times)\s+daily\b"
    r"|\b(?:b\.i\.d|t\.i\.d|q\.i\.d|q\.d\.s|t\.d\.s|bid|tid|qid|qds|tds|q\d+h)\b"
)
_DOSE_FREQ_ACTIVITY_RE = re.compile(
    r"\b(?:walk\w*|stretch\w*|exercis\w*|move|moving|movement|yoga|tai\s+chi|swim\w*|rest\w*|breath\w*|meditat\w*"
    r"|practi[sc]\w*|sessions?|minutes?|check\s+in|journal\w*"
    r"|eat\w*|meals?|snacks?|pace|pacing|breaks?|shower\w*|bath\w*|activity|activities|steps|outside|cycl\w*|work\s+out"
    r"|workouts?)\b"
)
_DOSE_EVERY_HOURS_RE = re.compile(
    r"\b(?:take|taken|taking|dose|dosed|tablet|pill|capsule|one|two|spray|puff)\b[^.\n]{0,30}\bevery\s+\d+(?:\s*(?:-|to"
    r"|or)\s*\d+)?\s+hours?\b"
)


_NUMBER_IN_A_NAME = re.compile(r"\b(omega|coq)\s*-?\s*(\d+)\b")


def _fold_for_dose(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).casefold()
    t = _INVISIBLE.sub("", t)
    t = t.replace("\u00a0", " ")
    # a number in a name is no amount: "omega 3 pills", "coq 10 capsules"
    return _NUMBER_IN_A_NAME.sub(r"\1\2", t)


def contains_dose(text: str) -> bool:
    """True when the text states an amount or schedule of a medicine ("150 mg",
    "300mg", "2 tablets", "twice a day", "0.5 ml", "60 milligrams").

    Used on the assistant's own replies, so it stays quiet on numbers that are
    not doses: "5 or 10 minutes a day", "15-week study", "10 days", "over 50%
    pain relief", "911", "988", "116 123", "stretch twice a day".
    """
    try:
        t = _fold_for_dose(_to_text(text))
        if not t:
            return False
        if _DOSE_AMOUNT_RE.search(t) or _DOSE_EVERY_HOURS_RE.search(t):
            return True
        for match in _DOSE_FREQ_RE.finditer(t):
            before = t[max(0, match.start() - 50) : match.start()]
            if not _DOSE_FREQ_ACTIVITY_RE.search(before):
                return True
        return False
    except Exception:  # pragma: no cover - the safety layer must never raise
        logger.exception("safety.contains_dose failed")
        return False
