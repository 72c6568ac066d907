"""`make run` is closed by default: scripts/run.sh started as the operator starts it,
then checked from the network's side. Its Rasa server and action server must listen on
127.0.0.1 only, so another machine can't reach either."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from devtools.servers import ROOT, free_port, http_get, server_env, start, wait_until

pytestmark = pytest.mark.slow


def listening_addresses(port: int) -> set[str]:
    """The local addresses of the TCP sockets listening on `port` (/proc/net/tcp, tcp6)."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].split(":")
            if fields[3] != "0A" or int(port_hex, 16) != port:  # 0A: LISTEN
                continue
            raw = bytes.fromhex(address)
            if width == 8:
                found.add(socket.inet_ntop(socket.AF_INET, raw[::-1]))
            else:  # four little-endian 32-bit words
                words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
                found.add(socket.inet_ntop(socket.AF_INET6, words))
    return found


def non_loopback_address() -> str | None:
    """An address of this machine other machines could use, if it has one (a UDP
    'connect' picks the outgoing interface without sending anything)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def reachable(address: str, port: int) -> bool:
    try:
        with socket.create_connection((address, port), timeout=3):
            return True
    except OSError:
        return False


def test_make_run_listens_on_loopback_only(tmp_path):
    port, actions_port = free_port(), free_port()
    env = server_env(ACTIONS_PORT=str(actions_port))
    env.pop("HOST", None)  # the default, as a plain `make run` has it
    process = start("make run", ["bash", str(ROOT / "scripts" / "run.sh"), str(port)], tmp_path / "run.log", env)
    try:
        wait_until(
            lambda: http_get(f"http://127.0.0.1:{port}/")[0] == 200, 240, "scripts/run.sh", process.popen, process.log
        )
        wait_until(
            lambda: "Listening on 127.0.0.1 only" in process.log.read_text(),
            30,
            "the ready message",
            process.popen,
            process.log,
        )
        assert listening_addresses(port) == {"127.0.0.1"}
        assert listening_addresses(actions_port) == {"127.0.0.1"}
        address = non_loopback_address()
        if address is not None:  # this machine has one: try it as another machine would
            assert not reachable(address, port), f"the Rasa server answers on {address}"
            assert not reachable(address, actions_port), f"the action server answers on {address}"
    finally:
        process.stop()
    assert not list((ROOT / "var").glob(f"endpoints-run-{process.popen.pid}.yml"))
