"""Shared fixtures. Slow tests (marked `slow`) use the trained model and real servers."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
# Tests (and the servers they start) count safety events in a scratch file, not var/.
os.environ.setdefault("FIBRO_SAFETY_LOG", str(Path(tempfile.mkdtemp()) / "safety-events.jsonl"))


@pytest.fixture(scope="session")
def domain() -> dict:
    return yaml.safe_load((ROOT / "domain.yml").read_text())


@pytest.fixture(scope="session")
def assistant(tmp_path_factory):
    """One real action server + Rasa server (REST, SQLite) shared by the e2e tests."""
    from devtools.servers import start_assistant

    running = start_assistant(tmp_path_factory.mktemp("assistant"))
    yield running
    running.stop()
