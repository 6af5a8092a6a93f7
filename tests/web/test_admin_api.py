"""The admin API over real HTTP: auth, modules, scoped configuration, the required module's
protection, enable/disable/reload with the event stream, limits, metrics, health and the UI."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from .conftest import STUDENT, TOKEN, Server

MIB = 1024 * 1024


# ---------------------------------------------------------------- auth


PROTECTED = [
    ("GET", "/api/modules"),
    ("GET", "/api/modules/pii-filter"),
    ("POST", "/api/modules/recorder/disable"),
    ("PUT", "/api/modules/recorder/config"),
    ("GET", "/api/logs"),
    ("GET", "/api/extractions"),
    ("GET", "/api/events"),
    ("POST", "/api/sessions"),
    ("GET", "/api/no-such-endpoint"),
    ("GET", "/metrics"),
]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": f"Bearer {TOKEN}x"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer tökén".encode()},
    ],
    ids=["none", "wrong", "longer", "basic", "empty", "non-ascii"],
)
def test_without_the_right_token_every_protected_endpoint_is_401(
    server: Server, headers: dict[str, Any]
) -> None:
    for method, path in PROTECTED:
        response = server.anonymous.request(method, path, headers=headers, json={})
        body = server.error(response, 401, "unauthorized")
        assert "Authorization: Bearer" in body["message"]
        assert response.headers["www-authenticate"] == "Bearer"
    # Nothing was changed by the refused requests.
    assert server.modules()["recorder"]["status"] == "ready"


def test_with_the_right_token_the_api_answers(server: Server) -> None:
    response = server.anonymous.get("/api/modules", headers={"Authorization": f"bearer {TOKEN}"})
    assert response.status_code == 200
    assert server.http.get("/metrics").status_code == 200


def test_a_query_token_is_accepted_only_by_the_event_stream(server: Server) -> None:
    server.error(server.anonymous.get("/api/modules", params={"token": TOKEN}), 401, "unauthorized")
    server.error(server.anonymous.get("/metrics", params={"token": TOKEN}), 401, "unauthorized")
    server.error(
        server.anonymous.get("/api/events", params={"token": "wrong"}), 401, "unauthorized"
    )
    with server.anonymous.stream("GET", "/api/events", params={"token": TOKEN}) as stream:
        assert stream.status_code == 200
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert next(stream.iter_lines()) == ": connected"
    head = server.http.head("/api/events")
    assert head.status_code == 200 and head.headers["content-type"].startswith("text/event-")


def test_health_the_ui_and_static_files_need_no_token(server: Server) -> None:
    health = server.check(server.anonymous.get("/healthz"))
    assert health == {"status": "ok", "modules": {"total": 4, "ready": 4}}
    page = server.anonymous.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "<html" in page.text.lower()
    server.error(server.anonymous.get("/static/no-such-file.js"), 404, "not_found")
    server.error(server.anonymous.get("/static/../pyproject.toml"), 404, "not_found")


def test_unknown_paths_and_methods_are_json_errors(server: Server) -> None:
    server.error(server.http.get("/api/no-such-endpoint"), 404, "not_found")
    server.error(server.anonymous.get("/no-such-page"), 404, "not_found")
    response = server.http.delete("/api/modules")
    server.error(response, 405, "method_not_allowed")
    assert "GET" in response.headers["allow"]


# ---------------------------------------------------------------- modules


def test_the_module_list(server: Server) -> None:
    modules = server.check(server.http.get("/api/modules"))
    names = [m["name"] for m in modules]
    assert (
        names == sorted(names) == ["pii-filter", "recorder", "safety-filter", "struggle-detector"]
    )
    for m in modules:
        assert m["status"] == "ready" and isinstance(m["pid"], int) and m["generation"] >= 1
        assert set(m) >= {
            "name", "version", "status", "required", "description", "display_name", "icon",
            "tags", "hooks", "priorities", "blocking", "restart_count", "last_error",
            "last_error_at", "reason", "loaded_at", "generation", "pid", "protections",
            "counters",
        }  # fmt: skip
        assert "config_schema" not in m
    pii = {m["name"]: m for m in modules}["pii-filter"]
    assert pii["required"] is True and pii["display_name"] == "PII Filter"
    assert pii["priorities"]["chat:before_ai"] == 10
    assert pii["blocking"]["chat:before_ai"] is True
    struggle = {m["name"]: m for m in modules}["struggle-detector"]
    assert struggle["required"] is False
    assert struggle["blocking"] == {"chat:on_message": False, "session:end": False}
    assert sorted(m["pid"] for m in modules) == sorted(server.workers())


def test_the_module_detail(server: Server) -> None:
    recorder = server.check(server.http.get("/api/modules/recorder"))
    assert recorder["display_name"] == "Recorder" and recorder["tags"] == ["test"]
    assert recorder["config_schema"]["properties"]["limits"]["type"] == "object"
    assert recorder["defaults"] == {"enabled": True, "label": "note", "limits": {"maxNotes": 5}}
    assert recorder["scope"] == {"global": True, "group": True, "class": True, "tool": False}
    assert recorder["strictness"] == {}
    assert recorder["config"]["label"] == "note"
    pii = server.check(server.http.get("/api/modules/pii-filter"))
    assert pii["strictness"]["kinds"] == "grow"
    server.error(server.http.get("/api/modules/no-such-module"), 404, "module_not_found")
    for action in ("enable", "disable", "reload"):
        missing = server.http.post(f"/api/modules/no-such-module/{action}")
        server.error(missing, 404, "module_not_found")


# ---------------------------------------------------------------- configuration


def config_url(name: str) -> str:
    return f"/api/modules/{name}/config"


def test_a_config_round_trip(server: Server) -> None:
    url = config_url("recorder")
    empty = server.check(server.http.get(url))
    assert empty == {
        "module": "recorder", "scope_type": "global", "scope_id": None, "stored": False,
        "config": {}, "enabled": None, "updated_at": None,
    }  # fmt: skip
    stored = server.check(server.http.put(url, json={"label": "memo"}))
    assert stored["stored"] is True and stored["config"] == {"label": "memo"}
    assert stored["updated_at"] is not None
    assert server.check(server.http.get(url, params={"scope_type": "global"})) == stored
    assert server.check(server.http.get("/api/modules/recorder"))["config"]["label"] == "memo"

    params = {"scope_type": "class", "scope_id": "7b", "enabled": "false"}
    narrow = server.check(server.http.put(url, params=params, json={"limits": {"maxNotes": 2}}))
    assert narrow["scope_type"] == "class" and narrow["scope_id"] == "7b"
    assert narrow["enabled"] is False and narrow["config"] == {"limits": {"maxNotes": 2}}
    group = {"scope_type": "group", "scope_id": "district-9"}
    server.check(server.http.put(url, params=group, json={}))
    rows = server.check(server.http.get("/api/modules/recorder/configs"))
    assert [(r["scope_type"], r["scope_id"]) for r in rows] == [
        ("global", None), ("group", "district-9"), ("class", "7b"),
    ]  # fmt: skip

    for scope in ({}, {"scope_type": "class", "scope_id": "7b"}, group):
        assert server.check(server.http.delete(url, params=scope)) == {"deleted": True}
        assert server.check(server.http.delete(url, params=scope)) == {"deleted": False}
        assert server.check(server.http.get(url, params=scope))["stored"] is False
    assert server.check(server.http.get("/api/modules/recorder/configs")) == []


@pytest.mark.parametrize(
    ("config", "field", "words"),
    [
        ({"limits": {"maxNotes": 0}}, "$.limits.maxNotes", "minimum"),
        ({"limits": {"maxNotes": "lots"}}, "$.limits.maxNotes", "not of type 'integer'"),
        ({"label": 7}, "$.label", "not of type 'string'"),
        ({"colour": "red"}, "$", "'colour' was unexpected"),
    ],
)
def test_an_invalid_config_is_422_with_the_field_and_nothing_is_saved(
    server: Server, config: dict[str, Any], field: str, words: str
) -> None:
    for scope in ({}, {"scope_type": "class", "scope_id": "7b"}):
        response = server.http.put(config_url("recorder"), params=scope, json=config)
        body = server.error(response, 422, "invalid_config")
        assert body["field"] == field and words in body["message"]
        assert (
            server.check(server.http.get(config_url("recorder"), params=scope))["stored"] is False
        )


def test_an_invalid_regex_names_the_list_item(server: Server) -> None:
    response = server.http.put(config_url("pii-filter"), json={"customPatterns": ["ok", "(oops"]})
    body = server.error(response, 422, "invalid_config")
    assert body["field"] == "$.customPatterns[1]"


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"scope_type": "school"}, "scope_type must be one of global, group, class, tool"),
        ({"scope_type": "class"}, "scope_id is needed for the class scope"),
        ({"scope_id": "7b"}, "scope_id must be omitted for the global scope"),
        ({"scope_type": "tool", "scope_id": "t1"}, "does not allow tool configuration"),
    ],
)
def test_a_bad_scope_is_422_invalid_scope(
    server: Server, params: dict[str, str], words: str
) -> None:
    for method in ("GET", "PUT", "DELETE"):
        response = server.http.request(method, config_url("recorder"), params=params, json={})
        assert words in server.error(response, 422, "invalid_scope")["message"]


def test_bad_config_requests_are_400(server: Server) -> None:
    url = config_url("recorder")
    cases: list[tuple[dict[str, Any], str]] = [
        ({"content": b"{not json"}, "not valid JSON"),
        ({"content": b""}, "empty"),
        ({"content": b"NaN"}, "not valid JSON"),
        ({"json": ["label", "memo"]}, "must be a JSON object"),
        ({"json": "memo"}, "must be a JSON object"),
        ({"json": {}, "params": {"enabled": "maybe"}}, "enabled must be true or false"),
        ({"json": {}, "params": {"scope": "global"}}, "unknown query parameter(s) 'scope'"),
        ({"json": {}, "params": [("enabled", "true"), ("enabled", "false")]}, "more than once"),
    ]
    for kwargs, words in cases:
        response = server.http.put(url, **kwargs)
        assert words in server.error(response, 400, "bad_request")["message"], kwargs
    assert server.check(server.http.get(url))["stored"] is False


# ---------------------------------------------------------------- the required module


@pytest.mark.parametrize(
    ("params", "config"),
    [
        ({"enabled": "false"}, {}),
        ({}, {"enabled": False}),
        ({}, {"kinds": ["ssn"]}),
        ({}, {"redactResponses": False}),
        ({"scope_type": "class", "scope_id": "7b", "enabled": "false"}, {}),
        ({"scope_type": "class", "scope_id": "7b"}, {"kinds": ["ssn"]}),
        ({"scope_type": "tool", "scope_id": "math-tutor"}, {"enabled": False}),
    ],
)
def test_turning_the_required_module_off_or_weaker_is_422_and_nothing_is_saved(
    server: Server, params: dict[str, str], config: dict[str, Any]
) -> None:
    response = server.http.put(config_url("pii-filter"), params=params, json=config)
    body = server.error(response, 422, "required_module")
    assert "pii-filter" in body["message"] and "refused" in body["message"]
    scope = {k: v for k, v in params.items() if k != "enabled"}
    assert server.check(server.http.get(config_url("pii-filter"), params=scope))["stored"] is False


def test_the_required_module_cannot_be_disabled(server: Server) -> None:
    body = server.error(server.http.post("/api/modules/pii-filter/disable"), 422, "required_module")
    assert "required" in body["message"]
    assert server.modules()["pii-filter"]["status"] == "ready"


def test_the_required_module_may_get_stricter(server: Server) -> None:
    scope = {"scope_type": "class", "scope_id": "strict-class"}
    stricter = {"customPatterns": [r"locker \d+"]}
    stored = server.check(server.http.put(config_url("pii-filter"), params=scope, json=stricter))
    assert stored["config"] == stricter
    session = server.start_session(**{"class": {"id": "strict-class"}})
    reply = server.send(session, "my locker 4412 is open, and I'm sam@example.com")
    assert "locker 4412" not in reply["response"] and "[REDACTED]" in reply["response"]
    assert "sam@example.com" not in reply["response"]
    assert server.check(server.http.delete(config_url("pii-filter"), params=scope))["deleted"]


# ---------------------------------------------------------------- control and events


class Events:
    """An open event stream, read message by message."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines

    def next(self) -> tuple[str, dict[str, Any]]:
        kind, data = "", ""
        for line in self.lines:
            if line.startswith(":"):
                continue
            if line.startswith("event: "):
                kind = line.removeprefix("event: ")
            elif line.startswith("data: "):
                data = line.removeprefix("data: ")
            elif line == "" and kind:
                return kind, json.loads(data)
        raise AssertionError("the event stream ended")

    def until(self, wanted: Callable[[str, dict[str, Any]], bool]) -> list[tuple[str, Any]]:
        """Every message up to and including the first `wanted` one."""
        seen = []
        while True:
            kind, data = self.next()
            seen.append((kind, data))
            if wanted(kind, data):
                return seen


