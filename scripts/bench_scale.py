"""`make bench-scale`: 50 concurrent conversations against one replica and against two.

The deployment's topology as this machine's own processes (devtools/stack.py, as
tests/deploy starts it): PostgreSQL 15, Redis, one action server and two Rasa servers
with deploy/endpoints.postgres.yml's stores (StrictSQLTrackerStore on PostgreSQL,
AtomicRedisLockStore). In one run, the same load twice: `--conversations` people at once,
each sending `--turns` messages one after the other; first every turn to replica A
(replica B is up but idle), then each turn to A or B in turn (what a load balancer
without stickiness does; every turn of a conversation changes replica). For each: p50 and
p95 turn latency, throughput, errors (not 200, an empty reply, the apology), lost turns
(sent and answered but not in PostgreSQL; must be 0) and resident memory per process.
Writes results/bench-scale.json and prints a table. Needs Debian's postgresql and
redis-server packages, and root (PostgreSQL runs as the postgres user).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components.rasa_fixes import UNAVAILABLE  # noqa: E402
from devtools import stack  # noqa: E402
from devtools.load import MESSAGES, percentile  # noqa: E402
from devtools.servers import http_post_json  # noqa: E402


def run_load(urls: list[str], conversations: int, turns: int, label: str) -> dict:
    """`conversations` people at once, `turns` messages each; turn i of person n goes to
    urls[(n + i) % len(urls)]. Returns latencies, errors and what each person sent."""
    run = uuid.uuid4().hex[:8]

    def person(n: int) -> dict:
        sender = f"scale-{label}-{run}-{n}"
        latencies, errors, answered = [], [], []
        for i in range(turns):
            text = f"{MESSAGES[(n + i) % len(MESSAGES)]} ({i})"
            started = time.perf_counter()
            try:
                status, body = http_post_json(
                    f"{urls[(n + i) % len(urls)]}/webhooks/rest/webhook",
                    {"sender": sender, "message": text},
                    timeout=300,
                )
            except OSError as error:
                status, body = -1, type(error).__name__
            latencies.append((time.perf_counter() - started) * 1000)
            texts = [m.get("text") or "" for m in body] if isinstance(body, list) else []
            if status != 200 or not any(texts) or UNAVAILABLE in texts:
                errors.append(status)
            if status == 200:
                answered.append(text)
        return {"sender": sender, "latencies": latencies, "errors": errors, "answered": answered}

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=conversations) as pool:
        people = list(pool.map(person, range(conversations)))
    wall = time.perf_counter() - started
    latencies = [t for p in people for t in p["latencies"]]
    return {"people": people, "wall_s": wall, "latencies": latencies, "errors": sum(len(p["errors"]) for p in people)}


def lost_turns(database: stack.Postgres, people: list[dict]) -> int:
    """Turns answered 200 whose user message is not in PostgreSQL, in order, per person."""
    connection = database.connect()
    try:
        cursor = connection.cursor()
        lost = 0
        for person in people:
            cursor.execute(
                "SELECT data FROM events WHERE sender_id = %s AND type_name = 'user' ORDER BY id", (person["sender"],)
            )
            stored = [json.loads(row[0]).get("text") for row in cursor.fetchall()]
            lost += sum(1 for text in person["answered"] if text not in stored)
        return lost
    finally:
        connection.close()


def summary(load: dict, database: stack.Postgres) -> dict:
    latencies = load["latencies"]
    return {
        "turns": len(latencies),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "turns_per_s": round(len(latencies) / load["wall_s"], 1),
        "errors": load["errors"],
        "lost_turns": lost_turns(database, load["people"]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--turns", type=int, default=10, help="messages per conversation")
    args = parser.parse_args()

    results: dict = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "conversations": args.conversations,
        "turns_each": args.turns,
    }
    with tempfile.TemporaryDirectory() as tmp, stack.postgres() as database, stack.redis() as locks:
        print("starting the action server and two Rasa replicas (about a minute) ...", flush=True)
        with stack.replicas(Path(tmp), database, locks, 2) as running:
            for url in running.urls:  # warm both up: the first turn loads lazily
                http_post_json(
                    f"{url}/webhooks/rest/webhook", {"sender": f"warm-{uuid.uuid4().hex}", "message": "hello"}, 120
                )
            for label, urls in (("one_replica", running.urls[:1]), ("two_replicas", running.urls)):
                print(f"{args.conversations} conversations x {args.turns} turns, {label} ...", flush=True)
                results[label] = summary(run_load(urls, args.conversations, args.turns, label), database)
                results[label]["rss_mb"] = {
                    **{f"rasa_{'ab'[i]}": round(p.rss_mb()) for i, p in enumerate(running.servers)},
                    "action_server": round(running.actions.rss_mb()),
                    "postgres": round(database.process.rss_mb()),
                    "redis": round(locks.process.rss_mb()),
                }
    one, two = results["one_replica"], results["two_replicas"]
    results["two_to_one"] = {
        "throughput": round(two["turns_per_s"] / one["turns_per_s"], 2),
        "p95": round(two["p95_ms"] / one["p95_ms"], 2),
    }
    out = ROOT / "results" / "bench-scale.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))

    rows = [
        ("turns", one["turns"], two["turns"], ""),
        (
            "p50 / p95 (ms)",
            f"{one['p50_ms']} / {one['p95_ms']}",
            f"{two['p50_ms']} / {two['p95_ms']}",
            f"p95 x{results['two_to_one']['p95']}",
        ),
        ("throughput (turns/s)", one["turns_per_s"], two["turns_per_s"], f"x{results['two_to_one']['throughput']}"),
        ("errors", one["errors"], two["errors"], ""),
        ("lost turns", one["lost_turns"], two["lost_turns"], ""),
        *[(f"RSS {name} (MB)", one["rss_mb"][name], two["rss_mb"][name], "") for name in one["rss_mb"]],
    ]
    print(f"\n  {args.conversations} concurrent conversations x {args.turns} turns, PostgreSQL + Redis\n")
    print(f"  {'':<22} {'one replica':>17} {'two replicas':>17} {'two / one':>10}")
    for name, a, b, ratio in rows:
        print(f"  {name:<22} {a!s:>17} {b!s:>17} {ratio:>10}")
    ok = one["lost_turns"] == two["lost_turns"] == 0
    print(f"\n  [{'met' if ok else 'MISSED'}] no lost turns")
    print(f"  written to {out.relative_to(ROOT)}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
