"""A tracker store that fails while the server runs: the turn is refused, never
answered as if it had been stored, and the conversation goes on once it is repaired.

Real servers on free ports, over REST, with the SQLite database in its own folder;
the faults are real: the file made read-only (immutable as root), the folder deleted.
Stock Rasa answers both with 200 and keeps the turn in memory (STACK-NOTES.md).
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid

import pytest

from devtools.servers import start_assistant
from tests.support.faults import read_only

pytestmark = pytest.mark.slow

LOGGED = "the tracker store could not"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("store-faults")
    store = {
        "type": "stores.sql.StrictSQLTrackerStore",
        "dialect": "sqlite",
        "db": str(workdir / "db" / "conversations.db"),
    }
    running = start_assistant(workdir, tracker_store=store)
    yield running
    running.stop()


def database(assistant):
    return assistant.workdir / "db" / "conversations.db"


def stored_texts(assistant, who: str) -> list:
    with sqlite3.connect(database(assistant)) as db:
        rows = db.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (who,)).fetchall()
    import json

    return [json.loads(row[0])["text"] for row in rows]


def refused_while(assistant, who: str, fault) -> None:
    """Sends a message during `fault`: 503 with a JSON reason, logged once, no text."""
    marker = f"quagga{uuid.uuid4().hex[:8]}"
    log_before = assistant.rasa.log.read_text(errors="replace")
    with fault():
        status, body = assistant.send(who, f"what about its side effects {marker}")
    assert status == 503, (status, body)
    assert isinstance(body, dict) and "could not be saved" in body["error"], body
    new_log = assistant.rasa.log.read_text(errors="replace")[len(log_before) :]
    assert new_log.count(LOGGED) == 1, new_log
    assert "InMemoryTrackerStore" not in new_log and "Traceback" not in new_log, new_log
    assert marker not in assistant.rasa.log.read_text(errors="replace")
    assert not any(marker in text for text in stored_texts(assistant, who))


def test_an_unwritable_database_file_gets_503_and_the_conversation_goes_on_after(assistant):
    who = f"ro-{uuid.uuid4().hex[:8]}"
    assert "duloxetine" in assistant.reply_text(who, "is cymbalta any good for fibro").lower()
    refused_while(assistant, who, lambda: read_only(database(assistant)))
    # Repaired: the follow-up still knows the subject, and is stored.
    reply = assistant.reply_text(who, "what about its side effects?")
    assert "side effect" in reply.lower() and "duloxetine" in reply.lower(), reply
    assert stored_texts(assistant, who) == ["is cymbalta any good for fibro", "what about its side effects?"]


def test_a_deleted_database_folder_gets_503_and_the_conversation_goes_on_when_restored(assistant):
    import contextlib

    who = f"gone-{uuid.uuid4().hex[:8]}"
    assert "duloxetine" in assistant.reply_text(who, "is cymbalta any good for fibro").lower()
    folder = database(assistant).parent
    backup = assistant.workdir / f"backup-{who}"

    @contextlib.contextmanager
    def deleted_folder():
        shutil.copytree(folder, backup)
        shutil.rmtree(folder)
        try:
            yield
        finally:
            shutil.copytree(backup, folder)  # the operator restores the backup
            shutil.rmtree(backup)

    refused_while(assistant, who, deleted_folder)
    # A new person is refused the same way while the folder is gone, not given an empty memory.
    with deleted_folder():
        status, body = assistant.send(f"new-{uuid.uuid4().hex[:8]}", "hello")
    assert status == 503 and "error" in body, (status, body)
    reply = assistant.reply_text(who, "what about its side effects?")
    assert "side effect" in reply.lower() and "duloxetine" in reply.lower(), reply
