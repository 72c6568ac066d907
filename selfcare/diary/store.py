"""The diary store: strategies, daily check-ins, reminders and the files made from them
(the chart, the export) for a short while, on SQLAlchemy Core.

One store for SQLite (the default: the conversations' own file, so a fresh clone needs no
set-up) and PostgreSQL (the deployment's database). What is written here is health data:
nothing in this module logs a note, a score or any other value a person gave; it logs
counts at DEBUG. Every database error becomes DiaryError with a message of our own,
raised `from None`, because SQLAlchemy's text quotes the SQL parameters (the note).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

logger = logging.getLogger(__name__)

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_URL = f"sqlite:///{PROJECT_DIR / 'var' / 'conversations.db'}"

SLEEP_VALUES = ("poor", "fair", "good")
NOTE_LIMIT = 2000  # characters; a note is a line or two, not a document
SENDER_LIMIT = 255  # the tracker store's sender_id column is as wide

metadata = sa.MetaData()

schema_version = sa.Table(
    "diary_schema_version",
    metadata,
    sa.Column("version", sa.Integer, nullable=False),
)

strategies_table = sa.Table(
    "diary_strategies",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sender_id", sa.String(SENDER_LIMIT), nullable=False, index=True),
    sa.Column("strategy", sa.String(64), nullable=False),
    sa.Column("started_on", sa.Date, nullable=False),
    sa.Column("ended_on", sa.Date, nullable=True),
    sa.Column("plan_start", sa.Integer, nullable=True),  # a pacing plan: week 1 minutes a day (version 5)
)

checkins_table = sa.Table(
    "diary_checkins",
    metadata,
    sa.Column("sender_id", sa.String(SENDER_LIMIT), primary_key=True),
    sa.Column("day", sa.Date, primary_key=True),
    sa.Column("pain", sa.Integer, nullable=False),
    sa.Column("fatigue", sa.Integer, nullable=False),
    sa.Column("sleep", sa.String(8), nullable=False),
    sa.Column("did_strategy", sa.Boolean, nullable=True),
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("updated_at", sa.DateTime, nullable=False),  # UTC, naive: SQLite keeps no zone
)

reminders_table = sa.Table(
    "diary_reminders",
    metadata,
    sa.Column("sender_id", sa.String(SENDER_LIMIT), primary_key=True),
    sa.Column("local_time", sa.String(5), nullable=False),  # HH:MM, the person's clock
    sa.Column("time_zone", sa.String(64), nullable=False),  # IANA name
    sa.Column("channel", sa.String(32), nullable=True),  # where it goes: telegram, webchat (version 4)
    sa.Column("next_due", sa.DateTime, nullable=True, index=True),  # UTC, naive (version 4)
)

# A chart or an export, kept for FILE_LIFETIME so the chat can link to it (the web page) or
# upload it (Telegram): its token is the link's only key, 256 random bits.
files_table = sa.Table(
    "diary_files",
    metadata,
    sa.Column("token", sa.String(64), primary_key=True),
    sa.Column("sender_id", sa.String(SENDER_LIMIT), nullable=False, index=True),
    sa.Column("name", sa.String(128), nullable=False),  # the file name it downloads as
    sa.Column("media_type", sa.String(64), nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),  # UTC, naive
)
FILE_LIFETIME = dt.timedelta(hours=1)
FILE_LIMIT = 5_000_000  # bytes; a year of check-ins as CSV is under 1 MB even with long notes

# At most one strategy without an end per person: the database enforces what
# start_strategy checks, so two check-ins racing cannot start two at once.
one_active_strategy = sa.Index(
    "diary_one_active_strategy",
    strategies_table.c.sender_id,
    unique=True,
    sqlite_where=strategies_table.c.ended_on.is_(None),
    postgresql_where=strategies_table.c.ended_on.is_(None),
)

# Every table that holds a person's rows, for erase().
PERSONAL_TABLES = (checkins_table, strategies_table, reminders_table, files_table)


class DiaryError(Exception):
    """The diary could not do what was asked. The message never contains what the
    person typed: it names the operation or the field only."""


@dataclass(frozen=True)
class Strategy:
    strategy: str
    started_on: dt.date
    ended_on: dt.date | None = None
    plan_start: int | None = None  # the pacing plan's minutes a day in week 1, if one was made


class Started(NamedTuple):
    """What start_strategy did. `is_new` False: another strategy (`strategy`) was already
    running and nothing changed; the caller asks whether to end it first."""

    strategy: Strategy
    is_new: bool


@dataclass(frozen=True)
class Checkin:
    day: dt.date
    pain: int
    fatigue: int
    sleep: str
    did_strategy: bool | None = None
    note: str | None = None


@dataclass(frozen=True)
class DiaryFile:
    """A chart or an export made for one person."""

    sender_id: str
    name: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class Reminder:
    local_time: dt.time
    time_zone: str


@dataclass(frozen=True)
class DueReminder:
    """A reminder whose time has come: who, where, and when it was due (UTC, naive)."""

    sender_id: str
    channel: str
    due: dt.datetime
    local_time: dt.time
    time_zone: str


def next_due(local_time: dt.time, time_zone: str, after: dt.datetime) -> dt.datetime:
    """The first moment after `after` (UTC, naive) when the clock in `time_zone` shows
    `local_time`, as UTC (naive). On the day the clocks go forward a time that doesn't
    exist is taken as the same wall time after the change (zoneinfo's fold 0)."""
    zone = ZoneInfo(time_zone)
    now = after.replace(tzinfo=dt.timezone.utc).astimezone(zone)
    for days in range(3):
        day = now.date() + dt.timedelta(days=days)
        candidate = dt.datetime.combine(day, local_time, tzinfo=zone).astimezone(dt.timezone.utc)
        if candidate > after.replace(tzinfo=dt.timezone.utc):
            return candidate.replace(tzinfo=None)
    raise AssertionError("a daily time comes within three days")


# --- migrations ------------------------------------------------------------------------
# Numbered from 1, applied in order from the stored version, in one transaction with the
# version they write, under a lock (migrate). Each only creates what is missing, so a
# migration run twice (a schema made by hand, a database whose DDL is not transactional)
# is harmless.


def _migration_1(connection: sa.engine.Connection) -> None:
    """The first diary: strategies and check-ins."""
    for table in (strategies_table, checkins_table):
        table.create(connection, checkfirst=True)


def _migration_2(connection: sa.engine.Connection) -> None:
    """Reminders, and one active strategy per person enforced by the database."""
    reminders_table.create(connection, checkfirst=True)
    existing = {index["name"] for index in sa.inspect(connection).get_indexes(strategies_table.name)}
    if one_active_strategy.name not in existing:
        one_active_strategy.create(connection)


def _migration_3(connection: sa.engine.Connection) -> None:
    """The chart and the export, kept for an hour behind a random token."""
    files_table.create(connection, checkfirst=True)


def _migration_4(connection: sa.engine.Connection) -> None:
    """Reminders learn where they go and when they are next due, so that any replica can
    send them, after a restart too (selfcare.diary.reminders)."""
    t = reminders_table
    _add_missing_columns(connection, t, (t.c.channel, t.c.next_due))
    indexes = {index["name"] for index in sa.inspect(connection).get_indexes(t.name)}
    for index in t.indexes:
        if index.name not in indexes:
            index.create(connection)


def _migration_5(connection: sa.engine.Connection) -> None:
    """An exercise strategy keeps its pacing plan: the minutes a day it starts from."""
    _add_missing_columns(connection, strategies_table, (strategies_table.c.plan_start,))


def _add_missing_columns(connection: sa.engine.Connection, table: sa.Table, columns: tuple[sa.Column, ...]) -> None:
    existing = {column["name"] for column in sa.inspect(connection).get_columns(table.name)}
    for column in columns:
        if column.name not in existing:
            kind = column.type.compile(dialect=connection.dialect)
            connection.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))


