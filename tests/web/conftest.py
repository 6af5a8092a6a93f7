"""The server as a real subprocess, spoken to over real HTTP.

`Server` starts ``python -m raptscallions.web --port 0`` on a temporary SQLite database with
a fixed admin token, reads the port it prints, waits until ``/healthz`` answers, and at the
end stops it with SIGTERM, checking that it exits 0 and that none of its module workers is
left running. `server` is one such server per test file, over copies of the built-in modules
(without their tests) and two small test modules:

- ``recorder`` (``chat:before_ai``): logs each message at debug and info, at warning when
  the text says "warn" and at error when it says "fail", and records a ``note`` extraction;
  its schema has a nested setting (``limits.maxNotes``, an integer >= 1) and it refuses tool
  scopes;
- ``sleeper`` (``chat:before_ai``, only in `sleepy_modules`): waits a second on every
  message, then records ``slept``.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
TOKEN = "test-admin-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0
WORKER_MARK = b"raptscallions.sdk.worker"
SERVING = re.compile(r"raptscallions is serving (http://\S+)  \(admin token: (.+)\)")
BUILT_IN = ("pii-filter", "safety-filter", "struggle-detector")

STUDENT: dict[str, Any] = {"id": "student-1", "role": "student", "name": "Sam"}
TUTOR: dict[str, Any] = {
    "id": "math-tutor",
    "name": "Math tutor",
    "type": "chat",
    "definition": {"behavior": "You are a patient math tutor."},
}
ESSAY: dict[str, Any] = {
    "id": "essay-helper",
    "type": "product",
    "definition": {"behavior": "Edit essays."},
}


# ---------------------------------------------------------------- processes


def _stat(pid: int) -> list[str] | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def alive(pid: int) -> bool:
    """Whether `pid` is a running (not zombie) process."""
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def worker_children(pid: int) -> list[int]:
    """Running module workers whose parent is `pid`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        fields = _stat(int(entry))
        if fields is None or int(fields[1]) != pid or fields[0] in ("Z", "X"):
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if WORKER_MARK in f.read():
                    found.append(int(entry))
        except OSError:
            continue
    return found


# ---------------------------------------------------------------- modules


def write_module(root: Path, name: str, code: str, **fields: Any) -> Path:
    """A module folder `root/name`: a manifest (defaults plus `fields`) and `code`."""
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


RECORDER = """
@module.hook("chat:before_ai")
async def record(ctx):
    text = ctx.message.content if ctx.message is not None else ""
    ctx.log.debug("recorder saw a message", length=len(text))
    ctx.log.info("recorder noted a message", label=ctx.config.get("label"))
    if "warn" in text:
        ctx.log.warning("recorder warns")
    if "fail" in text:
        ctx.log.error("recorder fails")
    ctx.emit("note", {"label": ctx.config.get("label"), "length": len(text)})
    return None
"""
RECORDER_MANIFEST: dict[str, Any] = {
    "displayName": "Recorder",
    "icon": "clipboard",
    "tags": ["test"],
    "permissions": ["extractions:write"],
    "priorities": {"chat:before_ai": 60},
    "config": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "enabled": {"type": "boolean", "default": True},
            "label": {"type": "string", "default": "note"},
            "limits": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"maxNotes": {"type": "integer", "minimum": 1, "default": 5}},
            },
        },
    },
    "scope": {"allowTool": False},
}

SLEEPER = """
@module.hook("chat:before_ai")
async def sleep(ctx):
    ctx.log.info("sleeping")
    await trio.sleep(1.0)
    ctx.emit("slept", {"seconds": 1.0})
    return None
"""


def copy_built_in(root: Path) -> None:
    for name in BUILT_IN:
        shutil.copytree(
            REPO / "modules" / name, root / name, ignore=shutil.ignore_patterns("tests")
        )


@pytest.fixture(scope="module")
def modules_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("modules")
    copy_built_in(root)
    write_module(root, "recorder", RECORDER, **RECORDER_MANIFEST)
    return root


# ---------------------------------------------------------------- the server


