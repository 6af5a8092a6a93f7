"""The gateway's pipeline without HTTP: content parts, recognising the client's earlier turns,
putting a streamed answer back together, the answer's chunks and header, and `ChatGateway` on
a real engine and store (both backends): ordering, sessions and cancellation."""

from __future__ import annotations

import json
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import trio

from raptscallions.chat import (
    ChatGateway,
    ChatService,
    EchoModel,
    GatewayError,
    GatewayReply,
    GatewayRequest,
    HookStep,
)
from raptscallions.chat._gateway import (
    _Assembler,
    align,
    client_turns,
    session_id_for,
    stored_turns,
    text_of,
    with_additions,
    with_text,
)
from raptscallions.chat._openai import AttemptFailed
from raptscallions.engine import open_engine
from raptscallions.sdk import Tool, User
from raptscallions.store import MessageRow, open_store
from raptscallions.web._gateway import modules_header, pieces, stream_events
from tests.store.conftest import pg as pg
from tests.store.conftest import store_url as store_url

MODULES = Path(__file__).resolve().parents[2] / "modules"
EMAIL = "sam.lee@example.com"

# ---------------------------------------------------------------- content


def test_text_of_joins_text_parts_and_with_text_puts_them_back() -> None:
    image = {"type": "image_url", "image_url": {"url": "x"}}
    parts: list[Any] = [{"type": "text", "text": "a b"}, image, {"type": "text", "text": "c"}]
    assert text_of(parts) == "a b\n\nc"
    assert text_of("plain") == "plain" and text_of(None) == ""
    assert with_text(parts, "A B\n\nC") == [
        {"type": "text", "text": "A B"},
        image,
        {"type": "text", "text": "C"},
    ]
    # A rewrite that does not split back: all of it in the first text part, none lost.
    assert with_text(parts, "one piece") == [{"type": "text", "text": "one piece"}, image]
    assert with_text([image], "said") == [{"type": "text", "text": "said"}, image]
    assert with_text("old", "new") == "new"


def test_any_part_with_text_counts_as_text_whatever_its_type() -> None:
    parts: list[Any] = [{"type": "input_text", "text": f"I'm {EMAIL}"}]
    assert text_of(parts) == f"I'm {EMAIL}"
    assert with_text(parts, "I'm [EMAIL]") == [{"type": "input_text", "text": "I'm [EMAIL]"}]


def test_additions_go_into_the_first_system_message_or_a_new_one() -> None:
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "hi"},
        {"role": "system", "content": "late"},
    ]
    with_additions(messages, ["one", "two"])
    assert messages[1]["content"] == "late\n\nAdditional context:\none\ntwo"
    fresh: list[dict[str, Any]] = [{"role": "user", "content": "hi"}]
    with_additions(fresh, ["one"])
    assert fresh[0] == {"role": "system", "content": "Additional context:\none"}
    untouched: list[dict[str, Any]] = [{"role": "user", "content": "hi"}]
    with_additions(untouched, ["", ""])
    assert untouched == [{"role": "user", "content": "hi"}]


# ---------------------------------------------------------------- the request


def test_a_request_keeps_every_field_it_does_not_use() -> None:
    body = {
        "model": "m",
        "messages": [{"role": "user", "content": "hi"}],
        "stream": True,
        "stream_options": {"include_usage": True},
        "tools": [{"type": "function"}],
        "temperature": 0,
        "user": "u1",
    }
    request = GatewayRequest.from_json(body)
    assert request.stream and request.include_usage and request.user == "u1"
    assert dict(request.fields) == {
        "stream_options": {"include_usage": True},
        "tools": [{"type": "function"}],
        "temperature": 0,
        "user": "u1",
    }


def test_an_oversized_message_is_refused() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "x" * 100_001}]}
    with pytest.raises(GatewayError, match="at most 100000") as refused:
        GatewayRequest.from_json(body)
    assert refused.value.field == "messages[0].content"


# ---------------------------------------------------------------- earlier turns


def row(seq: int, role: str, content: str, status: str = "ok") -> MessageRow:
    return MessageRow(f"m{seq}", "s", role, content, seq, status=status)  # type: ignore[arg-type]


