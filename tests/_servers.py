"""Helpers for tests that run servers and module workers as real processes: free ports,
/proc checks of processes and their children, module folders written on the fly, and a
server subprocess with its log and a client of its chat API.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import textwrap
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

import httpx
import yaml

REPO = Path(__file__).resolve().parents[1]
WORKER_MARK = b"raptscallions.sdk.worker"
STOP_TIMEOUT_S = 30.0
BUILT_IN = ("pii-filter", "safety-filter", "struggle-detector")
STUDENT: dict[str, Any] = {"id": "student-1", "role": "student", "name": "Sam"}

# ---------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _stat(pid: int | str) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name (state, parent, ...)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def alive(pid: int) -> bool:
    """Whether `pid` is a running (not zombie) process."""
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def _is_worker(pid: int | str) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return WORKER_MARK in f.read()
    except OSError:
        return False


def children(pid: int, *, workers_only: bool = False) -> list[int]:
    """Running processes whose parent is `pid` (only module workers, with `workers_only`)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        fields = _stat(entry)
        if fields is None or int(fields[1]) != pid or fields[0] in ("Z", "X"):
            continue
        if not workers_only or _is_worker(entry):
            found.append(int(entry))
    return found


def worker_children(pid: int) -> list[int]:
    """Running module workers whose parent is `pid`."""
    return children(pid, workers_only=True)


def assert_gone(
    pids: Sequence[int], what: str = "worker processes left behind", output: str = ""
) -> None:
    """None of `pids` is running (else: `what`, the pids left and the server's `output`)."""
    left = [pid for pid in pids if alive(pid)]
    assert not left, f"{what}: {left}\n{output}".rstrip()


# ---------------------------------------------------------------- modules


def write_module(root: Path, name: str, code: str, **fields: Any) -> Path:
    """A module folder `root/name`: a manifest (defaults plus `fields`) and `code` (after a
    header that imports trio and the SDK and defines `module`)."""
    folder = root / name
    folder.mkdir(parents=True)
    manifest: dict[str, Any] = {
        "name": name,
        "version": "1.0.0",
        "description": f"test module {name}",
        "hooks": ["chat:before_ai"],
        **fields,
    }
    (folder / "module.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    header = "import trio\nfrom raptscallions.sdk import *\nmodule = define_module()\n"
    (folder / "module.py").write_text(header + textwrap.dedent(code))
    return folder


WAITER = """
@module.hook("chat:before_ai")
async def wait(ctx):
    ctx.log.info("waiting")
    try:
        await trio.sleep(30)
    except trio.Cancelled:
        ctx.log.info("cancelled while waiting")
        raise
"""


def write_waiter(root: Path) -> Path:
    """`root/waiter`: a module whose `chat:before_ai` logs "waiting", waits 30 s (its timeout
    is a minute), and logs "cancelled while waiting" when that wait is cancelled."""
    return write_module(root, "waiter", WAITER, timeouts={"chat:before_ai": 60000})


def copy_built_in(root: Path, names: Sequence[str] = BUILT_IN) -> None:
    """Copies of the repository's modules `names` (without their tests) in `root`."""
    for name in names:
        shutil.copytree(
            REPO / "modules" / name, root / name, ignore=shutil.ignore_patterns("tests")
        )


# ---------------------------------------------------------------- server processes


class ServerProcess:
    """A server subprocess writing its output to `log_path`, and a client of its chat API:
    the endpoints under `api`, the `http` client (set by the subclass), sessions of `tool`."""

    api: ClassVar[str] = ""
    tool: ClassVar[dict[str, Any]]
    http: httpx.Client

    def __init__(
        self, name: str, command: list[str], *, cwd: Path, env: dict[str, str], log_path: Path
    ) -> None:
        self.name = name
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )

    @property
    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> int:
        """Send `sig` and wait for the server to exit; its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"{self.name} ignored {sig.name}:\n{self.output}") from None

    def close_log(self) -> None:
        self._log.close()

    def check(self, response: httpx.Response, status: int = 200) -> Any:
        assert response.status_code == status, (
            f"{response.request.method} {response.request.url}: expected {status}, got "
            f"{response.status_code}: {response.text}\n--- server output:\n{self.output[-3000:]}"
        )
        return response.json()

    def start_session(self, user: dict[str, Any] = STUDENT, **scope: Any) -> str:
        body = {"user": user, "tool": self.tool, **scope}
        session = self.check(self.http.post(f"{self.api}/sessions", json=body), 201)
        assert session["state"] == "active"
        session_id: str = session["id"]
        return session_id

    def send(self, session_id: str, content: str, user_id: str = STUDENT["id"]) -> Any:
        body = {"user_id": user_id, "content": content}
        return self.check(self.http.post(f"{self.api}/sessions/{session_id}/messages", json=body))

    def modules(self) -> dict[str, Any]:
        return {m["name"]: m for m in self.check(self.http.get(f"{self.api}/modules"))}

    def wait_for(self, what: str, probe: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Poll `probe` until it returns something truthy (stored rows arrive in batches)."""
        deadline = time.monotonic() + timeout
        while True:
            found = probe()
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not seen within {timeout:g} s\n{self.output}")
            time.sleep(0.05)
