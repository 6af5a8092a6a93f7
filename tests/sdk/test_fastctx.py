"""The context on the wire, fast both ways: what `encode_context` writes, `decode_context`
reads back as the same context, and as the converter would; the history stays undecoded
until a handler looks at it; anything the fast path does not expect takes the converter's."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raptscallions.sdk import (
    Assignment,
    Class,
    Group,
    HookContext,
    Message,
    ProtocolError,
    Run,
    Session,
    Tool,
    ToolDefinition,
    User,
)
from raptscallions.sdk._convert import context_from_wire, converter
from raptscallions.sdk._fastctx import WireMessages, decode_context, encode_context
from raptscallions.sdk._protocol import decode_json, encode_json
from raptscallions.sdk.testing import mock_context, strategies

CONFIG = {"mode": "mask", "nested": {"k": [1, 2]}}


def full_context() -> HookContext:
    """Every optional part set, times in three zones."""
    ist = timezone(timedelta(hours=5, minutes=30))
    return HookContext(
        request_id="req-1",
        hook="chat:before_ai",
        user=User(id="u1", role="teacher", email="t@example.com", name="T"),
        tool=Tool(
            id="tool-1",
            name="Tutor",
            type="product",
            definition=ToolDefinition(
                behavior="b",
                model="m",
                constraints={"max": 3},
                modules=("a", "b"),
                meta={"x": None},
            ),
        ),
        timestamp=datetime(2026, 3, 1, 12, 30, 5, 123456, tzinfo=UTC),
        group=Group(id="g2", name="School", path="g1/g2"),
        class_=Class(id="c1", name="7B"),
        assignment=Assignment(id="as1", name="Essay", config={"words": 500}),
        session=Session(
            id="s1", state="paused", started_at=datetime(2026, 3, 1, tzinfo=ist), message_count=4
        ),
        messages=[
            Message(
                id="m1",
                role="user",
                content="hi",
                seq=1,
                created_at=datetime(2026, 3, 1, 8, tzinfo=timezone(timedelta(hours=-8))),
            ),
            Message(id="m2", role="assistant", content="hello", seq=2),
        ],
        message=Message(id="m3", role="user", content="naïve ✓ \u2028", seq=3),
        response="answer",
        run=Run(id="r1", state="complete", created_at=datetime(2026, 3, 1, 9, tzinfo=UTC)),
        input={"essay": "text", "n": 1.5},
        output={"score": None},
        config={"ignored": "config travels beside the body"},
    )


def through_converter(body: bytes, config: dict[str, Any]) -> HookContext:
    raw = decode_json(body)
    raw["config"] = config
    return converter.structure(raw, HookContext)


@pytest.mark.parametrize("ctx", [full_context(), mock_context()], ids=["full", "mock"])
def test_a_context_comes_back_equal(ctx: HookContext) -> None:
    body = encode_context(ctx)
    decoded = decode_context(body, CONFIG)
    assert decoded == attrs.evolve(ctx, config=CONFIG)
    assert decoded == through_converter(body, CONFIG)
    assert "config" not in json.loads(body)


@settings(max_examples=80, deadline=None)
@given(
    ctx=strategies.contexts(max_history=4),
    config=st.dictionaries(st.text(max_size=5), st.integers()),
)
def test_any_context_round_trips(ctx: HookContext, config: dict[str, Any]) -> None:
    body = encode_context(ctx)
    decoded = decode_context(body, config)
    assert decoded == attrs.evolve(ctx, config=config)
    assert decoded == through_converter(body, config)
    assert decoded.timestamp.tzinfo is not None


def test_the_converters_encoding_decodes_the_same() -> None:
    """A body encoded the converter's way (``+00:00`` offsets) reads the same."""
    ctx = full_context()
    data = converter.unstructure(ctx)
    data.pop("config")
    assert decode_context(encode_json(data), {}) == attrs.evolve(ctx, config={})


def test_the_history_is_decoded_only_when_read() -> None:
    ctx = full_context()
    decoded = decode_context(encode_context(ctx), {})
    messages = decoded.messages
    assert isinstance(messages, WireMessages)
    assert messages._raw is None and messages._items is None, "decoded before it was read"
    assert len(messages) == 2
    assert [m.content for m in messages] == ["hi", "hello"]
    assert messages[0].created_at == ctx.messages[0].created_at
    # What a module may do with it: re-encode it, compare it.
    assert converter.unstructure(decoded)["messages"] == converter.unstructure(ctx)["messages"]
    assert decode_context(encode_context(ctx), {}).messages == ctx.messages


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d["user"].update(role="nobody"), id="unknown-role"),
        pytest.param(lambda d: d["message"].update(seq="3"), id="seq-as-text"),
        pytest.param(lambda d: d.update(timestamp="2026-03-01T12:00:00"), id="naive-time"),
        pytest.param(lambda d: d["session"].update(started_at=1_700_000_000), id="epoch-time"),
        pytest.param(lambda d: d.update(extra_key=1), id="unknown-key"),
    ],
)
def test_what_the_fast_path_does_not_expect_takes_the_converters_path(change: Any) -> None:
    data = json.loads(encode_context(full_context()))
    change(data)
    body = json.dumps(data).encode()
    fast = decode_context(body, CONFIG)
    assert fast == context_from_wire({**json.loads(body), "config": CONFIG})
    assert fast.timestamp.tzinfo is not None


def test_a_body_that_is_not_json_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        decode_context(b"{not json", {})


def test_a_body_without_a_user_is_refused_as_the_converter_refuses_it() -> None:
    data = json.loads(encode_context(full_context()))
    del data["user"]
    with pytest.raises(Exception) as fast:
        decode_context(json.dumps(data).encode(), {})
    with pytest.raises(Exception) as slow:
        converter.structure({**data, "config": {}}, HookContext)
    assert type(fast.value) is type(slow.value)
