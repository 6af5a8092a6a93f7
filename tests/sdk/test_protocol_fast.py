"""The codec's hot path: the frames `encode_execute` and `encode_done` build without a message
object are `encode`'s; the hand-written decoding of the frequent messages agrees with the
converter's; `take` hands over every complete message at once."""

from __future__ import annotations

import json
import struct
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raptscallions.sdk import Block, Continue, Extraction, ProtocolError, Skip
from raptscallions.sdk._protocol import (
    NO_CHANGE,
    Cancel,
    Emitted,
    ExecuteHook,
    FrameCodec,
    HookDone,
    Log,
    Message,
    encode,
    encode_done,
    encode_execute,
    wire,
)
from raptscallions.sdk.testing import strategies as st_r

SOME = settings(max_examples=40, deadline=None)
ids = st.integers(-(2**63), 2**64 - 1)


def decoded(frame: bytes) -> list[Message]:
    codec = FrameCodec()
    codec.receive_data(frame)
    return codec.take()


def header_of(frame: bytes) -> dict[str, Any]:
    _, header_len = struct.unpack_from(">II", frame)
    value: dict[str, Any] = json.loads(frame[8 : 8 + header_len])
    return value


@SOME
@given(
    call_id=ids,
    hook=st_r.hooks() | st.text(max_size=12),
    config=st.none() | st_r.json_dicts(max_leaves=4),
    body=st.binary(max_size=64),
)
def test_encode_execute_is_encode(
    call_id: int, hook: str, config: dict[str, Any] | None, body: bytes
) -> None:
    frame = encode_execute(call_id, hook, config, body)
    msg = ExecuteHook(call_id, hook, config, body)
    assert decoded(frame) == decoded(encode(msg)) == [msg]


@SOME
@given(call_id=ids, result=st_r.results())
def test_encode_done_is_encode(call_id: int, result: Any) -> None:
    frame = encode_done(call_id, result)
    assert decoded(frame) == [HookDone(call_id, result)]


def test_an_empty_continue_is_the_shared_one_both_ways() -> None:
    for result in (NO_CHANGE, Continue()):
        (done,) = decoded(encode_done(7, result))
        assert isinstance(done, HookDone) and done.result is NO_CHANGE
    assert header_of(encode_done(7, Continue()))["result"] == {"action": "continue"}


@pytest.mark.parametrize(
    "frame_of",
    [
        lambda: encode_execute(1, "chat:before_ai", None, b"x" * 200, max_frame=100),
        lambda: encode_done(1, Continue(message="x" * 200), max_frame=100),
    ],
)
def test_the_fast_encoders_keep_the_frame_limit(frame_of: Any) -> None:
    with pytest.raises(ProtocolError, match="exceeds the 100-byte limit"):
        frame_of()


@SOME
@given(
    msg=st.one_of(
        st.builds(Cancel, id=ids),
        st.builds(
            Emitted,
            call_id=st.none() | ids,
            extraction_type=st.text(min_size=1, max_size=8),
            data=st_r.json_dicts(max_leaves=4),
        ),
        st.builds(
            Log,
            call_id=st.none() | ids,
            level=st.sampled_from(["debug", "info", "warning", "error"]),
            message=st.text(max_size=20),
            data=st_r.json_dicts(max_leaves=4),
        ),
        st.builds(HookDone, id=ids, result=st_r.results()),
    )
)
def test_the_hand_written_decoding_agrees_with_the_converter(msg: Message) -> None:
    frame = encode(msg)
    assert decoded(frame) == [msg]
    assert wire.structure(header_of(frame), Message) == msg  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "header",
    [
        {"type": "cancel", "id": "1"},
        {"type": "cancel", "id": True},
        {"type": "log", "call_id": None, "level": "loud", "message": "m"},
        {"type": "log", "call_id": None, "level": ["info"], "message": "m"},
        {"type": "log", "call_id": 1, "level": "info", "message": 5},
        {"type": "extraction", "call_id": None, "extraction_type": "t", "data": []},
        {"type": "extraction", "call_id": "x", "extraction_type": "t", "data": {}},
        {"type": "hook_result", "id": 1, "result": {"action": "continue", "message": 1}},
    ],
)
def test_malformed_frequent_messages_are_protocol_errors(header: dict[str, Any]) -> None:
    raw = json.dumps(header).encode()
    frame = struct.pack(">II", 4 + len(raw), len(raw)) + raw
    codec = FrameCodec()
    codec.receive_data(frame)
    with pytest.raises(ProtocolError, match="malformed"):
        codec.take()


def test_take_hands_over_every_complete_message_at_once() -> None:
    msgs: list[Message] = [HookDone(i, Continue(system_prompt_additions=[str(i)])) for i in
                           range(500)]  # fmt: skip
    blob = b"".join(encode(m) for m in msgs)
    codec = FrameCodec()
    codec.receive_data(blob[:-3])
    assert codec.take() == msgs[:-1]
    assert codec.take() == []
    codec.receive_data(blob[-3:])
    assert codec.take() == msgs[-1:]
    assert codec.buffered == 0


def test_take_delivers_the_good_frames_before_a_bad_one_then_raises() -> None:
    good: list[Message] = [Cancel(1), HookDone(2, Block("no")), HookDone(3, Skip())]
    bad = struct.pack(">II", 4 + 9, 9) + b"not json!"
    codec = FrameCodec()
    codec.receive_data(b"".join(encode(m) for m in good) + bad + encode(Cancel(4)))
    assert codec.take() == good
    assert isinstance(codec.error, ProtocolError)
    with pytest.raises(ProtocolError) as first:
        codec.take()
    with pytest.raises(ProtocolError) as again:
        list(codec.events())
    assert first.value is again.value is codec.error
    assert codec.buffered == 0


def test_an_extraction_result_round_trips_through_the_fast_path() -> None:
    result = Continue(message="m", input={"a": 1}, extractions=[Extraction("t", {"k": [1]})])
    assert decoded(encode_done(9, result)) == [HookDone(9, result)]
