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
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

# The helpers that moved to tests/_servers.py stay importable from here (`X as X`).
from tests._servers import BUILT_IN as BUILT_IN
from tests._servers import REPO as REPO
from tests._servers import STOP_TIMEOUT_S as STOP_TIMEOUT_S
from tests._servers import STUDENT as STUDENT
from tests._servers import WORKER_MARK as WORKER_MARK
from tests._servers import ServerProcess, assert_gone
from tests._servers import alive as alive
from tests._servers import copy_built_in as copy_built_in
from tests._servers import worker_children as worker_children
from tests._servers import write_module as write_module

TOKEN = "test-admin-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
START_TIMEOUT_S = 60.0
SERVING = re.compile(r"raptscallions is serving (http://\S+)  \(admin token: (.+)\)")

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


# ---------------------------------------------------------------- modules


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


@pytest.fixture(scope="module")
def modules_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("modules")
    copy_built_in(root)
    write_module(root, "recorder", RECORDER, **RECORDER_MANIFEST)
    return root


# ---------------------------------------------------------------- the server


class Server(ServerProcess):
    """One server process and an authorised HTTP client for it."""

    api = "/api"
    tool = TUTOR

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
        env = {k: v for k, v in os.environ.items() if not k.startswith("RAPTSCALLIONS_")}
        env["PYTHONUNBUFFERED"] = "1"
        if token is not None:
            env["RAPTSCALLIONS_ADMIN_TOKEN"] = token
        command = [
            sys.executable, "-m", "raptscallions.web", "--port", "0",
            "--modules", str(modules), "--db", f"sqlite:///{self.database}", *extra,
        ]  # fmt: skip
        super().__init__(
            "the server", command, cwd=workdir, env=env, log_path=workdir / "server.log"
        )
        self.base_url = ""
        self.token = token or ""
        self.http = httpx.Client(timeout=30.0)
        self.anonymous = httpx.Client(timeout=30.0)

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

    def stop_cleanly(self) -> None:
        """SIGTERM: the server exits 0 and leaves none of its workers running."""
        workers = self.workers()
        code = self.stop()
        assert code == 0, f"the server exited with {code}:\n{self.output}"
        # Checked at once: the server stopped its workers before it exited (a worker whose
        # host dies would also exit by itself, but only a moment later).
        assert_gone(workers, "workers left after SIGTERM", self.output)

    def close(self) -> None:
        self.http.close()
        self.anonymous.close()
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.close_log()

    def error(self, response: httpx.Response, status: int, code: str) -> dict[str, Any]:
        """The JSON error of `response`, checked to be `status` with `code`."""
        body: dict[str, Any] = self.check(response, status)
        assert body["error"] == code, body
        assert isinstance(body["message"], str) and body["message"], body
        return body


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
