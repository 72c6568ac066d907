"""selfcare.diary is domain code: no module in it imports rasa or rasa_sdk, directly or
through anything it imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted(p.stem for p in (ROOT / "selfcare" / "diary").glob("*.py") if p.stem != "__init__")


def test_the_package_has_the_eight_modules():
    assert MODULES == ["chart", "export", "intents", "parse", "plan", "store", "strategies", "summary"]


def test_importing_every_module_loads_no_rasa():
    imports = "; ".join(f"import selfcare.diary.{name}" for name in MODULES)
    check = "import sys; loaded = [m for m in sys.modules if m.split('.')[0] in ('rasa', 'rasa_sdk')]; print(loaded)"
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", f"{imports}; {check}"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
