"""The pacing plan: start where the person is, add WEEKLY_INCREASE (2) minutes a day each
week, never past 30, and after a flare go back a week, never below the start."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from selfcare.diary.plan import MAX_MINUTES, WEEKLY_INCREASE, pacing_plan, reports_flare, week_of
from selfcare.diary.store import Checkin


def test_the_increase_and_the_cap_are_the_documented_ones():
    assert (WEEKLY_INCREASE, MAX_MINUTES) == (2, 30)


def test_from_5_minutes_over_the_default_6_weeks():
    # 5, 5+2, 5+4, 5+6, 5+8, 5+10
    assert pacing_plan(5).minutes == (5, 7, 9, 11, 13, 15)


def test_from_10_minutes_over_4_weeks():
    assert pacing_plan(10, weeks=4).minutes == (10, 12, 14, 16)


def test_the_plan_never_asks_more_than_30_minutes_a_day():
    # 24, 26, 28, 30, then held at 30 (32 and 34 would pass the cap)
    assert pacing_plan(24).minutes == (24, 26, 28, 30, 30, 30)
    assert pacing_plan(45, weeks=3).minutes == (30, 30, 30)  # a start past the cap is held there
    assert max(pacing_plan(1, weeks=26).minutes) == 30  # 1 + 2*25 = 51 without the cap


def test_each_week_adds_at_most_the_increase():
    minutes = pacing_plan(3, weeks=20).minutes
    assert all(0 <= later - earlier <= WEEKLY_INCREASE for earlier, later in itertools.pairwise(minutes))


def test_after_a_flare_the_plan_goes_back_a_week_never_below_the_start():
    plan = pacing_plan(5)  # 5, 7, 9, 11, 13, 15
    assert plan.after_flare(4) == 9  # week 4 (11) -> week 3's 9
    assert plan.after_flare(2) == 5  # week 2 (7) -> week 1's 5
    assert plan.after_flare(1) == 5  # week 1: the start, never lower
    assert plan.after_flare(9) == 15  # past the plan: the last week is held, so is its week before
    assert plan.for_week(9) == 15


def test_weeks_are_counted_from_1():
    with pytest.raises(ValueError):
        pacing_plan(5).for_week(0)


@pytest.mark.parametrize("start, weeks", [(0, 6), (-5, 6), (5, 0), (5, 27), (True, 6), (5.5, 6), ("10", 6)])
def test_a_start_or_length_that_cannot_make_a_plan_is_refused(start, weeks):
    with pytest.raises(ValueError):
        pacing_plan(start, weeks)


def test_the_plan_in_words_has_one_line_a_week_and_no_dose():
    text = pacing_plan(10, weeks=3).describe("walking")
    assert text.splitlines()[:3] == [
        "Week 1: 10 minutes of walking a day",
        "Week 2: 12 minutes of walking a day",
        "Week 3: 14 minutes of walking a day",
    ]
    assert "mg" not in text and "stay at the week before" in text


def test_the_week_of_a_day_counts_from_the_start():
    start = dt.date(2026, 11, 2)
    assert [week_of(start, start + dt.timedelta(days=n)) for n in (0, 6, 7, 13, 14, 70)] == [1, 1, 2, 2, 3, 11]
    assert week_of(start, start - dt.timedelta(days=3)) == 1  # a day before the start is week 1, not 0


DAY = dt.date(2026, 11, 20)


def checkin(days_before: int, pain: int, note: str | None = None) -> Checkin:
    return Checkin(DAY - dt.timedelta(days=days_before), pain, 5, "fair", True, note)


@pytest.mark.parametrize(
    "note, flare",
    [
        ("bad flare after the shops", True),
        ("Flared up last night", True),
        ("flare-up, stayed in bed", True),
        ("I think I'm flaring", True),
        ("no flare today", False),
        ("didn't flare, walked fine", False),
        ("not in a flare for once", False),
        ("flare-free week!", False),
        ("the flares on my jacket", True),  # words only: a false suggestion to ease off costs little
        ("everything hurts way more since the yoga", True),
        ("legs aching worse after the walk", True),
        ("overdid it yesterday, paid for it today", True),
        ("could barely get up this morning", True),
        ("couldn't get out of bed", True),
        ("walked to the shop, felt ok", False),
        ("less pain than last week", False),
        (None, False),
    ],
)
def test_a_note_that_says_flare_reports_one(note, flare):
    assert reports_flare(checkin(0, 4, note), []) is flare


def test_pain_of_9_or_10_reports_a_flare_without_any_history():
    assert reports_flare(checkin(0, 9), []) and reports_flare(checkin(0, 10), [])
    assert not reports_flare(checkin(0, 8), [])


def test_pain_well_above_the_recent_average_reports_a_flare():
    earlier = [checkin(1, 4), checkin(2, 5), checkin(3, 6)]  # mean 5
    assert reports_flare(checkin(0, 7), earlier)  # 7 - 5 = 2, and 7 is at least FLARE_PAIN
    assert not reports_flare(checkin(0, 6), earlier)  # under FLARE_PAIN
    assert not reports_flare(checkin(0, 7), [*earlier, checkin(4, 7)])  # mean 5.5: 1.5 above
    assert not reports_flare(checkin(0, 8), earlier[:2])  # two days are too few to compare with
    # only the FLARE_WINDOW (14) days before count: an old low week does not make today a flare
    old = [checkin(20, 1), checkin(21, 1), checkin(22, 1)]
    assert not reports_flare(checkin(0, 8), old)
    assert reports_flare(checkin(0, 8), [*old, checkin(1, 5), checkin(2, 5), checkin(14, 6)])  # mean 5.33
