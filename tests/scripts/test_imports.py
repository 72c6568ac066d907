"""scripts/ (make's verbs) and devtools/ never import from tests/: what they share with the
tests lives in devtools/ (servers.py, stack.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "scripts").glob("*.py")) + sorted((ROOT / "devtools").glob("*.py")),
    ids=lambda path: f"{path.parent.name}/{path.name}",
)
def test_no_import_from_tests(path):
    imported = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    assert not {name for name in imported if name == "tests" or name.startswith("tests.")}
