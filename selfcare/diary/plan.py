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

from dataclasses import dataclass

# Two minutes a day more each week: "gradually increase time over several weeks" (seed
# article, above). From 5 minutes that is 5, 7, 9, 11, 13, 15 over six weeks: the daily
# time triples, but no week adds more than a couple of minutes to the one before.
WEEKLY_INCREASE = 2
MAX_MINUTES = 30  # the plan never asks for more than this a day
DEFAULT_WEEKS = 6
MAX_WEEKS = 26


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
        lines = [f"Week {n}: {m} minutes of {activity} a day" for n, m in enumerate(self.minutes, 1)]
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
