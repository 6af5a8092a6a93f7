"""`python -m raptscallions.web` (`serve_main`) as a process: start-up, the printed URL and
token, graceful shutdown with a request in flight, and refusing to start."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import STUDENT, TUTOR, Server, alive, running


def test_sigterm_answers_the_request_in_flight_then_stops_everything(
    sleepy_modules: Path, tmp_path: Path
) -> None:
    """The sleeper module holds each message for a second; SIGTERM arrives during it."""
    with running(sleepy_modules, tmp_path) as server:
        session = server.start_session()
        workers = server.workers()
        assert len(workers) == 1 and alive(workers[0])
        result: dict[str, Any] = {}

        def send() -> None:
            with httpx.Client(base_url=server.base_url, timeout=30.0) as client:
                started = time.monotonic()
                result["response"] = client.post(
                    f"/api/sessions/{session}/messages",
                    json={"user_id": STUDENT["id"], "content": "hello"},
                    headers={"Authorization": f"Bearer {server.token}"},
                )
                result["took"] = time.monotonic() - started

        sender = threading.Thread(target=send)
        sender.start()
        time.sleep(0.4)  # the message is in the sleeper's hands now
        assert server.stop() == 0, server.output
        sender.join(30)
        response = result["response"]
        assert response.status_code == 200, response.text
        assert response.json()["ai_called"] is True and result["took"] >= 0.9
        assert "SIGTERM: shutting down" in server.output
        assert [pid for pid in workers if alive(pid)] == []
        # What the module recorded during the last request was flushed before the exit.
        with sqlite3.connect(server.database) as db:
            types = [row[0] for row in db.execute("SELECT type FROM extractions")]
        assert types == ["slept"]
        # And the server is gone.
        with pytest.raises(httpx.TransportError):
            server.anonymous.get("/healthz", timeout=2.0)


def test_a_generated_token_is_printed_and_works(tmp_path: Path) -> None:
    empty = tmp_path / "no-modules"
    empty.mkdir()
    with running(empty, tmp_path, token=None) as server:
        assert len(server.token) >= 32
        assert server.check(server.http.get("/api/modules")) == []
        assert server.check(server.anonymous.get("/healthz")) == {
            "status": "ok", "modules": {"total": 0, "ready": 0},
        }  # fmt: skip
        server.error(
            server.anonymous.get("/api/modules", headers={"Authorization": "Bearer x"}),
            401,
            "unauthorized",
        )


def test_max_body_is_an_option(tmp_path: Path) -> None:
    empty = tmp_path / "no-modules"
    empty.mkdir()
    with running(empty, tmp_path, extra=("--max-body", "100")) as server:
        body = {"user": STUDENT, "tool": TUTOR, "group": {"id": "g" * 200}}
        server.error(server.http.post("/api/sessions", json=body), 413, "body_too_large")
        small = server.http.post("/api/sessions", json={"user": {"id": "u"}, "tool": {"id": "t"}})
        assert small.status_code == 201


def run_to_exit(*args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "raptscallions.web", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_a_server_that_cannot_start_says_why_and_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "no-modules"
    empty.mkdir()
    bad_db = run_to_exit("--modules", str(empty), "--db", "mysql://localhost/x", "--port", "0")
    assert bad_db.returncode == 1
    assert "cannot start: unsupported store URL" in bad_db.stderr

    broken = tmp_path / "broken"
    (broken / "must-have").mkdir(parents=True)
    (broken / "must-have" / "module.yaml").write_text(
        "name: must-have\nversion: 1.0.0\ndescription: x\nhooks: [chat:before_ai]\nrequired: true\n"
    )
    (broken / "must-have" / "module.py").write_text("import nothing_here\n")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    refused = run_to_exit("--modules", str(broken), "--db", db, "--port", "0")
    assert refused.returncode == 1
    assert "required module(s) could not load" in refused.stderr


def test_a_port_in_use_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "no-modules"
    empty.mkdir()
    with running(empty, tmp_path) as server:
        port = server.base_url.rsplit(":", 1)[1]
        db = f"sqlite:///{tmp_path / 'other.db'}"
        clash = run_to_exit("--modules", str(empty), "--db", db, "--port", port)
        assert clash.returncode == 1
        assert "cannot start" in clash.stderr


def test_sigint_stops_it_too(tmp_path: Path, modules_dir: Path) -> None:
    server = Server(modules_dir, tmp_path)
    try:
        server.wait_up()
        workers = server.workers()
        assert len(workers) == 4
        assert server.stop(signal.SIGINT) == 0, server.output
        assert [pid for pid in workers if alive(pid)] == []
    finally:
        server.close()


def test_an_open_event_stream_does_not_hold_up_shutdown(tmp_path: Path) -> None:
    empty = tmp_path / "no-modules"
    empty.mkdir()
    with running(empty, tmp_path) as server:
        params = {"token": server.token}
        with server.anonymous.stream("GET", "/api/events", params=params) as stream:
            lines = stream.iter_lines()
            assert next(lines) == ": connected"
            started = time.monotonic()
            assert server.stop() == 0, server.output
            assert time.monotonic() - started < 5.0  # not the 30 s graceful timeout
            rest = list(lines)  # the stream ended cleanly
        assert all(line == "" or line.startswith(":") for line in rest), rest


def test_a_client_that_hangs_up_cancels_its_message_and_nothing_else(
    sleepy_modules: Path, tmp_path: Path
) -> None:
    with running(sleepy_modules, tmp_path) as server:
        session = server.start_session()
        pid = server.modules()["sleeper"]["pid"]
        url = f"/api/sessions/{session}/messages"
        with pytest.raises(httpx.ReadTimeout):
            server.http.post(
                url,
                json={"user_id": STUDENT["id"], "content": "never mind"},
                timeout=httpx.Timeout(10.0, read=0.3),
            )
        reply = server.send(session, "again")
        assert reply["ai_called"] is True
        assert reply["user_message"]["seq"] == 1  # the abandoned message stored nothing
        messages = server.check(server.http.get(url))
        assert [m["role"] for m in messages] == ["user", "assistant"]
        assert messages[0]["content"] == "again"
        sleeper = server.modules()["sleeper"]
        assert sleeper["pid"] == pid and sleeper["status"] == "ready"
        assert sleeper["counters"]["chat:before_ai"]["timeouts"] == 0
        text = server.http.get("/metrics").text
        assert (
            'raptscallions_http_requests_total{method="POST",'
            'route="/api/sessions/{session_id}/messages",status="499"} 1.0'
        ) in text
