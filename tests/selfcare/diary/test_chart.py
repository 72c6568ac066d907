"""The chart is a real PNG of the documented size with something drawn on it; the
sparkline maps the fixed 0-10 scale onto eight bars and leaves gaps for missing days."""

from __future__ import annotations

import datetime as dt
import logging
import struct
import zlib

import pytest

from selfcare.diary.chart import chart_png, spark_line, sparkline
from selfcare.diary.store import Checkin

D = dt.date(2026, 1, 1)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def ihdr(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first and carry a valid CRC."""
    assert png[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", png[8:16])
    assert (length, kind) == (13, b"IHDR")
    data = png[16:29]
    (crc,) = struct.unpack(">I", png[29:33])
    assert crc == zlib.crc32(b"IHDR" + data)
    width, height = struct.unpack(">II", data[:8])
    return width, height


def weeks(n_days: int) -> list[Checkin]:
    return [Checkin(day(n), (n * 7) % 11, (n * 3) % 11, "fair") for n in range(n_days)]


def test_a_two_week_chart_is_an_800_by_450_png_with_something_on_it():
    png = chart_png(weeks(14), started_on=day(7), strategy="walking")
    assert ihdr(png) == (800, 450)
    assert png.endswith(b"IEND\xaeB`\x82")
    # Two lines, markers, axes and labels: an empty 800x450 canvas compresses to ~3 KB
    assert len(png) > 20_000, len(png)
    assert len(png) > 3 * len(chart_png([])), "the data and the start line add to the picture"


def test_a_year_of_data_renders_at_the_same_size():
    png = chart_png(weeks(365), started_on=day(180), strategy="gentle swimming")
    assert ihdr(png) == (800, 450)


def test_the_start_line_is_drawn():
    data = weeks(14)
    assert chart_png(data, started_on=day(7)) != chart_png(data)


@pytest.mark.parametrize("n_days", [1, 2, 5, 8, 20, 21, 45, 120])
def test_any_length_of_diary_gives_a_chart_without_warnings(n_days, caplog):
    # warnings are errors here: matplotlib's AutoDateLocator warned on a five-day diary;
    # on a one-day diary its locator logged that it tried to make 1,607 ticks
    assert ihdr(chart_png(weeks(n_days), started_on=day(n_days // 2))) == (800, 450)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text


def test_an_empty_diary_still_gives_a_chart():
    assert ihdr(chart_png([], started_on=day(0))) == (800, 450)


def test_the_sparkline_uses_the_fixed_scale():
    # bar index = value * 7 // 10: 0->0, 2->1, 5->3, 7->4, 9->6, 10->7
    assert sparkline([0, 2, 5, 7, 9, 10]) == "▁▂▄▅▇█"
    assert sparkline([8, 8, 8]) == "▆▆▆"  # high stays high: not scaled to the data
    assert sparkline([3, None, 3]) == "▃ ▃"
    assert sparkline([]) == ""


def test_the_spark_line_shows_the_last_30_calendar_days_with_gaps():
    checkins = [Checkin(day(n), n % 11, 2, "fair") for n in range(40) if n != 38]
    line = spark_line(checkins)
    assert line.startswith("pain ")
    bars = line.removeprefix("pain ")
    assert len(bars) == 30  # days 10-39
    assert bars[-2] == " "  # day 38 was not logged
    assert bars[0] == sparkline([10 % 11])  # day 10: pain 10
    assert spark_line(checkins, "fatigue").removeprefix("fatigue ").replace(" ", "") == "▂" * 29
    assert spark_line([]) == "pain (no check-ins yet)"
    with pytest.raises(ValueError):
        spark_line(checkins, "note")
