"""The CSV export read back with the csv module (notes with commas, quotes and line breaks
come back exactly), its order and columns, and the text for an appointment."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from selfcare.diary.export import HEADER, appointment_text, as_text_cell, strategy_on, to_csv
from selfcare.diary.store import Checkin, Strategy

D = dt.date(2026, 11, 1)


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


TRICKY = [
    'walked, then "rested"',
    "line one\nline two",
    "windows\r\nline end",
    'a lone " quote',
    "=1+1 (as typed)",
    "  spaces kept  ",
    "émoji 😀 and ünïcode",
]
STRATEGIES = [Strategy("walking", day(2), day(4)), Strategy("gentle_swimming", day(6))]


def diary() -> list[Checkin]:
    checkins = [Checkin(day(n), n % 11, 10 - n % 11, "fair", n % 2 == 0, TRICKY[n]) for n in range(len(TRICKY))]
    checkins.append(Checkin(day(7), 4, 4, "good", None, None))
    return list(reversed(checkins))  # out of order on purpose


def test_the_csv_reads_back_row_by_row_with_every_note_exact_but_formulas_as_text():
    text = to_csv(diary(), STRATEGIES)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(HEADER) == ["date", "pain", "fatigue", "sleep", "did_strategy", "strategy", "note"]
    body = rows[1:]
    assert [r[0] for r in body] == [day(n).isoformat() for n in range(8)]  # by date
    assert [r[6] for r in body] == [as_text_cell(note) for note in TRICKY] + [""]
    assert body[4][6] == "'=1+1 (as typed)"  # a spreadsheet shows it, and doesn't run it
    assert body[0] == ["2026-11-01", "0", "10", "fair", "yes", "", TRICKY[0]]
    assert body[1][1:5] == ["1", "9", "fair", "no"]
    assert body[7][4] == ""  # not asked
    # walking from day 2 to day 4, nothing on day 5, swimming from day 6
    assert [r[5] for r in body] == ["", "", "walking", "walking", "walking", "", "gentle_swimming", "gentle_swimming"]


def test_the_csv_is_rfc_4180():
    text = to_csv([Checkin(day(0), 5, 6, "poor", True, 'he said "hi", then left')], [])
    assert text == (
        'date,pain,fatigue,sleep,did_strategy,strategy,note\r\n2026-11-01,5,6,poor,yes,,"he said ""hi"", then left"\r\n'
    )


def test_an_empty_diary_is_the_header_only():
    assert to_csv([]) == "date,pain,fatigue,sleep,did_strategy,strategy,note\r\n"


def test_the_strategy_of_a_day():
    assert strategy_on(day(4), STRATEGIES) == STRATEGIES[0]  # the end day is included
    assert strategy_on(day(5), STRATEGIES) is None
    assert strategy_on(day(400), STRATEGIES) == STRATEGIES[1]  # still running
    assert strategy_on(day(1), STRATEGIES) is None


def test_the_appointment_text():
    checkins = [Checkin(day(n), p, 5, "poor", True if n >= 3 else None) for n, p in enumerate([4, 6, 5, 9, 9, 10])]
    checkins[1] = Checkin(day(1), 6, 5, "good", None, "slept at my sister's,\nnoisy")
    text = appointment_text(checkins, [Strategy("walking", day(3))])
    lines = text.splitlines()
    assert lines[0] == "Symptom diary, 2026-11-01 to 2026-11-06 (6 days logged)"
    # pain (4+6+5+9+9+10)/6 = 43/6 = 7.166... -> 7.2; fatigue 5.0
    assert "Average pain 7.2, average fatigue 5.0." in lines
    assert "Sleep: poor 5, fair 0, good 1." in lines
    assert "walking, from 2026-11-04 (still going):" in lines
    # before: (4+6+5)/3 = 5.0 over 3 days; during: (9+9+10)/3 = 28/3 = 9.333... -> 9.3
    assert "  before: 3 days, pain 5.0, fatigue 5.0" in lines
    assert "  during: 3 days, pain 9.3, fatigue 5.0" in lines
    assert "  done on 3 of 3 days answered" in lines
    assert "The last three days logged were all at pain 9 or 10." in lines
    assert "  2026-11-02: slept at my sister's, noisy" in lines  # one line per note
    assert lines[-1].startswith("Self-rated")


def test_the_appointment_text_of_an_empty_diary():
    assert appointment_text([]) == "Symptom diary: no check-ins yet."


def test_a_strategy_started_with_no_check_ins_before_says_so_in_words():
    text = appointment_text([Checkin(day(0), 4, 5, "fair", True)], [Strategy("walking", day(0))])
    assert "  before: no check-ins" in text.splitlines()
    assert "  during: 1 day, pain 4.0, fatigue 5.0" in text.splitlines()
    assert "None" not in text


@pytest.mark.parametrize("note", ["=1+2 lol", "+44 is my sister's code", "-ish day", "@home all day", "\tindented"])
def test_a_note_a_spreadsheet_would_run_as_a_formula_is_written_as_text(note):
    rows = list(csv.reader(io.StringIO(to_csv([Checkin(day(0), 4, 5, "fair", None, note)]))))
    assert rows[1][-1] == "'" + note
    assert as_text_cell("walked = good") == "walked = good"  # only the first character counts
