"""Pain and fatigue by day: a PNG for the chat, a one-line sparkline for the shell.

The PNG is drawn on matplotlib's Agg canvas directly (a Figure and FigureCanvasAgg, no
pyplot and no matplotlib.use): no global figure or backend state, nothing to close, safe
in the action server's threads, and no display needed. Sized for a phone
(800 x 450 px) with large type, the 0-10 scale always whole, and the strategy's start
marked, so before and during read at a glance.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, DateFormatter, DayLocator, date2num
from matplotlib.figure import Figure

from selfcare.diary.store import Checkin

WIDTH, HEIGHT, DPI = 8.0, 4.5, 100  # 800 x 450 px
PAIN_COLOUR, FATIGUE_COLOUR, START_COLOUR = "#c0392b", "#2c6fbb", "#555555"
BARS = "▁▂▃▄▅▆▇█"
SPARK_DAYS = 30


def chart_png(checkins: Sequence[Checkin], started_on: dt.date | None = None, strategy: str = "strategy") -> bytes:
    """The chart as PNG bytes. Days without a check-in are left out (the line joins the
    days either side); with no check-ins the chart says so."""
    ordered = sorted(checkins, key=lambda c: c.day)
    figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    days = [c.day for c in ordered]
    markers = len(ordered) <= 60  # a year of markers (or thick lines) is a smear
    width = 2.2 if markers else 1.2
    # Fatigue as hollow squares, bigger, under pain's dots: on a day both are the same
    # number, the dot shows inside the square instead of being hidden by it.
    axes.plot(
        days,
        [c.fatigue for c in ordered],
        color=FATIGUE_COLOUR,
        lw=width,
        ls="--",
        marker="s" if markers else None,
        markersize=10,
        markerfacecolor="white",
        markeredgewidth=2,
        label="fatigue",
        zorder=2,
    )
    axes.plot(
        days,
        [c.pain for c in ordered],
        color=PAIN_COLOUR,
        lw=width,
        marker="o" if markers else None,
        markersize=6,
        label="pain",
        zorder=3,
    )
    axes.set_ylim(-0.3, 10.3)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel("0 = none, 10 = worst", fontsize=12)
    axes.grid(axis="y", alpha=0.3)
    axes.tick_params(labelsize=12)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if started_on is not None:
        axes.axvline(started_on, color=START_COLOUR, lw=1.5, ls=":")
        # the label reads away from the nearer edge, so a recent start is not cut off
        late = bool(days) and started_on > days[0] + (days[-1] - days[0]) / 2
        axes.annotate(
            f"started {strategy}",
            (started_on, 10.3),
            xytext=(-4 if late else 4, -2),
            textcoords="offset points",
            ha="right" if late else "left",
            va="top",
            fontsize=12,
            color=START_COLOUR,
        )
    if ordered:
        # Set, not left to matplotlib: a single day is a zero-width range, which it widens
        # to years of days (1,600 ticks and 7 s a chart).
        first = min(days[0], started_on or days[0])
        last = max(days[-1], started_on or days[-1])
        axes.set_xlim(date2num(first) - 0.5, date2num(last) + 0.5)  # half a day either side
        span = (last - first).days
        # AutoDateLocator with few ticks warns and falls back to hours under about a week
        locator = DayLocator(interval=1 + span // 7) if span < 21 else AutoDateLocator(maxticks=7)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(DateFormatter("%d %b") if span < 21 else ConciseDateFormatter(locator))
        handles, labels = axes.get_legend_handles_labels()  # pain first, as drawn last
        axes.legend(
            handles[::-1], labels[::-1], loc="upper left", bbox_to_anchor=(0, -0.12), ncol=2, frameon=False, fontsize=12
        )
    else:
        axes.set_xticks([])
        axes.text(0.5, 0.5, "no check-ins yet", ha="center", va="center", transform=axes.transAxes, fontsize=14)
    axes.set_title("Pain and fatigue by day", fontsize=14, loc="left")
    figure.subplots_adjust(left=0.09, right=0.98, top=0.9, bottom=0.22)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def sparkline(values: Sequence[int | None]) -> str:
    """One bar per value on the fixed 0-10 scale (0 is the lowest bar, 10 the highest),
    a space for a missing day. Fixed, not scaled to the data: a flat week of 8s looks high."""
    bars = []
    for value in values:
        if value is None:
            bars.append(" ")
        else:
            bars.append(BARS[min(10, max(0, value)) * (len(BARS) - 1) // 10])
    return "".join(bars)


def spark_line(checkins: Sequence[Checkin], field: str = "pain", days: int = SPARK_DAYS) -> str:
    """e.g. "pain ▂▃▅▇▅▃": the last `days` calendar days up to the last check-in,
    a gap where a day was not logged."""
    if field not in ("pain", "fatigue"):
        raise ValueError("the sparkline shows pain or fatigue")
    if not checkins:
        return f"{field} (no check-ins yet)"
    by_day = {c.day: int(getattr(c, field)) for c in checkins}
    last = max(by_day)
    first = max(min(by_day), last - dt.timedelta(days=days - 1))
    span = (last - first).days + 1
    return f"{field} {sparkline([by_day.get(first + dt.timedelta(days=n)) for n in range(span)])}"
