"""PostgreSQL, Redis and several Rasa replicas as this machine's own processes: the
topology of deploy/docker-compose.yml without the containers, for tests/deploy and
`make bench-scale`.

PostgreSQL 15 and redis-server come from Debian's packages (`postgresql`,
`redis-server`; .ci/run installs them); neither needs a running service: each is
started here on a free port on 127.0.0.1, in a temporary folder removed afterwards.
PostgreSQL runs as the `postgres` user (initdb refuses root), through runuser.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from devtools.servers import (
    Process,
    free_port,
    start,
    start_action_server,
    start_rasa_server,
    wait_until,
    write_endpoints,
)

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PG_USER, PG_PASSWORD, PG_DB = "rasa", "rasa-test-pw", "rasa"


class NotInstalled(RuntimeError):
    """PostgreSQL 15 or redis-server is not installed on this machine."""


def as_postgres(*args: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args]


@dataclass
class Postgres:
    """A throwaway PostgreSQL with a password user and a database."""

    port: int
    process: Process

    def connect(self, db: str = PG_DB) -> Any:
        import psycopg2

        return psycopg2.connect(
            host="127.0.0.1", port=self.port, user=PG_USER, password=PG_PASSWORD, dbname=db, connect_timeout=2
        )

    def tracker_store(self) -> dict[str, Any]:
        """The endpoints.yml tracker_store of deploy/endpoints.postgres.yml, for this server."""
        return {
            "type": "stores.sql.StrictSQLTrackerStore",
            "dialect": "postgresql",
            "url": "127.0.0.1",
            "port": self.port,
            "db": PG_DB,
            "username": PG_USER,
            "password": PG_PASSWORD,
        }


@contextlib.contextmanager
def postgres() -> Iterator[Postgres]:
    import psycopg2

    if not (PG_BIN / "postgres").exists():
        raise NotInstalled("PostgreSQL 15 (Debian package postgresql) is not installed")
    root = Path(tempfile.mkdtemp(prefix="pg-"))
    data = root / "data"
    pwfile = root / "pw"
    pwfile.write_text(PG_PASSWORD + "\n")
    shutil.chown(root, "postgres", "postgres")
    shutil.chown(pwfile, "postgres", "postgres")
    subprocess.run(
        as_postgres(
            str(PG_BIN / "initdb"),
            "-D",
            str(data),
            "-U",
            PG_USER,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "-E",
            "UTF8",
        ),
        check=True,
        capture_output=True,
    )
    port = free_port()
    server = Postgres(
        port,
        start(
            "postgres",
            as_postgres(
                str(PG_BIN / "postgres"),
                "-D",
                str(data),
                "-p",
                str(port),
                "-k",
                str(root),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "max_connections=200",
            ),
            root / "postgres.log",
        ),
    )

    def ready() -> bool:
        try:
            server.connect("postgres").close()
            return True
        except psycopg2.OperationalError:
            return False

    try:
        wait_until(ready, 60, "postgres", server.process.popen, server.process.log)
        admin = server.connect("postgres")
        admin.autocommit = True
        admin.cursor().execute(f"CREATE DATABASE {PG_DB}")
        admin.close()
        yield server
    finally:
        server.process.stop()
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class Redis:
    port: int
    process: Process

    def lock_store(self, wait_time: float = 0.25) -> dict[str, Any]:
        """The endpoints.yml lock_store of deploy/endpoints.postgres.yml, for this server."""
        return {
            "type": "stores.lock.AtomicRedisLockStore",
            "url": "127.0.0.1",
            "port": self.port,
            "db": 0,
            "wait_time_in_seconds": wait_time,
        }


@contextlib.contextmanager
def redis() -> Iterator[Redis]:
    import redis as redis_client

    if shutil.which("redis-server") is None:
        raise NotInstalled("redis-server (Debian package redis-server) is not installed")
    port = free_port()
    root = Path(tempfile.mkdtemp(prefix="redis-"))
    server = Redis(
        port,
        start(
            "redis",
            [
                "redis-server",
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(root),
            ],
            root / "redis.log",
        ),
    )

    def ready() -> bool:
        try:
            return bool(redis_client.Redis(host="127.0.0.1", port=port, socket_timeout=1).ping())
        except redis_client.exceptions.ConnectionError:
            return False

    try:
        wait_until(ready, 30, "redis", server.process.popen, server.process.log)
        yield server
    finally:
        server.process.stop()
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class Replicas:
    """One action server and Rasa servers sharing one PostgreSQL and one Redis."""

    actions: Process
    servers: list[Process]
    urls: list[str]


@contextlib.contextmanager
def replicas(workdir: Path, database: Postgres, locks: Redis, count: int = 2) -> Iterator[Replicas]:
    """Starts the action server, then `count` Rasa servers at once (~40 s each)."""
    actions, actions_port = start_action_server(workdir)
    processes: list[Process] = [actions]
    try:
        endpoints = write_endpoints(
            workdir, actions_port, tracker_store=database.tracker_store(), lock_store=locks.lock_store()
        )
        ports = [free_port() for _ in range(count)]
        with ThreadPoolExecutor(count) as pool:
            futures = [pool.submit(start_rasa_server, workdir, endpoints, port) for port in ports]
            errors = []
            for future in futures:
                try:
                    processes.append(future.result()[0])
                except Exception as error:  # keep the others, to stop them
                    errors.append(error)
            if errors:
                raise errors[0]
        yield Replicas(actions, processes[1:], [f"http://127.0.0.1:{port}" for port in ports])
    finally:
        for process in reversed(processes):
            process.stop()
