"""Shared fixtures. Slow tests (marked `slow`) use the trained model and real servers."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


@pytest.fixture(scope="session")
def domain() -> dict:
    return yaml.safe_load((ROOT / "domain.yml").read_text())


@pytest.fixture(scope="session")
def assistant(tmp_path_factory):
    """One real action server + Rasa server (REST, SQLite) shared by the e2e tests."""
    from tests.support.servers import start_assistant

    running = start_assistant(tmp_path_factory.mktemp("assistant"))
    yield running
    running.stop()
