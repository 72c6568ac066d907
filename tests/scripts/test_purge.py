"""`make purge` on a real SQLite database, as an operator or cron runs it: conversations
inactive for RETENTION_DAYS are deleted whole, the others kept whole."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import time
from pathlib import Path

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

from devtools.servers import ROOT, server_env
from stores.sql import StrictSQLTrackerStore

DAY = 86400
DOMAIN = Domain.load(str(ROOT / "domain.yml"))


def write_conversation(store: StrictSQLTrackerStore, sender: str, *days_ago: float) -> None:
    """One turn per entry of `days_ago`, each stamped that many days ago."""

    async def write() -> None:
        for age in days_ago:
            stamp = time.time() - age * DAY
            tracker = await store.get_or_create_tracker(sender, append_action_listen=False)
            tracker.update(
                UserUttered("how do i pace myself zorblat", {"name": "ask", "confidence": 1.0}, timestamp=stamp)
            )
            tracker.update(ActionExecuted("action_answer_topic", timestamp=stamp))
            tracker.update(BotUttered("pacing answer", timestamp=stamp))
            await store.save(tracker)

    asyncio.run(write())


def make_purge(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "--no-print-directory", "purge"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=server_env(**env),
    )


def senders(db: Path) -> dict:
    with sqlite3.connect(db) as connection:
        return dict(connection.execute("SELECT sender_id, count(*) FROM events GROUP BY sender_id").fetchall())


def test_make_purge_deletes_conversations_inactive_for_the_retention_period(tmp_path):
    db = tmp_path / "var" / "conversations.db"
    store = StrictSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(db))
    write_conversation(store, "old-person", 200, 120, 95)
    write_conversation(store, "recent-person", 3)
    write_conversation(store, "long-running", 300, 1)  # started long ago, still in use
    before = senders(db)
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: stores.sql.StrictSQLTrackerStore\n  dialect: sqlite\n  db: {db}\n")

    done = make_purge({"ENDPOINTS": str(endpoints), "RETENTION_DAYS": "90"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"purged 1 conversation(s), {before['old-person']} event(s)" in done.stdout, done.stdout
    assert "person" not in done.stdout + done.stderr and "zorblat" not in done.stdout + done.stderr
    after = senders(db)
    assert after == {"recent-person": before["recent-person"], "long-running": before["long-running"]}

    # A shorter period set by the operator; the default (90 days) leaves them alone.
    assert make_purge({"ENDPOINTS": str(endpoints)}).returncode == 0
    assert senders(db) == after
    done = make_purge({"ENDPOINTS": str(endpoints), "RETENTION_DAYS": "2"})
    assert "purged 1 conversation(s)" in done.stdout, done.stdout
    assert set(senders(db)) == {"long-running"}


def test_make_purge_refuses_a_retention_that_would_delete_everything(tmp_path):
    for value in ("0", "-5", "ninety"):
        done = make_purge({"ENDPOINTS": str(tmp_path / "none.yml"), "RETENTION_DAYS": value})
        assert done.returncode != 0 and "RETENTION_DAYS" in done.stderr, (value, done.stderr)