def status_is(name: str, status: str) -> Callable[[str, dict[str, Any]], bool]:
    return lambda kind, data: (
        kind == "module:status" and data["name"] == name and data["status"] == status
    )


def test_disable_enable_and_reload_change_the_status_and_the_stream_tells(
    server: Server,
) -> None:
    timeout = httpx.Timeout(30.0, read=15.0)
    with server.http.stream("GET", "/api/events", timeout=timeout) as stream:
        events = Events(stream.iter_lines())
        before = server.modules()["recorder"]

        disabled = server.check(server.http.post("/api/modules/recorder/disable"))
        assert disabled["status"] == "disabled" and disabled["pid"] is None
        assert disabled["reason"]
        seen = events.until(status_is("recorder", "disabled"))
        assert ("module:disabled", "recorder") in [(k, d.get("name")) for k, d in seen]
        [card] = [d for k, d in seen if k == "module:status" and d["status"] == "disabled"]
        assert card["type"] == "module:status" and card["hooks"] == ["chat:before_ai"]

        # A disabled module takes no part in a chat.
        session = server.start_session()
        reply = server.send(session, "hello")
        assert "recorder" not in {step["module"] for step in reply["trace"]}

        enabled = server.check(server.http.post("/api/modules/recorder/enable", json={}))
        assert enabled["status"] == "ready" and enabled["generation"] > before["generation"]
        seen = events.until(status_is("recorder", "ready"))
        assert "module:enabled" in [k for k, _ in seen]

        reloaded = server.check(server.http.post("/api/modules/recorder/reload"))
        assert reloaded["status"] == "ready"
        assert reloaded["generation"] > enabled["generation"]
        assert reloaded["pid"] != enabled["pid"]
        seen = events.until(lambda kind, data: kind == "module:reloaded")
        assert seen[-1][1]["name"] == "recorder"
        assert status_is("recorder", "ready")(*events.next())

    assert server.modules()["recorder"]["status"] == "ready"


