"""`raptscallions.sdk.testing`: `mock_context`, `run_hook` and the in-memory `ctx.db`."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import cattrs
import pytest

from raptscallions.sdk import (
    Block,
    Class,
    ConfigError,
    Continue,
    Extraction,
    HookContext,
    HookError,
    Message,
    ModuleDatabase,
    PermissionDenied,
    Session,
    Skip,
    StoredExtraction,
    Tool,
    User,
    define_module,
)
from raptscallions.sdk._convert import converter
from raptscallions.sdk.testing import (
    FakeDatabase,
    HookRun,
    LogRecord,
    RecordingRuntime,
    load_module_folder,
    mock_context,
    run_hook,
    validate_config,
)

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def runtime_of(ctx: HookContext) -> RecordingRuntime:
    runtime = ctx._runtime
    assert isinstance(runtime, RecordingRuntime)
    return runtime


def write_module(
    root: Path,
    code: str,
    *,
    name: str = "sample",
    hooks: Iterable[str] = ("chat:before_ai",),
    manifest_extra: str = "",
) -> Path:
    """A module folder ``root/name`` with a manifest and a ``module.py``."""
    folder = root / name
    folder.mkdir()
    hook_lines = "".join(f"  - {hook}\n" for hook in hooks)
    (folder / "module.yaml").write_text(
        f'name: {name}\nversion: "1.0.0"\ndescription: test module\nhooks:\n{hook_lines}'
        + textwrap.dedent(manifest_extra)
    )
    (folder / "module.py").write_text(
        "from raptscallions.sdk import Continue, HookContext, define_module\n"
        + textwrap.dedent(code)
    )
    return folder


def stored(
    id: str,
    *,
    type: str = "note",
    user_id: str = "user-1",
    session_id: str = "session-1",
    class_id: str | None = None,
    at: datetime = T0,
) -> StoredExtraction:
    return StoredExtraction(
        id=id,
        module="other",
        type=type,
        data={"id": id},
        created_at=at,
        user_id=user_id,
        session_id=session_id,
        class_id=class_id,
    )


# -- mock_context ------------------------------------------------------------------------------


def test_mock_context_has_the_specs_defaults() -> None:
    ctx = mock_context()
    assert ctx.request_id == "test-request"
    assert ctx.hook == "chat:before_ai"
    assert ctx.user == User("user-1", role="student", email="test@test.com", name="Test")
    assert ctx.tool.id == "tool-1" and ctx.tool.name == "Test Tool" and ctx.tool.type == "chat"
    assert ctx.tool.definition.behavior == "Test" and ctx.tool.definition.model == "test"
    assert ctx.session is not None
    assert (ctx.session.id, ctx.session.state, ctx.session.message_count) == (
        "session-1",
        "active",
        1,
    )
    assert ctx.message == Message("msg-1", "user", "Hello", seq=1)
    assert ctx.messages == () and ctx.config == {}
    assert ctx.group is None and ctx.class_ is None and ctx.run is None
    assert ctx.timestamp.tzinfo is not None


def test_mock_context_overrides_are_deep() -> None:
    ctx = mock_context(
        user={"role": "teacher"},
        tool={"definition": {"behavior": "Socratic"}},
        session={"id": "session-9"},
        message={"role": "assistant"},
    )
    assert ctx.user == User("user-1", role="teacher", email="test@test.com", name="Test")
    assert ctx.tool.definition.behavior == "Socratic" and ctx.tool.definition.model == "test"
    assert ctx.tool.name == "Test Tool"
    assert ctx.session is not None and ctx.session.id == "session-9"
    assert ctx.session.state == "active"
    assert ctx.message == Message("msg-1", "assistant", "Hello", seq=1)


def test_mock_context_str_message_sets_the_content() -> None:
    ctx = mock_context(message="I'm stuck")
    assert ctx.message == Message("msg-1", "user", "I'm stuck", seq=1)


def test_mock_context_attrs_instances_replace_the_part_whole() -> None:
    ctx = mock_context(user=User("u-9", role="admin"), message=Message("m-2", "system", "x"))
    assert ctx.user == User("u-9", role="admin")
    assert ctx.message == Message("m-2", "system", "x")


def test_mock_context_takes_a_history_of_messages_or_dicts() -> None:
    first = Message("m1", "user", "hi", created_at=T0)
    ctx = mock_context(messages=[first, {"id": "m2", "role": "assistant", "content": "hello"}])
    assert ctx.messages == (first, Message("m2", "assistant", "hello"))


def test_mock_context_none_removes_a_part() -> None:
    ctx = mock_context(session=None, message=None)
    assert ctx.session is None and ctx.message is None


def test_mock_context_class_travels_as_class() -> None:
    ctx = mock_context(class_={"id": "class-1", "name": "Algebra"})
    assert ctx.class_ == Class("class-1", "Algebra")
    data = converter.unstructure(ctx)
    assert data["class"] == {"id": "class-1", "name": "Algebra"}
    assert "class_" not in data
    assert converter.structure(data, HookContext) == ctx
    assert mock_context(class_=Class("class-2")).class_ == Class("class-2")


def test_mock_context_takes_other_fields() -> None:
    ctx = mock_context(
        hook="product:before_ai",
        timestamp=T0,
        input={"essay": "text"},
        config={"threshold": 2},
        response="reply",
    )
    assert ctx.hook == "product:before_ai" and ctx.timestamp == T0
    assert ctx.input == {"essay": "text"} and ctx.config == {"threshold": 2}
    assert ctx.response == "reply"


def test_mock_context_rejects_unknown_values() -> None:
    with pytest.raises(cattrs.ClassValidationError, match="HookContext"):
        mock_context(user={"role": "principal"})


def test_evolve_works_on_a_mock_context() -> None:
    ctx = mock_context()
    changed = attrs.evolve(ctx, message=Message("m", "user", "Bye"), hook="chat:after_ai")
    assert changed.message is not None and changed.message.content == "Bye"
    assert changed.user == ctx.user
    changed.emit("still_bound")
    assert [e.type for e in runtime_of(ctx).extractions] == ["still_bound"]


async def test_emit_log_and_db_work_directly_on_a_mock_context() -> None:
    ctx = mock_context(db=[stored("e1"), stored("e2", user_id="user-2")])
    ctx.emit("note", {"at": T0, "tags": {"a"}, "pair": (1, 2)})
    ctx.log.info("hello", n=1)
    runtime = runtime_of(ctx)
    assert runtime.extractions == [
        Extraction("note", {"at": T0.isoformat(), "tags": ["a"], "pair": [1, 2]})
    ]
    assert runtime.logs == [LogRecord("info", "hello", {"n": 1})]
    # What the context emitted is stored too (as the engine stores it), newest first.
    assert [(r.id, r.type) for r in await ctx.db.get_user_extractions()] == [
        ("fake-3", "note"),
        ("e1", stored("e1").type),
    ]
    assert await ctx.db.count_extractions() == 2


def test_mock_context_db_rejects_non_rows() -> None:
    with pytest.raises(TypeError, match="StoredExtraction"):
        mock_context(db=[{"id": "e1"}])


def test_mock_context_db_may_be_a_shared_fake() -> None:
    fake = FakeDatabase()
    ctx = mock_context(db=fake)
    assert runtime_of(ctx).database is fake


# -- run_hook with a Module --------------------------------------------------------------------


async def test_run_hook_returns_result_extractions_and_logs() -> None:
    module = define_module()

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> Continue:
        ctx.emit("first", {"n": 1})
        ctx.log.debug("d", a=1)
        ctx.log.warn("w")
        ctx.log.error("e", b=[1])
        return Continue(message="changed", extractions=[Extraction("second", {"n": 2})])

    run = await run_hook(module, "chat:before_ai")
    assert isinstance(run, HookRun)
    result, extractions, logs = run
    assert result == Continue(message="changed", extractions=[Extraction("second", {"n": 2})])
    assert extractions == [Extraction("first", {"n": 1}), Extraction("second", {"n": 2})]
    assert logs == [
        LogRecord("debug", "d", {"a": 1}),
        LogRecord("warning", "w", {}),
        LogRecord("error", "e", {"b": [1]}),
    ]


async def test_run_hook_sets_the_hook_and_defaults_the_context() -> None:
    module = define_module()
    seen: list[HookContext] = []

    @module.hook("chat:after_ai", "session:end")
    async def handle(ctx: HookContext) -> Skip:
        seen.append(ctx)
        return Skip()

    await run_hook(module, "chat:after_ai")
    await run_hook(module, "session:end", mock_context(message="bye"))
    assert [c.hook for c in seen] == ["chat:after_ai", "session:end"]
    assert seen[0].user.id == "user-1"
    assert seen[1].message is not None and seen[1].message.content == "bye"


async def test_run_hook_does_not_check_permissions_of_a_bare_module() -> None:
    module = define_module()

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> None:
        ctx.emit("anything")
        await ctx.db.get_user_extractions()

    _, extractions, _ = await run_hook(module, "chat:before_ai")
    assert extractions == [Extraction("anything")]


async def test_block_results_carry_no_extractions_of_their_own() -> None:
    module = define_module()

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> Block:
        ctx.emit("blocked", {"why": "unsafe"})
        return Block("unsafe", "No.")

    result, extractions, _ = await run_hook(module, "chat:before_ai")
    assert result == Block("unsafe", "No.")
    assert extractions == [Extraction("blocked", {"why": "unsafe"})]


async def test_state_persists_and_on_load_runs_once_across_runs() -> None:
    module = define_module()
    loads: list[dict[str, Any]] = []

    @module.on_load
    async def setup(config: dict[str, Any]) -> None:
        loads.append(config)

    @module.hook("chat:on_message")
    async def count(ctx: HookContext) -> None:
        module.state["n"] = module.state.get("n", 0) + 1

    await run_hook(module, "chat:on_message", config={"a": 1})
    await run_hook(module, "chat:on_message", config={"a": 2})
    assert module.state == {"n": 2}
    assert loads == [{"a": 1}]
    assert module.config == {"a": 2}, "module.config follows the latest config"


async def test_ctx_config_is_the_config_merged_with_the_contexts_own() -> None:
    module = define_module()
    configs: list[dict[str, Any]] = []

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> None:
        configs.append(ctx.config)

    ctx = mock_context(config={"nested": {"b": 2}})
    await run_hook(module, "chat:before_ai", ctx, config={"nested": {"a": 1}, "x": 1})
    assert configs == [{"nested": {"a": 1, "b": 2}, "x": 1}]


async def test_a_sync_handler_can_emit_from_its_thread() -> None:
    module = define_module()

    @module.hook("chat:before_ai")
    def handle(ctx: HookContext) -> None:
        ctx.emit("from_thread")
        ctx.log.info("thread")

    _, extractions, logs = await run_hook(module, "chat:before_ai")
    assert extractions == [Extraction("from_thread")]
    assert logs == [LogRecord("info", "thread", {})]


class Opaque:
    pass


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ({"obj": Opaque()}, "must be JSON-serialisable"),
        ({"nested": {"fn": print}}, "must be JSON-serialisable"),
        (["not", "a", "dict"], "data must be a dict"),
    ],
)
async def test_emit_data_must_cross_the_wire(data: Any, match: str) -> None:
    module = define_module()

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> None:
        ctx.emit("bad", data)

    with pytest.raises(HookError, match=match):
        await run_hook(module, "chat:before_ai")


async def test_log_data_must_cross_the_wire() -> None:
    module = define_module()

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> None:
        ctx.log.info("bad", obj=Opaque())

    with pytest.raises(HookError, match=r"ctx\.log: data must be JSON-serialisable"):
        await run_hook(module, "chat:before_ai")


async def test_emitted_data_is_a_copy() -> None:
    module = define_module()
    source: dict[str, Any] = {"items": [1]}

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> None:
        ctx.emit("copy", source)
        source["items"].append(2)

    _, extractions, _ = await run_hook(module, "chat:before_ai")
    assert extractions == [Extraction("copy", {"items": [1]})]


# -- run_hook with a folder --------------------------------------------------------------------

CONFIG_SCHEMA = """\
config:
  type: object
  additionalProperties: false
  properties:
    level:
      type: integer
      minimum: 1
      default: 2
    words:
      type: array
      items: {type: string}
      default: []
    nested:
      type: object
      properties:
        a: {type: integer, default: 1}
        b: {type: integer}
