"""Forgiving reading of typed check-in answers (English only).

Each reader returns the value, or None when the answer is unclear, so the caller asks
again instead of storing a guess. None of them raises, whatever it is given (non-text,
emoji, 10,000 characters): an answer longer than MAX_ANSWER characters is not a short
answer to a short question, and is None without being searched.

A score outside 0-10 ("12", "-1", "11/10") comes back as OutOfRange, not None, so the
caller can say kindly that the scale goes from 0 to 10 rather than "I didn't get that".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

MAX_ANSWER = 200

# Up to twenty, so that "twelve" is out of range rather than unclear.
_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
    "twenty",
)
NUMBER_WORDS = {word: n for n, word in enumerate(_WORDS)}
_WORD_NUMBER = r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b"


@dataclass(frozen=True)
class OutOfRange:
    """A number was given, but not from 0 to 10 (`value` as read, e.g. 12 or -1)."""

    value: float


def _plain(text: object) -> str | None:
    if not isinstance(text, str) or len(text) > MAX_ANSWER:
        return None
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip()


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# "7/10", "7 / 10", "7 out of 10": the denominator is part of the scale, not a second number.
_OUT_OF = re.compile(r"(-?\d+(?:\.\d+)?|" + _WORD_NUMBER + r")\s*(?:/|out of)\s*(\d+|ten)\b")
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])|" + _WORD_NUMBER)


_ISH = re.compile(r"(\d|" + _WORD_NUMBER + r")-?ish\b")

# A number with a unit is no score ("walked ten minutes" at the tiredness question had been saved as
# tiredness 10: red team 35), nor "day 1" of a plan.
_NUMBER_TOKEN = r"(?:-?\d+(?:\.\d+)?|" + _WORD_NUMBER[2:-2] + r")"
_WITH_A_UNIT = re.compile(
    r"(?<![\w.])" + _NUMBER_TOKEN + r"\s*-?\s*(?:minutes?|mins?|m|hours?|hrs?|h|km|kms|kilomet(?:re|er)s?|miles?|mi"
    r"|steps?|days?|weeks?|months?|years?|times?|x|mg|am|pm|%|percent|laps?|reps?|lengths?|kg|lbs?|pounds?)\b"
    r"|\b(?:day|week|month)\s+\d+\b"
)
# What a check-in number measures, as people write it beside the number ("pain 4", "tiredness is a 7").
MEASURES = {
    "pain": r"pain|pains|hurt|hurts|hurting|ache|aches|aching|sore|soreness",
    "fatigue": r"fatigue|tired|tiredness|exhausted|exhaustion|energy|worn\s+out|fatigued",
    "sleep": r"sleep|slept|sleeping",
    "mood": r"mood|anxiety|stress",
}
_LABELLED = {
    measure: re.compile(
        r"\b(?:" + words + r")\b(?:\s+(?:is|was|s|at|of|about|around|level|score|today|now|like|maybe|prob|probably"
        r"|roughly))*\s*[:=-]?\s*(?:a\s+|an\s+)?(" + _NUMBER_TOKEN + r"(?:\s*(?:/|out\s+of)\s*(?:\d+|ten))?)(?![\w.])"
    )
    for measure, words in MEASURES.items()
}


def _labelled(plain: str, measure: str) -> list[str]:
    return [m.group(1) for m in _LABELLED[measure].finditer(plain)]


def _without_others(plain: str, measure: str | None) -> str:
    """The text without numbers that carry a unit or measure something else."""
    plain = _WITH_A_UNIT.sub(" ", plain)
    for other, pattern in _LABELLED.items():
        if other != measure:
            plain = pattern.sub(" ", plain)
    return plain


def parse_score(text: object, measure: str | None = None) -> int | OutOfRange | None:
    """A 0-10 score: "6", "about a 6", "5ish", "7/10", "7 out of 10", "six", "6.5" (7: halves
    round up). Two different numbers ("6 or 7", "3/5") are unclear: None. For a `measure`
    (a key of MEASURES), a number labelled with it wins ("walked 10 min, pain 6/10" asked for
    pain is 6); numbers with a unit or labelled with another measure are never the score."""
    plain = _plain(text)
    if not plain:
        return None
    plain = _ISH.sub(r"\1", plain)  # "5ish", "six-ish": about that number
    if measure in _LABELLED:
        labelled = {_score_of(token) for token in _labelled(plain, measure)}
        if len(labelled) == 1:
            return labelled.pop()
    plain = _without_others(plain, measure)
    found: list[Decimal] = []
    for match in _OUT_OF.finditer(plain):
        if match.group(2) not in ("10", "ten"):
            return None
        found.append(_as_decimal(match.group(1)))
    rest = _OUT_OF.sub(" ", plain)
    found += [_as_decimal(m.group(0)) for m in _NUMBER.finditer(rest)]
    if not found or len(set(found)) > 1:
        return None
    value = found[0]
    if not 0 <= value <= 10:
        return OutOfRange(float(value))
    return _half_up(value)


def _score_of(token: str) -> int | OutOfRange | None:
    """One labelled number ("6", "7/10", "six") as a score; None for another scale ("3/5")."""
    match = _OUT_OF.fullmatch(token.strip())
    if match and match.group(2) not in ("10", "ten"):
        return None
    value = _as_decimal(match.group(1) if match else token.strip())
    return _half_up(value) if 0 <= value <= 10 else OutOfRange(float(value))


def _as_decimal(token: str) -> Decimal:
    return Decimal(NUMBER_WORDS[token]) if token in NUMBER_WORDS else Decimal(token)


# Sleep: negated phrases first ("not bad" is fair, "not good" is poor), then single words.
_SLEEP_PHRASES = (
    (
        re.compile(
            r"\b(?:barely|hardly|didn't|did not|couldn't|could not|can't|no) sleep"
            r"(?: (?:very |that |so )?(?:well|good|great|much|at all))?\b|\binsomnia\b"
        ),
        "poor",
    ),
    (re.compile(r"\bnot (?:too |that |so )?(?:bad|terrible|awful)\b"), "fair"),
    (re.compile(r"\bno(?:t)? (?:very |that |so |too )?(?:good|great|well|brilliant)\b"), "poor"),
    (
        re.compile(
            r"\b(?:barely|hardly|didn'?t|did not|never) (?:slept|sleep)\b"
            r"|\bslept (?:like )?(?:garbage|crap|rubbish|trash|shit|hell|badly)\b"
            r"|\bawake (?:all|most of the) night\b|\btossed and turned\b"
        ),
        "poor",
    ),
    (re.compile(r"\bslept like a (?:baby|log|rock)\b|\bslept (?:right )?through\b"), "good"),
    (re.compile(r"\bso-? ?so\b|\bokay\b|\bok\b|\balright\b|\ball right\b|\bmeh\b|\bfair\b|\bmedium\b"), "fair"),
    (re.compile(r"\b(?:bad|badly|awful|terrible|terribly|rubbish|poor|poorly|horrible|dreadful|crap|shit)\b"), "poor"),
    (re.compile(r"\bfine\b"), "fair"),
    (re.compile(r"\b(?:great|well|good|decent|brilliant|excellent|amazing|lovely|solid)\b"), "good"),
)


def parse_sleep(text: object) -> str | None:
    """poor, fair or good from how people describe a night; mixed answers are None."""
    plain = _plain(text)
    if not plain:
        return None
    found = set()
    for pattern, value in _SLEEP_PHRASES:
        if pattern.search(plain):
            found.add(value)
            plain = pattern.sub(" ", plain)
    return found.pop() if len(found) == 1 else None


_HEDGE = re.compile(r"\b(?:kind of|kinda|sort of|sorta|a bit|a little|partly|partially|half|some of it|maybe)\b")
_NO = re.compile(
    r"\b(?:no|nope|nah|not today|not done|not yet|not really|not|didn't|did not"
    r"|skipped|skip|missed|couldn't|could not|n)\b"
)
_YES = re.compile(r"\b(?:yes|yep|yeah|yup|ya|y|did it|i did|done|sure|of course|absolutely|managed)\b")


def parse_yes_no(text: object) -> bool | None:
    """Did you do it today: True, False, or None for hedges ("kind of") and mixed answers."""
    plain = _plain(text)
    if not plain or _HEDGE.search(plain):
        return None
    no = bool(_NO.search(plain))
    yes = bool(_YES.search(_NO.sub(" ", plain)))
    if yes == no:
        return None
    return yes


_HOUR_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 12}
_HOUR = r"(\d{1,2}|" + "|".join(_HOUR_WORDS) + r")"
_MERIDIEM = re.compile(r"\b" + _HOUR + r"(?:[:.]([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])")
# "9 every evening", "8ish tonight", "7.30 each morning": an hour and the part of the day.
_HOUR_THEN_PART = re.compile(
    r"\b(?:at\s+|around\s+|about\s+)?" + _HOUR + r"(?:[:.]([0-5]\d))?(?:ish)?(?:\s+o'?clock)?"
    r"\s+(?:(?:every|each|in\s+the|at|on)\s+)?(tonight|night|nights|evening|evenings|morning|mornings)\b"
)
# "every evening at 9ish", "in the mornings at 10".
_PART_THEN_HOUR = re.compile(
    r"\b(tonight|night|nights|evening|evenings|morning|mornings)\s+(?:at|around|about)\s+"
    + _HOUR
    + r"(?:[:.]([0-5]\d))?"
    r"(?:ish)?\b(?!\s*(?:am|pm|a\.m|p\.m))"
)
_CLOCK = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
_PERIOD = re.compile(
    r"\b(?:(half|quarter) (past|to) )?" + _HOUR + r"(?: o'?clock)? (?:in the |at )(morning|afternoon|evening|night)\b"
)


def parse_time(text: object) -> dt.time | None:
    """A local time of day for a reminder: "8pm", "8:30 am", "6.30pm", "20:30", "08:30",
    "noon", "9 in the morning", "half past seven in the evening", "9ish every evening".
    A bare "8" is None (am or pm?); "8:30" without am/pm is read as a 24-hour clock."""
    plain = _plain(text)
    if not plain:
        return None
    if re.search(r"\b(?:noon|midday)\b", plain):
        return dt.time(12, 0)
    if re.search(r"\bmidnight\b", plain):
        return dt.time(0, 0)
    match = _MERIDIEM.search(plain)
    if match:
        hour = _hour(match.group(1))
        if not 1 <= hour <= 12:
            return None
        pm = match.group(3).startswith("p")
        return dt.time(hour % 12 + (12 if pm else 0), int(match.group(2) or 0))
    match = _CLOCK.search(plain)
    if match:
        return dt.time(int(match.group(1)), int(match.group(2)))
    match = _HOUR_THEN_PART.search(plain)
    before = _PART_THEN_HOUR.search(plain)
    if (match or before) and not _PERIOD.search(plain):
        if match:
            hour, minutes, part = _hour(match.group(1)), int(match.group(2) or 0), match.group(3)
        else:
            assert before is not None
            part, hour, minutes = before.group(1), _hour(before.group(2)), int(before.group(3) or 0)
        if not 1 <= hour <= 12:
            return None
        evening = part.startswith(("tonight", "night", "evening"))
        hour = hour % 12 + (12 if evening else 0)
        if part.startswith("night") and hour < 16:  # "2 at night" is 02:00
            hour -= 12
        return dt.time(hour, minutes)
    match = _PERIOD.search(plain)
    if match:
        part, direction, hour_text, period = match.groups()
        hour = _hour(hour_text)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (0 if period == "morning" else 12)
        if period == "night" and hour < 16:  # "2 at night" is 02:00, "10 at night" 22:00
            hour -= 12
        minutes = {None: 0, "half": 30, "quarter": 15}[part]
        if direction == "to":
            hour, minutes = (hour - 1) % 24, 60 - minutes
        return dt.time(hour, minutes % 60)
    return None


def _hour(token: str) -> int:
    return _HOUR_WORDS[token] if token in _HOUR_WORDS else int(token)


CITY_ZONES = {
    "london": "Europe/London",
    "dublin": "Europe/Dublin",
    "madrid": "Europe/Madrid",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "rome": "Europe/Rome",
    "warsaw": "Europe/Warsaw",
    "amsterdam": "Europe/Amsterdam",
    "lisbon": "Europe/Lisbon",
    "new york": "America/New_York",
    "nyc": "America/New_York",
    "chicago": "America/Chicago",
    "los angeles": "America/Los_Angeles",
    "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane",
    "perth": "Australia/Perth",
    "auckland": "Pacific/Auckland",
    "toronto": "America/Toronto",
    "vancouver": "America/Vancouver",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "johannesburg": "Africa/Johannesburg",
    "cape town": "Africa/Johannesburg",
    "edinburgh": "Europe/London",
    "manchester": "Europe/London",
    "brussels": "Europe/Brussels",
    "vienna": "Europe/Vienna",
    "zurich": "Europe/Zurich",
}
# What people write after a time ("8pm EST"): the zone most of them mean. "IST" is left out
# (India or Ireland?), and so is anything else ambiguous.
ZONE_ABBREVIATIONS = {
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "uk time": "Europe/London",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "mst": "America/Denver",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland",
    "sast": "Africa/Johannesburg",
}
_ABBREVIATION = re.compile(
    r"\b(" + "|".join(re.escape(a) for a in sorted(ZONE_ABBREVIATIONS, key=len, reverse=True)) + r")\b"
)
_CITY = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(CITY_ZONES, key=len, reverse=True)) + r")\b")
_IANA_NAME = re.compile(r"\b[a-z]+(?:/[a-z0-9_+-]+)+\b")


@functools.cache
def _zones() -> dict[str, str]:
    """lower-case IANA name -> its spelling, from this machine's time zone database."""
    return {name.lower(): name for name in zoneinfo.available_timezones()}


