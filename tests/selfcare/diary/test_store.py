"""The diary store on a real SQLite file and a real PostgreSQL (conftest.py): migrations
from empty and from version 1, one active strategy, one check-in a day, reminders,
erasure, and errors and logs that never carry what the person wrote."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
import sqlalchemy as sa

from selfcare.diary import store as diary_store
from selfcare.diary.store import (
    LATEST_VERSION,
    PERSONAL_TABLES,
    Checkin,
    DiaryError,
    DiaryStore,
    Reminder,
    Strategy,
    checkins_table,
    metadata,
    migrate,
    stored_version,
    strategies_table,
)

D = dt.date(2026, 11, 2)
SECRET = "my secret note, about 4242"


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def rows(store: DiaryStore, table: sa.Table, sender: str) -> int:
    with store.engine.connect() as connection:
        return int(
            connection.execute(
                sa.select(sa.func.count()).select_from(table).where(table.c.sender_id == sender)
            ).scalar()
        )


def test_an_empty_database_is_migrated_to_the_latest_version_once(diary_url):
    first = DiaryStore.open(diary_url)
    assert first.version == LATEST_VERSION == 5
    names = set(sa.inspect(first.engine).get_table_names())
    assert {"diary_schema_version", "diary_strategies", "diary_checkins", "diary_reminders", "diary_files"} <= names
    first.record_checkin("a", Checkin(day(0), 5, 6, "fair"))
    first.close()
    again = DiaryStore.open(diary_url)  # opening again changes nothing
    with again.engine.connect() as connection:
        assert stored_version(connection) == LATEST_VERSION
        assert connection.execute(sa.select(sa.func.count()).select_from(diary_store.schema_version)).scalar() == 1
    assert again.checkins("a") == [Checkin(day(0), 5, 6, "fair")]
    assert migrate(again.engine) == LATEST_VERSION
    again.close()


def test_a_version_1_database_keeps_its_rows_and_gains_reminders_files_and_the_one_active_rule(diary_url):
    if diary_url.startswith("sqlite"):
        from pathlib import Path

        Path(diary_url.removeprefix("sqlite:///")).parent.mkdir(parents=True)
    engine = sa.create_engine(diary_url, future=True)
    assert migrate(engine, target=1) == 1
    assert "diary_reminders" not in sa.inspect(engine).get_table_names()
    with engine.begin() as connection:
        connection.execute(strategies_table.insert().values(sender_id="old", strategy="walking", started_on=day(0)))
        connection.execute(
            checkins_table.insert().values(
                sender_id="old", day=day(1), pain=7, fatigue=5, sleep="poor", updated_at=dt.datetime(2026, 11, 3)
            )
        )
    engine.dispose()
    store = DiaryStore.open(diary_url)
    assert store.version == LATEST_VERSION
    assert store.current_strategy("old") == Strategy("walking", day(0))
    assert store.checkins("old") == [Checkin(day(1), 7, 5, "poor")]
    assert store.set_reminder("old", dt.time(20, 30), "Europe/London") == Reminder(dt.time(20, 30), "Europe/London")
    # the index version 2 added: a second running strategy is refused by the database itself
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as connection:
        connection.execute(strategies_table.insert().values(sender_id="old", strategy="yoga", started_on=day(2)))
    assert store.file(store.put_file("old", "chart.png", "image/png", b"png")).content == b"png"  # version 3
    store.close()


def test_one_strategy_runs_at_a_time(store):
    started = store.start_strategy("a", "walking", day(0))
    assert started.is_new and started.strategy == Strategy("walking", day(0))
    second = store.start_strategy("a", "swimming", day(3))
    assert not second.is_new and second.strategy == Strategy("walking", day(0))  # the caller asks
    assert store.start_strategy("b", "swimming", day(3)).is_new  # another person is separate
    assert store.end_strategy("a", day(10)) == Strategy("walking", day(0), day(10))
    assert store.current_strategy("a") is None
    assert store.end_strategy("a", day(11)) is None
    assert store.start_strategy("a", "swimming", day(11)).is_new
    assert store.strategies("a") == [Strategy("walking", day(0), day(10)), Strategy("swimming", day(11))]


def test_an_exercise_strategy_keeps_its_pacing_plan_until_it_ends_and_after(store):
    assert store.set_plan("a", 5) is None  # nothing running: nothing to plan
    store.start_strategy("a", "walking", day(0))
    assert store.current_strategy("a").plan_start is None
    assert store.set_plan("a", 10) == Strategy("walking", day(0), None, 10)
    assert store.set_plan("a", 7) == Strategy("walking", day(0), None, 7)  # asked again: the new answer
    assert store.current_strategy("a") == Strategy("walking", day(0), None, 7)
    assert store.end_strategy("a", day(9)) == Strategy("walking", day(0), day(9), 7)
    store.start_strategy("a", "swimming", day(9))
    assert store.strategies("a") == [Strategy("walking", day(0), day(9), 7), Strategy("swimming", day(9))]
    for wrong in (0, -3, 601, True, 5.5, "5"):
        with pytest.raises(DiaryError, match="whole number of minutes"):
            store.set_plan("a", wrong)


def test_a_version_4_database_keeps_its_strategies_and_learns_their_plans(diary_url):
    if diary_url.startswith("sqlite"):
        from pathlib import Path

        Path(diary_url.removeprefix("sqlite:///")).parent.mkdir(parents=True)
    engine = sa.create_engine(diary_url, future=True)
    with engine.begin() as connection:  # the strategies table as versions 1 to 4 made it
        connection.execute(
            sa.text(
                "CREATE TABLE diary_strategies (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, "
                "strategy VARCHAR(64) NOT NULL, started_on DATE NOT NULL, ended_on DATE)"
            )
        )
        connection.execute(
            sa.text("INSERT INTO diary_strategies VALUES (1, 'old', 'walking', :day, NULL)"), {"day": day(0)}
        )
    migrate(engine, target=4)
    engine.dispose()
    store = DiaryStore.open(diary_url)
    assert store.version == LATEST_VERSION
    assert store.current_strategy("old") == Strategy("walking", day(0))
    assert store.set_plan("old", 5) == Strategy("walking", day(0), None, 5)
    assert store.strategies("old") == [Strategy("walking", day(0), None, 5)]
    store.close()


def test_a_strategy_cannot_end_before_it_started(store):
    store.start_strategy("a", "walking", day(5))
    with pytest.raises(DiaryError, match="cannot end before"):
        store.end_strategy("a", day(4))
    assert store.current_strategy("a") == Strategy("walking", day(5))


def test_a_second_checkin_the_same_day_replaces_the_first(store):
    store.record_checkin("a", Checkin(day(0), 6, 7, "poor", True, SECRET))
    store.record_checkin("a", Checkin(day(0), 4, 5, "good", None, None))
    store.record_checkin("a", Checkin(day(1), 3, 3, "fair", False, "ok"))
    assert rows(store, checkins_table, "a") == 2
    assert store.checkins("a") == [
        Checkin(day(0), 4, 5, "good", None, None),
        Checkin(day(1), 3, 3, "fair", False, "ok"),
    ]


def test_checkins_between_dates_include_both_ends(store):
    for n in range(10):
        store.record_checkin("a", Checkin(day(n), n, 10 - n, "fair"))
    store.record_checkin("b", Checkin(day(4), 9, 9, "poor"))
    between = store.checkins("a", day(3), day(5))
    assert [c.day for c in between] == [day(3), day(4), day(5)]
    assert [c.pain for c in between] == [3, 4, 5]
    assert len(store.checkins("a", start=day(8))) == 2  # days 8 and 9
    assert len(store.checkins("a", end=day(0))) == 1
    assert store.checkins("nobody") == []


@pytest.mark.parametrize(
    "checkin, says",
    [
        (Checkin(D, 11, 5, "fair", None, SECRET), "pain must be a whole number from 0 to 10"),
        (Checkin(D, -1, 5, "fair", None, SECRET), "pain must be"),
        (Checkin(D, 5, 10.5, "fair", None, SECRET), "fatigue must be"),  # type: ignore[arg-type]
        (Checkin(D, True, 5, "fair", None, SECRET), "pain must be"),  # type: ignore[arg-type]
        (Checkin(D, 5, 5, "meh", None, SECRET), "sleep must be poor, fair or good"),
        (Checkin(D, 5, 5, "fair", "yes", SECRET), "did_strategy"),  # type: ignore[arg-type]
        (Checkin(D, 5, 5, "fair", None, SECRET * 100), "a note must be text of at most 2000"),
        (Checkin(dt.datetime(2026, 11, 2, 9), 5, 5, "fair", None, SECRET), "a check-in needs a date"),
    ],
)
def test_a_bad_checkin_is_refused_without_quoting_it(store, checkin, says):
    with pytest.raises(DiaryError, match=says) as error:
        store.record_checkin("a", checkin)
    assert "4242" not in str(error.value) and "secret" not in str(error.value)
    assert store.checkins("a") == []


def test_a_reminder_is_set_replaced_read_and_cleared(store):
    assert store.reminder("a") is None
    store.set_reminder("a", dt.time(8, 0, 59), "Europe/Paris")  # seconds are dropped
    assert store.set_reminder("a", dt.time(20, 30), "America/New_York") == Reminder(dt.time(20, 30), "America/New_York")
    assert store.reminder("a") == Reminder(dt.time(20, 30), "America/New_York")
    assert rows(store, diary_store.reminders_table, "a") == 1
    assert store.clear_reminder("a") is True
    assert store.clear_reminder("a") is False
    assert store.reminder("a") is None


@pytest.mark.parametrize("zone", ["Mars/Olympus", "", "../../etc/passwd", "London"])
def test_a_reminder_needs_a_real_iana_zone(store, zone):
    with pytest.raises(DiaryError, match="IANA"):
        store.set_reminder("a", dt.time(20, 0), zone)
    assert store.reminder("a") is None


def fill(store: DiaryStore, sender: str, days: int) -> None:
    store.start_strategy(sender, "walking", day(0))
    store.end_strategy(sender, day(3))
    store.start_strategy(sender, "swimming", day(4))
    for n in range(days):
        store.record_checkin(sender, Checkin(day(n), 5, 5, "fair", True, SECRET))
    store.set_reminder(sender, dt.time(9, 0), "Europe/London")
    store.put_file(sender, "diary.csv", "text/csv", SECRET.encode())


def test_erase_removes_every_row_of_one_person_in_every_table_and_no_other(store):
    fill(store, "a", 7)
    fill(store, "b", 3)
    other_before = {t.name: rows(store, t, "b") for t in PERSONAL_TABLES}
    counts = store.erase("a")
    # 7 check-ins, 2 strategies (walking ended, swimming running), 1 reminder, 1 export
    assert counts == {"diary_checkins": 7, "diary_strategies": 2, "diary_reminders": 1, "diary_files": 1}
    assert {t.name: rows(store, t, "a") for t in PERSONAL_TABLES} == dict.fromkeys(counts, 0)
    assert (
        {t.name: rows(store, t, "b") for t in PERSONAL_TABLES}
        == other_before
        == {
            "diary_checkins": 3,
            "diary_strategies": 2,
            "diary_reminders": 1,
            "diary_files": 1,
        }
    )
    assert store.erase("a") == dict.fromkeys(counts, 0)
    assert store.start_strategy("a", "walking", day(9)).is_new  # a fresh start after erasing


def test_erase_knows_every_table_that_holds_a_sender():
    holding = {t.name for t in metadata.tables.values() if "sender_id" in t.c}
    assert holding == {t.name for t in PERSONAL_TABLES}


def test_nothing_personal_is_logged_even_at_debug(store, caplog):
    caplog.set_level(logging.DEBUG, logger="selfcare.diary")
    fill(store, "person-1", 3)
    store.checkins("person-1")
    store.erase("person-1")
    assert caplog.records, "the store logs counts at DEBUG"
    assert "4242" not in caplog.text and "secret" not in caplog.text


def test_a_database_error_is_a_diary_error_without_the_note(tmp_path, caplog):
    from tests.support.faults import read_only

    path = tmp_path / "d.db"
    store = DiaryStore.open(f"sqlite:///{path}")
    store.record_checkin("a", Checkin(day(0), 5, 5, "fair"))
    with read_only(path), pytest.raises(DiaryError) as error:
        store.record_checkin("a", Checkin(day(1), 5, 5, "fair", None, SECRET))
    assert str(error.value) == "the diary could not record the check-in"
    assert error.value.__cause__ is None and error.value.__suppress_context__  # SQLAlchemy's text is dropped
    assert "4242" not in caplog.text and len([r for r in caplog.records if r.levelname == "ERROR"]) == 1
    store.close()


@pytest.mark.parametrize("sender", ["", "x" * 256, None])
def test_a_sender_id_must_be_a_short_string(store, sender):
    with pytest.raises(DiaryError, match="sender id"):
        store.checkins(sender)


def test_a_bad_url_is_a_diary_error():
    with pytest.raises(DiaryError, match="not a valid SQLAlchemy URL"):
        DiaryStore.open("not a url")


def test_the_default_database_is_the_conversations_file():
    assert diary_store.DEFAULT_URL.endswith("/var/conversations.db")
    assert diary_store.DEFAULT_URL.startswith("sqlite:////")  # an absolute path, whatever the cwd


def test_several_processes_opening_a_new_database_at_once_migrate_it_once(diary_url):
    import threading

    if diary_url.startswith("sqlite"):
        from pathlib import Path

        Path(diary_url.removeprefix("sqlite:///")).parent.mkdir(parents=True)
    barrier = threading.Barrier(4)
    results: list[object] = []

    def open_store() -> None:
        barrier.wait()
        try:
            opened = DiaryStore(sa.create_engine(diary_url, future=True))
            results.append(opened.version)
            opened.close()
        except Exception as error:  # reported below, by type
            results.append(type(error).__name__)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [LATEST_VERSION] * 4
    store = DiaryStore.open(diary_url)
    with store.engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(diary_store.schema_version)).scalar() == 1
    store.close()


def test_a_file_is_found_by_its_token_only_within_its_lifetime(store, monkeypatch):
    token = store.put_file("a", "diary.csv", "text/csv", b"date,pain\r\n")
    other = store.put_file("b", "chart.png", "image/png", b"\x89PNG")
    assert len(token) >= 40 and token != other
    assert store.file(token) == diary_store.DiaryFile("a", "diary.csv", "text/csv", b"date,pain\r\n")
    assert store.file(other).sender_id == "b"
    assert store.file(token[:-1]) is None and store.file("") is None and store.file("x" * 65) is None
    later = diary_store._utcnow() + diary_store.FILE_LIFETIME + dt.timedelta(seconds=1)
    monkeypatch.setattr(diary_store, "_utcnow", lambda: later)
    assert store.file(token) is None  # past its lifetime
    store.put_file("c", "new.csv", "text/csv", b"")  # and keeping a new file deletes the old ones
    with store.engine.connect() as connection:
        tokens = set(connection.execute(sa.select(diary_store.files_table.c.token)).scalars())
    assert token not in tokens and other not in tokens and len(tokens) == 1


def test_a_file_too_large_is_refused(store):
    with pytest.raises(DiaryError, match="at most"):
        store.put_file("a", "big.csv", "text/csv", b"x" * (diary_store.FILE_LIMIT + 1))
    assert rows(store, diary_store.files_table, "a") == 0


# --- reminders: when they are due, and who sends them ---------------------------------------


def test_a_version_3_database_keeps_its_reminders_and_learns_their_channel_and_due_time(diary_url):
    if diary_url.startswith("sqlite"):
        from pathlib import Path

        Path(diary_url.removeprefix("sqlite:///")).parent.mkdir(parents=True)
    engine = sa.create_engine(diary_url, future=True)
    migrate(engine, target=1)
    with engine.begin() as connection:  # the reminders table as version 2 made it
        connection.execute(
            sa.text(
                "CREATE TABLE diary_reminders (sender_id VARCHAR(255) PRIMARY KEY, "
                "local_time VARCHAR(5) NOT NULL, time_zone VARCHAR(64) NOT NULL)"
            )
        )
        connection.execute(sa.text("INSERT INTO diary_reminders VALUES ('old', '20:30', 'Europe/London')"))
        diary_store.files_table.create(connection)
        connection.execute(diary_store.schema_version.delete())
        connection.execute(diary_store.schema_version.insert().values(version=3))
    engine.dispose()
    store = DiaryStore.open(diary_url)
    assert store.version == LATEST_VERSION
    assert store.reminder("old") == Reminder(dt.time(20, 30), "Europe/London")
    assert store.due_reminders(dt.datetime(2030, 1, 1)) == []  # no channel yet: never sent
    store.set_reminder("old", dt.time(20, 30), "Europe/London", "telegram", now=dt.datetime(2026, 11, 2, 12))
    assert [r.due for r in store.due_reminders(dt.datetime(2026, 11, 2, 20, 30))] == [dt.datetime(2026, 11, 2, 20, 30)]
    store.close()


@pytest.mark.parametrize(
    "local, zone, after, due",
    [
        # London in winter is UTC; 20:30 already passed today, so tomorrow
        ("20:30", "Europe/London", dt.datetime(2026, 11, 2, 12, 0), dt.datetime(2026, 11, 2, 20, 30)),
        ("20:30", "Europe/London", dt.datetime(2026, 11, 2, 20, 30), dt.datetime(2026, 11, 3, 20, 30)),
        # Sydney is UTC+11 in November: 08:00 there is 21:00 UTC the day before
        ("08:00", "Australia/Sydney", dt.datetime(2026, 11, 2, 12, 0), dt.datetime(2026, 11, 2, 21, 0)),
        # New York, the night the clocks go back (1 Nov 2026): 21:00 EST is 02:00 UTC
        ("21:00", "America/New_York", dt.datetime(2026, 11, 1, 12, 0), dt.datetime(2026, 11, 2, 2, 0)),
        # Berlin, the day the clocks go forward (29 Mar 2026): 02:30 doesn't exist, 01:30 UTC
        ("02:30", "Europe/Berlin", dt.datetime(2026, 3, 28, 23, 0), dt.datetime(2026, 3, 29, 1, 30)),
    ],
)
def test_a_reminder_is_next_due_at_that_time_on_the_persons_clock(local, zone, after, due):
    assert diary_store.next_due(dt.time.fromisoformat(local), zone, after) == due


def test_a_due_reminder_is_claimed_once_and_moves_to_the_next_day(store):
    monday_noon = dt.datetime(2026, 11, 2, 12, 0)
    store.set_reminder("a", dt.time(20, 0), "Europe/London", "telegram", now=monday_noon)
    store.set_reminder("b", dt.time(21, 0), "Europe/London", "webchat", now=monday_noon)
    store.set_reminder("c", dt.time(20, 0), "Europe/London", now=monday_noon)  # no channel: never due
    assert store.due_reminders(dt.datetime(2026, 11, 2, 19, 59)) == []
    (due,) = store.due_reminders(dt.datetime(2026, 11, 2, 20, 0, 30))
    assert (due.sender_id, due.channel, due.due) == ("a", "telegram", dt.datetime(2026, 11, 2, 20, 0))
    assert store.claim_reminder(due, dt.datetime(2026, 11, 2, 20, 0, 30))
    assert not store.claim_reminder(due, dt.datetime(2026, 11, 2, 20, 0, 31))  # another replica: already sent
    assert [r.sender_id for r in store.due_reminders(dt.datetime(2026, 11, 2, 21, 0))] == ["b"]
    (tomorrow,) = [r for r in store.due_reminders(dt.datetime(2026, 11, 3, 20, 0)) if r.sender_id == "a"]
    assert tomorrow.due == dt.datetime(2026, 11, 3, 20, 0)
    # a server down for two days sends the reminder once and moves on from now, not from then
    assert store.claim_reminder(tomorrow, dt.datetime(2026, 11, 5, 9, 0))
    assert [r.sender_id for r in store.due_reminders(dt.datetime(2026, 11, 5, 19, 59))] == ["b"]
    assert [r.due for r in store.due_reminders(dt.datetime(2026, 11, 5, 20, 0)) if r.sender_id == "a"] == [
        dt.datetime(2026, 11, 5, 20, 0)
    ]
    assert store.clear_reminder("a") and all(r.sender_id != "a" for r in store.due_reminders(dt.datetime(2027, 1, 1)))
