"""Scoped configuration: resolution order, scope permissions, enabling, and ctx.config
reaching real workers on the next call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from raptscallions.engine import open_engine
from raptscallions.engine._config import ConfigResolver, check_scope
from raptscallions.sdk import ConfigError
from raptscallions.sdk._manifest import build_manifest
from raptscallions.sdk.testing import mock_context
from raptscallions.store import ConfigRow

from .conftest import ModuleMaker

SCHEMA = {
    "type": "object",
    "properties": {
        "level": {"type": "string"},
        "nested": {"type": "object", "properties": {"a": {"type": "integer"}}},
        "enabled": {"type": "boolean"},
    },
}


def manifest(**scope: bool) -> Any:
    data: dict[str, Any] = {
        "name": "mod",
        "version": "1.0.0",
        "description": "d",
        "hooks": ["chat:before_ai"],
        "config": SCHEMA,
        "defaults": {"level": "default", "nested": {"a": 0, "b": 0}},
    }
    if scope:
        data["scope"] = scope
    return build_manifest(data, Path("/tmp/mod"))


def ctx(group_path: str = "district/school", class_id: str = "c1", tool_id: str = "t1") -> Any:
    return mock_context(
        group={"id": group_path.split("/")[-1], "path": group_path},
        class_={"id": class_id},
        tool={"id": tool_id},
    )


async def fill(resolver: ConfigResolver, *rows: ConfigRow) -> None:
    for row in rows:
        await resolver.put(row)


async def test_defaults_then_global_then_groups_class_tool() -> None:
    r = ConfigResolver(None)
    m = manifest()
    assert r.effective(m, ctx()).config == {"level": "default", "nested": {"a": 0, "b": 0}}
    await fill(
        r,
        ConfigRow("mod", "global", None, {"level": "global", "nested": {"a": 1}}),
        ConfigRow("mod", "group", "district", {"level": "district"}),
        ConfigRow("mod", "group", "school", {"level": "school", "nested": {"b": 2}}),
        ConfigRow("mod", "class", "c1", {"level": "class"}),
        ConfigRow("mod", "tool", "t1", {"level": "tool"}),
    )
    assert r.effective(m, ctx()).config == {"level": "tool", "nested": {"a": 1, "b": 2}}
    assert r.effective(m, ctx(tool_id="t2")).config["level"] == "class"
    assert r.effective(m, ctx(tool_id="t2", class_id="c9")).config["level"] == "school"
    other_school = ctx("district/other", class_id="c9", tool_id="t2")
    assert r.effective(m, other_school).config["level"] == "district"
    assert r.global_config(m).config == {"level": "global", "nested": {"a": 1, "b": 0}}


async def test_disallowed_levels_are_ignored_and_refused() -> None:
    r = ConfigResolver(None)
    m = manifest(allowClass=False, allowTool=False)
    await fill(
        r,
        ConfigRow("mod", "group", "school", {"level": "school"}),
        ConfigRow("mod", "class", "c1", {"level": "class"}),
        ConfigRow("mod", "tool", "t1", {"level": "tool"}),
    )
    assert r.effective(m, ctx()).config["level"] == "school"
    with pytest.raises(ConfigError, match="allowClass"):
        check_scope(m, "class", "c1")
    with pytest.raises(ConfigError, match="scope_type"):
        check_scope(m, "planet", "x")
    with pytest.raises(ConfigError, match="scope_id"):
        check_scope(m, "global", "x")
    with pytest.raises(ConfigError, match="scope_id"):
        check_scope(m, "group", None)


async def test_enabled_is_the_most_specific_value_set() -> None:
    r = ConfigResolver(None)
    m = manifest()
    await fill(
        r,
        ConfigRow("mod", "global", None, {}, enabled=False),
        ConfigRow("mod", "class", "c1", {"enabled": True}),
        ConfigRow("mod", "tool", "t9", {}, enabled=False),
    )
    assert r.effective(m, ctx()).enabled is True
    assert r.effective(m, ctx(class_id="c2")).enabled is False
    assert r.effective(m, ctx(tool_id="t9")).enabled is False


async def test_cache_follows_changes() -> None:
    r = ConfigResolver(None)
    m = manifest()
    first = r.effective(m, ctx())
    assert first is r.global_config(m), "no scoped rows: the global config object itself"
    await r.put(ConfigRow("mod", "class", "c1", {"level": "class"}))
    assert r.effective(m, ctx()).config["level"] == "class"
    assert r.effective(m, ctx()) is r.effective(m, ctx()), "cached"
    assert await r.remove("mod", "class", "c1")
    assert r.effective(m, ctx()).config["level"] == "default"
    assert not await r.remove("mod", "class", "c1")


ECHO_CONFIG = """
@module.hook("chat:before_ai")
async def echo(ctx):
    return Continue(system_prompt_additions=[ctx.config["level"], module.config["level"]])
"""


async def test_config_changes_reach_the_worker_on_the_next_call(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("echo", ECHO_CONFIG, config=SCHEMA, defaults={"level": "default"})
    async with open_engine(modules_dir) as engine:

        async def levels(**kw: Any) -> list[str]:
            outcome = await engine.execute_hook("chat:before_ai", ctx(**kw))
            return list(outcome.modifications.system_prompt_additions)

        assert await levels() == ["default", "default"]
        await engine.set_config("echo", "global", None, {"level": "global"})
        assert await levels() == ["global", "global"]
        await engine.set_config("echo", "class", "c1", {"level": "class"})
        assert await levels() == ["class", "global"], "ctx.config is per request"
        assert await levels(class_id="c2") == ["global", "global"]
        assert (await engine.get_config("echo", "class", "c1")) is not None
        effective = await engine.effective_config("echo", ctx())
        assert effective["level"] == "class" and effective["enabled"] is True

        await engine.set_config("echo", "class", "c1", {}, enabled=False)
        off = await engine.execute_hook("chat:before_ai", ctx())
        assert off.trace == (), "disabled for this class: not called at all"
        assert await levels(class_id="c2") == ["global", "global"]

        assert await engine.delete_config("echo", "class", "c1")
        assert await levels() == ["global", "global"]
        with pytest.raises(ConfigError, match=r"\$\.level"):
            await engine.set_config("echo", "group", "school", {"level": 7})


async def test_tool_definition_module_list(make_module: ModuleMaker, modules_dir: Path) -> None:
    make_module("echo", ECHO_CONFIG, config=SCHEMA, defaults={"level": "x"})
    async with open_engine(modules_dir) as engine:
        listed = mock_context(tool={"definition": {"modules": ["echo"]}})
        unlisted = mock_context(tool={"definition": {"modules": ["something-else"]}})
        assert [t.module for t in (await engine.execute_hook("chat:before_ai", listed)).trace] == [
            "echo"
        ]
        assert (await engine.execute_hook("chat:before_ai", unlisted)).trace == ()
