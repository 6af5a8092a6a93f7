"""The sans-IO wire codec: every message round-trips through `encode` and `FrameCodec`, in any
chunking, and anything else (garbage, truncated, oversized or malformed frames) ends in a clean
`ProtocolError` that poisons the codec, never another exception and never a hang.

Frames are built by hand here from the documented layout (``u32 rest | u32 header | header |
body``, big-endian), not with the codec's own helpers, so the tests pin the format itself.
"""

from __future__ import annotations

import json
import string
import struct
import typing
from itertools import pairwise
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raptscallions.sdk import Block, Continue, Extraction, ProtocolError, Skip
from raptscallions.sdk._protocol import (
    DEFAULT_MAX_FRAME,
    RESULT_TAGS,
    TAGS,
    Cancel,
    ConfigUpdate,
    DbQuery,
    DbResponse,
    Emitted,
    ExecuteHook,
    FrameCodec,
    HookDone,
    Load,
    LoadFailed,
    Log,
    Message,
    Ready,
    Shutdown,
    Unloaded,
    encode,
)
from raptscallions.sdk.testing import strategies as st_r

FAST = settings(max_examples=25, deadline=None)
FEW = settings(max_examples=10, deadline=None)
MESSAGE_CLASSES = tuple(TAGS)

# ------------------------------------------------------------------ strategies

ids = st.integers(-(2**63), 2**64 - 1)
names = st.text(max_size=16)
texts = st.text(max_size=60)
dicts = st_r.json_dicts(max_leaves=6)
json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
json_values = st.recursive(
    json_leaves,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(names, inner, max_size=3),
    max_leaves=8,
)

MESSAGES: dict[type[Any], st.SearchStrategy[Message]] = {
    Load: st.builds(Load, name=names, folder=names, manifest=dicts, config=dicts),
    ExecuteHook: st.builds(
        ExecuteHook,
        id=ids,
        hook=st_r.hooks() | names,
        config=st.none() | dicts,
        body=st.binary(max_size=256),
    ),
    Cancel: st.builds(Cancel, id=ids),
    ConfigUpdate: st.builds(ConfigUpdate, config=dicts),
    DbResponse: st.builds(
        DbResponse,
        id=ids,
        result=json_values,
        error=st.none() | texts,
        error_type=st.none() | names,
    ),
    Shutdown: st.just(Shutdown()),
    Ready: st.builds(
        Ready,
        pid=st.integers(1, 2**22),
        hooks=st.lists(st_r.hooks() | names, max_size=5),
        protections=st.dictionaries(names, st.booleans(), max_size=3),
    ),
    LoadFailed: st.builds(LoadFailed, error=texts, error_type=names),
    HookDone: st.one_of(
        st.builds(HookDone, id=ids, result=st_r.results()),
        st.builds(
            HookDone,
            id=ids,
            error=texts,
            error_type=st.sampled_from(["cancelled", "HookError", "ValueError"]) | names,
        ),
    ),
    Emitted: st.builds(
        Emitted,
        call_id=st.none() | ids,
        extraction_type=st.text(string.ascii_lowercase + "_", min_size=1, max_size=12),
        data=dicts,
    ),
    Log: st.builds(
        Log,
        call_id=st.none() | ids,
        level=st.sampled_from(["debug", "info", "warning", "error"]),
        message=texts,
        data=dicts,
    ),
    DbQuery: st.builds(
        DbQuery,
        id=ids,
        call_id=ids,
        method=st.sampled_from(["query", "execute", "fetch_one", "insert"]) | names,
        params=dicts,
    ),
    Unloaded: st.just(Unloaded()),
}
any_message: st.SearchStrategy[Message] = st.one_of(*MESSAGES.values())


# ------------------------------------------------------------------ helpers


def make_frame(header: bytes, body: bytes = b"", *, header_len: int | None = None) -> bytes:
    """A frame laid out by hand; `header_len` overrides the declared header length."""
    declared = len(header) if header_len is None else header_len
    return struct.pack(">II", 4 + len(header) + len(body), declared) + header + body


def json_frame(header: Any, body: bytes = b"") -> bytes:
    return make_frame(json.dumps(header).encode(), body)


