"""tests/support/review.py: which review dates the data tests accept."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.review import MAX_REVIEW_AGE, review_date_problem

TODAY = dt.date.today()


@pytest.mark.parametrize(
    "value",
    [TODAY, TODAY.isoformat(), TODAY - MAX_REVIEW_AGE, (TODAY - dt.timedelta(days=30)).isoformat()],
)
def test_a_recent_review_date_is_accepted(value):
    assert review_date_problem(value, TODAY) is None


@pytest.mark.parametrize(
    "value, problem",
    [
        (TODAY + dt.timedelta(days=1), "in the future"),
        ((TODAY - MAX_REVIEW_AGE - dt.timedelta(days=1)).isoformat(), "due for review"),
        ("28/11/2026", "not a date"),
        ("2026-02-30", "not a date"),
        ("", "not a date"),
        (None, "not a date"),
        (20261128, "not a date"),
        (dt.datetime.now(), "not a date"),
    ],
)
def test_a_future_overdue_or_malformed_review_date_is_refused(value, problem):
    assert problem in (review_date_problem(value, TODAY) or "")