defaults:
  nested:
    b: 10
"""

CONFIG_ECHO = """
module = define_module()

@module.on_load
async def setup(config: dict) -> None:
    module.state["loaded_with"] = config

@module.hook("chat:before_ai")
async def handle(ctx: HookContext) -> None:
    ctx.log.info("config", **ctx.config)
"""


async def test_folder_defaults_apply_under_config(tmp_path: Path) -> None:
    folder = write_module(tmp_path, CONFIG_ECHO, manifest_extra=CONFIG_SCHEMA)
    _, _, logs = await run_hook(folder, "chat:before_ai")
    assert logs[0].data == {"level": 2, "words": [], "nested": {"a": 1, "b": 10}}


async def test_folder_config_merges_deeply_over_defaults(tmp_path: Path) -> None:
    folder = write_module(tmp_path, CONFIG_ECHO, manifest_extra=CONFIG_SCHEMA)
    _, _, logs = await run_hook(str(folder), "chat:before_ai", config={"nested": {"b": 3}})
    assert logs[0].data == {"level": 2, "words": [], "nested": {"a": 1, "b": 3}}


async def test_on_load_gets_the_effective_config(tmp_path: Path) -> None:
    module = load_module_folder(write_module(tmp_path, CONFIG_ECHO, manifest_extra=CONFIG_SCHEMA))
    await run_hook(module, "chat:before_ai", config={"level": 5})
    expected = {"level": 5, "words": [], "nested": {"a": 1, "b": 10}}
    assert module.state["loaded_with"] == expected
    assert module.config == expected


@pytest.mark.parametrize(
    ("config", "path"),
    [
        ({"level": 0}, "$.level"),
        ({"level": "high"}, "$.level"),
        ({"nested": {"b": "x"}}, "$.nested.b"),
        ({"words": ["ok", 3]}, "$.words[1]"),
        ({"unknown": True}, "$:"),
    ],
)
async def test_invalid_config_is_a_config_error_naming_the_field(
    tmp_path: Path, config: dict[str, Any], path: str
) -> None:
    folder = write_module(tmp_path, CONFIG_ECHO, manifest_extra=CONFIG_SCHEMA)
    with pytest.raises(ConfigError) as info:
        await run_hook(folder, "chat:before_ai", config=config)
    message = str(info.value)
    assert "invalid config for module 'sample'" in message
    assert f"{path}" in message


async def test_an_invalid_ctx_config_is_refused_too(tmp_path: Path) -> None:
    folder = write_module(tmp_path, CONFIG_ECHO, manifest_extra=CONFIG_SCHEMA)
    with pytest.raises(ConfigError, match=r"\$\.level"):
        await run_hook(folder, "chat:before_ai", mock_context(config={"level": -1}))


def test_validate_config_lists_every_problem() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "string"}},
    }
    validate_config("m", schema, {"a": 1, "b": "x"})
    with pytest.raises(ConfigError) as info:
        validate_config("m", schema, {"a": "1", "b": 2})
    message = str(info.value)
    assert message.index("$.a:") < message.index("$.b:")


EMITTER = """
module = define_module()