MIGRATIONS: tuple[Callable[[sa.engine.Connection], None], ...] = (
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
    _migration_5,
)
LATEST_VERSION = len(MIGRATIONS)
MIGRATION_LOCK = int.from_bytes(b"diary", "big")  # the advisory lock's key, any constant


def stored_version(connection: sa.engine.Connection) -> int:
    if not sa.inspect(connection).has_table(schema_version.name):
        return 0
    return int(connection.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0)


def migrate(engine: sa.engine.Engine, target: int = LATEST_VERSION) -> int:
    """Brings the schema from its stored version up to `target`; returns the version."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Replicas start together: one migrates while the others wait here, then find
            # the version already written (PostgreSQL's DDL is transactional).
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        elif connection.dialect.name == "sqlite":
            # The same for SQLite, whose Python driver would otherwise run each CREATE on
            # its own: take the write lock first, so the others wait (up to its 5 s timeout).
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        schema_version.create(connection, checkfirst=True)
        version = stored_version(connection)
        for number in range(version + 1, target + 1):
            MIGRATIONS[number - 1](connection)
            connection.execute(schema_version.delete())
            connection.execute(schema_version.insert().values(version=number))
            logger.debug("diary schema migrated to version %d", number)
        return max(version, target)


# --- the store -------------------------------------------------------------------------


def _check_sender(sender_id: str) -> None:
    if not isinstance(sender_id, str) or not sender_id or len(sender_id) > SENDER_LIMIT:
        raise DiaryError("a sender id must be a non-empty string of at most 255 characters")


def _check_score(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise DiaryError(f"{name} must be a whole number from 0 to 10")
    return value


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class DiaryStore:
    """One person's experiments, check-ins and reminder, keyed by the conversation's
    sender id. Open with `DiaryStore.open(url)`; the schema is migrated on opening."""

    def __init__(self, engine: sa.engine.Engine) -> None:
        self.engine = engine
        with self._failures("open the diary"):
            self.version = migrate(engine)

    @classmethod
    def open(cls, url: str | None = None) -> DiaryStore:
        """A store on a SQLAlchemy URL (default: var/conversations.db). For a SQLite file
        the folder is created, as the tracker store does."""
        url = url or DEFAULT_URL
        try:
            parsed = sa.engine.make_url(url)
        except sa.exc.ArgumentError:
            raise DiaryError("the diary database URL is not a valid SQLAlchemy URL") from None
        if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        return cls(sa.create_engine(parsed, future=True))

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def _failures(self, doing: str) -> Iterator[None]:
        try:
            yield
        except DiaryError:
            raise
        except (sa.exc.SQLAlchemyError, OSError) as error:
            logger.error("the diary could not %s (%s)", doing, type(getattr(error, "orig", None) or error).__name__)
            raise DiaryError(f"the diary could not {doing}") from None

    # strategies

    def current_strategy(self, sender_id: str) -> Strategy | None:
        """The strategy running now (no end date), if any."""
        _check_sender(sender_id)
        with self._failures("read the strategy"), self.engine.connect() as connection:
            return self._current(connection, sender_id)

    @staticmethod
    def _current(connection: sa.engine.Connection, sender_id: str) -> Strategy | None:
        t = strategies_table
        row = connection.execute(
            sa.select(t.c.strategy, t.c.started_on, t.c.plan_start).where(
                t.c.sender_id == sender_id, t.c.ended_on.is_(None)
            )
        ).first()
        return Strategy(row.strategy, row.started_on, plan_start=row.plan_start) if row else None

    def start_strategy(self, sender_id: str, strategy: str, on: dt.date) -> Started:
        """Starts `strategy` on `on`, unless one is already running: then nothing changes
        and Started(running one, is_new=False) comes back, so the caller can ask."""
        _check_sender(sender_id)
        if not isinstance(strategy, str) or not 0 < len(strategy) <= 64:
            raise DiaryError("a strategy id must be a string of 1 to 64 characters")
        with self._failures("start the strategy"):
            try:
                with self.engine.begin() as connection:
                    running = self._current(connection, sender_id)
                    if running:
                        return Started(running, False)
                    connection.execute(
                        strategies_table.insert().values(sender_id=sender_id, strategy=strategy, started_on=on)
                    )
            except sa.exc.IntegrityError:  # another turn started one in between
                with self.engine.connect() as connection:
                    running = self._current(connection, sender_id)
                if running is None:
                    raise
                return Started(running, False)
        return Started(Strategy(strategy, on), True)

    def end_strategy(self, sender_id: str, on: dt.date) -> Strategy | None:
        """Ends the running strategy on `on`; None when none was running."""
        _check_sender(sender_id)
        t = strategies_table
        with self._failures("end the strategy"), self.engine.begin() as connection:
            running = self._current(connection, sender_id)
            if running is None:
                return None
            if on < running.started_on:
                raise DiaryError("a strategy cannot end before it started")
            connection.execute(t.update().where(t.c.sender_id == sender_id, t.c.ended_on.is_(None)).values(ended_on=on))
        return Strategy(running.strategy, running.started_on, on, running.plan_start)

    def set_plan(self, sender_id: str, start_minutes: int) -> Strategy | None:
        """Keeps the pacing plan (its week-1 minutes a day) with the running strategy; the
        strategy, or None when none is running."""
        _check_sender(sender_id)
        if isinstance(start_minutes, bool) or not isinstance(start_minutes, int) or not 1 <= start_minutes <= 600:
            raise DiaryError("a plan starts from a whole number of minutes, 1 to 600")
        t = strategies_table
        with self._failures("keep the plan"), self.engine.begin() as connection:
            running = self._current(connection, sender_id)
            if running is None:
                return None
            connection.execute(
                t.update().where(t.c.sender_id == sender_id, t.c.ended_on.is_(None)).values(plan_start=start_minutes)
            )
        return Strategy(running.strategy, running.started_on, None, start_minutes)

    def strategies(self, sender_id: str) -> list[Strategy]:
        """Every strategy this person ran, oldest first (the export's strategy column)."""
        _check_sender(sender_id)
        t = strategies_table
        query = (
            sa.select(t.c.strategy, t.c.started_on, t.c.ended_on, t.c.plan_start)
            .where(t.c.sender_id == sender_id)
            .order_by(t.c.started_on, t.c.id)
        )
        with self._failures("read the strategies"), self.engine.connect() as connection:
            return [Strategy(r.strategy, r.started_on, r.ended_on, r.plan_start) for r in connection.execute(query)]

    # check-ins

    def record_checkin(self, sender_id: str, checkin: Checkin) -> None:
        """Stores the day's check-in; a second one the same day replaces the first."""
        _check_sender(sender_id)
        values = _checkin_values(sender_id, checkin)
        key = ["sender_id", "day"]
        update = {name: values[name] for name in values if name not in key}
        with self._failures("record the check-in"), self.engine.begin() as connection:
            insert: Any
            if self.engine.dialect.name == "postgresql":
                insert = postgresql.insert(checkins_table).values(**values)
                insert = insert.on_conflict_do_update(index_elements=key, set_=update)
            elif self.engine.dialect.name == "sqlite":
                insert = sqlite.insert(checkins_table).values(**values)
                insert = insert.on_conflict_do_update(index_elements=key, set_=update)
            else:  # a portable read-then-write for any other database
                t = checkins_table
                found = connection.execute(
                    sa.select(t.c.day).where(t.c.sender_id == sender_id, t.c.day == checkin.day)
                ).first()
                insert = (
                    t.update().where(t.c.sender_id == sender_id, t.c.day == checkin.day).values(**update)
                    if found
                    else t.insert().values(**values)
                )
            connection.execute(insert)
        logger.debug("diary: one check-in recorded")

    def checkins(self, sender_id: str, start: dt.date | None = None, end: dt.date | None = None) -> list[Checkin]:
        """Check-ins from `start` to `end`, both included (open when None), by day."""
        _check_sender(sender_id)
        t = checkins_table
        query = sa.select(t).where(t.c.sender_id == sender_id).order_by(t.c.day)
        if start is not None:
            query = query.where(t.c.day >= start)
        if end is not None:
            query = query.where(t.c.day <= end)
        with self._failures("read the check-ins"), self.engine.connect() as connection:
            rows = connection.execute(query).all()
        logger.debug("diary: %d check-ins read", len(rows))
        return [Checkin(r.day, r.pain, r.fatigue, r.sleep, r.did_strategy, r.note) for r in rows]

    # reminders

    def set_reminder(
        self,
        sender_id: str,
        local_time: dt.time,
        time_zone: str,
        channel: str | None = None,
        now: dt.datetime | None = None,
    ) -> Reminder:
        """Sets (or replaces) the daily reminder at `local_time` in `time_zone` (IANA), sent
        on `channel` (none: kept, never sent); it is next due at the first such moment
        after `now` (UTC, naive; default the clock's)."""
        _check_sender(sender_id)
        if not isinstance(local_time, dt.time):
            raise DiaryError("a reminder needs a time of day")
        try:
            ZoneInfo(time_zone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise DiaryError("a reminder needs an IANA time zone name") from None
        minute = dt.time(local_time.hour, local_time.minute)
        values = {
            "local_time": minute.strftime("%H:%M"),
            "time_zone": time_zone,
            "channel": channel,
            "next_due": next_due(minute, time_zone, now or _utcnow()) if channel else None,
        }
        t = reminders_table
        with self._failures("set the reminder"), self.engine.begin() as connection:
            done = connection.execute(t.update().where(t.c.sender_id == sender_id).values(**values)).rowcount
            if not done:
                connection.execute(t.insert().values(sender_id=sender_id, **values))
        return Reminder(minute, time_zone)

    def reminder(self, sender_id: str) -> Reminder | None:
        _check_sender(sender_id)
        t = reminders_table
        with self._failures("read the reminder"), self.engine.connect() as connection:
            row = connection.execute(sa.select(t).where(t.c.sender_id == sender_id)).first()
        if row is None:
            return None
        return Reminder(dt.time.fromisoformat(row.local_time), row.time_zone)

    def due_reminders(self, now: dt.datetime | None = None, limit: int = 100) -> list[DueReminder]:
        """Reminders due at `now` (UTC, naive) or before, the longest waiting first."""
        t = reminders_table
        query = (
            sa.select(t.c.sender_id, t.c.channel, t.c.next_due, t.c.local_time, t.c.time_zone)
            .where(t.c.next_due.is_not(None), t.c.channel.is_not(None), t.c.next_due <= (now or _utcnow()))
            .order_by(t.c.next_due)
            .limit(limit)
        )
        with self._failures("read the due reminders"), self.engine.connect() as connection:
            rows = connection.execute(query).all()
        return [
            DueReminder(r.sender_id, r.channel, r.next_due, dt.time.fromisoformat(r.local_time), r.time_zone)
            for r in rows
        ]

    def claim_reminder(self, due: DueReminder, now: dt.datetime | None = None) -> bool:
        """Moves a due reminder on to its next day, if nobody else did first: True for the
        one caller (of any replica) that should send it."""
        t = reminders_table
        following = next_due(due.local_time, due.time_zone, max(now or _utcnow(), due.due))
        with self._failures("claim the reminder"), self.engine.begin() as connection:
            moved = connection.execute(
                t.update().where(t.c.sender_id == due.sender_id, t.c.next_due == due.due).values(next_due=following)
            ).rowcount
        return bool(moved == 1)

    def clear_reminder(self, sender_id: str) -> bool:
        """Removes the reminder; False when there was none."""
        _check_sender(sender_id)
        t = reminders_table
        with self._failures("clear the reminder"), self.engine.begin() as connection:
            return bool(connection.execute(t.delete().where(t.c.sender_id == sender_id)).rowcount)

    # files

    def put_file(self, sender_id: str, name: str, media_type: str, content: bytes) -> str:
        """Keeps a file for FILE_LIFETIME and returns its token; files past their
        lifetime, anyone's, are deleted in the same transaction."""
        _check_sender(sender_id)
        if not isinstance(content, bytes) or len(content) > FILE_LIMIT:
            raise DiaryError(f"a file must be bytes, at most {FILE_LIMIT} of them")
        token, now, t = secrets.token_urlsafe(32), _utcnow(), files_table
        with self._failures("keep the file"), self.engine.begin() as connection:
            connection.execute(t.delete().where(t.c.created_at < now - FILE_LIFETIME))
            connection.execute(
                t.insert().values(
                    token=token, sender_id=sender_id, name=name, media_type=media_type, content=content, created_at=now
                )
            )
        return token

    def file(self, token: str) -> DiaryFile | None:
        """The file behind a token, None when there is none or it is past its lifetime."""
        if not isinstance(token, str) or not 0 < len(token) <= 64:
            return None
        t = files_table
        query = sa.select(t.c.sender_id, t.c.name, t.c.media_type, t.c.content).where(
            t.c.token == token, t.c.created_at >= _utcnow() - FILE_LIFETIME
        )
        with self._failures("read the file"), self.engine.connect() as connection:
            row = connection.execute(query).first()
        return DiaryFile(row.sender_id, row.name, row.media_type, bytes(row.content)) if row else None

    # erasure

    def erase(self, sender_id: str) -> dict[str, int]:
        """Deletes every row of this person in every diary table, in one transaction;
        returns the rows deleted per table."""
        _check_sender(sender_id)
        counts: dict[str, int] = {}
        with self._failures("erase the diary"), self.engine.begin() as connection:
            for table in PERSONAL_TABLES:
                result = connection.execute(table.delete().where(table.c.sender_id == sender_id))
                counts[table.name] = int(result.rowcount or 0)
        logger.debug("diary: erased %d rows", sum(counts.values()))
        return counts


def _checkin_values(sender_id: str, checkin: Checkin) -> dict[str, Any]:
    if not isinstance(checkin.day, dt.date) or isinstance(checkin.day, dt.datetime):
        raise DiaryError("a check-in needs a date")
    if checkin.sleep not in SLEEP_VALUES:
        raise DiaryError("sleep must be poor, fair or good")
    if checkin.did_strategy is not None and not isinstance(checkin.did_strategy, bool):
        raise DiaryError("did_strategy must be yes, no or unknown")
    if checkin.note is not None and (not isinstance(checkin.note, str) or len(checkin.note) > NOTE_LIMIT):
        raise DiaryError(f"a note must be text of at most {NOTE_LIMIT} characters")
    return {
        "sender_id": sender_id,
        "day": checkin.day,
        "pain": _check_score("pain", checkin.pain),
        "fatigue": _check_score("fatigue", checkin.fatigue),
        "sleep": checkin.sleep,
        "did_strategy": checkin.did_strategy,
        "note": checkin.note or None,
        "updated_at": _utcnow(),
    }
