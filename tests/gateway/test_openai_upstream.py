"""The gateway in front of an OpenAI-compatible provider (the test kit's stub on loopback, in
a thread of its own), spoken to with the official `openai` client. The stub's request log is
what reached the upstream: only what the modules passed, and everything else unchanged."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import openai
import pytest

from raptscallions.testing.openai_stub import OpenAIStub, StubRequest, fixed_chunks

from .conftest import CONTEXT_TOOL_PREFIX, UPSTREAM_KEY, GatewayServer

EMAIL = "sam.lee@example.com"
PHONE = "312-555-0147"
SESSION = "x-raptscallions-session"
MODULES = "x-raptscallions-modules"
ADDED = "Additional context:\nThe student is in grade 7."


def chats(stub: OpenAIStub, since: int = 0) -> list[StubRequest]:
    return [r for r in stub.requests[since:] if r.path == "/v1/chat/completions"]


def test_what_reaches_the_provider_and_comes_back_is_redacted(
    stub_server: GatewayServer, stub: OpenAIStub
) -> None:
    since = len(stub.requests)
    client = stub_server.tool_client("stub-redaction")
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You are a tutor."},
            {"role": "user", "content": f"I'm {EMAIL}, help me with fractions"},
        ],
        user="student-1",
        temperature=0.2,
        max_tokens=200,
        metadata={"app": "homework"},
    )
    assert completion.choices[0].message.content == "stub: I'm [EMAIL], help me with fractions"
    assert completion.model == "gpt-4o-mini"
    assert completion.usage is not None and completion.usage.completion_tokens == 7
    [request] = chats(stub, since)
    assert request.authorization == f"Bearer {UPSTREAM_KEY}"
    assert EMAIL not in json.dumps(request.body)
    # Fields the gateway does not use pass through unchanged.
    body = request.body
    assert body["temperature"] == 0.2 and body["max_tokens"] == 200
    assert body["metadata"] == {"app": "homework"} and body["user"] == "student-1"
    assert body["model"] == "gpt-4o-mini" and body["stream"] is False


def test_the_answer_is_redacted_on_its_way_back(
    stub_server: GatewayServer, stub: OpenAIStub
) -> None:
    stub.reply = lambda body: f"Sure! Write to {EMAIL} or call {PHONE} any time."
    client = stub_server.tool_client("stub-answer")
    completion = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "how do I reach you?"}]
    )
    text = completion.choices[0].message.content
    assert text == "Sure! Write to [EMAIL] or call [PHONE] any time."


def test_a_stream_never_leaks_what_the_provider_split_across_chunks(
    stub_server: GatewayServer, stub: OpenAIStub
) -> None:
    answer = f"Sure! Write to {EMAIL} or call {PHONE} any time."
    stub.reply = lambda body: answer
    stub.chunks = fixed_chunks(3)  # the email and the phone number span several chunks
    since = len(stub.requests)
    client = stub_server.tool_client("stub-stream")
    raw = client.chat.completions.with_raw_response.create(
        model="m",
        messages=[{"role": "user", "content": "how do I reach you?"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    assert "pii-filter=before_ai:continue,after_ai:continue" in raw.headers[MODULES]
    chunks = list(raw.parse())
    texts = [c.choices[0].delta.content or "" for c in chunks if c.choices]
    joined = "".join(texts)
    assert joined == "Sure! Write to [EMAIL] or call [PHONE] any time."
    for secret in (EMAIL, PHONE, "example.com", "555-0147", "sam.lee"):
        assert all(secret not in text for text in texts), secret
        assert secret not in joined
    # Nor in anything else the client got: every raw chunk, usage and ids included.
    assert all(EMAIL not in c.model_dump_json() for c in chunks)
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens > 0
    # The provider really streamed it, in pieces that split both.
    [request] = chats(stub, since)
    assert request.body["stream"] is True
    assert request.body["stream_options"] == {"include_usage": True}
    pieces = stub.chunks(answer)
    assert EMAIL not in pieces and not any(EMAIL in p or PHONE in p for p in pieces)


def test_self_harm_never_reaches_the_provider_not_even_later_as_history(
    stub_server: GatewayServer, stub: OpenAIStub
) -> None:
    client = stub_server.tool_client("stub-safety")
    since = len(stub.requests)
    said = "I want to kill myself"
    first_turn: list[Any] = [
        {"role": "system", "content": "You are a tutor."},
        {"role": "user", "content": f"I'm {EMAIL}. What is 2/3 of 9?"},
    ]
    first = client.chat.completions.create(model="m", messages=first_turn, user="student-9")
    blocked = client.chat.completions.create(
        model="m",
        messages=[
            *first_turn,
            {"role": "assistant", "content": first.choices[0].message.content},
            {"role": "user", "content": said},
        ],
        user="student-9",
    )
    supportive = blocked.choices[0].message.content
    assert supportive is not None and "988" in supportive
    assert len(chats(stub, since)) == 1  # the blocked turn never reached the provider

    # The application keeps its own history and sends it all with the next message: the
    # blocked turn is left out, and the earlier message goes as the modules left it.
    third = client.chat.completions.create(
        model="m",
        messages=[
            *first_turn,
            {"role": "assistant", "content": first.choices[0].message.content},
            {"role": "user", "content": said},
            {"role": "assistant", "content": supportive},
            {"role": "user", "content": "ok. what is 3/4 of 8?"},
        ],
        user="student-9",
    )
    assert third.choices[0].message.content == "stub: ok. what is 3/4 of 8?"
    requests = chats(stub, since)
    assert len(requests) == 2
    sent = requests[1].body["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user"]
    assert sent[1]["content"] == "I'm [EMAIL]. What is 2/3 of 9?"
    assert said not in json.dumps(requests[1].body) and EMAIL not in json.dumps(requests[1].body)


def test_content_parts_keep_their_place_and_only_text_is_changed(
    stub_server: GatewayServer, stub: OpenAIStub
) -> None:
    image: dict[str, Any] = {
        "type": "image_url",
        "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="},
    }
    messages: list[Any] = [
        {"role": "system", "content": [{"type": "text", "text": "You are a tutor."}]},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": f"My email is {EMAIL}."},
                image,
                {"type": "text", "text": f"Call me at {PHONE}."},
            ],
        },
    ]
    since = len(stub.requests)
    client = stub_server.tool_client("stub-parts")
    completion = client.chat.completions.create(model="m", messages=messages)
    assert completion.choices[0].message.content == (
        "stub: My email is [EMAIL].Call me at [PHONE]."  # the stub joins text parts
    )
    [request] = chats(stub, since)
    assert request.body["messages"][1]["content"] == [
        {"type": "text", "text": "My email is [EMAIL]."},
        image,
        {"type": "text", "text": "Call me at [PHONE]."},
    ]
    assert request.body["messages"][0] == {
        "role": "system",
        "content": [{"type": "text", "text": "You are a tutor."}],
    }


TOOLS: list[Any] = [
    {
        "type": "function",
        "function": {
            "name": "lookup_grade",
            "description": "A student's grade in a course",
            "parameters": {
                "type": "object",
                "properties": {"course": {"type": "string"}},
                "required": ["course"],
            },
        },
    }
]
CALL: dict[str, Any] = {
    "id": "call_abc123",
    "type": "function",
    "function": {"name": "lookup_grade", "arguments": '{"course": "math"}'},
}


def completion_with(message: Mapping[str, Any], finish_reason: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": 1,
        "model": "stub-model",
        "choices": [{"index": 0, "message": dict(message), "finish_reason": finish_reason}],
    }


def test_tool_calls_and_tool_messages_pass_through_unchanged(
    stub_server: GatewayServer, stub: OpenAIStub
) -> None:
    client = stub_server.tool_client("stub-tools")
    since = len(stub.requests)
    asked: list[Any] = [
        {"role": "system", "content": "You are a tutor."},
        {"role": "user", "content": f"I'm {EMAIL}: what is my grade in math?"},
    ]
    stub.fail_next(
        200,
        body=completion_with(
            {"role": "assistant", "content": None, "tool_calls": [CALL]}, "tool_calls"
        ),
        path="/v1/chat/completions",
    )
    raw = client.chat.completions.with_raw_response.create(
        model="m", messages=asked, tools=TOOLS, tool_choice="auto", user="student-3"
    )
    called = raw.parse()
    [choice] = called.choices
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    assert [c.model_dump() for c in choice.message.tool_calls or []] == [CALL]
    assert "before_ai:continue" in raw.headers[MODULES]

    # The application runs the tool and sends its result: the user message is not new, so
    # it is not checked (nor stored) again, and goes upstream as stored, redacted.
    follow_up: list[Any] = [
        *asked,
        {"role": "assistant", "content": None, "tool_calls": [CALL]},
        {"role": "tool", "tool_call_id": "call_abc123", "content": '{"grade": "B+"}'},
    ]
    stub.reply = lambda body: "Your grade in math is B+."
    raw = client.chat.completions.with_raw_response.create(
        model="m", messages=follow_up, tools=TOOLS, user="student-3"
    )
    assert raw.parse().choices[0].message.content == "Your grade in math is B+."
    acts = raw.headers[MODULES]
    assert "before_ai" not in acts and "on_message" not in acts
    assert "pii-filter=after_ai:continue" in acts

    first, second = chats(stub, since)
    assert first.body["tools"] == TOOLS and first.body["tool_choice"] == "auto"
    assert first.body["messages"][1]["content"] == "I'm [EMAIL]: what is my grade in math?"
    sent = second.body["messages"]
    assert sent[2] == follow_up[2] and sent[3] == follow_up[3]  # unchanged
    assert sent[1]["content"] == "I'm [EMAIL]: what is my grade in math?"
    assert second.body["tools"] == TOOLS and EMAIL not in json.dumps(second.body)

    stored = stub_server.messages(raw.headers[SESSION])
    assert [(m["role"], m["content"]) for m in stored] == [
        ("user", "I'm [EMAIL]: what is my grade in math?"),
        ("assistant", ""),
        ("assistant", "Your grade in math is B+."),
    ]


def test_a_follow_up_the_gateway_never_saw_is_checked_as_new(
    stub_server: GatewayServer, stub: OpenAIStub
) -> None:
    client = stub_server.tool_client("stub-unseen")
    since = len(stub.requests)
    unseen: list[Any] = [
        {"role": "user", "content": f"I'm {EMAIL}: what is my grade in math?"},
        {"role": "assistant", "content": None, "tool_calls": [CALL]},
        {"role": "tool", "tool_call_id": "call_abc123", "content": '{"grade": "B+"}'},
    ]
    raw = client.chat.completions.with_raw_response.create(model="m", messages=unseen, tools=TOOLS)
    assert "pii-filter=before_ai:continue" in raw.headers[MODULES]
    [request] = chats(stub, since)
    assert EMAIL not in json.dumps(request.body)
    assert request.body["messages"][2]["role"] == "tool"


def test_a_provider_error_is_a_502_with_its_message_and_a_retry_is_stored_once(
    stub_server: GatewayServer, stub: OpenAIStub
) -> None:
    client = stub_server.tool_client("stub-failure")
    messages: list[Any] = [{"role": "user", "content": f"I'm {EMAIL}. Explain ratios."}]
    stub.fail_next(401, path="/v1/chat/completions")
    with pytest.raises(openai.InternalServerError) as failed:
        client.chat.completions.create(model="m", messages=messages, user="student-5")
    error = failed.value
    assert error.status_code == 502 and error.code == "ai_error" and error.type == "upstream_error"
    assert "HTTP 401" in error.message and "stub: scripted failure" in error.message
    assert UPSTREAM_KEY not in str(error.body) and EMAIL not in str(error.body)

    raw = client.chat.completions.with_raw_response.create(
        model="m", messages=messages, user="student-5"
    )
    assert raw.parse().choices[0].message.content == "stub: I'm [EMAIL]. Explain ratios."
    stored = stub_server.messages(raw.headers[SESSION])
    assert [(m["role"], m["status"], m["seq"]) for m in stored] == [
        ("user", "ok", 1),
        ("assistant", "ok", 2),
    ]


def test_a_streamed_request_that_fails_is_a_502_before_any_chunk(
    stub_server: GatewayServer, stub: OpenAIStub
) -> None:
    client = stub_server.tool_client("stub-stream-failure")
    stub.fail_next(400, path="/v1/chat/completions")
    with pytest.raises(openai.InternalServerError) as failed:
        client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}], stream=True
        )
    assert failed.value.status_code == 502 and "HTTP 400" in failed.value.message


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        (
            [{"role": "system", "content": "You are a tutor."}],
            [
                {
                    "role": "system",
                    "content": f"You are a tutor.\n\n{ADDED}",
                }
            ],
        ),
        (
            [{"role": "developer", "content": [{"type": "text", "text": "Be brief."}]}],
            [
                {
                    "role": "developer",
                    "content": [
                        {"type": "text", "text": "Be brief."},
                        {"type": "text", "text": ADDED},
                    ],
                }
            ],
        ),
        ([], [{"role": "system", "content": ADDED}]),
    ],
)
def test_system_prompt_additions_join_the_clients_system_message(
    stub_server: GatewayServer,
    stub: OpenAIStub,
    system: list[dict[str, Any]],
    expected: list[dict[str, Any]],
) -> None:
    since = len(stub.requests)
    client = stub_server.tool_client(f"{CONTEXT_TOOL_PREFIX}-tutor")
    ask = {"role": "user", "content": "hi"}
    messages: list[Any] = [*system, ask]
    raw = client.chat.completions.with_raw_response.create(model="m", messages=messages)
    assert "context=before_ai:continue" in raw.headers[MODULES]
    plain = stub_server.tool_client("stub-no-context")
    plain.chat.completions.create(model="m", messages=messages)
    with_context, without = chats(stub, since)
    assert with_context.body["messages"] == [*expected, ask]
    assert without.body["messages"] == [*system, ask]  # nothing added, nothing invented


def test_models_are_the_providers(stub_server: GatewayServer, stub: OpenAIStub) -> None:
    client = stub_server.tool_client("stub-models")
    assert [m.id for m in client.models.list()] == ["stub-model"]
    stub.fail_next(503, path="/v1/models")
    with pytest.raises(openai.InternalServerError) as failed:
        client.models.list()
    assert failed.value.status_code == 502 and "HTTP 503" in failed.value.message
