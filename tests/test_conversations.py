"""Conversation tests and the NLU evaluation, with Rasa's own test commands on the trained model."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
import yaml

from devtools.servers import ROOT, latest_model, server_env

pytestmark = pytest.mark.slow
RASA = str(ROOT / ".venv/bin/rasa")
MIN_MACRO_F1 = 0.92


def run(args: list[str], timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=server_env(), capture_output=True, text=True, timeout=timeout)


def test_conversation_journeys_predict_every_action(tmp_path):
    # Rasa evaluates only files named test_*.yml and says "Evaluating 0 stories" (and
    # passes) for any other name: count the stories, so a file it skips fails here.
    files = sorted((ROOT / "tests" / "conversations").glob("*.yml"))
    assert files and all(f.name.startswith("test_") for f in files), [f.name for f in files]
    stories = sum(len(yaml.safe_load(f.read_text())["stories"]) for f in files)
    result = run(
        [
            RASA,
            "test",
            "core",
            "--model",
            str(latest_model()),
            "--stories",
            "tests/conversations",
            "--e2e",
            "--fail-on-prediction-errors",
            "--out",
            str(tmp_path),
        ]
    )
    failed = tmp_path / "failed_test_stories.yml"
    detail = failed.read_text() if failed.exists() else ""
    assert result.returncode == 0, detail + result.stdout[-3000:] + result.stderr[-3000:]
    evaluated = re.search(r"Evaluating (\d+) stories", result.stdout + result.stderr)
    assert evaluated and int(evaluated.group(1)) == stories > 0, (evaluated and evaluated.group(0), stories)


# Intents that reach the same action: a medicine-safety question is answered by the
# answer action like any medicine question, with its key fact first. The held-out set
# predates the medicine-safety intent, so these count as the same label here; risk
# routing itself is measured on the frozen safety evaluation sets (make evaluate).
SAME_ACTION = {"medicine_safety": "ask"}


def test_nlu_macro_f1_on_held_out_messages(tmp_path):
    from sklearn.metrics import f1_score

    result = run(
        [
            RASA,
            "test",
            "nlu",
            "--model",
            str(latest_model()),
            "--successes",
            "--nlu",
            "tests/nlu/heldout.yml",
            "--out",
            str(tmp_path),
        ]
    )
    assert result.returncode == 0, result.stderr[-3000:]
    rows = json.loads((tmp_path / "intent_errors.json").read_text())
    rows += json.loads((tmp_path / "intent_successes.json").read_text())
    truth = [SAME_ACTION.get(r["intent"], r["intent"]) for r in rows]
    predicted = [SAME_ACTION.get(r["intent_prediction"]["name"], r["intent_prediction"]["name"]) for r in rows]
    labels = sorted(set(truth))
    scores = f1_score(truth, predicted, labels=labels, average=None, zero_division=0)
    macro_f1 = float(scores.mean())
    worst = sorted(zip(scores.round(3), labels, strict=True))[:5]
    alarms = [
        p
        for t, p in zip(truth, predicted, strict=True)
        if t not in ("crisis", "medical_emergency") and p in ("crisis", "medical_emergency", "dangerous_request")
    ]
    print(
        f"held-out intent macro-F1 {macro_f1:.3f} over {len(rows)} messages; weakest {worst}; "
        f"ordinary messages routed to an alarm: {len(alarms)}"
    )
    assert len(rows) == len(truth) and len(rows) > 200
    assert macro_f1 >= MIN_MACRO_F1, f"macro-F1 {macro_f1:.3f} < {MIN_MACRO_F1}; weakest {worst}"
