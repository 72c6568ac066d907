"""Two Rasa replicas behind one PostgreSQL tracker store and one Redis lock store.

Everything is real and runs as this module's own processes: PostgreSQL 15 (initdb
into a temp dir as the `postgres` user), redis-server, one action server and two
Rasa servers (replicas A and B) using stores.sql.StrictSQLTrackerStore (dialect
postgresql) and stores.lock.AtomicRedisLockStore. This is the topology of
deploy/docker-compose.yml without the containers.
"""

from __future__ import annotations

import json
import threading
import time
import uuid

import pytest

from devtools import stack
from devtools.servers import http_post_json
from devtools.stack import PG_DB, PG_PASSWORD, PG_USER  # noqa: F401 (tests/deploy/test_purge.py)

pytestmark = pytest.mark.slow

TURNS = 30


@pytest.fixture(scope="module")
def postgres():
    """A throwaway PostgreSQL on 127.0.0.1, with a password user and a database."""
    try:
        with stack.postgres() as server:
            yield {"port": server.port, "connect": server.connect, "server": server}
    except stack.NotInstalled as missing:
        pytest.skip(str(missing))


@pytest.fixture(scope="module")
def redis_server():
    with stack.redis() as server:
        yield server


@pytest.fixture(scope="module")
def replicas(postgres, redis_server, tmp_path_factory):
    """One action server and two Rasa servers sharing PostgreSQL and Redis."""
    with stack.replicas(tmp_path_factory.mktemp("replicas"), postgres["server"], redis_server, 2) as running:
        yield running.urls


def send(url: str, sender: str, message: str, timeout: float = 180) -> tuple[int, object]:
    return http_post_json(f"{url}/webhooks/rest/webhook", {"sender": sender, "message": message}, timeout)


def stored_events(postgres, sender: str) -> list[dict]:
    connection = postgres["connect"]()
    try:
        cursor = connection.cursor()
        cursor.execute("SELECT data FROM events WHERE sender_id = %s ORDER BY id", (sender,))
        return [json.loads(row[0]) for row in cursor.fetchall()]
    finally:
        connection.close()


def test_simultaneous_messages_on_both_replicas_lose_no_turn(replicas, postgres):
    sender = f"burst-{uuid.uuid4().hex[:8]}"
    barrier = threading.Barrier(TURNS)
    results: list = [None] * TURNS

    def worker(i: int) -> None:
        barrier.wait()
        results[i] = send(replicas[i % 2], sender, f"hello {i}")

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(TURNS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started

    statuses = [status for status, _ in results]
    assert statuses == [200] * TURNS, results
    events = stored_events(postgres, sender)
    texts = [e.get("text") for e in events if e["event"] == "user"]
    assert len(texts) == TURNS, f"{TURNS - len(texts)} of {TURNS} turns lost ({elapsed:.1f} s)"
    assert sorted(texts) == sorted(f"hello {i}" for i in range(TURNS))
    # The lock serialised the turns: each user turn starts after the previous
    # one ended by listening, never in the middle of another turn.
    actions = [
        e.get("name") if e["event"] == "action" else "<user>" for e in events if e["event"] in ("action", "user")
    ]
    for index, name in enumerate(actions):
        if name == "<user>" and index > 0 and "<user>" in actions[:index]:
            assert actions[index - 1] == "action_listen", actions[max(0, index - 6) : index + 1]
    # every request got its own reply
    assert all(body for _, body in results), results


def test_a_conversation_continues_with_context_on_the_other_replica(replicas):
    sender = f"handover-{uuid.uuid4().hex[:8]}"
    status, first = send(replicas[0], sender, "is cymbalta any good for fibro")
    assert status == 200 and first, first
    first_text = " ".join(m.get("text", "") for m in first).lower()
    assert "duloxetine" in first_text or "cymbalta" in first_text, first_text
    status, second = send(replicas[1], sender, "what about its side effects?")
    assert status == 200 and second, second
    text = " ".join(m.get("text", "") for m in second).lower()
    assert "duloxetine" in text or "cymbalta" in text, text
    assert "side effect" in text, text