class Server:
    """One server process and an authorised HTTP client for it."""

    def __init__(
        self,
        modules: Path,
        workdir: Path,
        *,
        token: str | None = TOKEN,
        extra: tuple[str, ...] = (),
    ) -> None:
        self.workdir = workdir
        self.database = workdir / "server.db"
        self.log_path = workdir / "server.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("RAPTSCALLIONS_")}
        env["PYTHONUNBUFFERED"] = "1"
        if token is not None:
            env["RAPTSCALLIONS_ADMIN_TOKEN"] = token
        command = [
            sys.executable, "-m", "raptscallions.web", "--port", "0",
            "--modules", str(modules), "--db", f"sqlite:///{self.database}", *extra,
        ]  # fmt: skip
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            command, cwd=workdir, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )
        self.base_url = ""
        self.token = token or ""
        self.http = httpx.Client(timeout=30.0)
        self.anonymous = httpx.Client(timeout=30.0)

    @property
    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def wait_up(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self.base_url:
            if self.process.poll() is not None:
                raise AssertionError(f"the server exited at start:\n{self.output}")
            if time.monotonic() > deadline:
                raise AssertionError(f"the server printed no URL:\n{self.output}")
            found = SERVING.search(self.output)
            if found:
                self.base_url = found.group(1)
                if not self.token:
                    self.token = found.group(2)
            else:
                time.sleep(0.05)
        self.http = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=30.0,
        )
        self.anonymous = httpx.Client(base_url=self.base_url, timeout=30.0)
        while True:
            try:
                if self.anonymous.get("/healthz", timeout=2.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"/healthz did not answer 200:\n{self.output}")
            time.sleep(0.05)

    def workers(self) -> list[int]:
        return worker_children(self.process.pid)

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> int:
        """Send `sig` and wait for the server to exit; its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"the server ignored {sig.name}:\n{self.output}") from None

    def stop_cleanly(self) -> None:
        """SIGTERM: the server exits 0 and leaves none of its workers running."""
        workers = self.workers()
        code = self.stop()
        assert code == 0, f"the server exited with {code}:\n{self.output}"
        # Checked at once: the server stopped its workers before it exited (a worker whose
        # host dies would also exit by itself, but only a moment later).
        left = [pid for pid in workers if alive(pid)]
        assert not left, f"workers left after SIGTERM: {left}\n{self.output}"

    def close(self) -> None:
        self.http.close()
        self.anonymous.close()
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._log.close()

    # ------------------------------------------------------------ the API

    def check(self, response: httpx.Response, status: int = 200) -> Any:
        assert response.status_code == status, (
            f"{response.request.method} {response.request.url}: expected {status}, got "
            f"{response.status_code}: {response.text}\n--- server output:\n{self.output[-3000:]}"
        )
        return response.json()

    def error(self, response: httpx.Response, status: int, code: str) -> dict[str, Any]:
        """The JSON error of `response`, checked to be `status` with `code`."""
        body: dict[str, Any] = self.check(response, status)
        assert body["error"] == code, body
        assert isinstance(body["message"], str) and body["message"], body
        return body

    def start_session(self, user: dict[str, Any] = STUDENT, **scope: Any) -> str:
        body = {"user": user, "tool": TUTOR, **scope}
        session = self.check(self.http.post("/api/sessions", json=body), 201)
        assert session["state"] == "active"
        session_id: str = session["id"]
        return session_id

    def send(self, session_id: str, content: str, user_id: str = STUDENT["id"]) -> Any:
        body = {"user_id": user_id, "content": content}
        return self.check(self.http.post(f"/api/sessions/{session_id}/messages", json=body))

    def modules(self) -> dict[str, Any]:
        return {m["name"]: m for m in self.check(self.http.get("/api/modules"))}

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


@contextmanager
def running(modules: Path, workdir: Path, **options: Any) -> Iterator[Server]:
    """A started server; stopped (and checked) at the end unless the test stopped it."""
    server = Server(modules, workdir, **options)
    try:
        server.wait_up()
        yield server
        if server.process.poll() is None:
            server.stop_cleanly()
    finally:
        server.close()


@pytest.fixture(scope="module")
def server(modules_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running(modules_dir, tmp_path_factory.mktemp("server")) as started:
        yield started


@pytest.fixture
def sleepy_modules(tmp_path: Path) -> Path:
    root = tmp_path / "sleepy-modules"
    write_module(
        root, "sleeper", SLEEPER,
        permissions=["extractions:write"], timeouts={"chat:before_ai": 10000},
    )  # fmt: skip
    return root