def split_frame(frame: bytes) -> tuple[bytes, bytes]:
    """The header and body of one whole frame, checking the two lengths on the way."""
    size, header_len = struct.unpack_from(">II", frame)
    assert size + 4 == len(frame), "the first u32 counts every byte after itself"
    return frame[8 : 8 + header_len], frame[8 + header_len :]


def decode_all(data: bytes, *, max_frame: int = DEFAULT_MAX_FRAME) -> list[Message]:
    """Everything a fresh codec yields for `data` followed by the end of the stream."""
    codec = FrameCodec(max_frame=max_frame)
    codec.receive_data(data)
    got = list(codec.events())
    codec.receive_data(b"")
    got += codec.events()
    assert codec.buffered == 0
    return got


def chunked(data: st.DataObject, blob: bytes) -> list[bytes]:
    """`blob` cut at points hypothesis picks (adjacent points make 1-byte chunks); never an
    empty chunk, which would mean the end of the stream."""
    if len(blob) < 2:
        return [blob] if blob else []
    cuts = data.draw(st.sets(st.integers(1, len(blob) - 1), max_size=48), label="cuts")
    bounds = [0, *sorted(cuts), len(blob)]
    return [blob[a:b] for a, b in pairwise(bounds)]


def assert_only_incomplete_left(codec: FrameCodec, fed: bytes) -> None:
    """After `events()`, whatever stays buffered is less than one whole frame: the codec made
    all the progress it could (it never sits on a complete frame)."""
    left = fed[len(fed) - codec.buffered :]
    if len(left) >= 8:
        (size,) = struct.unpack_from(">I", left)
        assert size + 4 > len(left), "a complete frame was left undecoded"


def assert_poisoned(codec: FrameCodec, exc: ProtocolError) -> None:
    for _ in range(2):
        with pytest.raises(ProtocolError) as again:
            list(codec.events())
        assert again.value is exc, "a poisoned codec raises its first error again"


# ------------------------------------------------------------------ coverage


def test_every_message_type_has_a_strategy_and_a_tag() -> None:
    assert set(typing.get_args(Message)) == set(TAGS), "TAGS lists every member of Message"
    assert set(MESSAGES) == set(TAGS), "add a strategy here for every new message type"
    assert len(set(TAGS.values())) == len(TAGS), "tags are unique"


@pytest.mark.parametrize("cls", list(TAGS), ids=lambda c: c.__name__)
@FEW
@given(data=st.data())
def test_each_strategy_builds_its_class(cls: type[Any], data: st.DataObject) -> None:
    msg = data.draw(MESSAGES[cls])
    assert type(msg) is cls


# ------------------------------------------------------------------ round trips


@pytest.mark.parametrize("cls", list(TAGS), ids=lambda c: c.__name__)
@FAST
@given(data=st.data())
def test_every_message_round_trips(cls: type[Any], data: st.DataObject) -> None:
    msg = data.draw(MESSAGES[cls])
    frame = encode(msg)
    header, body = split_frame(frame)
    wire = json.loads(header)
    assert wire["type"] == TAGS[cls]
    assert "body" not in wire, "the body travels raw, after the header"
    assert body == getattr(msg, "body", b"")
    assert decode_all(frame) == [msg]


@FAST
@given(msgs=st.lists(any_message, max_size=6), data=st.data())
def test_a_stream_round_trips_in_any_chunks(msgs: list[Message], data: st.DataObject) -> None:
    blob = b"".join(encode(m) for m in msgs)
    codec = FrameCodec()
    got: list[Message] = []
    fed = b""
    for chunk in chunked(data, blob):
        codec.receive_data(chunk)
        fed += chunk
        got += codec.events()
        assert_only_incomplete_left(codec, fed)
    codec.receive_data(b"")  # the end of the stream, at a frame boundary: no error
    got += codec.events()
    assert got == msgs
    assert codec.buffered == 0
    assert list(codec.events()) == []


