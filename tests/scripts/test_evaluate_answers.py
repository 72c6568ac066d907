"""How scripts/evaluate_answers.py judges one reply against a set's label."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("evaluate_answers", ROOT / "scripts" / "evaluate_answers.py")
assert _SPEC is not None and _SPEC.loader is not None
evaluate_answers = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(evaluate_answers)


def turn(expect, path, entry=None, also=(), offered=()):
    return {"expect": expect, "path": path, "entry": entry, "also": list(also), "offered": list(offered)}


@pytest.mark.parametrize(
    "t, verdict",
    [
        (turn("diet_alcohol", "answer", "diet_alcohol"), "right"),
        (turn("diet_alcohol", "answer", "basics_no_cure", also=["diet_alcohol"]), "wrong"),
        (turn("diet_alcohol", "suggest", offered=["diet_alcohol"]), "offered"),
        (turn("diet_alcohol", "no_entry"), "missed"),
        (turn("no_entry", "no_entry"), "right"),
        (turn("no_entry", "medicine"), "right"),
        # an entry the set's author also named answers a question with no entry of its own
        (turn("no_entry", "answer", "diet_alcohol", also=["diet_alcohol"]), "right"),
        (turn("no_entry", "answer", "basics_no_cure", also=["diet_alcohol"]), "wrong"),
        (turn("out_of_scope", "suggest"), "missed"),
        (turn("clarify", "clarify"), "right"),
        (turn("clarify", "answer", "basics_no_cure"), "wrong"),
    ],
)
def test_each_reply_gets_its_verdict(t, verdict):
    assert evaluate_answers.judge(t) == verdict
