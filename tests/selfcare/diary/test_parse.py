"""Typed check-in answers: what is read, what is unclear (None), what is out of range,
and that nothing crashes on garbage, emoji, non-text or 10,000 characters."""

from __future__ import annotations

import datetime as dt

import pytest

from selfcare.diary.parse import (
    MAX_ANSWER,
    OutOfRange,
    parse_minutes,
    parse_score,
    parse_sleep,
    parse_time,
    parse_timezone,
    parse_yes_no,
)

GARBAGE = [
    "",
    "   ",
    "😀😀",
    "🔥🔥🔥 ugh",
    "asdfghjkl",
    "<script>alert('x')</script>",
    "\x00\x01\x02",
    "x" * 10_000,
    "6 " * 5_000,  # 10,000 characters: too long to be an answer, even full of sixes
    None,
    42,
    6.5,
    ["6"],
    b"6",
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("6", 6),
        ("  6  ", 6),
        ("about a 6", 6),
        ("5ish", 5),
        ("six-ish", 6),
        ("7/10", 7),
        ("7 / 10", 7),
        ("7 out of 10", 7),
        ("10/10", 10),
        ("6.5", 7),  # half rounds up
        ("6.4", 6),
        ("0.5", 1),
        ("9.5", 10),
        ("six", 6),
        ("a seven", 7),
        ("Ten", 10),
        ("zero", 0),
        ("0", 0),
        ("i'd say a 4 today", 4),
        ("6/10, same as yesterday (6)", 6),  # the same number twice is still one answer
        ("6️⃣", 6),
        ("seven out of ten", 7),
        # out of range: a number, but not 0-10
        ("12", OutOfRange(12.0)),
        ("-1", OutOfRange(-1.0)),
        ("11/10", OutOfRange(11.0)),
        ("twelve", OutOfRange(12.0)),
        ("10.5", OutOfRange(10.5)),
        ("100", OutOfRange(100.0)),
        # unclear: None
        ("6 or 7", None),
        ("6-7", None),
        ("between five and seven", None),
        ("3/5", None),  # another scale
        ("12/11", None),  # a date, not a score
        ("someone", None),  # 'one' only as a word
        ("none", None),
        ("bad", None),
    ],
)
def test_scores(text, expected):
    assert parse_score(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("bad", "poor"),
        ("awful", "poor"),
        ("Terrible.", "poor"),
        ("rubbish", "poor"),
        ("slept badly", "poor"),
        ("didn't sleep well", "poor"),  # not good, though 'well' is in it
        ("couldn't sleep at all", "poor"),
        ("not great", "poor"),
        ("ok", "fair"),
        ("OK I guess", "fair"),
        ("so-so", "fair"),
        ("so so", "fair"),
        ("alright", "fair"),
        ("not bad", "fair"),  # not 'bad'
        ("no good", "poor"),  # not 'good' (a tester saw it saved as good)
        ("slept like garbage", "poor"),
        ("barely slept", "poor"),
        ("didnt sleep at all", "poor"),
        ("tossed and turned all night", "poor"),
        ("slept like a baby", "good"),
        ("not too bad", "fair"),
        ("great", "good"),
        ("well", "good"),
        ("slept well!", "good"),
        ("good", "good"),
        ("decent", "good"),
        ("good then awful", None),  # mixed
        ("8 hours", None),
        ("🛌", None),
    ],
)
def test_sleep(text, expected):
    assert parse_sleep(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("yes", True),
        ("Yep!", True),
        ("yeah", True),
        ("did it", True),
        ("I did", True),
        ("done", True),
        ("nope", False),
        ("no", False),
        ("skipped", False),
        ("skipped it today", False),
        ("not today", False),
        ("I didn't", False),
        ("not done", False),
        ("kind of", None),
        ("sort of, a bit", None),
        ("no, I did it", None),  # both
        ("nothing", None),  # 'no' only as a word
        ("maybe", None),
        ("👍", None),
    ],
)
def test_yes_no(text, expected):
    assert parse_yes_no(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("8pm", dt.time(20, 0)),
        ("8 pm", dt.time(20, 0)),
        ("8 p.m.", dt.time(20, 0)),
        ("8:30pm", dt.time(20, 30)),
        ("7am", dt.time(7, 0)),
        ("12am", dt.time(0, 0)),
        ("12pm", dt.time(12, 0)),
        ("eight pm", dt.time(20, 0)),
        ("20:30", dt.time(20, 30)),
        ("08:30", dt.time(8, 30)),
        ("8:30", dt.time(8, 30)),  # no am/pm: a 24-hour clock
        ("at 21:05 please", dt.time(21, 5)),
        ("noon", dt.time(12, 0)),
        ("midday", dt.time(12, 0)),
        ("midnight", dt.time(0, 0)),
        ("9 in the morning", dt.time(9, 0)),
        ("seven in the evening", dt.time(19, 0)),
        ("half past seven in the evening", dt.time(19, 30)),
        ("quarter to eight in the morning", dt.time(7, 45)),
        ("10 at night", dt.time(22, 0)),
        ("3 in the afternoon", dt.time(15, 0)),
        ("6.30pm", dt.time(18, 30)),
        ("9ish every evening", dt.time(21, 0)),
        ("every evening at 9ish", dt.time(21, 0)),
        ("nine tonight", dt.time(21, 0)),
        ("7.15 each morning", dt.time(7, 15)),
        ("in the mornings at 10", dt.time(10, 0)),
        ("11 every night", dt.time(23, 0)),
        ("8", None),  # am or pm?
        ("at 8 every day", None),
        ("in the evening", None),
        ("25:00", None),
        ("13pm", None),
        ("20:75", None),
        ("tomorrow", None),
    ],
)
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Europe/London", "Europe/London"),
        ("europe/london", "Europe/London"),
        ("America/New_York", "America/New_York"),
        ("UTC", "UTC"),
        ("London", "Europe/London"),
        ("I'm in Dublin", "Europe/Dublin"),
        ("madrid", "Europe/Madrid"),
        ("Paris", "Europe/Paris"),
        ("Berlin", "Europe/Berlin"),
        ("rome", "Europe/Rome"),
        ("Warsaw", "Europe/Warsaw"),
        ("Amsterdam", "Europe/Amsterdam"),
        ("Lisbon", "Europe/Lisbon"),
        ("new york", "America/New_York"),
        ("Chicago", "America/Chicago"),
        ("los angeles", "America/Los_Angeles"),
        ("Sydney", "Australia/Sydney"),
        ("8pm EST", "America/New_York"),
        ("9am gmt", "Europe/London"),
        ("i live in toronto", "America/Toronto"),
        ("cape town", "Africa/Johannesburg"),
        ("8pm IST", None),  # India or Ireland?
        ("London or Paris", None),  # two places
        ("Mars/Olympus", None),
        ("Londonderry", None),  # 'london' only as a word
        ("Springfield", None),
    ],
)
def test_time_zones(text, expected):
    assert parse_timezone(text) == expected