def test_turns_are_recognised_by_their_answers_newest_first() -> None:
    stored = stored_turns(
        [
            row(1, "user", "Q1'"),
            row(2, "assistant", "A1"),
            row(3, "user", "lost", "failed"),  # never answered: not a turn
            row(4, "user", "Q2'"),
            row(5, "assistant", "A2"),
            row(6, "user", "Q3'", "blocked"),
            row(7, "assistant", "Sorry", "blocked"),
        ]
    )
    assert [(t.user.content, t.answer) for t in stored] == [
        ("Q1'", "A1"),
        ("Q2'", "A2"),
        ("Q3'", "Sorry"),
    ]
    messages = [
        {"role": "system", "content": "S"},
        {"role": "user", "content": "Q1"},
        {"role": "assistant", "content": "A1"},
        {"role": "user", "content": "Q3"},
        {"role": "assistant", "content": "Sorry"},
        {"role": "user", "content": "Q9"},
        {"role": "assistant", "content": "never stored"},
        {"role": "user", "content": "new"},
    ]
    turns = client_turns(messages)
    assert [t.indices for t in turns] == [(1, 2), (3, 4), (5, 6), (7,)]
    found = align(turns[:-1], stored)
    assert {i: t.user.content for i, t in found.items()} == {1: "Q1'", 3: "Q3'"}


def test_two_conversations_of_one_user_interleave() -> None:
    stored = stored_turns(
        [
            row(1, "user", "a1'"),
            row(2, "assistant", "A-1"),
            row(3, "user", "b1'"),
            row(4, "assistant", "B-1"),
            row(5, "user", "a2'"),
            row(6, "assistant", "A-2"),
            row(7, "user", "b2'"),
            row(8, "assistant", "B-2"),
        ]
    )
    conversation_a = client_turns(
        [
            {"role": "user", "content": "a1"},
            {"role": "assistant", "content": "A-1"},
            {"role": "user", "content": "a2"},
            {"role": "assistant", "content": "A-2"},
        ]
    )
    found = align(conversation_a, stored)
    assert {i: t.user.content for i, t in found.items()} == {0: "a1'", 2: "a2'"}


def test_a_tool_call_turn_without_text_is_matched_only_in_place() -> None:
    stored = stored_turns(
        [
            row(1, "user", "q1'"),
            row(2, "assistant", "A"),
            row(3, "user", "q2'"),
            row(4, "assistant", ""),
        ]
    )
    tool_turn = client_turns(
        [
            {"role": "user", "content": "q1"},
            {"role": "assistant", "content": "A"},
            {"role": "user", "content": "q2"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "c"}]},
            {"role": "tool", "tool_call_id": "c", "content": "42"},
        ]
    )
    found = align(tool_turn, stored)
    assert {i: t.user.content for i, t in found.items()} == {0: "q1'", 2: "q2'"}
    # Out of place (the last stored turn has an answer), a turn without text matches nothing.
    assert (
        align(tool_turn[1:], stored_turns([row(1, "user", "q'"), row(2, "assistant", "A")])) == {}
    )


# ---------------------------------------------------------------- streams


