"""Conversation tests and the NLU evaluation, with Rasa's own test commands on the trained model."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from devtools.servers import ROOT, latest_model, server_env

pytestmark = pytest.mark.slow
RASA = str(ROOT / ".venv/bin/rasa")
MIN_MACRO_F1 = 0.92


def run(args: list[str], timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=server_env(), capture_output=True, text=True,
                          timeout=timeout)


def test_conversation_journeys_predict_every_action(tmp_path):
    result = run([RASA, "test", "core", "--model", str(latest_model()),
                  "--stories", "tests/conversations", "--e2e", "--fail-on-prediction-errors",
                  "--out", str(tmp_path)])
    failed = tmp_path / "failed_test_stories.yml"
    detail = failed.read_text() if failed.exists() else ""
    assert result.returncode == 0, detail + result.stdout[-3000:] + result.stderr[-3000:]


def test_nlu_macro_f1_on_held_out_messages(tmp_path):
    result = run([RASA, "test", "nlu", "--model", str(latest_model()),
                  "--nlu", "tests/nlu/heldout.yml", "--out", str(tmp_path)])
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads((tmp_path / "intent_report.json").read_text())
    macro_f1 = report["macro avg"]["f1-score"]
    worst = sorted((v["f1-score"], k) for k, v in report.items() if isinstance(v, dict) and "support" in v
                   and k not in ("macro avg", "weighted avg", "micro avg"))[:5]
    print(f"held-out intent macro-F1 {macro_f1:.3f}; weakest intents {worst}")
    assert macro_f1 >= MIN_MACRO_F1, f"macro-F1 {macro_f1:.3f} < {MIN_MACRO_F1}; weakest {worst}"
