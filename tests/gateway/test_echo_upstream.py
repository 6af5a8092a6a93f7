"""The gateway with the offline echo model upstream (it answers with what reached it), spoken
to with the official `openai` client: redaction, blocks, streaming, sessions across turns,
the modules header, scoped configuration by the key's tool, and OpenAI-shaped errors."""

from __future__ import annotations

from typing import Any

import openai
import pytest

from .conftest import GatewayServer

EMAIL = "sam.lee@example.com"
MODULES = "x-raptscallions-modules"
SESSION = "x-raptscallions-session"


def modules_of(header: str) -> dict[str, str]:
    """``safety-filter=before_ai:continue,...; pii-filter=...`` as {module: steps}."""
    found: dict[str, str] = {}
    for item in header.split("; "):
        if item:
            module, _, acts = item.partition("=")
            found[module] = acts
    return found


def test_an_email_comes_back_redacted_in_openais_shape(echo_server: GatewayServer) -> None:
    client = echo_server.tool_client("echo-redaction")
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You are a patient math tutor."},
            {"role": "user", "content": f"Hi, I'm {EMAIL}, can you help with fractions?"},
        ],
    )
    completion = raw.parse()
    assert completion.id.startswith("chatcmpl-") and completion.object == "chat.completion"
    assert completion.model == "gpt-4o-mini" and completion.created > 0
    [choice] = completion.choices
    assert choice.index == 0 and choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    text = choice.message.content
    assert text is not None and EMAIL not in text and "[EMAIL]" in text
    assert "You are a patient math tutor." in text  # the client's system message reached it
    assert completion.usage is not None and completion.usage.total_tokens > 0
    modules = modules_of(raw.headers[MODULES])
    assert modules == {
        "struggle-detector": "on_message:dispatched",
        "safety-filter": "before_ai:continue,after_ai:continue",
        "pii-filter": "before_ai:continue,after_ai:continue",
    }
    session = raw.headers[SESSION]
    found = echo_server.wait_for(
        "the pii extraction",
        lambda: echo_server.check(
            echo_server.admin.get("/api/extractions", params={"session_id": session})
        )["items"],
    )
    assert [(e["module"], e["type"]) for e in found] == [("pii-filter", "pii_detected")]
    assert EMAIL not in str(echo_server.messages(session))


def test_self_harm_gets_the_supportive_answer_and_the_ai_is_not_called(
    echo_server: GatewayServer,
) -> None:
    client = echo_server.tool_client("echo-safety")
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "I want to kill myself"}]
    )
    completion = raw.parse()
    [choice] = completion.choices
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    assert choice.message.content is not None and "988" in choice.message.content
    assert "[user]" not in choice.message.content  # the echo model never saw it
    assert completion.usage is None
    assert raw.headers["x-raptscallions-blocked"] == "safety:self_harm"
    # The safety filter blocked first: the PII filter's before_ai never ran, and no
    # after_ai ran at all. None of them is reported as passed.
    assert modules_of(raw.headers[MODULES]) == {
        "struggle-detector": "on_message:dispatched",
        "safety-filter": "before_ai:block",
    }
    stored = echo_server.messages(raw.headers[SESSION])
    assert [(m["role"], m["status"]) for m in stored] == [
        ("user", "blocked"),
        ("assistant", "blocked"),
    ]


def test_streaming_gives_the_same_text_in_chunks(echo_server: GatewayServer) -> None:
    client = echo_server.tool_client("echo-stream")
    messages: list[Any] = [
        {"role": "system", "content": "You are a patient math tutor."},
        {"role": "user", "content": f"Write to me at {EMAIL} about 3/4 + 1/8, please."},
    ]
    whole = client.chat.completions.create(model="m", messages=messages)
    expected = whole.choices[0].message.content
    assert expected is not None and "[EMAIL]" in expected

    raw = client.chat.completions.with_raw_response.create(
        model="m", messages=messages, stream=True, stream_options={"include_usage": True}
    )
    assert raw.headers["content-type"].startswith("text/event-stream")
    assert "pii-filter=before_ai:continue,after_ai:continue" in raw.headers[MODULES]
    chunks = list(raw.parse())
    texts = [c.choices[0].delta.content or "" for c in chunks if c.choices]
    assert len([t for t in texts if t]) > 5
    assert "".join(texts) == expected
    assert all(EMAIL not in t for t in texts)
    assert chunks[0].choices[0].delta.role == "assistant"
    finals = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finals[-1] == "stop" and set(finals[:-1]) == {None}
    assert len({c.id for c in chunks}) == 1 and chunks[0].id.startswith("chatcmpl-")
    assert chunks[-1].choices == [] and chunks[-1].usage is not None


def test_a_blocked_answer_streams_too(echo_server: GatewayServer) -> None:
    client = echo_server.tool_client("echo-stream-block")
    stream = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "I want to kill myself"}], stream=True
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert "988" in text