def parse_timezone(text: object) -> str | None:
    """An IANA time zone name ("Europe/London", any case), one of CITY_ZONES' cities named
    in the answer ("I'm in Paris") or a common abbreviation ("8pm EST"); None otherwise, or
    when two different zones are named."""
    plain = _plain(text)
    if not plain:
        return None
    if plain in _zones():  # "utc", "europe/london" on its own
        return _zones()[plain]
    found = {_zones()[m.group(0)] for m in _IANA_NAME.finditer(plain) if m.group(0) in _zones()}
    found |= {CITY_ZONES[m.group(1)] for m in _CITY.finditer(plain.replace("_", " "))}
    found |= {ZONE_ABBREVIATIONS[m.group(1)] for m in _ABBREVIATION.finditer(plain)}
    return found.pop() if len(found) == 1 else None


# --- minutes of activity, for the pacing plan ----------------------------------------------

_TENS = {"thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
_AMOUNT = (
    r"(\d+(?:\.\d+)?|an?|half an?|"
    + "|".join(sorted([*NUMBER_WORDS, *_TENS, "forty[- ]five", "twenty[- ]five"], key=len, reverse=True))
    + r")"
)
_NOTHING = re.compile(
    r"^(?:0|zero|none|nothing|no time|not any|nil)(?: minutes?| mins?)?$"
    r"|\b(?:can't|cannot|can not|couldn't|could not|unable to) (?:do|manage) (?:any|anything|it)\b"
    r"|\bnothing at all\b"
)
_FEW = re.compile(r"\b(?:a couple(?: of)?|a few|two or three|2 or 3) (?:minutes|mins?)\b")
_QUARTER = re.compile(r"\b(?:a )?quarter (?:of an|an) hour\b")
_HALF_HOUR = re.compile(r"\bhalf (?:an )?hour\b|\bhalf-hour\b")
_DURATION = re.compile(r"(?<![\w.])" + _AMOUNT + r"\s*(?:-|to|or)?\s*(?:(\d+)\s*)?(minutes?|mins?|m|hours?|hrs?|h)?\b")
MAX_MINUTES_READ = 600


def _minutes_word(token: str) -> Decimal | None:
    token = token.replace("-", " ")
    if token in ("a", "an"):
        return Decimal(1)
    if token.startswith("half"):
        return Decimal("0.5")
    if token in ("forty five", "twenty five"):
        return Decimal(45 if token.startswith("forty") else 25)
    if token in _TENS:
        return Decimal(_TENS[token])
    if token in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[token])
    try:
        return Decimal(token)
    except ArithmeticError:
        return None