@FEW
@given(msgs=st.lists(any_message, min_size=1, max_size=3))
def test_byte_at_a_time_each_message_arrives_with_its_last_byte(msgs: list[Message]) -> None:
    frames = [encode(m) for m in msgs]
    ends = {sum(len(f) for f in frames[: i + 1]): m for i, m in enumerate(msgs)}
    blob = b"".join(frames)
    codec = FrameCodec()
    for pos in range(len(blob)):
        codec.receive_data(blob[pos : pos + 1])
        expected = [ends[pos + 1]] if pos + 1 in ends else []
        assert list(codec.events()) == expected
    codec.receive_data(b"")
    assert list(codec.events()) == []


def test_an_empty_stream_ends_cleanly() -> None:
    codec = FrameCodec()
    assert list(codec.events()) == []
    codec.receive_data(b"")
    assert list(codec.events()) == []
    codec.receive_data(b"")  # saying so twice is harmless
    assert list(codec.events()) == []


def test_data_after_the_end_of_the_stream_is_refused() -> None:
    codec = FrameCodec()
    codec.receive_data(encode(Cancel(1)))
    codec.receive_data(b"")
    assert list(codec.events()) == [Cancel(1)]
    with pytest.raises(ProtocolError, match="after the end of the stream"):
        codec.receive_data(encode(Cancel(2)))


# ------------------------------------------------------------------ hook results


@pytest.mark.parametrize(
    ("result", "action"),
    [
        (
            Continue(
                message="m",
                response="r",
                input={"a": 1},
                output={"b": [1, None]},
                system_prompt_additions=["Be kind.", "Be brief."],
                extractions=[Extraction("pii", {"n": 2}), Extraction("mood")],
            ),
            "continue",
        ),
        (Continue(), "continue"),
        (Block("unsafe", direct_response="Let's talk about something else."), "block"),
        (Block("unsafe"), "block"),
        (Skip("handled"), "skip"),
        (Skip(), "skip"),
    ],
)
def test_hook_results_travel_tagged_by_action(result: Any, action: str) -> None:
    frame = encode(HookDone(7, result))
    wire = json.loads(split_frame(frame)[0])
    assert wire["type"] == "hook_result"
    assert wire["result"]["action"] == action
    (msg,) = decode_all(frame)
    assert isinstance(msg, HookDone)
    assert msg.result is not None
    assert type(msg.result) is type(result)
    assert attrs.asdict(msg.result) == attrs.asdict(result), "every field survives"
    assert msg == HookDone(7, result)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"action": "skip", "reason": "r"}, Skip("r")),
        ({"action": "block", "reason": "r", "direct_response": "d"}, Block("r", "d")),
        (
            {"action": "continue", "message": "m", "extractions": [{"type": "t", "data": {}}]},
            Continue(message="m", extractions=[Extraction("t")]),
        ),
    ],
)
def test_hand_written_results_decode_to_their_class(raw: dict[str, Any], expected: Any) -> None:
    (msg,) = decode_all(json_frame({"type": "hook_result", "id": 3, "result": raw}))
    assert msg == HookDone(3, expected)
    assert type(msg.result) is type(expected)


@FAST
@given(result=st_r.results())
def test_any_result_round_trips_under_its_tag(result: Any) -> None:
    frame = encode(HookDone(1, result))
    assert json.loads(split_frame(frame)[0])["result"]["action"] == RESULT_TAGS[type(result)]
    assert decode_all(frame) == [HookDone(1, result)]


# ------------------------------------------------------------------ truncation


@FEW
@given(msg=any_message)
def test_a_frame_cut_anywhere_then_eof_is_an_error(msg: Message) -> None:
    frame = encode(msg)
    for n in range(len(frame)):
        codec = FrameCodec()
        if n:
            codec.receive_data(frame[:n])
        assert list(codec.events()) == [], "an incomplete frame is not an error yet"
        codec.receive_data(b"")
        if n == 0:
            assert list(codec.events()) == [], "ending before any frame is fine"
            continue
        with pytest.raises(ProtocolError, match=rf"stream ended inside a frame \({n} bytes"):
            list(codec.events())


@FEW
@given(first=any_message, second=any_message, data=st.data())
def test_messages_before_a_truncated_frame_are_still_delivered(
    first: Message, second: Message, data: st.DataObject
) -> None:
    tail = encode(second)
    cut = data.draw(st.integers(1, len(tail) - 1))
    codec = FrameCodec()
    codec.receive_data(encode(first) + tail[:cut])
    codec.receive_data(b"")
    events = codec.events()
    assert next(events) == first
    with pytest.raises(ProtocolError, match="stream ended inside a frame") as exc:
        next(events)
    assert_poisoned(codec, exc.value)


