"""`make shell` driven like a person would: type questions, read the answers."""

from __future__ import annotations

import pexpect
import pytest

from devtools.servers import ROOT, free_port, server_env

pytestmark = pytest.mark.slow


def test_make_shell_answers_questions_and_keeps_context(tmp_path):
    env = server_env(SHELL_PORT=str(free_port()), ACTIONS_PORT=str(free_port()), TERM="dumb")
    child = pexpect.spawn(
        "make",
        ["--no-print-directory", "shell"],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=240,
        dimensions=(50, 200),
    )
    with open(tmp_path / "shell.log", "w") as log:
        child.logfile_read = log
        try:
            child.expect("Your input ->")
            child.sendline("is walking good for fibro?")
            child.expect("low-impact way to start")
            child.expect("Your input ->")
            child.sendline("how long should i start with?")
            child.expect("no single right amount")
            child.expect("Your input ->")
            child.sendline("whats lyrica for")
            child.expect("pregabalin")
            child.expect(r"doctor|pharmacist|pain specialist")
            child.expect("Your input ->")
            child.sendline("/stop")
            child.expect(pexpect.EOF, timeout=60)
        finally:
            child.close(force=True)
