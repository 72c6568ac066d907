"""Trains the Rasa model only when its inputs changed.

The model is named after a hash of config.yml, domain.yml and the training data,
so `make run` and `make test` reuse it until one of those files changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINING_DATA = ("data/nlu", "data/rules")
# data/safety and data/knowledge hold the risk model's and the answer model's training data.
INPUTS = (
    "config.yml",
    "domain.yml",
    "data/safety",
    "data/knowledge",
    "selfcare/safety/model.py",
    "selfcare/safety/normalise.py",
    "selfcare/knowledge/ranker.py",
    "components/entry_ranker.py",
    "components/safety_gate.py",
    *TRAINING_DATA,
)


def fingerprint() -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        path = ROOT / name
        files = sorted(path.rglob("*.yml")) if path.is_dir() else [path]  # a file: itself
        for file in files:
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def model_path() -> Path:
    return ROOT / "models" / f"fibro-{fingerprint()}.tar.gz"


def main() -> int:
    target = model_path()
    if target.exists():
        print(f"model up to date: {target.relative_to(ROOT)}")
        return 0
    data = ["--data", *[d for d in TRAINING_DATA if (ROOT / d).is_dir()]]
    command = [
        str(ROOT / ".venv" / "bin" / "rasa"),
        "train",
        "--config",
        "config.yml",
        "--domain",
        "domain.yml",
        *data,
        "--out",
        "models",
        "--fixed-model-name",
        target.name[: -len(".tar.gz")],
    ]
    print(f"training {target.name} ...", flush=True)
    started = time.monotonic()
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false")
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0 or not target.exists():
        print("training failed", file=sys.stderr)
        return result.returncode or 1
    for old in (ROOT / "models").glob("fibro-*.tar.gz"):
        if old != target:
            old.unlink()
    print(f"trained {target.relative_to(ROOT)} in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
