"""What changed, computed by hand: the means, sleep counts, adherence, the pain trend and
its threshold, the text's length and last sentence, and the hard-days check."""

from __future__ import annotations

import datetime as dt

import pytest

from selfcare.diary.store import Checkin
from selfcare.diary.summary import (
    BETTER,
    CAUTION,
    SAME,
    WORSE,
    hard_days,
    mean,
    pain_trend,
    summarise,
)

D = dt.date(2026, 11, 1)


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def diary(pains, fatigues=None, sleeps=None, did=None, first=0) -> list[Checkin]:
    fatigues = fatigues or [5] * len(pains)
    sleeps = sleeps or ["fair"] * len(pains)
    did = did or [None] * len(pains)
    return [
        Checkin(day(first + n), p, f, s, d)
        for n, (p, f, s, d) in enumerate(zip(pains, fatigues, sleeps, did, strict=True))
    ]


BEFORE = diary([6, 7, 5, 6, 8], [5, 5, 6, 7, 6], ["poor", "poor", "fair", "good", "poor"])
DURING = diary(
    [7, 6, 6, 5, 5, 4, 4, 3],
    [6, 6, 5, 5, 5, 4, 4, 4],
    ["poor", "fair", "fair", "good", "good", "good", "fair", "good"],
    [True, True, False, None, True, True, True, False],
    first=5,
)


def test_before_and_during_by_hand():
    summary = summarise(BEFORE + DURING, started_on=day(5), strategy="walking")
    # before: 5 days; pain (6+7+5+6+8)/5 = 32/5 = 6.4; fatigue (5+5+6+7+6)/5 = 29/5 = 5.8
    assert (summary.before.days, summary.before.pain, summary.before.fatigue) == (5, 6.4, 5.8)
    assert summary.before.sleep == {"poor": 3, "fair": 1, "good": 1}
    # during: 8 days; pain 40/8 = 5.0; fatigue 39/8 = 4.875 -> 4.9
    assert (summary.during.days, summary.during.pain, summary.during.fatigue) == (8, 5.0, 4.9)
    assert summary.during.sleep == {"poor": 1, "fair": 3, "good": 4}
    # did it: 5 yes, 2 no, 1 not asked -> 5 of 7
    assert (summary.done, summary.asked) == (5, 7)
    assert summary.adherence == pytest.approx(5 / 7)
    # pain, first half (7+6+6+5)/4 = 6.0, second half (5+4+4+3)/4 = 4.0: 2 points lower
    assert summary.trend == BETTER


def test_the_text_says_the_figures_in_90_words_and_ends_with_the_caution():
    text = summarise(BEFORE + DURING, started_on=day(5), strategy="walking").text
    assert len(text.split()) <= 90, len(text.split())
    assert text.endswith(CAUTION) and "not medical advice" in CAUTION
    for figure in ("6.4", "5.8", "5.0", "4.9", "5 of the 7 days you answered", "Before walking (5 days)", "lower"):
        assert figure in text, (figure, text)


def test_days_after_the_end_count_in_neither_period():
    after = diary([1, 1, 1], first=13)
    summary = summarise(BEFORE + DURING + after, started_on=day(5), ended_on=day(12))
    assert (summary.before.days, summary.during.days, summary.during.pain) == (5, 8, 5.0)


def test_halves_round_up():
    # (6+6+6+7)/4 = 6.25 -> 6.3 (round-half-even would give 6.2); (1+2)/2 = 1.5 stays 1.5
    assert mean([6, 6, 6, 7]) == 6.3
    assert mean([1, 2]) == 1.5
    assert mean([1, 1, 2]) == 1.3  # 4/3 = 1.333...
    assert mean([]) is None


@pytest.mark.parametrize(
    "pains, trend",
    [
        ([4, 4, 5, 5], WORSE),  # 4.0 -> 5.0: exactly the 1-point threshold
        ([4, 4, 4, 5], SAME),  # 4.0 -> 4.5
        ([6, 6, 5, 5], BETTER),  # 6.0 -> 5.0
        ([6, 5, 6, 5], SAME),  # 5.5 -> 5.5
        ([5, 5, 9, 5, 5], SAME),  # odd: the middle day (9) is in neither half
        ([2, 2, 0, 6, 6], WORSE),  # 2.0 -> 6.0, the middle left out
        ([8, 2, 9], None),  # under 4 days: no trend
        ([], None),
    ],
)
def test_the_pain_trend(pains, trend):
    assert pain_trend(diary(pains)) == trend


def test_the_trend_reads_days_in_date_order():
    assert pain_trend(list(reversed(diary([6, 6, 5, 5])))) == BETTER


def test_no_checkins_at_all():
    summary = summarise([], started_on=day(0))
    assert (summary.before.days, summary.during.days, summary.trend, summary.adherence) == (0, 0, None, None)
    assert (
        summary.before.pain is None
        and summary.text == f"There are no check-ins yet, so there is nothing to compare. {CAUTION}"
    )


def test_only_days_before_the_start():
    summary = summarise(BEFORE, started_on=day(5))
    assert (summary.before.days, summary.during.days, summary.during.pain) == (5, 0, None)
    assert "no days since the start" in summary.text and summary.text.endswith(CAUTION)
    assert "None" not in summary.text


def test_only_days_during():
    summary = summarise(DURING, started_on=day(5))
    assert (summary.before.days, summary.during.days) == (0, 8)
    assert "no days from before the start" in summary.text and summary.text.endswith(CAUTION)
    assert "None" not in summary.text and "Before" not in summary.text


def test_one_day_is_one_day():
    summary = summarise(diary([5], did=[True], first=5), started_on=day(5))
    assert "(1 day)" in summary.text and "On the one day you answered, you did it." in summary.text
    assert "of the 1 day" not in summary.text
    skipped = summarise(diary([5], did=[False], first=5), started_on=day(5))
    assert "On the one day you answered, you did not do it." in skipped.text


@pytest.mark.parametrize(
    "pains, first_days, expected",
    [
        ([3, 9, 10, 9], [0, 1, 2, 3], True),  # the last three: 9, 10, 9 on consecutive days
        ([10, 10, 10], [0, 1, 2], True),
        ([9, 9, 9, 9, 9], [0, 1, 2, 3, 4], True),
        ([9, 10, 8], [0, 1, 2], False),  # the last is 8
        ([10, 10, 10, 4], [0, 1, 2, 3], False),  # a hard run, but it ended
        ([10, 10], [0, 1], False),  # only two days
        ([10, 10, 10], [0, 1, 3], False),  # a day missing between: not consecutive
        ([], [], False),
    ],
)
def test_hard_days(pains, first_days, expected):
    checkins = [Checkin(day(n), p, 5, "poor") for p, n in zip(pains, first_days, strict=True)]
    assert hard_days(checkins) is expected
    assert hard_days(list(reversed(checkins))) is expected  # order of the list does not matter
