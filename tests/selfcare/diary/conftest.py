"""The diary store on both of its databases: a real SQLite file in tmp_path, and a real
throwaway PostgreSQL (devtools.stack) with a fresh database for each test.

Without PostgreSQL installed the PostgreSQL cases are skipped on a developer's machine
and fail under CI (the CI variable set), where .ci/run installs it: a CI run that silently
skipped them would pass without testing the deployment's database."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from devtools import stack
from selfcare.diary.store import DiaryStore

_numbers = itertools.count()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[stack.Postgres]:
    try:
        with stack.postgres() as server:
            yield server
    except stack.NotInstalled as missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and {missing}")
        pytest.skip(str(missing))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def diary_url(request, tmp_path) -> str:
    """A SQLAlchemy URL to an empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'var' / 'conversations.db'}"
    server = request.getfixturevalue("postgres_server")
    name = f"diary_{next(_numbers)}"
    admin = server.connect("postgres")
    admin.autocommit = True
    try:
        admin.cursor().execute(f"CREATE DATABASE {name}")
    finally:
        admin.close()
    return f"postgresql+psycopg2://{stack.PG_USER}:{stack.PG_PASSWORD}@127.0.0.1:{server.port}/{name}"


@pytest.fixture
def store(diary_url) -> Iterator[DiaryStore]:
    opened = DiaryStore.open(diary_url)
    yield opened
    opened.close()