def test_two_turns_of_a_users_conversation_share_a_session(echo_server: GatewayServer) -> None:
    client = echo_server.tool_client("echo-sessions")
    first_turn: list[Any] = [
        {"role": "system", "content": "You are a tutor."},
        {"role": "user", "content": f"I'm {EMAIL}. What is 1/2 + 1/4?"},
    ]
    first = client.chat.completions.with_raw_response.create(
        model="m", messages=first_turn, user="student-7"
    )
    answer = first.parse().choices[0].message.content
    second = client.chat.completions.with_raw_response.create(
        model="m",
        messages=[
            *first_turn,
            {"role": "assistant", "content": answer},
            {"role": "user", "content": "And 1/3 + 1/6?"},
        ],
        user="student-7",
    )
    session = first.headers[SESSION]
    assert second.headers[SESSION] == session
    stored = echo_server.messages(session)
    assert [(m["role"], m["seq"]) for m in stored] == [
        ("user", 1), ("assistant", 2), ("user", 3), ("assistant", 4),
    ]  # fmt: skip
    assert stored[0]["content"] == "I'm [EMAIL]. What is 1/2 + 1/4?"
    assert stored[2]["content"] == "And 1/3 + 1/6?"
    assert stored[3]["content"] == second.parse().choices[0].message.content
    detail = echo_server.check(echo_server.admin.get(f"/api/sessions/{session}"))
    assert detail["user_id"] == "student-7" and detail["tool"]["id"] == "echo-sessions"
    assert detail["state"] == "active"

    # Another user, or another conversation of the same user (a header), is another session.
    other = client.chat.completions.with_raw_response.create(
        model="m", messages=first_turn, user="student-8"
    )
    assert other.headers[SESSION] != session
    by_header = client.chat.completions.with_raw_response.create(
        model="m",
        messages=first_turn,
        user="student-7",
        extra_headers={"X-Raptscallions-Session": "essay-chat"},
    )
    assert by_header.headers[SESSION] not in (session, other.headers[SESSION])
    again = client.chat.completions.with_raw_response.create(
        model="m",
        messages=first_turn,
        user="student-7",
        extra_headers={"X-Raptscallions-Session": "essay-chat"},
    )
    assert again.headers[SESSION] == by_header.headers[SESSION]


def test_a_request_without_user_or_header_is_a_session_of_its_own(
    echo_server: GatewayServer,
) -> None:
    client = echo_server.tool_client("echo-anonymous")
    messages: list[Any] = [{"role": "user", "content": "What is 2 + 2?"}]
    first = client.chat.completions.with_raw_response.create(model="m", messages=messages)
    second = client.chat.completions.with_raw_response.create(model="m", messages=messages)
    assert first.headers[SESSION] != second.headers[SESSION]
    detail = echo_server.check(echo_server.admin.get(f"/api/sessions/{first.headers[SESSION]}"))
    assert detail["state"] == "completed" and detail["user_id"].startswith("api-key:")


def test_modules_off_for_the_keys_tool_are_not_named(echo_server: GatewayServer) -> None:
    tool = "echo-quiet-tool"
    for module in ("struggle-detector", "safety-filter"):
        echo_server.check(
            echo_server.admin.put(
                f"/api/modules/{module}/config",
                params={"scope_type": "tool", "scope_id": tool, "enabled": "false"},
                json={},
            )
        )
    quiet = echo_server.tool_client(tool)
    raw = quiet.chat.completions.with_raw_response.create(
        model="m", messages=[{"role": "user", "content": f"I'm {EMAIL}"}]
    )
    assert modules_of(raw.headers[MODULES]) == {
        "pii-filter": "before_ai:continue,after_ai:continue"
    }
    # Another tool's key is untouched by that tool's configuration.
    loud = echo_server.tool_client("echo-loud-tool")
    raw = loud.chat.completions.with_raw_response.create(
        model="m", messages=[{"role": "user", "content": "hello"}]
    )
    assert set(modules_of(raw.headers[MODULES])) == {
        "struggle-detector",
        "safety-filter",
        "pii-filter",
    }


def test_a_module_disabled_by_the_operator_is_not_named(echo_server: GatewayServer) -> None:
    echo_server.check(echo_server.admin.post("/api/modules/struggle-detector/disable"))
    try:
        client = echo_server.tool_client("echo-disabled")
        raw = client.chat.completions.with_raw_response.create(
            model="m", messages=[{"role": "user", "content": "hello"}]
        )
        assert "struggle-detector" not in raw.headers[MODULES]
        assert "pii-filter=" in raw.headers[MODULES]
    finally:
        echo_server.check(echo_server.admin.post("/api/modules/struggle-detector/enable"))


def test_list_of_parts_content_has_its_text_filtered(echo_server: GatewayServer) -> None:
    client = echo_server.tool_client("echo-parts")
    completion = client.chat.completions.create(
        model="m",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": f"My email is {EMAIL}."},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                    {"type": "text", "text": "Call me at 312-555-0147."},
                ],
            }
        ],
    )
    text = completion.choices[0].message.content
    assert text is not None and "[EMAIL]" in text and "[PHONE]" in text
    assert EMAIL not in text and "555-0147" not in text


def test_models_lists_the_echo_model(echo_server: GatewayServer) -> None:
    client = echo_server.tool_client("echo-models")
    assert [m.id for m in client.models.list()] == ["echo"]


