"""The example apps (examples/asyncio_app: Starlette on uvicorn with raptscallions through the
trio portal; examples/trio_app: Starlette on hypercorn's trio worker with raptscallions opened
directly in trio), each run as a real server and spoken to over HTTP.

Both must show the same end-to-end behaviour (with the built-in modules and the echo model,
which answers with what reached it); only their shutdown messages differ.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests._servers import STUDENT, alive, assert_gone, children

from .conftest import TUTOR, App, AppKind, Launch


@pytest.fixture(params=["asyncio", "trio"])
def kind(request: pytest.FixtureRequest) -> AppKind:
    app_kind: AppKind = request.param
    return app_kind


def test_chat_through_the_built_in_modules(
    launch: Launch, kind: AppKind, tutoring_modules: Path
) -> None:
    app = launch(kind, tutoring_modules)
    pii_never_reaches_the_ai(app)
    system_prompt_additions_reach_the_ai(app)
    self_harm_is_blocked_with_support(app)
    struggle_is_detected(app)
    errors_are_clear(app)


def test_a_client_hanging_up_cancels_the_module_call(
    launch: Launch, kind: AppKind, waiting_modules: Path
) -> None:
    a_disconnect_cancels_the_module_call(launch(kind, waiting_modules))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_a_signal_leaves_no_worker_behind(
    launch: Launch, kind: AppKind, sig: signal.Signals
) -> None:
    app = launch(kind)
    a_signal_stops_every_worker(app, sig)
    if kind == "asyncio":
        assert "Application shutdown complete." in app.output  # uvicorn's graceful shutdown
    else:
        assert f"{sig.name}: shutting down" in app.output  # the app's shutdown trigger
        assert app.process.returncode == 0


# ---------------------------------------------------------------- the checks

PII = (
    "Hi, I'm Sam: sam.lee@example.com, call 415-555-0199 or in the UK +44 161 496 0018. "
    "My SSN is 123-45-6789 and my card 4111 1111 1111 1111. "
    "WWII ended in 1945 and pi is about 3.14."
)
SECRETS = ("sam.lee@example.com", "415-555-0199", "+44 161 496 0018", "123-45-6789",
           "4111 1111 1111 1111", "4111")  # fmt: skip


def pii_never_reaches_the_ai(app: App) -> None:
    session = app.start_session()
    reply = app.send(session, PII)
    assert not reply["blocked"], reply
    # The echo model repeats the message it was sent: what the modules let through.
    for secret in SECRETS:
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


def self_harm_is_blocked_with_support(app: App) -> None:
    session = app.start_session()
    reply = app.send(session, "I want to kill myself")
    assert reply["blocked"] is True
    assert reply["reason"] == "safety:self_harm"
    assert "988" in reply["response"]
    assert "[user]" not in reply["response"] and reply["ai_called"] is False
    assert [e["type"] for e in reply["extractions"]] == ["safety_flag"]


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


def a_signal_stops_every_worker(app: App, sig: signal.Signals) -> None:
    session = app.start_session()
    app.send(session, "hello")
    pids = app.worker_pids()
    assert sorted(pids) == sorted(children(app.process.pid))
    assert all(alive(pid) for pid in pids)
    app.stop(sig)
    # Checked at once: the server stopped its workers before it exited (a worker whose
    # host dies would also exit by itself, but only a moment later).
    assert_gone(pids, f"workers left after {sig.name}", app.output)
