"""Faults a real disk can have, made on purpose: a file that can't be written.

Root ignores file permissions, so as root `read_only` also sets the immutable
attribute (`chattr +i`), which binds root too. Either way it checks that the file
really can't be opened for writing, so a test never passes on a fault that wasn't made.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path


def _writable(path: Path) -> bool:
    try:
        with open(path, "ab"):
            return True
    except OSError:
        return False


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` can't be written inside the block; restored afterwards."""
    mode = path.stat().st_mode
    immutable = False
    try:
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        if os.geteuid() == 0:
            if shutil.which("chattr") is None:
                raise RuntimeError(
                    "running as root: chmod can't stop root writing, and chattr (e2fsprogs) is not installed"
                )
            subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
            immutable = True
        assert not _writable(path), f"could not make {path} read-only on this file system"
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True, capture_output=True)
        path.chmod(stat.S_IMODE(mode))
