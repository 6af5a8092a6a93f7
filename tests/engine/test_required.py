"""Required means required: a `required: true` module cannot be turned off or weakened by
scoped configuration, a tool's module list, `Skip`, or an engine call; the refusal names the
module and the rule, nothing is saved, and the module keeps running. Settings named in
`strictness` only ever get stricter, whatever order rows are written in."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import attrs
import pytest
import trio
from hypothesis import given
from hypothesis import strategies as st

from raptscallions.engine import Engine, RequiredModuleError, open_engine
from raptscallions.engine._config import ConfigResolver
from raptscallions.sdk import Class, ConfigError, Group, Tool, ToolDefinition
from raptscallions.sdk._manifest import build_manifest
from raptscallions.sdk._strictness import stricter, weakening
from raptscallions.sdk.testing import mock_context
from raptscallions.store import ConfigRow, open_store

from .conftest import write_module

GUARD_CODE = """
import re

@module.hook("chat:before_ai")
async def guard(ctx):
    text = ctx.message.content
    for word in ctx.config["words"]:
        text = re.sub(re.escape(word), "[X]", text, flags=re.I)
    if ctx.config["shout"]:
        text = text.upper()
    return Continue(message=text)
"""

GUARD_FIELDS: dict[str, Any] = {
    "required": True,
    "priorities": {"chat:before_ai": 20},
    "config": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "enabled": {"type": "boolean"},
            "words": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "shout": {"type": "boolean"},
            "level": {"enum": ["low", "medium", "high"]},
            "limit": {"type": "integer"},
            "note": {"type": "string"},
        },
    },
    "defaults": {"words": ["secret"], "shout": False, "level": "medium", "limit": 10},
    "strictness": {
        "words": "grow",
        "shout": "keep-true",
        "level": {"rank": ["low", "medium", "high"]},
        "limit": "at-most",
    },
}

SKIPPER = """
@module.hook("chat:before_ai")
async def skip(ctx):
    return Skip()
