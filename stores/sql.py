"""The SQL tracker store: fails loudly without its database, at start-up and at run
time, and keeps each turn's cost independent of how long the conversation has been."""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.utils.common import all_subclasses

from selfcare.diary.store import DiaryError, DiaryStore

logger = logging.getLogger(__name__)


class TrackerStoreUnavailable(ConnectionError):
    """The configured database cannot be reached; the server must not start."""


class TrackerStoreFailed(RuntimeError):
    """A conversation could not be read or saved while the server runs (the database
    file made read-only, its folder deleted, the server gone). The turn must be
    refused, never answered as if it had been stored: the REST channel answers 503,
    the web chat and Telegram send NOT_SAVED_REPLY. Already logged by the store."""


# What the web chat and Telegram say when the turn could not be stored. The person
# may already have read the answer (a save fails after the replies went out); the
# last sentence is there because a person in distress may be the one reading it.
NOT_SAVED_REPLY = (
    "I couldn't save that, please try again in a moment. If you feel very unwell, call your local emergency number."
)


# What a channel's "forget" answers when the store could not erase the conversation
# (REST and the web chat: HTTP 503 with this as {"error": ...}).
NOT_ERASED_ERROR = "the conversation could not be erased just now; please try again in a moment"


# Events that wipe the slots: a slot set before one of them no longer counts.
SLOT_BARRIERS = ("restart", "reset_slots")
_LOADED = "_fibro_stored_events"  # attribute on a retrieved tracker: events already stored


@functools.cache
def _event_classes() -> dict[str, type[Event]]:
    """type name -> Event class, as Event.resolve_by_type finds it, computed once
    (resolve_by_type walks every Event subclass for every event it reads)."""
    classes: dict[str, type[Event]] = {}
    for cls in all_subclasses(Event):
        classes.setdefault(cls.type_name, cls)
    return classes


def deserialise(rows: list[dict[str, Any]]) -> list[Event]:
    classes = _event_classes()
    events = []
    for data in rows:
        cls = classes.get(str(data.get("event")))
        event = cls._from_parameters(data) if cls else Event.from_parameters(data)
        if event is not None:
            events.append(event)
    return events


class StrictSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQLTrackerStore with two changes: it refuses to start without its
    database, and a turn reads a bounded window of the conversation.

    Strict: stock Rasa either retries forever (SQL) or quietly serves from memory
    (an unknown store type), answering 200 while conversations are lost. This
    store checks the connection at start-up for `connect_timeout` seconds and
    raises TrackerStoreUnavailable, which stops `rasa run`. For SQLite it creates
    the database's folder, so a fresh clone works with no set-up. At run time a
    read or save that fails raises TrackerStoreFailed, logged once without the
    text, and Rasa's fallback to memory is switched off for it
    (`refuse_memory_fallback`): the channel tells the person the turn was not saved.

    Bounded: the stock store reads and replays every event of the session on
    every turn, and the rule policy then rebuilds a state for each of them, so a
    turn in a 200-turn conversation costs several times one in a new one. Here
    `retrieve` reads the last `event_window` events, preceded by the latest value
    of each slot set before them and the form active then, so slots (the last entry and subject that follow-ups
    use, the crisis flag) are exactly what the full history gives. The rules look
    back a few turns only; the window holds about ten. `save` appends the events
    added since the retrieve. Every event stays stored; `retrieve_full_tracker`
    (the HTTP API's full history) still reads them all.
    """

    _diary_store: DiaryStore | None = None

    def __init__(
        self,
        domain: Domain | None = None,
        dialect: str = "sqlite",
        host: str | None = None,
        port: int | None = None,
        db: str = "rasa.db",
        username: str | None = None,
        password: str | None = None,
        login_db: str | None = None,
        query: dict[str, Any] | None = None,
        connect_timeout: float = 30.0,
        event_window: int = 60,
        **kwargs: dict[str, Any],
    ) -> None:
        self.event_window = int(event_window)
        refuse_memory_fallback()
        if dialect == "sqlite" and not host and db:
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        url = self.get_db_url(dialect, host, port, db, username, password, login_db, query)
        self._wait_for_database(url, float(connect_timeout))
        super().__init__(
            domain=domain,
            dialect=dialect,
            host=host,
            port=port,
            db=db,
            username=username,
            password=password,
            login_db=login_db,
            query=query,
            **kwargs,
        )

    @staticmethod
    def _wait_for_database(url: Any, timeout: float) -> None:
        engine = sa.create_engine(url)
        shown = (
            engine.url.render_as_string(hide_password=True)
            if hasattr(engine.url, "render_as_string")
            else repr(engine.url)
        )
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    with engine.connect() as connection:
                        connection.execute(sa.text("SELECT 1"))
                    return
                except sa.exc.SQLAlchemyError as error:
                    if time.monotonic() >= deadline:
                        raise TrackerStoreUnavailable(
                            f"Tracker store database {shown} cannot be reached "
                            f"({type(error).__name__}); refusing to start without it."
                        ) from error
                    logger.warning("Tracker store database %s not reachable yet; retrying", shown)
                    time.sleep(1.0)
        finally:
            engine.dispose()

    @contextlib.contextmanager
    def _failures_refused(self, doing: str) -> Any:
        """Turns a database error into TrackerStoreFailed, logged here once.

        The log line names the error's type only (for SQLite also its message, which
        never quotes data): SQLAlchemy's own text carries the SQL parameters, that is
        the person's message. `from None` keeps that text out of any traceback too."""
        try:
            yield
        except (sa.exc.SQLAlchemyError, sqlite3.Error, OSError) as error:
            logger.error(
                "the tracker store could not %s a conversation (%s); the turn is refused, not kept in memory",
                doing,
                _describe(error),
            )
            raise TrackerStoreFailed(f"could not {doing} the conversation") from None

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The latest session's last `event_window` events, with its slots."""
        with self._failures_refused("read"):
            return self._retrieve_window(sender_id)

    def _retrieve_window(self, sender_id: str) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            query = self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
            window = list(
                reversed(query.order_by(None).order_by(self.SQLEvent.id.desc()).limit(self.event_window).all())
            )
            if not window or not self.domain:
                return None
            earlier_slots = []
            if len(window) == self.event_window:
                earlier_slots = self._state_before(session, sender_id, before=window[0].id)
            rows = [json.loads(row.data) for row in (*earlier_slots, *window)]
        tracker = DialogueStateTracker.from_events(sender_id, deserialise(rows), self.domain.slots)
        setattr(tracker, _LOADED, len(tracker.events))
        return tracker

    def _state_before(self, session: Any, sender_id: str, before: int) -> list[Any]:
        """The last SlotSet of each slot in this session before event id `before` (and
        after any restart), and the last active_loop event, so a form that started
        before the window is still the active one (a check-in with many answers asked
        again lost its form, and its answers, without it); oldest first."""
        Ev = self.SQLEvent
        scope = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).order_by(None)
        barrier = (
            scope.filter(Ev.id < before, Ev.type_name.in_(SLOT_BARRIERS)).with_entities(sa.func.max(Ev.id)).scalar()
            or 0
        )
        latest_ids = [
            row[0]
            for row in scope.filter(Ev.id < before, Ev.id > barrier, Ev.type_name == "slot")
            .with_entities(sa.func.max(Ev.id))
            .group_by(Ev.action_name)  # action_name holds the slot name
        ]
        loop = (
            scope.filter(Ev.id < before, Ev.id > barrier, Ev.type_name == "active_loop")
            .with_entities(sa.func.max(Ev.id))
            .scalar()
        )
        latest_ids += [loop] if loop else []
        if not latest_ids:
            return []
        rows: list[Any] = session.query(Ev).filter(Ev.id.in_(latest_ids)).order_by(Ev.id).all()
        return rows

    async def retrieve_full_tracker(self, sender_id: str) -> DialogueStateTracker | None:
        """Every event of the conversation (the HTTP API's history)."""
        with self._failures_refused("read"):
            return await super().retrieve_full_tracker(sender_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Appends the events added since this tracker was retrieved."""
        await self.stream_events(tracker)
        with self._failures_refused("save"):
            self._append(tracker)

    def _append(self, tracker: DialogueStateTracker) -> None:
        stored = getattr(tracker, _LOADED, None)
        with self.session_scope() as session:
            if stored is None:  # a tracker this store did not retrieve: Rasa's own count
                new_events = list(self._additional_events(session, tracker))
            else:
                new_events = list(itertools.islice(tracker.events, stored, None))
            for event in new_events:
                data = event.as_dict()
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()
        setattr(tracker, _LOADED, len(tracker.events))

    def purge(self, inactive_since: float) -> tuple[int, int]:
        """Deletes every conversation whose last event is older than `inactive_since`
        (a Unix time), all its events included; returns (conversations, events).

        One DELETE with its sub-select, so a conversation that gets a message while it
        runs is either kept whole or was already past the cut-off."""
        Ev = self.SQLEvent
        stale = sa.select(Ev.sender_id).group_by(Ev.sender_id).having(sa.func.max(Ev.timestamp) < inactive_since)
        with self.session_scope() as session:
            conversations = session.execute(sa.select(sa.func.count()).select_from(stale.subquery())).scalar() or 0
            events = session.execute(
                sa.delete(Ev).where(Ev.sender_id.in_(stale)).execution_options(synchronize_session=False)
            ).rowcount
            session.commit()
        return int(conversations), int(events or 0)

    async def erase(self, sender_id: str) -> int:
        """Deletes every event of one conversation, and the person's diary kept in the
        same database (selfcare.diary); returns how many events were deleted."""
        with self._failures_refused("erase"):
            deleted = self._erase(sender_id)
        try:
            self._diary().erase(sender_id)
        except DiaryError:  # logged by the diary, without data
            raise TrackerStoreFailed("could not erase the diary") from None
        return deleted

    def _diary(self) -> DiaryStore:
        """The diary on this store's own engine (its tables made on first use)."""
        if self._diary_store is None:
            self._diary_store = DiaryStore(self.engine)
        return self._diary_store

    def _erase(self, sender_id: str) -> int:
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
        return int(deleted or 0)


def _describe(error: BaseException) -> str:
    """An error's type, never its text: SQLAlchemy's text quotes the SQL parameters.
    SQLite's own messages ("attempt to write a readonly database", "unable to open
    database file") never quote data and tell the operator what to fix."""
    cause = getattr(error, "orig", None) or error
    if isinstance(cause, sqlite3.Error):
        return f"{type(cause).__name__}: {cause}"
    code = getattr(cause, "pgcode", None)  # psycopg2: SQLSTATE, no data
    return f"{type(cause).__name__}{f' {code}' if code else ''}"


_stock_on_error = FailSafeTrackerStore.on_tracker_store_error
_stock_on_retrieve_error = FailSafeTrackerStore.on_tracker_store_retrieve_error


def _on_error(self: FailSafeTrackerStore, error: Exception) -> None:
    if isinstance(error, TrackerStoreFailed):
        raise error
    _stock_on_error(self, error)


def _on_retrieve_error(self: FailSafeTrackerStore, error: Exception) -> None:
    if isinstance(error, TrackerStoreFailed):
        raise error
    _stock_on_retrieve_error(self, error)


def refuse_memory_fallback() -> None:
    """Lets TrackerStoreFailed through Rasa's FailSafeTrackerStore.

    Rasa wraps every tracker store in FailSafeTrackerStore: a failed save is logged
    (with the SQL parameters, so the message text) and the turn is kept in memory and
    answered 200; a failed read starts a new, empty conversation. Both lose the
    person's turn while telling them nothing. The wrapper calls these two hooks from
    inside its `except`, before the fallback: raising there ends the turn with the
    error instead. Other errors keep Rasa's behaviour. Idempotent."""
    FailSafeTrackerStore.on_tracker_store_error = _on_error
    FailSafeTrackerStore.on_tracker_store_retrieve_error = _on_retrieve_error


def _unwrap(tracker_store: Any) -> Any:
    """Rasa wraps the configured store (FailSafeTrackerStore, AwaitableTrackerStore)."""
    while hasattr(tracker_store, "_tracker_store"):
        tracker_store = tracker_store._tracker_store
    return tracker_store


def diary_of(tracker_store: Any) -> DiaryStore | None:
    """The diary kept in the tracker store's database (the chart and the export the
    channels send), None for a store that keeps no diary (in memory)."""
    store = _unwrap(tracker_store)
    return store._diary() if isinstance(store, StrictSQLTrackerStore) else None


async def erase_conversation(tracker_store: Any, sender_id: str) -> int:
    """Erases one person's conversation from the configured tracker store.

    Used by the channels' "forget me" commands. Returns the number of events
    deleted (for the in-memory store, 1 when a conversation existed).
    """
    store = _unwrap(tracker_store)
    if isinstance(store, StrictSQLTrackerStore):
        return await store.erase(sender_id)
    if hasattr(store, "store") and isinstance(store.store, dict):  # InMemoryTrackerStore
        return 1 if store.store.pop(sender_id, None) is not None else 0
    raise TypeError(f"erasing conversations is not supported for {type(store).__name__}")
