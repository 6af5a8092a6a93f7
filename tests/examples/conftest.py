"""Running the example apps as real servers: a subprocess on a free port, spoken to over HTTP.

`launch(kind)` starts ``examples.asyncio_app`` under uvicorn or ``examples.trio_app`` under
hypercorn's trio worker, waits until it answers, and stops it (SIGTERM, then SIGKILL) at the
end of the test if the test has not.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0

AppKind = Literal["asyncio", "trio"]
STUDENT = {"id": "student-1", "role": "student", "name": "Sam"}
TUTOR = {
    "id": "tutor",
    "name": "Math tutor",
    "definition": {"behavior": "You are a patient math tutor."},
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def alive(pid: int) -> bool:
    """Whether `pid` is a running (not zombie) process."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (FileNotFoundError, IndexError):
        return False


def children(pid: int) -> list[int]:
    """Running processes whose parent is `pid`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
            found.append(int(entry))
    return found


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


class App:
    """One example server process and an HTTP client for it."""

    def __init__(self, kind: AppKind, modules: Path, database: str, log_path: Path) -> None:
        self.kind = kind
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
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
        self._log = log_path.open("wb")
        self.process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )
        self.http = httpx.Client(base_url=self.base_url, timeout=30.0)

    @property
    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

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

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> int:
        """Send `sig` and wait for the server to exit; its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(
                f"the {self.kind} app ignored {sig.name}:\n{self.output}"
            ) from None

    def close(self) -> None:
        self.http.close()
        if self.process.poll() is None:
            self.stop()
        self._log.close()

    # ------------------------------------------------------------ the API

    def check(self, response: httpx.Response, status: int = 200) -> Any:
        assert response.status_code == status, (
            f"{response.request.method} {response.request.url.path}: expected {status}, got "
            f"{response.status_code}: {response.text}\n--- server output:\n{self.output}"
        )
        return response.json()

    def start_session(self, user: dict[str, Any] = STUDENT) -> str:
        body = self.check(self.http.post("/sessions", json={"user": user, "tool": TUTOR}), 201)
        assert body["state"] == "active"
        session_id: str = body["id"]
        return session_id

    def send(self, session_id: str, content: str, user_id: str = STUDENT["id"]) -> Any:
        return self.check(
            self.http.post(
                f"/sessions/{session_id}/messages", json={"user_id": user_id, "content": content}
            )
        )

    def modules(self) -> dict[str, Any]:
        return {m["name"]: m for m in self.check(self.http.get("/modules"))}

    def worker_pids(self) -> list[int]:
        pids = [m["pid"] for m in self.modules().values() if m["pid"] is not None]
        assert pids, f"no module is running:\n{self.output}"
        return pids

    def wait_for(self, what: str, probe: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Poll `probe` until it returns something truthy (stored rows arrive in batches)."""
        deadline = time.monotonic() + timeout
        while True:
            found = probe()
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not seen within {timeout:g} s\n{self.output}")
            time.sleep(0.1)

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
    for name in ("pii-filter", "safety-filter", "struggle-detector"):
        shutil.copytree(
            REPO / "modules" / name, modules / name, ignore=shutil.ignore_patterns("tests")
        )
    write_module(modules, "hinter", HINTER)
    return modules


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


@pytest.fixture
def waiting_modules(tmp_path: Path) -> Path:
    """A modules folder with one module whose `chat:before_ai` waits 30 s (its timeout is a
    minute), and logs when that wait is cancelled."""
    modules = tmp_path / "waiting-modules"
    write_module(modules, "waiter", WAITER, timeouts={"chat:before_ai": 60000})
    return modules


class Checks:
    """The end-to-end behaviour both example apps must show (with the built-in modules and
    the echo model, which answers with what reached it)."""

    PII = (
        "Hi, I'm Sam: sam.lee@example.com, call 415-555-0199 or in the UK +44 161 496 0018. "
        "My SSN is 123-45-6789 and my card 4111 1111 1111 1111. "
        "WWII ended in 1945 and pi is about 3.14."
    )
    SECRETS = ("sam.lee@example.com", "415-555-0199", "+44 161 496 0018", "123-45-6789",
               "4111 1111 1111 1111", "4111")  # fmt: skip

    @staticmethod
    def pii_never_reaches_the_ai(app: App) -> None:
        session = app.start_session()
        reply = app.send(session, Checks.PII)
        assert not reply["blocked"], reply
        # The echo model repeats the message it was sent: what the modules let through.
        for secret in Checks.SECRETS:
            assert secret not in reply["response"], (secret, reply["response"])
        for token in ("[EMAIL]", "[PHONE]", "[SSN]", "[CREDIT_CARD]"):
            assert token in reply["response"], (token, reply["response"])
        assert "1945" in reply["response"] and "3.14" in reply["response"]
        assert "You are a patient math tutor." in reply["response"]  # the tool's behavior
        [found] = [e for e in reply["extractions"] if e["type"] == "pii_detected"]
        assert found["module"] == "pii-filter"
        assert set(found["data"]["kinds"]) == {"email", "phone", "ssn", "credit_card"}
        modules = [(s["hook"], s["module"], s["action"]) for s in reply["trace"]]
        assert ("chat:before_ai", "pii-filter", "continue") in modules

    @staticmethod
    def self_harm_is_blocked_with_support(app: App) -> None:
        session = app.start_session()
        reply = app.send(session, "I want to kill myself")
        assert reply["blocked"] is True
        assert reply["reason"] == "safety:self_harm"
        assert "988" in reply["response"]
        assert "[user]" not in reply["response"] and reply["ai_called"] is False
        assert [e["type"] for e in reply["extractions"]] == ["safety_flag"]

    @staticmethod
    def system_prompt_additions_reach_the_ai(app: App) -> None:
        """Needs the `hinter` module (`tutoring_modules`)."""
        session = app.start_session()
        reply = app.send(session, "what is 2/3 + 1/6?")
        assert reply["ai_called"] is True
        system = reply["response"].split("[user]")[0]  # the echo shows the system prompt first
        assert "You are a patient math tutor." in system
        assert "Additional context:\nAnswer with a hint, not the solution." in system
        assert ("chat:before_ai", "hinter", "continue") in [
            (s["hook"], s["module"], s["action"]) for s in reply["trace"]
        ]

    @staticmethod
    def struggle_is_detected(app: App) -> None:
        session = app.start_session()
        for _ in range(3):
            app.send(session, "I don't get it")

        def flagged() -> list[dict[str, Any]]:
            rows = app.extractions(session)
            return [row for row in rows if row["type"] == "struggle_detected"]

        [flag] = app.wait_for("struggle_detected", flagged)
        assert flag["module"] == "struggle-detector"
        assert flag["session_id"] == session and flag["user_id"] == STUDENT["id"]
        assert flag["data"]["count"] >= flag["data"]["threshold"] == 3

    @staticmethod
    def errors_are_clear(app: App) -> None:
        session = app.start_session()
        missing = app.http.post(
            "/sessions/no-such-session/messages", json={"user_id": "u", "content": "hi"}
        )
        assert app.check(missing, 404)["error"] == "session_not_found"
        other = app.http.post(
            f"/sessions/{session}/messages", json={"user_id": "someone-else", "content": "hi"}
        )
        assert "does not own" in app.check(other, 403)["message"]
        bad = app.http.post("/sessions", json={"user": {"role": "student"}, "tool": TUTOR})
        assert "user.id must be a non-empty string" in app.check(bad, 400)["message"]
        assert app.check(app.http.post(f"/sessions/{session}/end"))["state"] == "completed"
        ended = app.http.post(
            f"/sessions/{session}/messages", json={"user_id": STUDENT["id"], "content": "hi"}
        )
        assert app.check(ended, 409)["error"] == "session_ended"
        assert app.check(app.http.get("/modules/no-such-module/logs"), 404)["error"] == (
            "module_not_found"
        )

    @staticmethod
    def a_disconnect_cancels_the_module_call(app: App) -> None:
        """The client sends a message and hangs up after 0.5 s; the `waiter` module's 30 s
        wait in its worker is cancelled right away (its timeout is a minute)."""
        session = app.start_session()
        pid = app.modules()["waiter"]["pid"]
        with pytest.raises(httpx.ReadTimeout):
            app.http.post(
                f"/sessions/{session}/messages",
                json={"user_id": STUDENT["id"], "content": "hello"},
                timeout=httpx.Timeout(10.0, read=0.5),
            )  # leaving the call closes the connection
        hung_up = time.monotonic()

        def messages() -> set[str]:
            return {row["message"] for row in app.logs("waiter")}

        app.wait_for("the worker's log of the cancellation",
                     lambda: "cancelled while waiting" in messages(), timeout=5.0)  # fmt: skip
        assert time.monotonic() - hung_up < 5.0  # long before the 30 s wait or the timeout
        assert "waiting" in messages()
        waiter = app.modules()["waiter"]
        assert waiter["pid"] == pid  # the worker gave the call up: not killed, not restarted
        assert waiter["status"] == "ready"
        assert waiter["counters"].get("chat:before_ai", {}).get("timeouts", 0) == 0

    @staticmethod
    def a_signal_stops_every_worker(app: App, sig: signal.Signals) -> None:
        session = app.start_session()
        app.send(session, "hello")
        pids = app.worker_pids()
        assert sorted(pids) == sorted(children(app.process.pid))
        assert all(alive(pid) for pid in pids)
        app.stop(sig)
        # Checked at once: the server stopped its workers before it exited (a worker whose
        # host dies would also exit by itself, but only a moment later).
        left = [pid for pid in pids if alive(pid)]
        assert not left, f"workers left after {sig.name}: {left}\n{app.output}"


@pytest.fixture
def checks() -> type[Checks]:
    return Checks
