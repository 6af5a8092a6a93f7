"""The gateway tests' servers: ``python -m raptscallions.web`` as a subprocess over copies of
the built-in modules, spoken to with the official `openai` client (sync: the tests are plain
functions), with the echo model upstream or the test kit's OpenAI-style stub on loopback.

The stub runs in a thread of its own (its own `trio.run`), so that a blocking client in the
test can wait on the server while the stub answers the server. `stub.requests` is its log of
what reached the upstream.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import httpx
import openai
import pytest
import trio

from raptscallions.testing.openai_stub import OpenAIStub, echo_reply, fixed_chunks
from tests._servers import ServerProcess, alive, copy_built_in, worker_children, write_module

from ..web.conftest import SERVING, START_TIMEOUT_S, TOKEN

UPSTREAM_KEY = "sk-upstream-provider-key"
CONTEXT_TOOL_PREFIX = "with-context"
CONTEXT = """
@module.hook("chat:before_ai")
async def add(ctx):
    if ctx.tool.id.startswith("with-context"):
        return Continue(system_prompt_additions=["The student is in grade 7."])
    return None
"""


class StubThread:
    """An `OpenAIStub` served by `trio.run` in a background thread."""

    def __init__(self, stub: OpenAIStub) -> None:
        self.stub = stub
        self.base_url = ""
        self._ready = threading.Event()
        self._token: trio.lowlevel.TrioToken | None = None
        self._stop: trio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name="openai-stub", daemon=True)

    def _main(self) -> None:
        async def serve() -> None:
            self._token = trio.lowlevel.current_trio_token()
            self._stop = trio.Event()
            async with trio.open_nursery() as nursery:
                self.base_url = await nursery.start(self.stub.serve)
                self._ready.set()
                await self._stop.wait()
                nursery.cancel_scope.cancel()

        try:
            trio.run(serve)
        except BaseException as exc:  # reported by start() or stop()
            self._error = exc
            self._ready.set()

    def start(self) -> str:
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT_S) or self._error is not None:
            raise AssertionError(f"the stub did not start: {self._error!r}")
        return self.base_url

    def stop(self) -> None:
        if self._token is not None and self._stop is not None:
            self._token.run_sync_soon(self._stop.set)
        self._thread.join(START_TIMEOUT_S)
        assert not self._thread.is_alive(), "the stub's thread did not stop"
        if self._error is not None:
            raise AssertionError(f"the stub failed: {self._error!r}")


class GatewayServer(ServerProcess):
    """One server process, its admin client, and helpers to make keys and OpenAI clients."""

    tool: ClassVar[dict[str, Any]] = {}
    api = "/api"

    def __init__(self, modules: Path, workdir: Path, env: dict[str, str]) -> None:
        full = {k: v for k, v in os.environ.items() if not k.startswith("RAPTSCALLIONS_")}
        full |= {"PYTHONUNBUFFERED": "1", "RAPTSCALLIONS_ADMIN_TOKEN": TOKEN, **env}
        command = [
            sys.executable, "-m", "raptscallions.web", "--port", "0", "--no-watch",
            "--modules", str(modules), "--db", f"sqlite:///{workdir / 'server.db'}",
        ]  # fmt: skip
        super().__init__(
            "the server", command, cwd=workdir, env=full, log_path=workdir / "server.log"
        )
        self.base_url = ""
        self.admin = self.http = httpx.Client(timeout=30.0)
        self.clients: list[openai.OpenAI] = []

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
            else:
                time.sleep(0.05)
        self.admin.close()
        self.admin = self.http = httpx.Client(
            base_url=self.base_url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30.0
        )
        while True:
            try:
                if self.admin.get("/healthz", timeout=2.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"/healthz did not answer 200:\n{self.output}")
            time.sleep(0.05)

    def stop_cleanly(self) -> None:
        workers = worker_children(self.process.pid)
        code = self.stop()
        assert code == 0, f"the server exited with {code}:\n{self.output}"
        assert not [pid for pid in workers if alive(pid)], f"workers left:\n{self.output}"

    def close(self) -> None:
        for client in self.clients:
            client.close()
        self.admin.close()
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.close_log()

    # ------------------------------------------------------------ helpers

    def make_key(self, tool_id: str, name: str = "homework app") -> dict[str, Any]:
        made: dict[str, Any] = self.check(
            self.admin.post("/api/keys", json={"name": name, "tool_id": tool_id}), 201
        )
        return made

    def client(self, key: str, **options: Any) -> openai.OpenAI:
        """The official client, pointed at the gateway (no retries: each call is one)."""
        options = {"max_retries": 0, "timeout": 30.0, **options}
        made = openai.OpenAI(base_url=f"{self.base_url}/v1", api_key=key, **options)
        self.clients.append(made)
        return made

    def tool_client(self, tool_id: str) -> openai.OpenAI:
        return self.client(self.make_key(tool_id)["key"])

    def messages(self, session_id: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.check(
            self.admin.get(f"/api/sessions/{session_id}/messages")
        )
        return found


def running(modules: Path, workdir: Path, env: dict[str, str]) -> Iterator[GatewayServer]:
    server = GatewayServer(modules, workdir, env)
    try:
        server.wait_up()
        yield server
        server.stop_cleanly()
    finally:
        server.close()


@pytest.fixture(scope="package")
def gateway_modules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gateway-modules")
    copy_built_in(root)
    return root


@pytest.fixture(scope="package")
def echo_server(
    gateway_modules: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GatewayServer]:
    """A server whose AI is the offline echo model."""
    yield from running(gateway_modules, tmp_path_factory.mktemp("echo-server"), {})


@pytest.fixture(scope="package")
def stub_thread() -> Iterator[StubThread]:
    served = StubThread(OpenAIStub(api_key=UPSTREAM_KEY))
    served.start()
    try:
        yield served
    finally:
        served.stop()


@pytest.fixture
def stub(stub_thread: StubThread) -> Iterator[OpenAIStub]:
    """The upstream of `stub_server`, as a test left it reset for the next."""
    found = stub_thread.stub
    yield found
    found.reply = echo_reply
    found.chunks = fixed_chunks(4)


@pytest.fixture(scope="package")
def stub_server(
    tmp_path_factory: pytest.TempPathFactory, stub_thread: StubThread
) -> Iterator[GatewayServer]:
    """A server whose AI is the stub, an OpenAI-compatible endpoint on loopback, with the
    built-in modules and ``context``, which adds to the system prompt of tools whose id
    starts with `CONTEXT_TOOL_PREFIX`."""
    modules = tmp_path_factory.mktemp("stub-modules")
    copy_built_in(modules)
    write_module(modules, "context", CONTEXT, priorities={"chat:before_ai": 50})
    env = {
        "RAPTSCALLIONS_AI_BASE_URL": stub_thread.base_url,
        "RAPTSCALLIONS_AI_API_KEY": UPSTREAM_KEY,
        "RAPTSCALLIONS_AI_MODEL": "stub-model",
    }
    yield from running(modules, tmp_path_factory.mktemp("stub-server"), env)