# ------------------------------------------------------------------ frame size


@FAST
@given(
    max_frame=st.integers(8, 2**24),
    size=st.integers(0, 2**32 - 1),
    header_len=st.integers(0, 2**32 - 1),
)
def test_an_oversized_frame_is_refused_on_its_header_alone(
    max_frame: int, size: int, header_len: int
) -> None:
    size = max(size, max_frame - 3)  # the whole frame, size + 4, is one byte over at least
    codec = FrameCodec(max_frame=max_frame)
    codec.receive_data(struct.pack(">II", size, header_len))  # no body follows
    with pytest.raises(
        ProtocolError, match=f"frame of {size + 4} bytes exceeds the {max_frame}-byte limit"
    ) as exc:
        list(codec.events())
    assert codec.buffered == 0
    assert_poisoned(codec, exc.value)


@FEW
@given(msg=any_message)
def test_the_frame_limit_is_inclusive_on_both_sides(msg: Message) -> None:
    frame = encode(msg)
    limit = len(frame)
    assert encode(msg, max_frame=limit) == frame
    assert decode_all(frame, max_frame=limit) == [msg]
    with pytest.raises(ProtocolError, match=f"exceeds the {limit - 1}-byte limit"):
        encode(msg, max_frame=limit - 1)
    codec = FrameCodec(max_frame=limit - 1)
    codec.receive_data(frame[:8])
    with pytest.raises(ProtocolError, match=f"exceeds the {limit - 1}-byte limit"):
        list(codec.events())


def test_encoding_a_message_over_the_default_limit_names_it() -> None:
    msg = ExecuteHook(1, "chat:before_ai", body=b"x" * DEFAULT_MAX_FRAME)
    with pytest.raises(
        ProtocolError, match=f"ExecuteHook frame of .* exceeds the {DEFAULT_MAX_FRAME}-byte limit"
    ):
        encode(msg)


# ------------------------------------------------------------------ malformed frames

DEEP = 5000  # nesting past any recursion limit, in a 10 kB header


