"""Review dates in data/knowledge/ and data/safety/: what the tests accept.

A review date is a real calendar date written YYYY-MM-DD, not in the future, and no
older than MAX_REVIEW_AGE, counted back from the day the tests run. So a new review
never breaks a test, and content that is overdue for review fails `make test-fast`.
The servers don't check the age: a running assistant never stops because of the calendar.
"""

from __future__ import annotations

import datetime as dt

MAX_REVIEW_AGE = dt.timedelta(days=365)


def review_date_problem(value: object, today: dt.date | None = None) -> str | None:
    """Why `value` is not an acceptable review date, or None when it is."""
    today = today or dt.date.today()
    if isinstance(value, dt.datetime) or not isinstance(value, (str, dt.date)):
        return f"{value!r} is not a date (YYYY-MM-DD)"
    try:
        date = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    except ValueError:
        return f"{value!r} is not a date (YYYY-MM-DD)"
    if date > today:
        return f"{date} is in the future"
    if today - date > MAX_REVIEW_AGE:
        return f"{date} is more than {MAX_REVIEW_AGE.days} days ago: due for review"
    return None
