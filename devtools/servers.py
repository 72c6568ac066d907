"""Starts the real action server and Rasa server on free ports for tests and the benchmark."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
# The token the test servers' Rasa server sends their action server (actions/auth.py).
ACTION_SERVER_TOKEN = os.environ.get("ACTION_SERVER_TOKEN") or secrets.token_urlsafe(32)
# The key the test servers' web chat signs its session ids with (channels/web_session.py).
WEB_SESSION_KEY = os.environ.get("WEB_SESSION_KEY") or secrets.token_urlsafe(32)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def latest_model() -> Path:
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise RuntimeError("no trained model in models/: run `make train` first")
    return models[-1]


def trained_component(component: type, storage_dir: Path, model: Path | None = None) -> Any:
    """The `component` of the trained model (default: the latest `make train` made), loaded
    from the model archive as the Rasa server loads it: the tests see what runs, and the
    risk model is not trained again for them (three minutes of `make test`)."""
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    storage, metadata = LocalModelStorage.from_model_archive(storage_dir, model or latest_model())
    for node in metadata.predict_schema.nodes.values():
        if node.uses is component and node.resource is not None:
            context = ExecutionContext(metadata.predict_schema, metadata.model_id)
            return component.load({**component.get_default_config(), **node.config}, storage, node.resource, context)
    raise LookupError(f"the model has no trained {component.__name__}")


def server_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("REST_TOKEN", None)  # REST is open on test servers unless a test sets a token
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        TF_CPP_MIN_LOG_LEVEL="2",
        PYTHONDONTWRITEBYTECODE="1",
        ACTION_SERVER_TOKEN=ACTION_SERVER_TOKEN,
        WEB_SESSION_KEY=WEB_SESSION_KEY,
    )
    env.update(extra)
    return env


def http_get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def http_post_json(
    url: str, payload: Any, timeout: float = 30.0, headers: dict[str, str] | None = None
) -> tuple[int, Any]:
    data = json.dumps(payload).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
            return response.status, json.loads(body) if body else None
    except urllib.error.HTTPError as error:
        body = error.read()
        try:
            return error.code, json.loads(body)
        except ValueError:
            return error.code, body.decode(errors="replace")


def wait_until(
    check, timeout: float, what: str, process: subprocess.Popen | None = None, log: Path | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            raise RuntimeError(f"{what} exited with {process.returncode} while starting:\n{tail}")
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"{what} not ready after {timeout:.0f} s")


@dataclass
class Process:
    """A server started as its own process group, with its log file."""

    name: str
    popen: subprocess.Popen
    log: Path

    def stop(self) -> None:
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()

    def rss_mb(self) -> float:
        """Resident memory of the process and its children, in MB."""
        total = 0
        pids = [self.popen.pid]
        try:
            children = subprocess.run(
                ["pgrep", "-g", str(self.popen.pid)], capture_output=True, text=True
            ).stdout.split()
            pids = sorted({*pids, *map(int, children)})
        except OSError:
            pass
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                continue
        return total / 1024


def start(name: str, args: list[str], log: Path, env: dict[str, str] | None = None) -> Process:
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as handle:  # the child keeps its own copy of the descriptor
        popen = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env or server_env(),
            stdout=handle,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    return Process(name, popen, log)


def start_action_server(
    workdir: Path,
    port: int | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    extra_args: list[str] | None = None,
) -> tuple[Process, int]:
    port = port or free_port()
    # rasa-sdk 3.6 has no --interface: it reads SANIC_HOST (default 0.0.0.0).
    env = {**(env or server_env()), "SANIC_HOST": "127.0.0.1"}
    process = start(
        "action server",
        [str(VENV_BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(port), *(extra_args or [])],
        workdir / f"actions-{port}.log",
        env,
    )
    wait_until(
        lambda: http_get(f"http://127.0.0.1:{port}/health")[0] == 200,
        timeout,
        "action server",
        process.popen,
        process.log,
    )
    return process, port


def write_endpoints(
    workdir: Path,
    actions_port: int,
    tracker_store: dict[str, Any] | None = None,
    lock_store: dict[str, Any] | None = None,
) -> Path:
    import yaml

    store = tracker_store or {
        "type": "stores.sql.StrictSQLTrackerStore",
        "dialect": "sqlite",
        "db": str(workdir / "conversations.db"),
    }
    config: dict[str, Any] = {
        "action_endpoint": {
            "url": f"http://127.0.0.1:{actions_port}/webhook",
            "headers": {"Authorization": f"Bearer {ACTION_SERVER_TOKEN}"},
        },
        "tracker_store": store,
    }
    if lock_store:
        config["lock_store"] = lock_store
    path = workdir / f"endpoints-{actions_port}-{time.monotonic_ns()}.yml"
    path.write_text(yaml.safe_dump(config))
    return path


def start_rasa_server(
    workdir: Path,
    endpoints: Path,
    port: int | None = None,
    credentials: Path | None = None,
    extra_args: list[str] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 240,
) -> tuple[Process, int]:
    port = port or free_port()
    args = [
        str(VENV_BIN / "rasa"),
        "run",
        "--interface",
        "127.0.0.1",
        "--port",
        str(port),
        "--model",
        str(latest_model()),
        "--endpoints",
        str(endpoints),
        "--credentials",
        str(credentials or ROOT / "credentials.yml"),
        *(extra_args or []),
    ]
    process = start("rasa server", args, workdir / f"rasa-{port}.log", env)
    wait_until(lambda: rasa_ready(port), timeout, "rasa server", process.popen, process.log)
    return process, port


def rasa_ready(port: int) -> bool:
    """Serving, with its model loaded: the REST channel's health route says 503 until the
    agent is ready (404 when a test runs without the REST channel)."""
    return (
        http_get(f"http://127.0.0.1:{port}/")[0] == 200
        and http_get(f"http://127.0.0.1:{port}/webhooks/rest/")[0] != 503
    )


@dataclass
class Assistant:
    """A running action server + Rasa server pair."""

    workdir: Path
    actions: Process
    rasa: Process
    port: int
    actions_port: int
    endpoints: Path
    processes: list[Process] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def send(self, sender: str, message: str, timeout: float = 30.0) -> tuple[int, Any]:
        return http_post_json(f"{self.url}/webhooks/rest/webhook", {"sender": sender, "message": message}, timeout)

    def reply_text(self, sender: str, message: str) -> str:
        status, body = self.send(sender, message)
        assert status == 200, (status, body)
        return "\n".join(m.get("text", "") for m in body)

    def restart_rasa(self, timeout: float = 240) -> None:
        self.rasa.stop()
        self.rasa, _ = start_rasa_server(self.workdir, self.endpoints, port=self.port, timeout=timeout)

    def stop(self) -> None:
        for process in (self.rasa, self.actions, *self.processes):
            process.stop()


def start_assistant(
    workdir: Path,
    tracker_store: dict[str, Any] | None = None,
    credentials: Path | None = None,
    extra_args: list[str] | None = None,
    env: dict[str, str] | None = None,
    actions_args: list[str] | None = None,
    port: int | None = None,
) -> Assistant:
    # The endpoints file first: the action server reads its tracker store to find the
    # diary's database (actions/diary.py, ENDPOINTS).
    actions_port = free_port()
    endpoints = write_endpoints(workdir, actions_port, tracker_store)
    actions_env = {**(env or server_env()), "ENDPOINTS": str(endpoints)}
    actions, actions_port = start_action_server(workdir, actions_port, env=actions_env, extra_args=actions_args)
    try:
        rasa, port = start_rasa_server(
            workdir, endpoints, port=port, credentials=credentials, extra_args=extra_args, env=env
        )
    except Exception:
        actions.stop()
        raise
    return Assistant(workdir, actions, rasa, port, actions_port, endpoints)