"""

SCOPES: list[tuple[str, str | None]] = [
    ("global", None),
    ("group", "g-1"),
    ("class", "c-1"),
    ("tool", "t-1"),
]


def guard_dir(root: Path) -> Path:
    write_module(root, "guard", GUARD_CODE, **GUARD_FIELDS)
    return root


def ctx(message: str = "my secret is out", **overrides: Any) -> Any:
    return mock_context(
        message=message,
        group=Group("g-1"),
        class_=Class("c-1"),
        tool=Tool(id="t-1", definition=ToolDefinition(behavior="tutor")),
        **overrides,
    )


async def guarded(engine: Engine, message: str = "my secret is out", **kw: Any) -> str | None:
    outcome = await engine.execute_hook("chat:before_ai", ctx(message, **kw))
    assert outcome.action == "continue", outcome
    return outcome.modifications.message


@pytest.mark.parametrize(("scope_type", "scope_id"), SCOPES)
async def test_configuration_cannot_turn_a_required_module_off(
    modules_dir: Path, tmp_path: Path, scope_type: str, scope_id: str | None
) -> None:
    guard_dir(modules_dir)
    async with (
        open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store,
        open_engine(modules_dir, store=store) as engine,
    ):
        attempts: list[tuple[dict[str, Any], bool | None]] = [
            ({}, False),  # the row's enabled flag
            ({"enabled": False}, None),  # an `enabled` key in the config object
            ({"enabled": False}, True),
            ({"note": "x", "enabled": False}, None),
        ]
        for config, enabled in attempts:
            with pytest.raises(RequiredModuleError) as caught:
                await engine.set_config("guard", scope_type, scope_id, config, enabled=enabled)
            message = str(caught.value)
            assert "module 'guard' is required" in message
            assert "required: true" in message and "cannot be turned off" in message
        if scope_type == "global":
            with pytest.raises(RequiredModuleError):
                await engine.update_config("guard", {"enabled": False})
        # Nothing saved, in the engine or the database; the module still runs.
        assert await engine.get_config("guard", scope_type, scope_id) is None
        assert await store.list_configs("guard") == []
        assert await guarded(engine) == "my [X] is out"
        assert engine.status("guard").status == "ready"


async def test_engine_calls_tool_lists_and_skip_cannot_turn_it_off(
    modules_dir: Path,
) -> None:
    guard_dir(modules_dir)
    write_module(modules_dir, "skipper", SKIPPER, priorities={"chat:before_ai": 1})
    async with open_engine(modules_dir) as engine:
        with pytest.raises(RequiredModuleError, match="refused to disable: module 'guard'"):
            await engine.disable("guard")
        assert engine.status("guard").status == "ready"
        # The skipper (priority 1) skips the chain: the required guard still runs after it.
        outcome = await engine.execute_hook("chat:before_ai", ctx())
        assert [(t.module, t.action) for t in outcome.trace] == [
            ("skipper", "skip"),
            ("guard", "continue"),
        ]
        assert outcome.modifications.message == "my [X] is out"
        # A tool whose module list leaves the guard out still gets it.
        only_skipper = Tool(id="t-2", definition=ToolDefinition(modules=("skipper",)))
        outcome = await engine.execute_hook(
            "chat:before_ai", mock_context(message="a secret", tool=only_skipper)
        )
        assert outcome.modifications.message == "a [X]"
        # Other modules can still be turned off as usual.
        await engine.disable("skipper")
        assert engine.status("skipper").status == "disabled"


@pytest.mark.parametrize(("scope_type", "scope_id"), SCOPES)
async def test_a_scope_may_make_it_stricter_never_weaker(
    modules_dir: Path, tmp_path: Path, scope_type: str, scope_id: str | None
) -> None:
    guard_dir(modules_dir)
    async with (
        open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store,
        open_engine(modules_dir, store=store) as engine,
    ):
        weaker: list[tuple[dict[str, Any], str | None, str | None]] = [
            ({"words": ["other"]}, "sets 'words' to ['other'], weaker than", "drop 'secret'"),
            ({"shout": False, "words": ["secret"]}, None, None),  # not weaker: accepted below
            ({"level": "low"}, "sets 'level' to 'low'", "order, weakest first"),
            ({"limit": 11}, "sets 'limit' to 11", "may only fall"),
        ]
        for config, fragment, why in weaker:
            if fragment is None or why is None:
                continue
            with pytest.raises(RequiredModuleError) as caught:
                await engine.set_config("guard", scope_type, scope_id, config)
            assert fragment in str(caught.value) and why in str(caught.value)
            assert f"strictness.{next(iter(config))}" in str(caught.value)
        # A config that protects nothing is refused by the schema, naming the field.
        with pytest.raises(ConfigError, match=r"\$\.words"):
            await engine.set_config("guard", scope_type, scope_id, {"words": []})
        assert await store.list_configs("guard") == []

        # Stricter is fine, and applies.
        await engine.set_config(
            "guard", scope_type, scope_id, {"words": ["secret", "password"], "shout": True}
        )
        assert await guarded(engine, "secret password here") == "[X] [X] HERE"
        if scope_type != "global":
            # Not weaker than the global configuration either, once it is stricter.
            await engine.set_config("guard", "global", None, {"words": ["secret", "pin"]})
            with pytest.raises(RequiredModuleError, match="weaker than the global"):
                await engine.set_config("guard", scope_type, scope_id, {"words": ["secret"]})


async def test_rows_written_around_the_engine_cannot_weaken_it(
    modules_dir: Path, tmp_path: Path
) -> None:
    """Rows in the database that say otherwise (written by hand, or before this rule) are
    ignored, and levels combine so that a narrower one never ends weaker."""
    guard_dir(modules_dir)
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    async with open_store(url) as store:
        await store.set_config(ConfigRow("guard", "global", None, {"words": ["secret", "pin"]}))
        await store.set_config(ConfigRow("guard", "class", "c-1", {"words": ["zebra"]}, False))
        await store.set_config(ConfigRow("guard", "tool", "t-1", {"enabled": False}))
        async with open_engine(modules_dir, store=store) as engine:
            assert await guarded(engine, "secret pin zebra") == "[X] [X] [X]"
            effective = await engine.effective_config("guard", ctx())
            assert effective["enabled"] is True
            assert effective["words"] == ["secret", "pin", "zebra"]


async def test_removing_a_required_module_warns_and_emits_an_event(
    modules_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = guard_dir(modules_dir) / "guard"
    async with open_engine(modules_dir) as engine:
        events = engine.subscribe()
        renamed = folder.rename(modules_dir.parent / "guard-removed")
        with caplog.at_level(logging.WARNING, logger="raptscallions.engine"):
            await engine.rescan()
        with trio.fail_after(5):
            async for event in events:
                if event.type == "module:required_removed":
                    assert event.data["name"] == "guard"
                    break
        assert "required module 'guard' was removed" in caplog.text
        assert "guard" not in [s.name for s in engine.statuses()]
        renamed.rename(folder)


# ---------------------------------------------------------------- the rules, as laws

RULES: list[Any] = ["grow", "keep-true", "keep-false", "at-least", "at-most", {"rank": [1, 2, 3]}]
VALUES = {
    "grow": st.lists(st.sampled_from(["a", "b", "c", "d"]), unique=True),
    "keep-true": st.booleans(),
    "keep-false": st.booleans(),
    "at-least": st.integers(-5, 5),
    "at-most": st.integers(-5, 5),
    "rank": st.sampled_from([1, 2, 3]),
}


def values_for(rule: Any) -> st.SearchStrategy[Any]:
    return VALUES["rank" if isinstance(rule, dict) else rule]


@given(st.data())
def test_combining_never_weakens_and_accepts_what_is_not_weaker(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from(RULES))
    broader = data.draw(values_for(rule))
    narrower = data.draw(values_for(rule))
    result = stricter(rule, broader, narrower)
    assert weakening(rule, broader, result) is None  # never weaker than the broader level
    assert weakening(rule, narrower, result) is None  # and keeps what the narrower asked
    if weakening(rule, broader, narrower) is None:
        assert result == narrower or (rule == "grow" and set(result) == set(narrower))


def test_the_manifest_checks_strictness_names_a_setting() -> None:
    from raptscallions.sdk._manifest import validate_manifest_data

    data = {
        "name": "m",
        "version": "1.0.0",
        "description": "d",
        "hooks": ["chat:before_ai"],
        "config": {"type": "object", "properties": {"words": {"type": "array"}}},
        "strictness": {"wrods": "grow", "words": "keep-true"},
    }
    problems = dict(validate_manifest_data(data, Path("/nonexistent/m"), check_name=False))
    assert "not a setting of the config schema" in problems["$.strictness.wrods"]
    assert "needs a setting of type boolean" in problems["$.strictness.words"]
    bad = {**data, "strictness": {"words": "shrink"}}
    problems = dict(validate_manifest_data(bad, Path("/nonexistent/m"), check_name=False))
    assert "$.strictness.words" in problems


def test_resolver_combines_levels_by_strictness() -> None:
    manifest = build_manifest(
        {
            "name": "guard",
            "version": "1.0.0",
            "description": "d",
            "hooks": ["chat:before_ai"],
            **GUARD_FIELDS,
        },
        Path("/nonexistent/guard"),
    )
    resolver = ConfigResolver(None)
    rows = [
        ConfigRow("guard", "global", None, {"words": ["a"], "level": "high", "limit": 5}),
        ConfigRow("guard", "group", "g-1", {"words": ["b"], "level": "low", "shout": True}),
        ConfigRow("guard", "class", "c-1", {"shout": False, "limit": 50}, enabled=False),
    ]
    for row in rows:
        resolver._rows.setdefault("guard", {})[(row.scope_type, row.scope_id)] = row
    eff = resolver.effective(manifest, ctx())
    assert eff.enabled is True
    assert eff.config["words"] == ["secret", "a", "b"]
    assert (eff.config["level"], eff.config["shout"], eff.config["limit"]) == ("high", True, 5)
    assert attrs.has(type(manifest))
