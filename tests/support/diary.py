"""Moving a diary reminder in time, for the tests of the reminder loop on real servers."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def make_due(database: Path, sender: str, ago: dt.timedelta) -> None:
    """Moves a conversation's reminder to `ago` before now, as if the clock had got there.
    Written in SQLAlchemy's own format for a DateTime on SQLite, so its comparisons hold."""
    with sqlite3.connect(database) as db:
        db.execute(
            "UPDATE diary_reminders SET next_due = ? WHERE sender_id = ?",
            ((utcnow() - ago).strftime("%Y-%m-%d %H:%M:%S.%f"), sender),
        )


def next_due_of(database: Path, sender: str) -> dt.datetime:
    with sqlite3.connect(database) as db:
        (value,) = db.execute("SELECT next_due FROM diary_reminders WHERE sender_id = ?", (sender,)).fetchone()
    return dt.datetime.fromisoformat(value)