@pytest.mark.parametrize(
    ("frame", "match"),
    [
        pytest.param(make_frame(b"not json"), "frame header is not JSON", id="not-json"),
        pytest.param(make_frame(b""), "frame header is not JSON", id="empty-header"),
        pytest.param(make_frame(b"\xff\xfe{}"), "frame header is not JSON", id="not-utf8"),
        pytest.param(
            make_frame(b'{"type": "log", "message": "\x80"}'),
            "frame header is not JSON",
            id="not-utf8-in-string",
        ),
        pytest.param(
            make_frame(b'{"type": "cancel", "id": 1'), "frame header is not JSON", id="cut-json"
        ),
        pytest.param(
            make_frame(
                b'{"type":"db_response","id":1,"result":' + b"[" * DEEP + b"]" * DEEP + b"}"
            ),
            "frame header is not JSON",
            id="nested-too-deep",
        ),
        pytest.param(json_frame([1, 2]), r"must be a JSON object \(got list\)", id="list"),
        pytest.param(json_frame("load"), r"must be a JSON object \(got str\)", id="str"),
        pytest.param(json_frame(None), "must be a JSON object", id="null"),
        pytest.param(json_frame({}), "unknown message type None", id="no-type"),
        pytest.param(json_frame({"type": "nope"}), "unknown message type 'nope'", id="unknown"),
        pytest.param(json_frame({"type": "Cancel"}), "unknown message type", id="class-name"),
        pytest.param(json_frame({"type": 5}), "unknown message type 5", id="type-int"),
        pytest.param(json_frame({"type": ["cancel"]}), "unknown message type", id="type-list"),
        pytest.param(json_frame({"type": {"a": 1}}), "unknown message type", id="type-dict"),
        pytest.param(json_frame({"type": "cancel"}), "malformed cancel message", id="no-id"),
        pytest.param(
            json_frame({"type": "cancel", "id": "abc"}), "malformed cancel", id="id-not-int"
        ),
        pytest.param(json_frame({"type": "cancel", "id": None}), "malformed cancel", id="id-null"),
        pytest.param(json_frame({"type": "cancel", "id": [1]}), "malformed cancel", id="id-list"),
        pytest.param(json_frame({"type": "cancel", "id": {}}), "malformed cancel", id="id-dict"),
        pytest.param(
            json_frame({"type": "load", "name": "m", "folder": "f", "manifest": {}}),
            "malformed load message",
            id="load-no-config",
        ),
        pytest.param(
            json_frame({"type": "load", "name": "m", "folder": "f", "manifest": [1], "config": {}}),
            "malformed load message",
            id="manifest-list",
        ),
        pytest.param(
            json_frame({"type": "config_update", "config": "x"}),
            "malformed config_update",
            id="config-str",
        ),
        pytest.param(
            json_frame({"type": "ready", "pid": 1, "hooks": 5}), "malformed ready", id="hooks-int"
        ),
        pytest.param(
            json_frame({"type": "log", "call_id": None, "level": "loud", "message": "m"}),
            "malformed log message",
            id="log-level",
        ),
        pytest.param(
            json_frame({"type": "extraction", "call_id": 1, "extraction_type": "t", "data": 3}),
            "malformed extraction message",
            id="data-int",
        ),
        pytest.param(
            json_frame({"type": "db_query", "id": 1, "call_id": 1, "method": "q"}),
            "malformed db_query message",
            id="no-params",
        ),
        pytest.param(
            json_frame({"type": "hook_result", "id": 1, "result": {"action": "nope"}}),
            "malformed hook_result",
            id="unknown-action",
        ),
        pytest.param(
            json_frame({"type": "hook_result", "id": 1, "result": {"reason": "r"}}),
            "malformed hook_result",
            id="no-action",
        ),
        pytest.param(
            json_frame({"type": "hook_result", "id": 1, "result": {"action": "block"}}),
            "malformed hook_result",
            id="block-no-reason",
        ),
        pytest.param(
            json_frame({"type": "hook_result", "id": 1, "result": 5}),
            "malformed hook_result",
            id="result-int",
        ),
        pytest.param(
            json_frame({"type": "cancel", "id": 1}, b"{}"),
            "cancel message carries an unexpected body",
            id="body-on-cancel",
        ),
        pytest.param(
            make_frame(b"{}", header_len=3),
            r"frame header length 3 exceeds the frame \(2 bytes\)",
            id="header-len-past-frame",
        ),
        pytest.param(
            struct.pack(">II", 2, 0) + b"xx", "frame header length 0 exceeds", id="rest-under-4"
        ),
        pytest.param(struct.pack(">II", 0, 0), "exceeds the frame", id="rest-zero"),
    ],
)
def test_malformed_frames_raise_and_poison(frame: bytes, match: str) -> None:
    codec = FrameCodec()
    codec.receive_data(frame)
    with pytest.raises(ProtocolError, match=match) as exc:
        list(codec.events())
    codec.receive_data(encode(Cancel(1)))  # a good frame after a bad one is not trusted
    assert_poisoned(codec, exc.value)
    codec.receive_data(b"")
    assert_poisoned(codec, exc.value)


BODILESS = [cls for cls in TAGS if "body" not in attrs.fields_dict(cls)]


@FEW
@given(msg=st.one_of(*(MESSAGES[cls] for cls in BODILESS)))
def test_a_body_on_a_message_type_without_one_is_refused(msg: Message) -> None:
    header, _ = split_frame(encode(msg))
    codec = FrameCodec()
    codec.receive_data(make_frame(header, b"x"))
    with pytest.raises(ProtocolError, match=f"{TAGS[type(msg)]} message carries an unexpected"):
        list(codec.events())


# ------------------------------------------------------------------ garbage

FIELD_NAMES = sorted({f.name for cls in [*TAGS, *RESULT_TAGS] for f in attrs.fields(cls)})


