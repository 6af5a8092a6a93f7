"""`define_module` and `Module`: registering handlers, load/unload, and calling a hook."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import trio

from raptscallions.sdk import (
    Block,
    Continue,
    HookContext,
    HookError,
    Module,
    ModuleLoadError,
    RaptscallionsError,
    Skip,
    define_module,
)
from raptscallions.sdk.testing import mock_context


def test_define_module_returns_a_fresh_module() -> None:
    first, second = define_module(), define_module()
    assert isinstance(first, Module)
    assert first is not second
    assert first.handlers == {} and first.config == {} and first.state == {}
    assert first.name is None and not first.loaded
    assert repr(first) == "<Module (unnamed) hooks=[]>"


async def test_async_handler_result_is_returned() -> None:
    module = define_module()

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> Continue:
        await trio.lowlevel.checkpoint()
        return Continue(message=ctx.message.content.upper() if ctx.message else "")

    result = await module.call("chat:before_ai", mock_context(message="hello"))
    assert result == Continue(message="HELLO")


async def test_sync_handler_runs_in_a_worker_thread() -> None:
    module = define_module()
    seen: list[threading.Thread] = []

    @module.hook("chat:before_ai")
    def handle(ctx: HookContext) -> Block:
        seen.append(threading.current_thread())
        return Block("sync", direct_response="from a thread")

    result = await module.call("chat:before_ai", mock_context())
    assert result == Block("sync", direct_response="from a thread")
    assert len(seen) == 1
    assert seen[0] is not threading.main_thread()
    assert threading.current_thread() is threading.main_thread()


async def test_async_handler_runs_on_the_loop_thread() -> None:
    module = define_module()
    seen: list[threading.Thread] = []

    @module.hook("chat:before_ai")
    async def handle(ctx: HookContext) -> None:
        seen.append(threading.current_thread())

    await module.call("chat:before_ai", mock_context())
    assert seen == [threading.main_thread()]


@pytest.mark.parametrize("sync", [True, False])
async def test_returning_none_means_continue(sync: bool) -> None:
    module = define_module()
    if sync:

        @module.hook("chat:before_ai")
        def handle_sync(ctx: HookContext) -> None:
            return None

    else:

        @module.hook("chat:before_ai")
        async def handle_async(ctx: HookContext) -> None:
            return None

    assert await module.call("chat:before_ai", mock_context()) == Continue()


async def test_one_handler_serves_several_hooks() -> None:
    module = define_module()
    calls: list[str] = []

    @module.hook("chat:before_ai", "chat:after_ai", "session:end")
    async def handle(ctx: HookContext) -> Skip:
        calls.append(ctx.hook)
        return Skip(ctx.hook)

    assert set(module.handlers) == {"chat:before_ai", "chat:after_ai", "session:end"}
    for hook in ("chat:after_ai", "session:end", "chat:before_ai"):
        assert await module.call(hook, mock_context(hook=hook)) == Skip(hook)
    assert calls == ["chat:after_ai", "session:end", "chat:before_ai"]


def test_hook_returns_the_function_unchanged() -> None:
    module = define_module()

    async def handle(ctx: HookContext) -> None:
        return None

    assert module.hook("chat:before_ai")(handle) is handle
    assert module.handlers["chat:before_ai"] is handle


@pytest.mark.parametrize("sync", [True, False])
async def test_on_load_gets_the_config_and_sets_module_config(sync: bool) -> None:
    module = define_module()
    received: list[dict[str, Any]] = []
    if sync:

        @module.on_load
        def setup_sync(config: dict[str, Any]) -> None:
            received.append(config)

    else:

        @module.on_load
        async def setup_async(config: dict[str, Any]) -> None:
            received.append(config)

    config = {"threshold": 4, "nested": {"a": 1}}
    await module.load(config)
    assert received == [config]
    assert module.config == config
    assert module.loaded


async def test_load_without_on_load_sets_config() -> None:
    module = define_module()
    await module.load({"x": 1})
    assert module.config == {"x": 1} and module.loaded


async def test_on_load_raising_is_a_module_load_error_naming_the_module() -> None:
    module = define_module()
    module.name = "flaky-module"

    @module.on_load
    async def setup(config: dict[str, Any]) -> None:
        raise KeyError("apiKey")

    with pytest.raises(ModuleLoadError) as info:
        await module.load({})
    message = str(info.value)
    assert "'flaky-module'" in message
    assert "on_load raised KeyError" in message and "apiKey" in message
    assert isinstance(info.value.__cause__, KeyError)
    assert not module.loaded


async def test_on_unload_runs_once() -> None:
    module = define_module()
    calls: list[str] = []

    @module.on_unload
    def teardown() -> None:
        calls.append("unload")

    await module.unload()
    assert calls == [], "a module never loaded is not unloaded"
    await module.load({})
    await module.unload()
    await module.unload()
    assert calls == ["unload"]
    assert not module.loaded


async def test_async_on_unload() -> None:
    module = define_module()
    calls: list[str] = []

    @module.on_unload
    async def teardown() -> None:
        await trio.lowlevel.checkpoint()
        calls.append("unload")

    await module.load({})
    await module.unload()
    assert calls == ["unload"]


def test_registering_a_hook_twice_raises() -> None:
    module = define_module()

    @module.hook("chat:before_ai")
    async def first(ctx: HookContext) -> None:
        return None

    with pytest.raises(RaptscallionsError, match=r"chat:before_ai already has a handler"):
        module.hook("chat:after_ai", "chat:before_ai")
    assert set(module.handlers) == {"chat:before_ai"}, "a refused registration adds nothing"


@pytest.mark.parametrize(
    "name",
    ["chat", "Chat:before_ai", "chat:", ":before_ai", "chat:before-ai", "chat:before ai", ""],
)
def test_malformed_hook_names_raise(name: str) -> None:
    module = define_module()
    with pytest.raises(RaptscallionsError, match="a hook name looks like 'chat:before_ai'"):
        module.hook(name)


def test_a_hook_name_must_be_a_str() -> None:
    with pytest.raises(RaptscallionsError):
        define_module().hook(42)  # type: ignore[arg-type]


def test_hook_needs_at_least_one_name() -> None:
    with pytest.raises(RaptscallionsError, match="at least one hook name"):
        define_module().hook()


def test_hook_must_decorate_a_callable() -> None:
    register = define_module().hook("chat:before_ai")
    with pytest.raises(RaptscallionsError, match="must decorate a function"):
        register("not a function")  # type: ignore[type-var]


async def test_call_without_a_handler_raises_hook_error() -> None:
    module = define_module()
    module.name = "quiet"
    with pytest.raises(HookError, match=r"module 'quiet' has no handler for chat:after_ai"):
        await module.call("chat:after_ai", mock_context(hook="chat:after_ai"))


@pytest.mark.parametrize("sync", [True, False])
async def test_a_handler_returning_garbage_raises_hook_error(sync: bool) -> None:
    module = define_module()
    module.name = "sloppy"
    if sync:

        @module.hook("chat:before_ai")
        def handle_sync(ctx: HookContext) -> Any:
            return {"action": "continue"}

    else:

        @module.hook("chat:before_ai")
        async def handle_async(ctx: HookContext) -> Any:
            return {"action": "continue"}

    with pytest.raises(HookError) as info:
        await module.call("chat:before_ai", mock_context())
    message = str(info.value)
    assert "module 'sloppy' handler for chat:before_ai returned dict" in message


@pytest.mark.parametrize("sync", [True, False])
async def test_an_exception_in_a_handler_propagates_unchanged(sync: bool) -> None:
    module = define_module()
    if sync:

        @module.hook("chat:before_ai")
        def handle_sync(ctx: HookContext) -> None:
            raise ValueError("boom")

    else:

        @module.hook("chat:before_ai")
        async def handle_async(ctx: HookContext) -> None:
            raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        await module.call("chat:before_ai", mock_context())


async def test_state_is_a_plain_dict_shared_by_handlers() -> None:
    module = define_module()

    @module.hook("chat:on_message")
    async def count(ctx: HookContext) -> None:
        module.state["seen"] = module.state.get("seen", 0) + 1

    @module.hook("session:end")
    def report(ctx: HookContext) -> Continue:
        return Continue(extractions=[])

    await module.call("chat:on_message", mock_context(hook="chat:on_message"))
    await module.call("chat:on_message", mock_context(hook="chat:on_message"))
    await module.call("session:end", mock_context(hook="session:end"))
    assert module.state == {"seen": 2}
