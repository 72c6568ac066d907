"""A SQL tracker store that fails loudly instead of losing conversations."""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Dict, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain

logger = logging.getLogger(__name__)


class TrackerStoreUnavailable(ConnectionError):
    """The configured database cannot be reached; the server must not start."""


class StrictSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQLTrackerStore, but it refuses to start without its database.

    Stock Rasa either retries forever (SQL) or quietly serves from memory
    (an unknown store type), answering 200 while conversations are lost. This
    store checks the connection at start-up for `connect_timeout` seconds and
    raises TrackerStoreUnavailable, which stops `rasa run`. For SQLite it creates
    the database's folder, so a fresh clone works with no set-up.
    """

    def __init__(
        self,
        domain: Optional[Domain] = None,
        dialect: Text = "sqlite",
        host: Optional[Text] = None,
        port: Optional[int] = None,
        db: Text = "rasa.db",
        username: Text = None,
        password: Text = None,
        login_db: Optional[Text] = None,
        query: Optional[Dict] = None,
        connect_timeout: float = 30.0,
        **kwargs: Dict[Text, Any],
    ) -> None:
        if dialect == "sqlite" and not host and db:
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        url = self.get_db_url(dialect, host, port, db, username, password, login_db, query)
        self._wait_for_database(url, float(connect_timeout))
        super().__init__(
            domain=domain, dialect=dialect, host=host, port=port, db=db,
            username=username, password=password, login_db=login_db, query=query, **kwargs,
        )

    @staticmethod
    def _wait_for_database(url: Any, timeout: float) -> None:
        engine = sa.create_engine(url)
        shown = engine.url.render_as_string(hide_password=True) if hasattr(
            engine.url, "render_as_string") else repr(engine.url)
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

    async def erase(self, sender_id: Text) -> int:
        """Deletes every event of one conversation; returns how many were deleted."""
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
        return int(deleted or 0)


def _unwrap(tracker_store: Any) -> Any:
    """Rasa wraps the configured store (FailSafeTrackerStore, AwaitableTrackerStore)."""
    while hasattr(tracker_store, "_tracker_store"):
        tracker_store = tracker_store._tracker_store
    return tracker_store


async def erase_conversation(tracker_store: Any, sender_id: Text) -> int:
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
