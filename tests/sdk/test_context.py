"""HookContext and its parts: construction rules, the runtime binding, and the converter
round trip (``class_`` travels as ``class``; the runtime never travels)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raptscallions.sdk import (
    BUILTIN_HOOKS,
    Assignment,
    Class,
    Group,
    HookContext,
    Message,
    Run,
    Session,
    Tool,
    ToolDefinition,
    User,
)
from raptscallions.sdk._convert import converter
from raptscallions.sdk.testing import RecordingRuntime, strategies

# -- strategies ----------------------------------------------------------------------------

ids = st.text(max_size=12)
short_text = st.text(max_size=20)
LOW, HIGH = datetime(1970, 1, 2), datetime(2100, 1, 1)
zones = st.sampled_from(
    [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
)
moments: st.SearchStrategy[datetime] = st.datetimes(LOW, HIGH) | st.datetimes(
    LOW, HIGH, timezones=zones
)
json_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | short_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)
json_objects = st.dictionaries(st.text(max_size=8), json_values, max_size=4)

users = st.builds(
    User,
    id=ids,
    role=st.sampled_from(["student", "teacher", "admin"]),
    email=short_text,
    name=short_text,
)
groups = st.builds(Group, id=ids, name=short_text, path=short_text)
classes = st.builds(Class, id=ids, name=short_text)
assignments = st.builds(Assignment, id=ids, name=short_text, config=json_objects)
definitions = st.builds(
    ToolDefinition,
    behavior=short_text,
    model=short_text,
    constraints=st.none() | json_objects,
    modules=st.none() | st.lists(ids, max_size=3).map(tuple),
    meta=st.none() | json_objects,
)
tools = st.builds(
    Tool,
    id=ids,
    name=short_text,
    type=st.sampled_from(["chat", "product"]),
    definition=definitions,
)
sessions = st.builds(
    Session,
    id=ids,
    state=st.sampled_from(["active", "paused", "completed"]),
    started_at=moments,
    message_count=st.integers(min_value=0, max_value=10_000),
)
messages = st.builds(
    Message,
    id=ids,
    role=st.sampled_from(["user", "assistant", "system"]),
    content=st.text(max_size=40),
    seq=st.integers(min_value=0, max_value=10_000),
    created_at=st.none() | moments,
)
runs = st.builds(
    Run, id=ids, state=st.sampled_from(["pending", "complete", "failed"]), created_at=moments
)
contexts = st.builds(
    HookContext,
    request_id=ids,
    hook=st.sampled_from(BUILTIN_HOOKS),
    user=users,
    tool=tools,
    timestamp=moments,
    group=st.none() | groups,
    class_=st.none() | classes,
    assignment=st.none() | assignments,
    session=st.none() | sessions,
    messages=st.lists(messages, max_size=4),
    message=st.none() | messages,
    response=st.none() | st.text(max_size=40),
    run=st.none() | runs,
    input=st.none() | json_objects,
    output=st.none() | json_objects,
    config=json_objects,
)


def minimal_context(**changes: Any) -> HookContext:
    return HookContext(
        request_id="r-1", hook="chat:before_ai", user=User("u-1"), tool=Tool("t-1"), **changes
    )


# -- the converter round trip ----------------------------------------------------------------


@given(contexts)
def test_converter_round_trips_every_context(ctx: HookContext) -> None:
    data = converter.unstructure(ctx)
    assert "class" in data
    assert "class_" not in data
    assert not {"runtime", "_runtime"} & set(data)
    assert converter.structure(data, HookContext) == ctx


@given(contexts)
def test_converter_round_trips_through_json(ctx: HookContext) -> None:
    text = json.dumps(converter.unstructure(ctx))
    assert converter.structure(json.loads(text), HookContext) == ctx


def test_class_travels_as_class_on_the_wire() -> None:
    ctx = minimal_context(class_=Class("class-7", "Algebra"))
    data = converter.unstructure(ctx)
    assert data["class"] == {"id": "class-7", "name": "Algebra"}
    assert converter.structure(data, HookContext).class_ == Class("class-7", "Algebra")


def test_datetimes_travel_as_iso_strings() -> None:
    moment = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    data = converter.unstructure(minimal_context(timestamp=moment))
    assert data["timestamp"] == "2025-01-02T03:04:05+00:00"


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2025-01-02T03:04:05+00:00", datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2025-01-02T03:04:05", datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)),
        (0, datetime(1970, 1, 1, tzinfo=UTC)),
        (1.5, datetime(1970, 1, 1, 0, 0, 1, 500_000, tzinfo=UTC)),
    ],
)
def test_timestamps_structure_from_iso_or_epoch(wire: object, expected: datetime) -> None:
    data = converter.unstructure(minimal_context())
    data["timestamp"] = wire
    ctx = converter.structure(data, HookContext)
    assert ctx.timestamp == expected
    assert ctx.timestamp.tzinfo is not None


@pytest.mark.parametrize("wire", [True, None, [], "not a date"])
def test_a_bad_timestamp_is_refused(wire: object) -> None:
    data = converter.unstructure(minimal_context())
    data["timestamp"] = wire
    with pytest.raises(cattrs.ClassValidationError):
        converter.structure(data, HookContext)


def test_runtime_is_neither_compared_nor_sent() -> None:
    ctx = minimal_context()
    bound = ctx.bind(RecordingRuntime())
    assert bound == ctx
    assert converter.unstructure(bound) == converter.unstructure(ctx)


# -- construction rules ------------------------------------------------------------------------


def test_naive_datetimes_are_taken_as_utc() -> None:
    naive = datetime(2025, 5, 1, 12, 0)
    ctx = minimal_context(
        timestamp=naive,
        session=Session("s", started_at=naive),
        run=Run("r", created_at=naive),
        messages=[Message("m", "user", "hi", created_at=naive)],
    )
    aware = naive.replace(tzinfo=UTC)
    assert ctx.timestamp == aware
    assert ctx.session is not None and ctx.session.started_at == aware
    assert ctx.run is not None and ctx.run.created_at == aware
    assert ctx.messages[0].created_at == aware
    # Arithmetic across parts never mixes naive and aware datetimes.
    assert ctx.timestamp - ctx.messages[0].created_at == timedelta(0)


def test_defaults_fill_the_optional_parts() -> None:
    ctx = minimal_context()
    assert ctx.group is None and ctx.class_ is None and ctx.session is None
    assert ctx.messages == () and ctx.message is None and ctx.config == {}
    assert ctx.user.role == "student"
    assert ctx.tool.type == "chat" and ctx.tool.definition == ToolDefinition()
    assert ctx.timestamp.tzinfo is not None


def test_messages_become_a_tuple() -> None:
    history = [Message("m1", "user", "a"), Message("m2", "assistant", "b")]
    ctx = minimal_context(messages=history)
    assert ctx.messages == tuple(history)


def test_context_is_frozen() -> None:
    ctx = minimal_context()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ctx.hook = "chat:after_ai"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ctx.user.role = "teacher"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        (Group("g3", path="g1/g2/g3"), ("g1", "g2", "g3")),
        (Group("g3", path="g1.g2.g3"), ("g1", "g2", "g3")),
        (Group("g3", path="g1/g2"), ("g1", "g2", "g3")),
        (Group("g3", path="/g1//g3/"), ("g1", "g3")),
        (Group("g3"), ("g3",)),
    ],
)
def test_group_path_ids_run_from_root_to_the_group(group: Group, expected: tuple[str, ...]) -> None:
    assert group.path_ids() == expected


# -- the runtime binding -----------------------------------------------------------------------


def test_an_unbound_context_says_how_to_bind_it() -> None:
    ctx = minimal_context()
    with pytest.raises(RuntimeError, match="not bound to a runtime"):
        ctx.emit("x", {})
    with pytest.raises(RuntimeError, match="run_hook"):
        ctx.log.info("hello")
    with pytest.raises(RuntimeError, match="not bound"):
        _ = ctx.db


def test_bind_returns_a_bound_copy_and_leaves_the_original_unbound() -> None:
    ctx = minimal_context()
    runtime = RecordingRuntime()
    bound = ctx.bind(runtime)
    bound.emit("seen", {"n": 1})
    bound.emit("empty")
    assert [(e.type, e.data) for e in runtime.extractions] == [("seen", {"n": 1}), ("empty", {})]
    with pytest.raises(RuntimeError):
        ctx.emit("x")


def test_log_levels_and_the_warn_alias() -> None:
    runtime = RecordingRuntime()
    ctx = minimal_context().bind(runtime)
    ctx.log.debug("d", a=1)
    ctx.log.info("i")
    ctx.log.warning("w", b="two")
    ctx.log.warn("w2")
    ctx.log.error("e", c=[1, 2])
    assert [(r.level, r.message, r.data) for r in runtime.logs] == [
        ("debug", "d", {"a": 1}),
        ("info", "i", {}),
        ("warning", "w", {"b": "two"}),
        ("warning", "w2", {}),
        ("error", "e", {"c": [1, 2]}),
    ]


def test_evolve_keeps_the_binding() -> None:
    runtime = RecordingRuntime()
    ctx = minimal_context().bind(runtime)
    changed = attrs.evolve(ctx, hook="chat:after_ai", response="ok")
    changed.emit("after")
    assert changed.hook == "chat:after_ai" and changed.response == "ok"
    assert [e.type for e in runtime.extractions] == ["after"]


@settings(max_examples=60, deadline=None)
@given(ctx=strategies.contexts(max_history=3))
def test_the_workers_fast_decoding_equals_the_converters(ctx: HookContext) -> None:
    from raptscallions.sdk import _convert
    from raptscallions.sdk._convert import context_from_wire
    from raptscallions.sdk._protocol import decode_json, encode_json

    raw = decode_json(encode_json(converter.unstructure(ctx)))
    # The fast path must not need the converter's fallback for anything the host sends.
    _convert.converter = None  # type: ignore[assignment]
    try:
        fast = context_from_wire(dict(raw))
    finally:
        _convert.converter = converter
    assert fast == converter.structure(raw, HookContext)
    assert fast.tool.definition.modules == ctx.tool.definition.modules