@module.hook("chat:before_ai")
async def handle(ctx: HookContext) -> None:
    ctx.emit("seen", {"n": 1})
"""


@pytest.mark.parametrize(
    ("permissions", "allowed"),
    [
        ("", False),
        ("permissions: [extractions:read]\n", False),
        ("permissions: [extractions:write]\n", True),
        ("permissions: [events:emit]\n", True),
    ],
)
async def test_emit_needs_a_write_permission_in_a_folder_module(
    tmp_path: Path, permissions: str, allowed: bool
) -> None:
    folder = write_module(tmp_path, EMITTER, name="emitter", manifest_extra=permissions)
    if allowed:
        _, extractions, _ = await run_hook(folder, "chat:before_ai")
        assert extractions == [Extraction("seen", {"n": 1})]
    else:
        with pytest.raises(PermissionDenied) as info:
            await run_hook(folder, "chat:before_ai")
        assert "module 'emitter' called ctx.emit" in str(info.value)


READER = """
module = define_module()

@module.hook("chat:before_ai")
async def own(ctx: HookContext) -> Continue:
    rows = await ctx.db.get_user_extractions()
    return Continue(message=",".join(r.id for r in rows))

@module.hook("chat:after_ai")
async def other_user(ctx: HookContext) -> None:
    await ctx.db.get_extractions_by_type("note", user_id="user-2")