def parse_minutes(text: object) -> int | None:
    """How many minutes of an activity someone can do: "5", "about 10 mins", "ten minutes",
    "half an hour" (30), "a quarter of an hour" (15), "an hour" (60), "1.5 hours" (90), "a
    couple of minutes" (2). A range ("5-10", "5 or 10 minutes") is its lower end: a plan
    starts low. "Nothing", "none", "I can't do any": 0. Anything else, and amounts past
    MAX_MINUTES_READ, are None (unclear), so the caller asks again."""
    plain = _plain(text)
    if not plain:
        return None
    plain = plain.strip(" .!?")
    if _NOTHING.search(plain):
        return 0
    if _FEW.search(plain):
        return 2
    if _QUARTER.search(plain):
        return 15
    if _HALF_HOUR.search(plain) and not re.search(r"\d|hours", plain):
        return 30
    # "yoga done, 15 minutes, felt ok, pain 4": a score beside the minutes is no amount of time
    plain = _OUT_OF.sub(" ", plain)
    for pattern in _LABELLED.values():
        plain = pattern.sub(" ", plain)
    found: set[int] = set()
    for match in _DURATION.finditer(plain):
        amount, upper, unit = match.group(1), match.group(2), match.group(3) or ""
        if amount in ("a", "an") and not unit.startswith("h"):
            continue  # "a", "an" are only amounts before "hour"
        value = _minutes_word(amount)
        if value is None:
            continue
        if unit.startswith("h"):
            value *= 60
        elif unit == "" and upper is None and amount.startswith("half"):
            continue
        minutes = _half_up(value)
        found.add(minutes)
        if upper is not None:
            break  # "5-10", "5 to 10 minutes": the lower end
    if len(found) != 1:
        return None
    minutes = found.pop()
    return minutes if 0 <= minutes <= MAX_MINUTES_READ else None