# ---------------------------------------------------------------- errors


def test_a_missing_wrong_or_revoked_key_is_a_401(echo_server: GatewayServer) -> None:
    messages: list[Any] = [{"role": "user", "content": "hello"}]
    made = echo_server.make_key("echo-revoked")
    client = echo_server.client(made["key"])
    assert client.chat.completions.create(model="m", messages=messages).choices

    echo_server.check(echo_server.admin.delete(f"/api/keys/{made['id']}"))
    with pytest.raises(openai.AuthenticationError) as revoked:
        client.chat.completions.create(model="m", messages=messages)
    assert revoked.value.status_code == 401 and revoked.value.code == "invalid_api_key"
    assert revoked.value.type == "invalid_request_error" and "revoked" in revoked.value.message
    with pytest.raises(openai.AuthenticationError):
        client.models.list()

    wrong = echo_server.client("rsk-not-a-key")
    with pytest.raises(openai.AuthenticationError) as refused:
        wrong.chat.completions.create(model="m", messages=messages)
    assert refused.value.code == "invalid_api_key"
    assert "rsk-not-a-key" not in str(refused.value.body)

    # No key at all, and the admin token, which opens /api but not /v1.
    bare = echo_server.admin.post(
        "/v1/chat/completions",
        json={"model": "m", "messages": messages},
        headers={"Authorization": ""},
    )
    assert bare.status_code == 401 and bare.headers["www-authenticate"] == "Bearer"
    assert set(bare.json()["error"]) == {"message", "type", "param", "code"}
    admin = echo_server.admin.post(
        "/v1/chat/completions", json={"model": "m", "messages": messages}
    )
    assert admin.status_code == 401 and admin.json()["error"]["code"] == "invalid_api_key"


@pytest.mark.parametrize(
    ("body", "param", "words"),
    [
        ({"messages": [{"role": "user", "content": "hi"}]}, "model", '"model" must be'),
        ({"model": "m"}, "messages", '"messages" must be'),
        ({"model": "m", "messages": []}, "messages", '"messages" must be'),
        ({"model": "m", "messages": ["hi"]}, "messages[0]", "must be an object"),
        ({"model": "m", "messages": [{"content": "hi"}]}, "messages[0].role", "role"),
        (
            {"model": "m", "messages": [{"role": "user", "content": 5}]},
            "messages[0].content",
            "content must be",
        ),
        (
            {"model": "m", "messages": [{"role": "system", "content": "x"}]},
            "messages",
            'no "user" message',
        ),
        (
            {"model": "m", "messages": [{"role": "user", "content": "  "}]},
            "messages[0].content",
            "has no text",
        ),
        (
            {"model": "m", "messages": [{"role": "user", "content": "hi"}], "n": 2},
            "n",
            '"n" must be 1',
        ),
        (
            {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": "yes"},
            "stream",
            '"stream" must be',
        ),
        (
            {"model": "m", "messages": [{"role": "user", "content": "hi"}], "user": 7},
            "user",
            '"user" must be',
        ),
    ],
)
def test_a_bad_body_is_a_400_in_openais_shape(
    echo_server: GatewayServer, body: dict[str, Any], param: str, words: str
) -> None:
    key = echo_server.make_key("echo-bad-bodies")["key"]
    response = echo_server.admin.post(
        "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"}
    )
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == "invalid_request"
    assert error["param"] == param and words in error["message"]


def test_what_is_not_json_is_a_400_and_the_official_client_raises_bad_request(
    echo_server: GatewayServer,
) -> None:
    key = echo_server.make_key("echo-not-json")["key"]
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    for content in (b"{not json", b"[1, 2]"):
        response = echo_server.admin.post("/v1/chat/completions", content=content, headers=headers)
        assert response.status_code == 400
        assert response.json()["error"]["type"] == "invalid_request_error"
    client = echo_server.client(key)
    with pytest.raises(openai.BadRequestError) as bad:
        client.chat.completions.create(model="m", messages=[], n=1)
    assert bad.value.param == "messages"


def test_unknown_paths_and_methods_answer_in_openais_shape(echo_server: GatewayServer) -> None:
    key = echo_server.make_key("echo-paths")["key"]
    headers = {"Authorization": f"Bearer {key}"}
    missing = echo_server.admin.post("/v1/embeddings", json={}, headers=headers)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    wrong = echo_server.admin.get("/v1/chat/completions", headers=headers)
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert wrong.json()["error"]["code"] == "method_not_allowed"
    # Refused before anything else: an unknown path without a key is a 401.
    anonymous = echo_server.admin.post("/v1/embeddings", headers={"Authorization": ""})
    assert anonymous.status_code == 401


def test_a_body_over_the_limit_is_a_413_in_openais_shape(echo_server: GatewayServer) -> None:
    key = echo_server.make_key("echo-too-large")["key"]
    huge = {"model": "m", "messages": [{"role": "user", "content": "x" * 1_100_000}]}
    response = echo_server.admin.post(
        "/v1/chat/completions", json=huge, headers={"Authorization": f"Bearer {key}"}
    )
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "body_too_large" and error["type"] == "invalid_request_error"