@module.hook("chat:on_message")
async def other_session(ctx: HookContext) -> None:
    await ctx.db.get_session_extractions("session-2")
"""
READER_HOOKS = ("chat:before_ai", "chat:after_ai", "chat:on_message")


async def test_db_needs_extractions_read_in_a_folder_module(tmp_path: Path) -> None:
    folder = write_module(
        tmp_path,
        READER,
        name="reader",
        hooks=READER_HOOKS,
        manifest_extra="permissions: [extractions:write, sessions:read]\n",
    )
    with pytest.raises(PermissionDenied) as info:
        await run_hook(folder, "chat:before_ai", mock_context(db=[stored("e1")]))
    message = str(info.value)
    assert "module 'reader' called ctx.db.get_user_extractions" in message
    assert "'extractions:read'" in message


async def test_db_answers_a_folder_module_from_the_seeded_fake(tmp_path: Path) -> None:
    folder = write_module(
        tmp_path,
        READER,
        name="reader",
        hooks=READER_HOOKS,
        manifest_extra="permissions: [extractions:read]\n",
    )
    rows = [
        stored("old", at=T0),
        stored("new", at=T0 + timedelta(hours=1), session_id="session-2"),
        stored("theirs", user_id="user-2"),
    ]
    result, _, _ = await run_hook(folder, "chat:before_ai", mock_context(db=rows))
    assert result == Continue(message="new,old"), "the user's own rows, newest first"


@pytest.mark.parametrize(
    ("hook", "what"),
    [("chat:after_ai", "user_id 'user-2'"), ("chat:on_message", "session_id 'session-2'")],
)
async def test_db_refuses_another_users_or_sessions_data(
    tmp_path: Path, hook: str, what: str
) -> None:
    folder = write_module(
        tmp_path,
        READER,
        name="reader",
        hooks=READER_HOOKS,
        manifest_extra="permissions: [extractions:read]\n",
    )
    with pytest.raises(PermissionDenied) as info:
        await run_hook(folder, hook, mock_context(db=[stored("theirs", user_id="user-2")]))
    message = str(info.value)
    assert "module 'reader'" in message and what in message


# -- the in-memory ctx.db ----------------------------------------------------------------------


def seeded_db() -> ModuleDatabase:
    fake = FakeDatabase(
        [
            stored("s1-a", type="a", at=T0),
            stored("s1-b", type="b", at=T0 + timedelta(minutes=1)),
            stored("s2-a", type="a", session_id="session-2", at=T0 + timedelta(minutes=2)),
            stored("c1-a", type="a", class_id="class-1", at=T0 + timedelta(minutes=3)),
            stored("u2-a", type="a", user_id="user-2", at=T0 + timedelta(minutes=4)),
        ]
    )
    return mock_context(db=fake).db


async def test_session_extractions_are_the_current_sessions() -> None:
    db = seeded_db()
    ids = [r.id for r in await db.get_session_extractions()]
    assert ids == ["c1-a", "s1-b", "s1-a"]
    assert [r.id for r in await db.get_session_extractions("session-1")] == ids


async def test_user_extractions_span_the_users_sessions() -> None:
    db = seeded_db()
    assert [r.id for r in await db.get_user_extractions()] == ["c1-a", "s2-a", "s1-b", "s1-a"]


async def test_user_extractions_of_the_current_class() -> None:
    rows = [stored("c", class_id="class-1"), stored("n")]
    db = mock_context(class_={"id": "class-1"}, db=rows).db
    assert [r.id for r in await db.get_user_extractions(class_id="class-1")] == ["c"]
    assert [r.id for r in await db.get_user_extractions()] == ["c"], "the class is bound"
    with pytest.raises(PermissionDenied):
        await db.get_user_extractions(class_id="class-2")


async def test_extractions_by_type() -> None:
    db = seeded_db()
    assert [r.id for r in await db.get_extractions_by_type("a")] == ["c1-a", "s2-a", "s1-a"]
    by_session = await db.get_extractions_by_type("a", session_id="session-1")
    assert [r.id for r in by_session] == ["c1-a", "s1-a"]
    assert [r.id for r in await db.get_extractions_by_type("a", limit=1)] == ["c1-a"]
    assert await db.get_extractions_by_type("missing") == []


async def test_limit_is_capped_at_1000() -> None:
    rows = [stored(f"e{i}", at=T0 + timedelta(seconds=i)) for i in range(1100)]
    db = mock_context(db=rows).db
    assert len(await db.get_extractions_by_type("note", limit=5000)) == 1000
    assert len(await db.get_extractions_by_type("note")) == 100
    assert len(await db.get_session_extractions()) == 1000
    assert await db.count_extractions() == 1100, "a count is not capped"


async def test_count_extractions_with_filters() -> None:
    db = seeded_db()
    assert await db.count_extractions() == 4
    assert await db.count_extractions(type="a") == 3
    assert await db.count_extractions(session_id="session-1") == 3
    assert await db.count_extractions(since=T0 + timedelta(minutes=1)) == 3
    assert await db.count_extractions(type="a", since=T0 + timedelta(minutes=3)) == 1
    naive = (T0 + timedelta(minutes=2)).replace(tzinfo=None)
    assert await db.count_extractions(since=naive) == 2


async def test_db_refuses_other_ids_naming_the_module() -> None:
    db = seeded_db()
    with pytest.raises(PermissionDenied, match="module 'test-module'"):
        await db.get_user_extractions(user_id="user-2")
    with pytest.raises(PermissionDenied, match="session_id 'session-2'"):
        await db.count_extractions(session_id="session-2")
    with pytest.raises(PermissionDenied, match="user_id 'user-2'"):
        await db.count_extractions(user_id="user-2")


async def test_db_without_a_session() -> None:
    db = mock_context(session=None, db=[stored("e1")]).db
    with pytest.raises(PermissionDenied, match="outside a session"):
        await db.get_session_extractions()
    assert [r.id for r in await db.get_user_extractions()] == ["e1"]


async def test_db_identity_follows_the_context() -> None:
    rows = [stored("s1-a"), stored("u2-a", user_id="user-2", session_id="session-2")]
    ctx = mock_context(user=User("user-2"), session=Session("session-2"), tool=Tool("t"), db=rows)
    assert [r.id for r in await ctx.db.get_user_extractions()] == ["u2-a"]
    assert [r.id for r in await ctx.db.get_session_extractions()] == ["u2-a"]


async def test_an_empty_fake_answers_nothing() -> None:
    db = mock_context().db
    assert await db.get_session_extractions() == []
    assert await db.get_user_extractions() == []
    assert await db.count_extractions() == 0


async def test_rows_added_later_are_seen() -> None:
    fake = FakeDatabase()
    ctx = mock_context(db=fake)
    fake.add(stored("late"))
    assert [r.id for r in await ctx.db.get_session_extractions()] == ["late"]


async def test_run_hook_keeps_the_contexts_database() -> None:
    module = define_module()

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> Continue:
        return Continue(message=str(await ctx.db.count_extractions()))

    result, _, _ = await run_hook(module, "chat:before_ai", mock_context(db=[stored("e1")]))
    assert result == Continue(message="1")


def test_mock_context_names_unknown_fields() -> None:
    with pytest.raises(TypeError, match="mesage"):
        mock_context(mesage="hi")


async def test_returned_extractions_need_the_emit_permission(tmp_path: Path) -> None:
    folder = tmp_path / "quiet"
    folder.mkdir()
    (folder / "module.yaml").write_text(
        "name: quiet\nversion: 1.0.0\ndescription: d\nhooks: [chat:before_ai]\n"
    )
    (folder / "module.py").write_text(
        "from raptscallions.sdk import *\nmodule = define_module()\n"
        '@module.hook("chat:before_ai")\nasync def h(ctx):\n'
        '    return Continue(extractions=[Extraction("x", {})])\n'
    )
    with pytest.raises(PermissionDenied, match="extractions:write"):
        await run_hook(folder, "chat:before_ai")


PII_FILTER = Path(__file__).resolve().parents[2] / "modules" / "pii-filter"


async def test_config_formats_are_checked() -> None:
    folder = PII_FILTER
    with pytest.raises(ConfigError, match="customPatterns"):
        await run_hook(folder, "chat:before_ai", config={"customPatterns": ["(unclosed"]})
