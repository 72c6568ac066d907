"""`make purge` against the PostgreSQL deployment's own endpoints file
(deploy/endpoints.postgres.yml, its ${VAR}s set as deploy/docker-compose.yml sets
them), on a real PostgreSQL started by the tests."""

from __future__ import annotations

import pytest

from stores.sql import StrictSQLTrackerStore
from tests.deploy.test_replicas import PG_DB, PG_PASSWORD, PG_USER, postgres  # noqa: F401 (fixture)
from tests.scripts.test_purge import DOMAIN, make_purge, write_conversation

pytestmark = pytest.mark.slow


def conversations(postgres) -> dict:  # noqa: F811
    connection = postgres["connect"]()
    try:
        cursor = connection.cursor()
        cursor.execute("SELECT sender_id, count(*) FROM events GROUP BY sender_id")
        return dict(cursor.fetchall())
    finally:
        connection.close()


def test_make_purge_on_the_postgresql_deployment(postgres):  # noqa: F811
    store = StrictSQLTrackerStore(
        domain=DOMAIN,
        dialect="postgresql",
        host="127.0.0.1",
        port=postgres["port"],
        db=PG_DB,
        username=PG_USER,
        password=PG_PASSWORD,
    )
    write_conversation(store, "old-person", 400, 100)
    write_conversation(store, "recent-person", 10)
    before = conversations(postgres)
    env = {
        "ENDPOINTS": "deploy/endpoints.postgres.yml",
        "RETENTION_DAYS": "30",
        "POSTGRES_HOST": "127.0.0.1",
        "POSTGRES_PORT": str(postgres["port"]),
        "POSTGRES_DB": PG_DB,
        "POSTGRES_USER": PG_USER,
        "POSTGRES_PASSWORD": PG_PASSWORD,
        # the rest of the file must resolve too, as it does for the server; purge uses none
        "ACTION_SERVER_URL": "http://127.0.0.1:1/webhook",
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": "1",
        "REDIS_PASSWORD": "unused",
    }
    done = make_purge(env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"purged 1 conversation(s), {before['old-person']} event(s)" in done.stdout, done.stdout
    assert PG_PASSWORD not in done.stdout + done.stderr
    assert conversations(postgres) == {"recent-person": before["recent-person"]}