def test_actions_take_no_body(server: Server) -> None:
    for body in (b"[1]", b'{"now": true}', b"nope"):
        response = server.http.post("/api/modules/recorder/reload", content=body)
        server.error(response, 400, "bad_request")


# ---------------------------------------------------------------- body size


def test_a_body_over_the_limit_is_413_with_a_content_length(server: Server) -> None:
    body = b'{"label": "' + b"a" * (2 * MIB) + b'"}'
    response = server.http.put(config_url("recorder"), content=body)
    server.error(response, 413, "body_too_large")
    assert server.check(server.http.get(config_url("recorder")))["stored"] is False


def test_a_chunked_body_over_the_limit_is_413(server: Server) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"user": {"id": "u1"}, "tool": {"id": "t"}, "pad": "'
        for _ in range(40):
            yield b"a" * 65536

    response = server.http.post("/api/sessions", content=chunks())
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert "content-length" not in response.request.headers
    server.error(response, 413, "body_too_large")
    assert response.headers["connection"] == "close"
    # The server is fine afterwards.
    assert server.check(server.anonymous.get("/healthz"))["status"] == "ok"


def test_a_body_under_the_limit_is_read(server: Server) -> None:
    body = {"label": "a" * (MIB - 100)}
    stored = server.check(server.http.put(config_url("recorder"), json=body))
    assert len(stored["config"]["label"]) == MIB - 100
    assert server.check(server.http.delete(config_url("recorder")))["deleted"] is True


