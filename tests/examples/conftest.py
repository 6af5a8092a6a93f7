"""Running the example apps as real servers: a subprocess on a free port, spoken to over HTTP.

`launch(kind)` starts ``examples.asyncio_app`` under uvicorn or ``examples.trio_app`` under
hypercorn's trio worker, waits until it answers, and stops it (SIGTERM, then SIGKILL) at the
end of the test if the test has not.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

from tests._servers import (
    REPO,
    ServerProcess,
    copy_built_in,
    free_port,
    write_module,
    write_waiter,
)

START_TIMEOUT_S = 60.0

AppKind = Literal["asyncio", "trio"]
TUTOR: dict[str, Any] = {
    "id": "tutor",
    "name": "Math tutor",
    "definition": {"behavior": "You are a patient math tutor."},
}


class App(ServerProcess):
    """One example server process and an HTTP client for it."""

    tool = TUTOR

    def __init__(self, kind: AppKind, modules: Path, database: str, log_path: Path) -> None:
        self.kind = kind
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        if kind == "asyncio":
            command = [sys.executable, "-m", "uvicorn", "examples.asyncio_app.app:app",
                       "--host", "127.0.0.1", "--port", str(self.port)]  # fmt: skip
        else:
            command = [sys.executable, "-m", "examples.trio_app.app", "--port", str(self.port)]
        env = {
            **os.environ,
            "RAPTSCALLIONS_MODULES": str(modules),
            "RAPTSCALLIONS_DATABASE_URL": database,
            "PYTHONUNBUFFERED": "1",
        }
        super().__init__(f"the {kind} app", command, cwd=REPO, env=env, log_path=log_path)
        self.http = httpx.Client(base_url=self.base_url, timeout=30.0)

    def wait_up(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the {self.kind} app exited at start:\n{self.output}")
            try:
                if self.http.get("/modules", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"the {self.kind} app did not come up:\n{self.output}")

    def close(self) -> None:
        self.http.close()
        if self.process.poll() is None:
            self.stop()
        self.close_log()

    # ------------------------------------------------------------ the API

    def worker_pids(self) -> list[int]:
        pids = [m["pid"] for m in self.modules().values() if m["pid"] is not None]
        assert pids, f"no module is running:\n{self.output}"
        return pids

    def extractions(self, session_id: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = self.check(
            self.http.get(f"/sessions/{session_id}/extractions")
        )
        return rows

    def logs(self, module: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = self.check(self.http.get(f"/modules/{module}/logs"))
        return rows


Launch = Callable[..., App]


@pytest.fixture
def launch(tmp_path: Path) -> Iterator[Launch]:
    apps: list[App] = []

    def start(kind: AppKind, modules: Path = REPO / "modules") -> App:
        n = len(apps)
        app = App(
            kind,
            modules,
            f"sqlite:///{tmp_path / f'{kind}-{n}.db'}",
            tmp_path / f"{kind}-{n}.log",
        )
        apps.append(app)
        app.wait_up()
        return app

    try:
        yield start
    finally:
        for app in apps:
            app.close()


HINTER = """
@module.hook("chat:before_ai")
async def hint(ctx):
    return Continue(system_prompt_additions=["Answer with a hint, not the solution."])
"""


@pytest.fixture
def tutoring_modules(tmp_path: Path) -> Path:
    """The built-in modules (copies) and `hinter`, which adds to the AI's system prompt."""
    modules = tmp_path / "tutoring-modules"
    copy_built_in(modules)
    write_module(modules, "hinter", HINTER)
    return modules


@pytest.fixture
def waiting_modules(tmp_path: Path) -> Path:
    """A modules folder with one module, `waiter` (see `write_waiter`)."""
    modules = tmp_path / "waiting-modules"
    write_waiter(modules)
    return modules