def test_a_streamed_answer_is_put_back_together() -> None:
    parts = _Assembler()
    deltas: list[dict[str, Any]] = [
        {"role": "assistant", "content": ""},
        {"content": "Let me "},
        {"content": "check."},
        {
            "tool_calls": [
                {
                    "index": 0,
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "grade", "arguments": ""},
                }
            ]
        },
        {"tool_calls": [{"index": 0, "function": {"arguments": '{"course":'}}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": ' "math"}'}}]},
    ]
    for delta in deltas:
        parts.add({"model": "gpt-x", "choices": [{"index": 0, "delta": delta}]})
    parts.add({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    parts.add({"choices": [], "usage": {"total_tokens": 9}})
    done = parts.completion("fallback")
    assert done.message == {
        "role": "assistant",
        "content": "Let me check.",
        "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "grade", "arguments": '{"course": "math"}'}},
        ],
    }  # fmt: skip
    assert done.finish_reason == "tool_calls" and done.model == "gpt-x"
    assert done.usage == {"total_tokens": 9}


def test_a_stream_that_fails_or_says_nothing_is_an_error() -> None:
    with pytest.raises(AttemptFailed, match="the stream failed: overloaded"):
        _Assembler().add({"error": {"message": "overloaded"}})
    with pytest.raises(AttemptFailed, match="ended without a chunk"):
        _Assembler().completion("m")


def reply(message: dict[str, Any], trace: tuple[HookStep, ...] = ()) -> GatewayReply:
    return GatewayReply(
        session_id="s",
        message=message,
        finish_reason="stop",
        model="m",
        usage=None,
        blocked=False,
        reason=None,
        ai_called=True,
        trace=trace,
        extractions=(),
    )


def test_the_answer_streams_in_pieces_that_join_back() -> None:
    text = "  Two  spaces,\nnew lines\tand tabs. "
    assert "".join(pieces(text)) == text and len(pieces(text)) == 7
    events = stream_events(
        reply({"role": "assistant", "content": text}), "c1", 1, include_usage=False
    )
    assert events[-1] == "data: [DONE]\n\n"
    chunks = [json.loads(e.removeprefix("data: ")) for e in events[:-1]]
    deltas = [c["choices"][0]["delta"] for c in chunks]
    assert deltas[0] == {"role": "assistant", "content": ""} and deltas[-1] == {}
    assert "".join(d.get("content") or "" for d in deltas) == text
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_tool_calls_stream_with_their_index() -> None:
    call = {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    message = {"role": "assistant", "content": None, "tool_calls": [call]}
    events = stream_events(reply(message), "c1", 1, include_usage=True)
    chunks = [json.loads(e.removeprefix("data: ")) for e in events[:-1]]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": None}
    assert chunks[1]["choices"][0]["delta"] == {"tool_calls": [{"index": 0, **call}]}
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"] is None


def test_the_header_names_only_the_calls_that_were_made() -> None:
    trace = (
        HookStep("chat:on_message", "struggle-detector", "dispatched"),
        HookStep("chat:before_ai", "safety-filter", "continue"),
        HookStep("chat:before_ai", "pii-filter", "timeout", 2000.0, "too slow"),
        HookStep("chat:after_ai", "safety-filter", "continue"),
    )
    assert modules_header(trace) == (
        "struggle-detector=on_message:dispatched; "
        "safety-filter=before_ai:continue,after_ai:continue; pii-filter=before_ai:timeout"
    )
    assert modules_header(()) == ""


def test_a_conversation_has_one_session_per_tool_and_user() -> None:
    one = session_id_for("tool", "user", "chat-1")
    assert one == session_id_for("tool", "user", "chat-1") and one.startswith("gw-")
    assert len({one, session_id_for("tool2", "user", "chat-1"),
                session_id_for("tool", "user2", "chat-1"),
                session_id_for("tool", "user", "chat-2")}) == 4  # fmt: skip


# ---------------------------------------------------------------- on an engine and a store


@pytest.fixture
async def gateway(store_url: str, tmp_path: Path) -> AsyncIterator[tuple[ChatGateway, EchoModel]]:
    modules = tmp_path / "modules"
    for name in ("pii-filter", "safety-filter"):
        shutil.copytree(MODULES / name, modules / name, ignore=shutil.ignore_patterns("tests"))
    echo = EchoModel()
    async with (
        open_store(store_url) as store,
        open_engine(modules, store=store, watch=False) as engine,
    ):
        yield ChatGateway(ChatService(engine, store, echo)), echo


TOOL = Tool(id="tutor", name="Tutor", type="chat")
USER = User(id="student-1")


def ask(*contents: str) -> GatewayRequest:
    """A conversation of user messages, each answered by the echo model but the last."""
    messages: list[dict[str, Any]] = []
    for content in contents:
        messages.append({"role": "user", "content": content})
    return GatewayRequest.from_json({"model": "m", "messages": messages})


async def test_concurrent_requests_of_one_conversation_are_stored_in_order(
    gateway: tuple[ChatGateway, EchoModel],
) -> None:
    chat_gateway, _ = gateway
    replies: list[GatewayReply] = []

    async def send(i: int) -> None:
        replies.append(
            await chat_gateway.complete(
                ask(f"question {i}"), tool=TOOL, user=USER, conversation="c"
            )
        )

    async with trio.open_nursery() as nursery:
        for i in range(8):
            nursery.start_soon(send, i)
    assert len({r.session_id for r in replies}) == 1
    rows = await chat_gateway.chat.messages(replies[0].session_id)
    assert [r.seq for r in rows] == list(range(1, 17))
    assert [r.role for r in rows] == ["user", "assistant"] * 8


async def test_a_cancelled_request_stores_nothing(
    gateway: tuple[ChatGateway, EchoModel],
) -> None:
    chat_gateway, echo = gateway
    first = await chat_gateway.complete(ask(f"I'm {EMAIL}"), tool=TOOL, user=USER, conversation="c")
    assert "[EMAIL]" in str(first.message["content"]) and EMAIL not in str(echo.requests[-1])

    class Stuck(EchoModel):
        async def complete(self, request: Any) -> Any:
            await trio.sleep_forever()

    chat_gateway.upstream = type(chat_gateway.upstream)(Stuck())  # type: ignore[call-arg]
    with trio.move_on_after(0.5):
        await chat_gateway.complete(ask("hello"), tool=TOOL, user=USER, conversation="c")
    rows = await chat_gateway.chat.messages(first.session_id)
    assert len(rows) == 2
    session = await chat_gateway.chat.get_session(first.session_id)
    assert session.tool.id == "tutor" and session.user_id == USER.id


async def test_an_ended_conversation_is_refused(gateway: tuple[ChatGateway, EchoModel]) -> None:
    chat_gateway, _ = gateway
    done = await chat_gateway.complete(ask("hi"), tool=TOOL, user=USER, conversation="c")
    await chat_gateway.chat.end_session(done.session_id)
    from raptscallions.chat import SessionEnded

    with pytest.raises(SessionEnded):
        await chat_gateway.complete(ask("hi"), tool=TOOL, user=USER, conversation="c")