# ---------------------------------------------------------------- metrics


def metrics(server: Server) -> dict[str, dict[tuple[tuple[str, str], ...], float]]:
    """Sample name → labels → value."""
    response = server.http.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    found: dict[str, dict[tuple[tuple[str, str], ...], float]] = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            labels = tuple(sorted(sample.labels.items()))
            found.setdefault(sample.name, {})[labels] = sample.value
    return found


def test_metrics_count_hook_calls_module_status_and_requests(server: Server) -> None:
    session = server.start_session()
    server.send(session, "hello")
    server.check(server.http.get("/api/modules"))
    found = metrics(server)
    pii = (("hook", "chat:before_ai"), ("module", "pii-filter"))
    assert found["raptscallions_hook_calls_total"][pii] >= 1
    for name in ("blocks", "errors", "timeouts"):
        assert found[f"raptscallions_hook_{name}_total"][pii] >= 0
    latency = found["raptscallions_hook_latency_ms"]
    assert latency[(*pii, ("quantile", "0.5"))] > 0
    assert latency[(*pii, ("quantile", "0.99"))] >= latency[(*pii, ("quantile", "0.5"))]
    status = found["raptscallions_module_status"]
    assert status[(("module", "pii-filter"), ("status", "ready"))] == 1
    assert status[(("module", "pii-filter"), ("status", "disabled"))] == 0
    assert found["raptscallions_module_restarts_total"][(("module", "pii-filter"),)] == 0
    requests = found["raptscallions_http_requests_total"]
    modules = (("method", "GET"), ("route", "/api/modules"), ("status", "200"))
    assert requests[modules] >= 1
    sent = (("method", "POST"), ("route", "/api/sessions/{session_id}/messages"),
            ("status", "200"))  # fmt: skip
    assert requests[sent] >= 1
    server.anonymous.get("/api/modules")
    refused = (("method", "GET"), ("route", "unmatched"), ("status", "401"))
    assert metrics(server)["raptscallions_http_requests_total"][refused] >= 1


def test_students_are_not_admins(server: Server) -> None:
    """Chat endpoints are admin endpoints too (a host platform calls them for its users)."""
    response = server.anonymous.post("/api/sessions", json={"user": STUDENT, "tool": {"id": "t"}})
    server.error(response, 401, "unauthorized")