@st.composite
def json_objects(draw: st.DrawFn) -> dict[str, Any]:
    """Headers that look like messages: a known (or junk) type and a few real field names
    with values of any JSON shape, sometimes a result-like object."""
    keys = st.sampled_from(FIELD_NAMES) | names
    obj = draw(st.dictionaries(keys, json_values, max_size=5))
    if draw(st.booleans()):
        result = draw(st.dictionaries(keys, json_values, max_size=3))
        result["action"] = draw(st.sampled_from(sorted(RESULT_TAGS.values())) | json_values)
        obj["result"] = result
    if draw(st.integers(0, 9)):  # mostly typed, sometimes not
        obj["type"] = draw(st.sampled_from(sorted(TAGS.values())) | json_values)
    return obj


@st.composite
def framed_junk(draw: st.DrawFn) -> bytes:
    """Correctly framed, with a header of random bytes or a message-like JSON object."""
    header = draw(st.binary(max_size=128) | json_objects().map(lambda o: json.dumps(o).encode()))
    return make_frame(header, draw(st.binary(max_size=16) | st.just(b"")))


@st.composite
def mutated_frames(draw: st.DrawFn) -> bytes:
    """A valid frame with a few bytes overwritten, dropped or inserted."""
    frame = bytearray(encode(draw(any_message)))
    for _ in range(draw(st.integers(1, 3))):
        pos = draw(st.integers(0, len(frame)))
        edit = draw(st.sampled_from(["set", "drop", "insert"]))
        if edit == "insert" or pos == len(frame):
            frame[pos:pos] = draw(st.binary(min_size=1, max_size=4))
        elif edit == "drop":
            del frame[pos]
        else:
            frame[pos] = draw(st.integers(0, 255))
    return bytes(frame)


garbage = st.one_of(st.binary(max_size=512), framed_junk(), mutated_frames())


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(garbage, min_size=1, max_size=3),
    max_frame=st.sampled_from([DEFAULT_MAX_FRAME, 4096, 64]),
    data=st.data(),
)
def test_garbage_yields_messages_or_a_protocol_error(
    parts: list[bytes], max_frame: int, data: st.DataObject
) -> None:
    """Bounded input, so every call returns; the only exception allowed is ProtocolError."""
    codec = FrameCodec(max_frame=max_frame)
    fed = b""
    try:
        for chunk in chunked(data, b"".join(parts)):
            codec.receive_data(chunk)
            fed += chunk
            for msg in codec.events():
                assert isinstance(msg, MESSAGE_CLASSES)
            assert_only_incomplete_left(codec, fed)
        codec.receive_data(b"")
        assert list(codec.events()) == []
    except ProtocolError as exc:
        assert codec.buffered == 0, "a poisoned codec holds on to nothing"
        assert_poisoned(codec, exc)
    else:
        assert codec.buffered == 0


@FAST
@given(raw=st.binary(max_size=512))
def test_random_bytes_alone_yield_nothing_or_a_protocol_error(raw: bytes) -> None:
    codec = FrameCodec()
    codec.receive_data(raw)
    try:
        assert list(codec.events()) == []
    except ProtocolError as exc:
        assert_poisoned(codec, exc)


# ------------------------------------------------------------------ encoding errors


class Opaque:
    pass


def _cyclic() -> dict[str, Any]:
    data: dict[str, Any] = {}
    data["self"] = data
    return data


def _deep() -> list[Any]:
    value: list[Any] = []
    for _ in range(DEEP):
        value = [value]
    return value


@pytest.mark.parametrize(
    "msg",
    [
        pytest.param(Emitted(None, "t", {"x": Opaque()}), id="object"),
        pytest.param(Log(None, "info", "m", {"x": 1j}), id="complex"),
        pytest.param(DbQuery(1, 2, "q", {"k": {(1, 2): "tuple key"}}), id="tuple-key"),
        pytest.param(Log(None, "info", "\ud800"), id="lone-surrogate"),
        pytest.param(DbResponse(1, result=_cyclic()), id="cyclic"),
        pytest.param(Emitted(1, "t", {"x": _deep()}), id="nested-too-deep"),
    ],
)
def test_unencodable_data_is_a_protocol_error(msg: Message) -> None:
    with pytest.raises(ProtocolError, match=f"cannot encode {type(msg).__name__}") as exc:
        encode(msg)
    assert not isinstance(exc.value, TypeError | ValueError | RecursionError)
