"""The pacing plan for an exercise strategy (walking, gentle swimming, cycling, ...).

The rule is the project's seed article's, on exercise:
"The critical rule, however, is that you must pace yourself. Don't push yourself too hard.
Pushing past your limit will often trigger a painful flare. Also, start small, maybe just
5 or 10 minutes a day. Gradually increase time over several weeks."

So the plan starts at what the person can do today without a flare, and adds a small fixed
amount each week, WEEKLY_INCREASE minutes a day, never more than MAX_MINUTES a day. After a
flare it drops back to the previous week's amount, never below the start. Minutes only: no
doses, no targets beyond the plan, no medical claim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from selfcare.diary.store import Checkin

# Two minutes a day more each week: "gradually increase time over several weeks" (seed
# article, above). From 5 minutes that is 5, 7, 9, 11, 13, 15 over six weeks: the daily
# time triples, but no week adds more than a couple of minutes to the one before.
WEEKLY_INCREASE = 2
MAX_MINUTES = 30  # the plan never asks for more than this a day
DEFAULT_WEEKS = 6
MAX_WEEKS = 26

# A check-in reports a flare when its note says so (a flare, or pain worse after the
# activity, overdoing it), when its pain is FLARE_HIGH or more, or when its pain is
# FLARE_JUMP or more above the person's own average over the FLARE_WINDOW days before (with
# at least FLARE_MIN_EARLIER check-ins to compare with) and at least FLARE_PAIN. The diary
# cannot diagnose a flare: this only decides when to suggest easing off, which costs
# nothing if wrong.
FLARE_JUMP = 2
FLARE_PAIN = 7
FLARE_HIGH = 9
FLARE_WINDOW = 14
FLARE_MIN_EARLIER = 3
_FLARE_WORDS = re.compile(
    r"\bflar(?:e|es|ed|ing)\b|\bflare-?ups?\b"
    r"|\b(?:hurts?|hurting|aches?|aching|pain(?:ful)?) (?:\w+ ){0,2}(?:more|worse)\b|\bworse (?:since|after)\b"
    r"|\bmore pain\b|\bover ?did it\b|\boverdone it\b|\bpaid for it\b|\bwiped out\b"
    r"|\b(?:could|can) barely (?:get up|move|walk|stand)\b|\b(?:could|can)(?:n'?t| not) get out of bed\b"
)
_NO_FLARE = re.compile(
    r"\b(?:no|not a|not in a|without a|without any|no sign of a|avoided a|avoided the|free of)\s+(?:bad\s+)?flare"
    r"|\bdidn'?t (?:have a |get a )?flare|\bdid not (?:have a |get a )?flare|\bflare-?free\b"
)


def minutes_text(count: int) -> str:
    """ "1 minute", "5 minutes" (the twenty-sixth red team's "1 minutes")."""
    return f"{count} minute" if count == 1 else f"{count} minutes"


@dataclass(frozen=True)
class Plan:
    """Minutes a day for each week, week 1 first."""

    minutes: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.minutes[0]

    def for_week(self, week: int) -> int:
        """Minutes a day in `week` (1-based); after the last week, the last week's amount."""
        if week < 1:
            raise ValueError("weeks are counted from 1")
        return self.minutes[min(week, len(self.minutes)) - 1]

    def after_flare(self, week: int) -> int:
        """Minutes a day after a flare in `week`: the previous week's amount, never below
        the start (a flare in week 1 keeps week 1's)."""
        return max(self.start, self.for_week(week - 1) if week > 1 else self.start)

    def describe(self, activity: str = "the activity") -> str:
        """The plan in words, one line a week, for the chat."""
        lines = [f"Week {n}: {minutes_text(m)} of {activity} a day" for n, m in enumerate(self.minutes, 1)]
        return "\n".join(
            [
                *lines,
                "Go at your own pace: if a week feels like too much, stay at the week before.",
            ]
        )


def pacing_plan(start_minutes: int, weeks: int = DEFAULT_WEEKS) -> Plan:
    """A plan over `weeks` weeks from what the person can do today without a flare.

    A start above MAX_MINUTES is held at MAX_MINUTES: the plan is for building up, and
    someone already past it needs no plan from a chat. Raises ValueError for a start
    under 1 minute or a number of weeks outside 1-26 (the caller asks again)."""
    if isinstance(start_minutes, bool) or not isinstance(start_minutes, int) or start_minutes < 1:
        raise ValueError("the start must be a whole number of minutes, at least 1")
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"a plan lasts from 1 to {MAX_WEEKS} weeks")
    start = min(start_minutes, MAX_MINUTES)
    return Plan(tuple(min(start + WEEKLY_INCREASE * week, MAX_MINUTES) for week in range(weeks)))


def week_of(started_on: dt.date, day: dt.date) -> int:
    """The plan's week (1-based) that `day` falls in, for a strategy started on `started_on`."""
    return max(0, (day - started_on).days) // 7 + 1


def reports_flare(checkin: Checkin, earlier: Sequence[Checkin]) -> bool:
    """Whether a check-in reports a flare: its note says so (and does not say there was
    none), or its pain is well above the person's recent average (see FLARE_JUMP)."""
    note = " ".join((checkin.note or "").lower().replace("\u2019", "'").split())
    if (_FLARE_WORDS.search(note) and not _NO_FLARE.search(note)) or checkin.pain >= FLARE_HIGH:
        return True
    window = [c.pain for c in earlier if c.day < checkin.day and (checkin.day - c.day).days <= FLARE_WINDOW]
    if checkin.pain < FLARE_PAIN or len(window) < FLARE_MIN_EARLIER:
        return False
    return checkin.pain - sum(window) / len(window) >= FLARE_JUMP