@pytest.mark.parametrize("reader", [parse_score, parse_sleep, parse_yes_no, parse_time, parse_timezone, parse_minutes])
@pytest.mark.parametrize("text", GARBAGE, ids=range(len(GARBAGE)))
def test_garbage_is_unclear_and_never_crashes(reader, text):
    assert reader(text) is None


def test_an_answer_just_under_the_limit_is_still_read():
    padded = "6".ljust(MAX_ANSWER)
    assert parse_score(padded) == 6 and parse_score(padded + " ") is None


@pytest.mark.parametrize("reader", [parse_score, parse_sleep, parse_yes_no, parse_time, parse_timezone, parse_minutes])
@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "'; DROP TABLE diary_checkins; --", "%s %n {0}"])
def test_hostile_text_gets_an_answer_of_the_right_kind(reader, text):
    """Forgiving means reading what is there: 'alert(1)' holds a 1, and parse_score says so."""
    assert reader(text) is None or isinstance(reader(text), (int, str, bool, dt.time, OutOfRange))


def test_a_number_in_markup_is_still_a_number():
    assert parse_score("<script>alert(1)</script>") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", 5),
        ("5 minutes", 5),
        ("about 10 mins", 10),
        ("ten minutes", 10),
        ("Fifteen.", 15),
        ("forty-five minutes", 45),
        ("3m", 3),
        ("I can walk for about 10 minutes without a flare", 10),
        ("I often manage 10 minutes", 10),  # "ten" inside "often" is not a number
        ("half an hour", 30),
        ("a quarter of an hour", 15),
        ("an hour", 60),
        ("1.5 hours", 90),
        ("a couple of minutes", 2),
        ("5-10", 5),  # a range: its lower end, since a plan starts low
        ("5 to 10 minutes", 5),
        ("30-45 min", 30),
        ("nothing", 0),
        ("none", 0),
        ("I can't do any", 0),
        ("I can\u2019t manage anything today", 0),
        ("5 minutes, or 10 on a good day", None),  # two amounts: asked again
        ("not sure", None),
        ("about a 6", None),  # a pain score, not minutes: "a" is only an amount before "hour"
        ("100000 minutes", None),
        ("hello", None),
    ],
)
def test_minutes_of_activity(text, expected):
    assert parse_minutes(text) == expected


@pytest.mark.parametrize(
    "text, measure, expected",
    [
        # red team 35: "walked ten minutes" at the tiredness question had been saved as tiredness 10
        ("walked ten minutes", "fatigue", None),
        ("day 1: walked 10 min, pain 6/10", "pain", 6),
        ("pain is 3 out of 10 but yesterday it was 8", "pain", 3),
        ("pain 4, tiredness 7", "fatigue", 7),
        ("pain 4, tiredness 7", "pain", 4),
        ("I slept 5 hours, tiredness 6", "fatigue", 6),
        ("pain is killing me lol 7/10", "pain", 7),
        ("6", "pain", 6),
    ],
)
def test_a_score_in_a_sentence_is_the_one_asked_for(text, measure, expected):
    assert parse_score(text, measure) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("yoga done, 15 minutes, felt ok, pain 4", 15),
        ("walked 5 min, pain is killing me lol 7/10", 5),
        ("pain 4", None),
    ],
)
def test_a_score_beside_the_minutes_is_no_amount_of_time(text, expected):
    assert parse_minutes(text) == expected
