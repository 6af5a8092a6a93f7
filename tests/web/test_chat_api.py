"""Chat sessions, product runs, logs and extractions over real HTTP, through the built-in
modules and the echo model (which answers with what reached it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from .conftest import ESSAY, STUDENT, TUTOR, Server

OTHER = {"id": "student-2", "role": "student"}


# ---------------------------------------------------------------- chat


def test_pii_is_redacted_and_the_trace_shows_the_filter(server: Server) -> None:
    session = server.start_session()
    reply = server.send(session, "Hi, I'm sam.lee@example.com, can you help with fractions?")
    assert reply["session_id"] == session
    assert reply["blocked"] is False and reply["ai_called"] is True and reply["model"]
    assert "sam.lee@example.com" not in reply["response"]
    assert "[EMAIL]" in reply["response"]
    assert "You are a patient math tutor." in reply["response"]  # the tool's behavior
    [found] = [e for e in reply["extractions"] if e["type"] == "pii_detected"]
    assert found == {
        "module": "pii-filter", "type": "pii_detected",
        "data": {"location": "user_message", "kinds": ["email"]},
    }  # fmt: skip
    steps = [(s["hook"], s["module"], s["action"]) for s in reply["trace"]]
    assert ("chat:before_ai", "pii-filter", "continue") in steps
    assert ("chat:after_ai", "pii-filter", "continue") in steps
    assert ("chat:on_message", "struggle-detector", "dispatched") in steps
    assert all(isinstance(s["duration_ms"], float) for s in reply["trace"])
    user, assistant = reply["user_message"], reply["assistant_message"]
    assert user["role"] == "user" and user["seq"] == 1 and "[EMAIL]" in user["content"]
    assert assistant["role"] == "assistant" and assistant["seq"] == 2
    assert assistant["content"] == reply["response"] and assistant["status"] == "ok"


def test_self_harm_is_blocked_with_a_supportive_answer(server: Server) -> None:
    session = server.start_session()
    reply = server.send(session, "I want to kill myself")
    assert reply["blocked"] is True and reply["ai_called"] is False
    assert reply["reason"] == "safety:self_harm"
    assert "988" in reply["response"] and "[user]" not in reply["response"]
    assert [e["type"] for e in reply["extractions"]] == ["safety_flag"]
    assert ("chat:before_ai", "safety-filter", "block") in [
        (s["hook"], s["module"], s["action"]) for s in reply["trace"]
    ]
    assert reply["user_message"]["status"] == "blocked"


def test_a_session_read_back_and_ended(server: Server) -> None:
    scope = {
        "group": {"id": "school-1", "name": "School", "path": "district/school-1"},
        "class": {"id": "7b", "name": "7B"},
        "assignment": {"id": "hw-3", "name": "Homework 3", "config": {"due": "friday"}},
    }
    created = server.check(
        server.http.post("/api/sessions", json={"user": STUDENT, "tool": TUTOR, **scope}), 201
    )
    assert set(created) >= {"id", "user_id", "tool", "state", "started_at", "ended_at"}
    assert created["user_id"] == STUDENT["id"] and created["tool"]["id"] == TUTOR["id"]
    assert created["tool"]["definition"]["behavior"] == TUTOR["definition"]["behavior"]
    assert created["class"] == {"id": "7b", "name": "7B"} and created["ended_at"] is None
    datetime.fromisoformat(created["started_at"])
    session = created["id"]
    assert server.check(server.http.get(f"/api/sessions/{session}")) == created

    server.send(session, "what is 1/2 + 1/4?")
    server.send(session, "and 1/3 + 1/6?")
    messages = server.check(server.http.get(f"/api/sessions/{session}/messages"))
    assert [(m["role"], m["seq"]) for m in messages] == [
        ("user", 1), ("assistant", 2), ("user", 3), ("assistant", 4),
    ]  # fmt: skip
    assert messages[0]["content"] == "what is 1/2 + 1/4?" and messages[0]["status"] == "ok"
    assert set(messages[0]) == {"id", "role", "content", "seq", "status", "created_at"}

    stranger = server.http.post(f"/api/sessions/{session}/end", json={"user_id": OTHER["id"]})
    server.error(stranger, 403, "not_session_owner")
    ended = server.check(server.http.post(f"/api/sessions/{session}/end"))
    assert ended["state"] == "completed" and ended["ended_at"] is not None
    assert server.check(server.http.post(f"/api/sessions/{session}/end"))["state"] == "completed"
    late = server.http.post(
        f"/api/sessions/{session}/messages", json={"user_id": STUDENT["id"], "content": "hi"}
    )
    server.error(late, 409, "session_ended")


def test_session_errors(server: Server) -> None:
    session = server.start_session()
    missing = server.http.post(
        "/api/sessions/no-such-session/messages", json={"user_id": "u", "content": "hi"}
    )
    server.error(missing, 404, "session_not_found")
    server.error(server.http.get("/api/sessions/no-such-session"), 404, "session_not_found")
    server.error(
        server.http.get("/api/sessions/no-such-session/messages"), 404, "session_not_found"
    )
    other = server.http.post(
        f"/api/sessions/{session}/messages", json={"user": OTHER, "content": "hi"}
    )
    assert "does not own" in server.error(other, 403, "not_session_owner")["message"]
    # Refused requests stored nothing.
    assert server.check(server.http.get(f"/api/sessions/{session}/messages")) == []


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ({"tool": TUTOR}, "$.user", "must be a JSON object"),
        ({"user": "student-1", "tool": TUTOR}, "$.user", "must be a JSON object"),
        ({"user": {"role": "student"}, "tool": TUTOR}, "$.user.id", "non-empty string"),
        ({"user": {"id": 7}, "tool": TUTOR}, "$.user.id", "non-empty string (got 7)"),
        ({"user": {"id": "u", "role": "root"}, "tool": TUTOR}, "$.user.role", "one of"),
        ({"user": {"id": "u", "age": 12}, "tool": TUTOR}, "$.user.age", "unknown key"),
        ({"user": STUDENT}, "$.tool", "must be a JSON object"),
        ({"user": STUDENT, "tool": {"id": "t", "type": "quiz"}}, "$.tool.type", "chat or"),
        ({"user": STUDENT, "tool": ESSAY}, "$.tool.type", "must be chat for a session"),
        (
            {"user": STUDENT, "tool": {"id": "t", "definition": {"modules": "pii-filter"}}},
            "$.tool.definition.modules",
            "list of module names",
        ),
        (
            {"user": STUDENT, "tool": {"id": "t", "definition": {"behavior": ["a"]}}},
            "$.tool.definition.behavior",
            "must be a string",
        ),
        ({"user": STUDENT, "tool": TUTOR, "class": {"name": "7B"}}, "$.class.id", "non-empty"),
        ({"user": STUDENT, "tool": TUTOR, "group": []}, "$.group", "JSON object"),
        (
            {"user": STUDENT, "tool": TUTOR, "assignment": {"id": "a", "config": [1]}},
            "$.assignment.config",
            "must be an object",
        ),
        ({"user": STUDENT, "tool": TUTOR, "session": "x"}, "$.session", "unknown key"),
    ],
)
def test_a_bad_session_body_is_400_naming_the_field(
    server: Server, body: dict[str, Any], field: str, words: str
) -> None:
    response = server.http.post("/api/sessions", json=body)
    error = server.error(response, 400, "bad_request")
    assert error.get("field") == field, error
    assert words in error["message"], error


def test_bad_message_bodies_are_400(server: Server) -> None:
    session = server.start_session()
    url = f"/api/sessions/{session}/messages"
    cases: list[tuple[Any, str]] = [
        (b"hello", "not valid JSON"),
        ([{"content": "hi"}], "must be a JSON object"),
        ({"content": "hi"}, "say who sends the message"),
        ({"user_id": STUDENT["id"]}, '"content"'),
        ({"user_id": STUDENT["id"], "content": 42}, '"content"'),
        ({"user_id": STUDENT["id"], "content": "   "}, "non-empty text"),
        ({"user_id": STUDENT["id"], "content": "x" * 100_001}, "at most 100000 characters"),
        ({"user_id": 5, "content": "hi"}, "$.user_id must be a non-empty string"),
        ({"user_id": "u", "user": STUDENT, "content": "hi"}, "not both"),
        ({"user_id": STUDENT["id"], "content": "hi", "extra": 1}, "unknown key"),
    ]
    for body, words in cases:
        if isinstance(body, bytes):
            response = server.http.post(url, content=body)
        else:
            response = server.http.post(url, json=body)
        assert words in server.error(response, 400, "bad_request")["message"], body
    assert server.check(server.http.get(url)) == []


# ---------------------------------------------------------------- product runs


def test_a_product_run_is_redacted_and_stored(server: Server) -> None:
    body = {"user": STUDENT, "tool": ESSAY, "input": {"prompt": "Mail me at sam@example.com"}}
    run = server.check(server.http.post("/api/runs", json=body))
    assert run["state"] == "complete" and run["blocked"] is False and run["model"]
    assert "sam@example.com" not in run["output"]["content"]
    assert "[EMAIL]" in run["output"]["content"]
    assert [e["type"] for e in run["extractions"]] == ["pii_detected"]
    assert ("product:before_ai", "pii-filter", "continue") in [
        (s["hook"], s["module"], s["action"]) for s in run["trace"]
    ]
    stored = server.check(server.http.get(f"/api/runs/{run['id']}"))
    assert stored["id"] == run["id"] and stored["state"] == "complete"
    assert stored["tool_id"] == ESSAY["id"] and stored["user_id"] == STUDENT["id"]
    assert stored["output"] == run["output"] and stored["completed_at"] is not None
    server.error(server.http.get("/api/runs/no-such-run"), 404, "run_not_found")


def test_bad_run_bodies_are_400(server: Server) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"user": STUDENT, "tool": ESSAY}, "$.input"),
        ({"user": STUDENT, "tool": ESSAY, "input": "essay"}, "$.input"),
        ({"user": STUDENT, "tool": TUTOR, "input": {}}, "$.tool.type"),
        ({"tool": ESSAY, "input": {}}, "$.user"),
    ]
    for body, field in cases:
        response = server.http.post("/api/runs", json=body)
        assert server.error(response, 400, "bad_request").get("field") == field, body


# ---------------------------------------------------------------- logs


def log_rows(server: Server, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = server.check(server.http.get("/api/logs", params=params))
    return rows


def test_logs_filtered_by_module_level_and_time(server: Server) -> None:
    session = server.start_session()
    server.send(session, "plain message")
    server.send(session, "please warn")
    server.send(session, "please fail")
    server.wait_for(
        "the recorder's error log",
        lambda: log_rows(server, module="recorder", level="error"),
    )
    rows = log_rows(server, module="recorder", limit=1000)
    assert rows and all(r["module"] == "recorder" for r in rows)
    assert set(rows[0]) == {"id", "module", "level", "message", "data", "session_id",
                            "request_id", "created_at"}  # fmt: skip
    times = [datetime.fromisoformat(r["created_at"]) for r in rows]
    assert times == sorted(times, reverse=True)  # newest first
    assert {r["level"] for r in rows} == {"debug", "info", "warning", "error"}

    warnings = log_rows(server, module="recorder", level="warning")
    assert {r["level"] for r in warnings} == {"warning", "error"}
    assert {r["message"] for r in warnings} == {"recorder warns", "recorder fails"}
    assert {r["level"] for r in log_rows(server, module="recorder", level="info")} == {
        "info", "warning", "error",
    }  # fmt: skip
    assert [r["message"] for r in log_rows(server, module="recorder", level="error")] == [
        "recorder fails"
    ]
    assert log_rows(server, module="recorder", limit=2) == rows[:2]
    assert log_rows(server, module="no-such-module") == []

    def at(row: dict[str, Any]) -> datetime:
        return datetime.fromisoformat(row["created_at"])

    middle = rows[len(rows) // 2]
    since = log_rows(server, module="recorder", since=middle["created_at"], limit=1000)
    until = log_rows(server, module="recorder", until=middle["created_at"], limit=1000)
    assert since and all(at(r) >= at(middle) for r in since)
    assert until and all(at(r) <= at(middle) for r in until)
    assert {r["id"] for r in since} | {r["id"] for r in until} == {r["id"] for r in rows}
    window = log_rows(
        server, module="recorder", since=middle["created_at"], until=middle["created_at"]
    )
    assert middle in window and all(at(r) == at(middle) for r in window)
    future = log_rows(server, since="2999-01-01T00:00:00Z")
    assert future == []
    # Every module's logs when none is named.
    assert {"recorder"} <= {r["module"] for r in log_rows(server, limit=1000)}


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"level": "loud"}, "level must be one of debug, info, warning, error"),
        ({"limit": "0"}, "limit must be a whole number from 1 to 1000"),
        ({"limit": "1001"}, "limit must be a whole number from 1 to 1000"),
        ({"limit": "ten"}, "limit must be a whole number"),
        ({"limit": "-5"}, "limit must be a whole number"),
        ({"since": "yesterday"}, "since must be an ISO 8601 time"),
        ({"until": "2026-13-01"}, "until must be an ISO 8601 time"),
        ({"since": "2026-02-01T00:00:00Z", "until": "2026-01-01T00:00:00Z"}, "not be later"),
        ({"modul": "recorder"}, "unknown query parameter(s) 'modul'"),
    ],
)
def test_bad_log_queries_are_400(server: Server, params: dict[str, str], words: str) -> None:
    response = server.http.get("/api/logs", params=params)
    assert words in server.error(response, 400, "bad_request")["message"]


# ---------------------------------------------------------------- extractions


def extraction_page(server: Server, **params: Any) -> dict[str, Any]:
    page: dict[str, Any] = server.check(server.http.get("/api/extractions", params=params))
    return page


def test_extractions_filtered_and_paged(server: Server) -> None:
    session = server.start_session()
    for n in range(7):
        server.send(session, f"message number {n} from sam@example.com")
    mine = {"module": "recorder", "session_id": session}

    def all_notes() -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = extraction_page(server, **mine, limit=1000)["items"]
        return items if len(items) == 7 else []

    everything = server.wait_for("the recorder's seven notes", all_notes)
    assert all(e["module"] == "recorder" and e["type"] == "note" for e in everything)
    assert all(e["session_id"] == session and e["user_id"] == STUDENT["id"] for e in everything)
    assert set(everything[0]) == {"id", "module", "type", "data", "user_id", "session_id",
                                  "run_id", "class_id", "request_id", "created_at"}  # fmt: skip
    times = [e["created_at"] for e in everything]
    assert times == sorted(times, reverse=True)

    pages, cursor = [], None
    while True:
        params: dict[str, Any] = {**mine, "limit": 3}
        if cursor:
            params["before"] = cursor
        page = extraction_page(server, **params)
        pages.append([e["id"] for e in page["items"]])
        cursor = page["next"]
        if cursor is None:
            break
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [i for p in pages for i in p] == [e["id"] for e in everything]

    exact = extraction_page(server, **mine, limit=7)
    assert len(exact["items"]) == 7 and exact["next"] is None

    pii = server.wait_for(
        "the PII filter's extractions",
        lambda: extraction_page(server, module="pii-filter", session_id=session)["items"],
    )
    assert {e["type"] for e in pii} == {"pii_detected"}
    by_type = extraction_page(server, type="note", user_id=STUDENT["id"], limit=1000)["items"]
    assert {e["id"] for e in everything} <= {e["id"] for e in by_type}
    assert extraction_page(server, user_id="nobody")["items"] == []


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"before": "not-a-cursor"}, "before must be the 'next' of a previous page"),
        ({"before": "W10"}, "before must be the 'next'"),
        ({"limit": "0"}, "limit must be a whole number from 1 to 1000"),
        ({"session": "x"}, "unknown query parameter(s) 'session'"),
    ],
)
def test_bad_extraction_queries_are_400(server: Server, params: dict[str, str], words: str) -> None:
    response = server.http.get("/api/extractions", params=params)
    assert words in server.error(response, 400, "bad_request")["message"]
