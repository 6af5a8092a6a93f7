"""`define_module()` and `Module`: how a module declares its handlers.

A handler is ``async def`` (runs on trio in the module's process) or plain ``def`` (runs in a
worker thread, off the loop). One handler may serve several hooks; `ctx.hook` says which.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

import trio

from ._context import HookContext
from ._errors import HookError, ModuleLoadError, RaptscallionsError
from ._hooks import HOOK_NAME_RE
from ._results import Block, Continue, HookResult, Skip, coerce_result

NO_CHANGE: Final = Continue()
"""What a handler's None means, shared: `Continue()` with nothing in it."""
_RESULTS: Final = frozenset({Continue, Block, Skip})

if TYPE_CHECKING:
    from ._manifest import Manifest

HookReturn = Continue | Block | Skip | None
Handler = Callable[[HookContext], Awaitable[HookReturn]] | Callable[[HookContext], HookReturn]
LoadHandler = Callable[[dict[str, Any]], Awaitable[None] | None]
UnloadHandler = Callable[[], Awaitable[None] | None]
H = TypeVar("H", bound=Callable[..., Any])


class Module:
    """A module's handlers, configuration and process-local state.

    `config` is the module's global effective configuration (what `on_load` received);
    per-request configuration is `ctx.config`. `state` is a plain dict local to the module's
    process: it is lost when the module restarts or reloads.
    """

    def __init__(self) -> None:
        self.handlers: dict[str, Handler] = {}
        self.config: dict[str, Any] = {}
        self.state: dict[str, Any] = {}
        self.name: str | None = None
        self.manifest: Manifest | None = None
        self.folder: Path | None = None
        self._on_load: LoadHandler | None = None
        self._on_unload: UnloadHandler | None = None
        self._loaded = False
        self._async: dict[Any, bool] = {}  # handler -> whether it is `async def`

    def __repr__(self) -> str:
        return f"<Module {self.name or '(unnamed)'} hooks={sorted(self.handlers)}>"

    def hook(self, *hooks: str) -> Callable[[H], H]:
        """Register the decorated function as the handler of each of `hooks`.

        Raises:
            RaptscallionsError: no hook given, a malformed name, or a hook that already has a
                handler.
        """
        if not hooks:
            raise RaptscallionsError("@module.hook() needs at least one hook name")
        for name in hooks:
            if not isinstance(name, str) or not HOOK_NAME_RE.match(name):
                raise RaptscallionsError(
                    f"@module.hook({name!r}): a hook name looks like 'chat:before_ai'"
                )
            if name in self.handlers:
                raise RaptscallionsError(f"@module.hook: {name} already has a handler")

        def register(fn: H) -> H:
            if not callable(fn):
                raise RaptscallionsError("@module.hook must decorate a function")
            for name in hooks:
                self.handlers[name] = fn
            return fn

        return register

    def on_load(self, fn: H) -> H:
        """Register `fn(config)`, run once when the module starts, before any hook call."""
        self._on_load = fn
        return fn

    def on_unload(self, fn: H) -> H:
        """Register `fn()`, run once when the module stops (shutdown, reload, disable)."""
        self._on_unload = fn
        return fn

    @property
    def loaded(self) -> bool:
        return self._loaded

    async def load(self, config: dict[str, Any]) -> None:
        """Set `config` and run the `on_load` handler.

        Raises:
            ModuleLoadError: `on_load` raised; the cause is chained.
        """
        self.config = config
        if self._on_load is not None:
            try:
                await _call(self._on_load, config)
            except Exception as exc:
                raise ModuleLoadError(
                    f"{self._label()}: on_load raised {type(exc).__name__}: {exc}"
                ) from exc
        self._loaded = True

    async def unload(self) -> None:
        """Run the `on_unload` handler (once)."""
        if not self._loaded:
            return
        self._loaded = False
        if self._on_unload is not None:
            await _call(self._on_unload)

    async def call(self, hook: str, ctx: HookContext) -> HookResult:
        """Run the handler for `hook` and return its result.

        Raises:
            HookError: no handler for `hook`, or the handler returned something that is not a
                result. Whatever the handler raises propagates unchanged.
        """
        handler = self.handlers.get(hook)
        if handler is None:
            raise HookError(f"{self._label()} has no handler for {hook}")
        is_async = self._async.get(handler)
        if is_async is None:
            is_async = self._async[handler] = inspect.iscoroutinefunction(handler)
        value = await handler(ctx) if is_async else await _call_sync(handler, ctx)  # type: ignore[misc]
        if value is None:
            return NO_CHANGE
        if type(value) in _RESULTS:
            return value  # type: ignore[no-any-return]
        return coerce_result(value, where=f"{self._label()} handler for {hook}")

    def _label(self) -> str:
        return f"module {self.name!r}" if self.name else "module"


async def _call(fn: Callable[..., Any], *args: Any) -> Any:
    if inspect.iscoroutinefunction(fn):
        return await fn(*args)
    return await _call_sync(fn, *args)


async def _call_sync(fn: Callable[..., Any], *args: Any) -> Any:
    """`fn` in a worker thread (a sync handler must not hold up the loop)."""
    value = await trio.to_thread.run_sync(fn, *args)
    if inspect.isawaitable(value):
        return await value
    return value


def define_module() -> Module:
    """A new `Module`; a module file keeps it as the global ``module``."""
    return Module()
