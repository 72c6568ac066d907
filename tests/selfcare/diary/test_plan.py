"""The pacing plan: start where the person is, add WEEKLY_INCREASE (2) minutes a day each
week, never past 30, and after a flare go back a week, never below the start."""

from __future__ import annotations

import itertools

import pytest

from selfcare.diary.plan import MAX_MINUTES, WEEKLY_INCREASE, pacing_plan


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
