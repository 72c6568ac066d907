"""Two Rasa replicas behind one PostgreSQL tracker store and one Redis lock store.

Everything is real and runs as this module's own processes: PostgreSQL 15 (initdb
into a temp dir as the `postgres` user), redis-server, one action server and two
Rasa servers (replicas A and B) using stores.sql.StrictSQLTrackerStore (dialect
postgresql) and stores.lock.AtomicRedisLockStore. This is the topology of
deploy/docker-compose.yml without the containers.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

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
def redis_port(redis_server):
    return redis_server.port


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


def _issue_many(port: int, conversation: str, count: int, start_event) -> list[int]:
    from stores.lock import AtomicRedisLockStore

    store = AtomicRedisLockStore(host="127.0.0.1", port=port, db=0)
    start_event.wait(30)
    return [store.issue_ticket(conversation, 120) for _ in range(count)]


def _issue_in_process(port, conversation, count, start_event, queue) -> None:
    queue.put(_issue_many(port, conversation, count, start_event))


def test_concurrent_ticket_issue_is_atomic_in_redis(redis_port):
    from stores.lock import AtomicRedisLockStore

    conversation = f"tickets-{uuid.uuid4().hex[:8]}"
    context = multiprocessing.get_context("fork")
    go_processes, queue = context.Event(), context.Queue()
    processes = [
        context.Process(target=_issue_in_process, args=(redis_port, conversation, 50, go_processes, queue))
        for _ in range(4)
    ]
    for process in processes:
        process.start()
    go_threads = threading.Event()
    with ThreadPoolExecutor(6) as pool:
        futures = [pool.submit(_issue_many, redis_port, conversation, 50, go_threads) for _ in range(6)]
        go_processes.set()
        go_threads.set()
        tickets = [t for future in futures for t in future.result()]
    for _ in processes:
        tickets += queue.get(timeout=60)
    for process in processes:
        process.join(30)

    total = 10 * 50
    assert sorted(tickets) == list(range(total))  # unique and consecutive
    lock = AtomicRedisLockStore(host="127.0.0.1", port=redis_port, db=0).get_lock(conversation)
    assert [t.number for t in lock.tickets] == list(range(total))  # served in issue order
    assert lock.now_serving == 0


def test_removing_tickets_concurrently_keeps_the_others(redis_port):
    """Releases racing with issues: each ticket removed exactly once, none clobbered."""
    from stores.lock import AtomicRedisLockStore

    conversation = f"release-{uuid.uuid4().hex[:8]}"
    store = AtomicRedisLockStore(host="127.0.0.1", port=redis_port, db=0)
    first = [store.issue_ticket(conversation, 120) for _ in range(100)]
    go = threading.Event()

    def release(numbers):
        go.wait(30)
        for number in numbers:
            store.finish_serving(conversation, number)

    with ThreadPoolExecutor(5) as pool:
        futures = [pool.submit(release, first[i::4]) for i in range(4)]
        issued = pool.submit(_issue_many, redis_port, conversation, 100, go)
        go.set()
        new = issued.result()
        for future in futures:
            future.result()
    assert sorted(new) == list(range(100, 200))
    assert [t.number for t in store.get_lock(conversation).tickets] == new
    for number in new:
        store.cleanup(conversation, number)
    assert store.get_lock(conversation) is None


def test_stock_redis_lock_store_issues_a_duplicate_ticket_when_reads_interleave(redis_port):
    """Side by side: two replicas read the lock at the same moment (forced here with a
    barrier). Rasa's RedisLockStore gives both the same ticket, so both hold the lock
    at once; the atomic store, whose issue is one Redis step, cannot interleave."""
    from rasa.core.lock_store import RedisLockStore

    from stores.lock import AtomicRedisLockStore

    def issue_pair(store_class) -> list[int]:
        conversation = f"pair-{uuid.uuid4().hex[:8]}"
        barrier = threading.Barrier(2, timeout=5)
        stores = [store_class(host="127.0.0.1", port=redis_port, db=0) for _ in range(2)]
        for store in stores:
            read = store.get_lock

            def get_lock_then_wait(conversation_id, read=read):
                lock = read(conversation_id)
                barrier.wait()  # both have read before either writes
                return lock

            store.get_lock = get_lock_then_wait
        store_class(host="127.0.0.1", port=redis_port, db=0).issue_ticket(conversation)
        with ThreadPoolExecutor(2) as pool:
            tickets = list(pool.map(lambda s: s.issue_ticket(conversation), stores))
        return tickets

    assert issue_pair(RedisLockStore) == [1, 1]  # same ticket twice: lock held by both
    assert sorted(issue_pair_atomic(AtomicRedisLockStore, redis_port)) == [1, 2]


def issue_pair_atomic(store_class, redis_port) -> list[int]:
    conversation = f"pair-{uuid.uuid4().hex[:8]}"
    stores = [store_class(host="127.0.0.1", port=redis_port, db=0) for _ in range(3)]
    stores[0].issue_ticket(conversation)
    barrier = threading.Barrier(2, timeout=5)

    def issue(store):
        barrier.wait()
        return store.issue_ticket(conversation)

    with ThreadPoolExecutor(2) as pool:
        return list(pool.map(issue, stores[1:]))
