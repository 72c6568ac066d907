"""The person's own diary, to take away: a CSV file and a text for an appointment.

The CSV is RFC 4180 (comma-separated, CRLF line ends, a field with a comma, a quote or a
line break in double quotes with quotes doubled), so notes come back exactly as written in
any spreadsheet or with Python's csv module. Notes are written as typed, except that a
note starting with =, +, -, @ or a tab gets a ' in front (OWASP's advice on CSV
injection), so a spreadsheet shows it as text and never runs it as a formula: the file
may be opened on a clinic's computer.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence

from selfcare.diary.store import Checkin, Strategy
from selfcare.diary.summary import Period, hard_days, mean, summarise

HEADER = ("date", "pain", "fatigue", "sleep", "did_strategy", "strategy", "note")


def strategy_on(day: dt.date, strategies: Sequence[Strategy]) -> Strategy | None:
    """The strategy running on `day` (the latest started, if two overlap)."""
    running = [s for s in strategies if s.started_on <= day and (s.ended_on is None or day <= s.ended_on)]
    return max(running, key=lambda s: s.started_on) if running else None


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading ' when it would start a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def to_csv(checkins: Sequence[Checkin], strategies: Sequence[Strategy] = ()) -> str:
    """One row per check-in day, by date; the strategy column names the one running that day."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    for c in sorted(checkins, key=lambda c: c.day):
        running = strategy_on(c.day, strategies)
        writer.writerow(
            [
                c.day.isoformat(),
                c.pain,
                c.fatigue,
                c.sleep,
                _yes_no(c.did_strategy),
                running.strategy if running else "",
                as_text_cell(c.note or ""),
            ]
        )
    return buffer.getvalue()


def _period(period: Period) -> str:
    if not period.days:
        return "no check-ins"
    return f"{period.days} day{'' if period.days == 1 else 's'}, pain {period.pain}, fatigue {period.fatigue}"


def appointment_text(checkins: Sequence[Checkin], strategies: Sequence[Strategy] = ()) -> str:
    """A short, readable account for a doctor or physiotherapist: the period, the averages,
    each strategy before and during, a run of hard days, and the notes with their dates."""
    if not checkins:
        return "Symptom diary: no check-ins yet."
    ordered = sorted(checkins, key=lambda c: c.day)
    first, last = ordered[0].day, ordered[-1].day
    days = f"{len(ordered)} day{'' if len(ordered) == 1 else 's'}"
    lines = [
        f"Symptom diary, {first.isoformat()} to {last.isoformat()} ({days} logged)",
        "Scores are self-rated from 0 (none) to 10 (worst).",
        f"Average pain {mean([c.pain for c in ordered])}, average fatigue {mean([c.fatigue for c in ordered])}.",
        "Sleep: " + ", ".join(f"{v} {sum(c.sleep == v for c in ordered)}" for v in ("poor", "fair", "good")) + ".",
    ]
    for strategy in strategies:
        summary = summarise(ordered, strategy.started_on, strategy.ended_on, strategy.strategy)
        ended = f" to {strategy.ended_on.isoformat()}" if strategy.ended_on else " (still going)"
        lines.append("")
        lines.append(f"{strategy.strategy}, from {strategy.started_on.isoformat()}{ended}:")
        lines.append(f"  before: {_period(summary.before)}")
        lines.append(f"  during: {_period(summary.during)}")
        if summary.asked:
            lines.append(f"  done on {summary.done} of {summary.asked} days answered")
    if hard_days(ordered):
        lines += ["", "The last three days logged were all at pain 9 or 10."]
    notes = [c for c in ordered if c.note]
    if notes:
        lines += ["", "Notes:"]
        lines += [f"  {c.day.isoformat()}: {' '.join(c.note.split())}" for c in notes if c.note]
    lines += ["", "Self-rated; averages over a few days show what changed, not why."]
    return "\n".join(lines)
