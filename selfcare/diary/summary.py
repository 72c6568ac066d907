"""What changed since a strategy started: before against during, in figures and in words.

The figures are plain counts and means the person can check against their own diary; the
text never says the strategy worked or failed, because a handful of self-rated days cannot
tell that apart from a good week, the weather or a flare ending on its own. It always ends
with CAUTION.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from selfcare.diary.store import SLEEP_VALUES, Checkin

CAUTION = "A few days are not proof, and this is not medical advice."

# The trend compares the mean pain of the first and the second half of the days during
# the strategy (the middle day left out when the count is odd). A change smaller than one
# point on the 0-10 scale is "about the same": people rate the same pain a point apart
# from one day to the next. Under MIN_TREND_DAYS days there is no trend at all.
TREND_THRESHOLD = 1.0
MIN_TREND_DAYS = 4
BETTER, WORSE, SAME = "better", "worse", "about the same"

# Hard days: the last HARD_DAYS check-ins all at pain HARD_PAIN or more, on consecutive
# calendar days. 9 as well as 10: a run of 9s is as much a reason to see a doctor, and
# waiting for three 10s would nudge later than it should.
HARD_PAIN = 9
HARD_DAYS = 3


def mean(values: Sequence[int]) -> float | None:
    """The mean to one decimal, halves rounded up (6.25 -> 6.3); None for no values."""
    if not values:
        return None
    exact = Decimal(sum(values)) / Decimal(len(values))
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Period:
    """The check-ins of one period (before, or during the strategy), in figures."""

    days: int
    pain: float | None
    fatigue: float | None
    sleep: dict[str, int]

    @classmethod
    def of(cls, checkins: Sequence[Checkin]) -> Period:
        counts = Counter(c.sleep for c in checkins)
        return cls(
            len(checkins),
            mean([c.pain for c in checkins]),
            mean([c.fatigue for c in checkins]),
            {value: counts[value] for value in SLEEP_VALUES},
        )


@dataclass(frozen=True)
class Summary:
    before: Period
    during: Period
    done: int  # days during the strategy on which it was done
    asked: int  # days during the strategy with a yes or a no
    trend: str | None  # BETTER, WORSE, SAME, or None under MIN_TREND_DAYS days
    text: str

    @property
    def adherence(self) -> float | None:
        return self.done / self.asked if self.asked else None


def pain_trend(during: Sequence[Checkin]) -> str | None:
    """First half against second half of the days during (by date), TREND_THRESHOLD apart."""
    if len(during) < MIN_TREND_DAYS:
        return None
    ordered = sorted(during, key=lambda c: c.day)
    half = len(ordered) // 2
    first = Decimal(sum(c.pain for c in ordered[:half])) / half
    second = Decimal(sum(c.pain for c in ordered[-half:])) / half
    change = second - first
    if change <= -Decimal(str(TREND_THRESHOLD)):
        return BETTER
    if change >= Decimal(str(TREND_THRESHOLD)):
        return WORSE
    return SAME


def summarise(
    checkins: Sequence[Checkin],
    started_on: dt.date,
    ended_on: dt.date | None = None,
    strategy: str = "the strategy",
) -> Summary:
    """Before (days before `started_on`) against during (from `started_on` to `ended_on`,
    or to the last check-in). Days after `ended_on` count in neither."""
    before = [c for c in checkins if c.day < started_on]
    during = [c for c in checkins if c.day >= started_on and (ended_on is None or c.day <= ended_on)]
    answered = [c.did_strategy for c in during if c.did_strategy is not None]
    done, asked = sum(answered), len(answered)
    trend = pain_trend(during)
    b, d = Period.of(before), Period.of(during)
    return Summary(b, d, done, asked, trend, _text(b, d, done, asked, trend, strategy))


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def _text(before: Period, during: Period, done: int, asked: int, trend: str | None, strategy: str) -> str:
    """At most about 90 words; CAUTION last, always."""
    if before.days == 0 and during.days == 0:
        return f"There are no check-ins yet, so there is nothing to compare. {CAUTION}"
    parts = []
    if before.days:
        parts.append(
            f"Before {strategy} ({_days(before.days)}): pain {before.pain}, fatigue {before.fatigue} on average."
        )
    if during.days:
        parts.append(f"Since starting ({_days(during.days)}): pain {during.pain}, fatigue {during.fatigue} on average.")
    if not during.days:
        parts.append("There are no days since the start yet to compare with.")
    elif not before.days:
        parts.append("There are no days from before the start to compare with.")
    if asked:
        if asked == 1:
            parts.append(f"On the one day you answered, you {'did' if done else 'did not do'} it.")
        else:
            parts.append(f"You did it on {done} of the {_days(asked)} you answered.")
    if trend == SAME:
        parts.append("Pain stayed about the same while you did it.")
    elif trend:
        parts.append(f"Pain got {'lower' if trend == BETTER else 'higher'} from the first to the second half.")
    parts.append(CAUTION)
    return " ".join(parts)


def hard_days(checkins: Sequence[Checkin]) -> bool:
    """True when the last HARD_DAYS check-ins are consecutive days at pain HARD_PAIN or
    more: the caller then suggests, gently, seeing a doctor."""
    last = sorted(checkins, key=lambda c: c.day)[-HARD_DAYS:]
    if len(last) < HARD_DAYS or any(c.pain < HARD_PAIN for c in last):
        return False
    return (last[-1].day - last[0].day).days == HARD_DAYS - 1
