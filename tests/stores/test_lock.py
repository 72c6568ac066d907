"""stores.lock.AtomicRedisLockStore against a real redis-server (devtools/stack.py):
tickets issued and removed atomically by many threads and processes at once, expired
tickets dropped, and Rasa's stock RedisLockStore side by side where reads interleave."""

from __future__ import annotations

import multiprocessing
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from devtools import stack
from stores.lock import AtomicRedisLockStore

pytestmark = pytest.mark.slow  # starts redis-server


@pytest.fixture(scope="module")
def redis_port():
    with stack.redis() as server:
        yield server.port


def test_expired_tickets_are_dropped_and_an_empty_lock_deleted(redis_port):
    conversation = f"expiry-{uuid.uuid4().hex[:8]}"
    store = AtomicRedisLockStore(host="127.0.0.1", port=redis_port, db=0)
    short = store.issue_ticket(conversation, 5)
    long = store.issue_ticket(conversation, 120)
    assert long == short + 1
    # The expiry step as it runs ten seconds from now (the script takes the time from
    # its caller, as Rasa's TicketLock does): the 5-second ticket is gone.
    later = repr(time.time() + 10)
    left = store._release(keys=[store._key(conversation)], args=[conversation, later, ""])
    assert left == 1 and [t.number for t in store.get_lock(conversation).tickets] == [long]
    store.cleanup(conversation, long)
    assert store.get_lock(conversation) is None
    assert store.issue_ticket(conversation, 120) == long + 1  # a number is never issued twice


def _issue_many(port: int, conversation: str, count: int, start_event) -> list[int]:
    store = AtomicRedisLockStore(host="127.0.0.1", port=port, db=0)
    start_event.wait(30)
    return [store.issue_ticket(conversation, 120) for _ in range(count)]


def _issue_in_process(port, conversation, count, start_event, queue) -> None:
    queue.put(_issue_many(port, conversation, count, start_event))


def test_concurrent_ticket_issue_is_atomic_in_redis(redis_port):
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
