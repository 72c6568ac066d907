"""The data files' reader: the same documents as yaml.safe_load, and as safe."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from selfcare import yamlfile

ROOT = Path(__file__).resolve().parents[2]


def test_reads_every_data_file_as_safe_load_does():
    files = sorted((ROOT / "data").rglob("*.yml"))
    assert len(files) > 50
    for path in files:
        assert yamlfile.read(path) == yaml.safe_load(path.read_text(encoding="utf-8")), path


def test_refuses_python_objects_like_safe_load(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("x: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        yamlfile.read(path)
