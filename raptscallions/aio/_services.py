"""The engine, the store and the pipelines, opened inside a `TrioPortal` for asyncio code.

`open_raptscallions` enters the store and the engine in the portal's trio run and hands out
proxies: their async methods are awaitables for asyncio (each call runs in trio through the
portal, cancellable from asyncio), their plain methods and attributes are the trio objects'
own (guest mode runs trio on the asyncio thread, so plain calls need no hop).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

from ..chat import AIModel, ChatReply, ChatService, ChatSession, ProductRun, ProductService
from ..engine import Engine, EngineEvent, HookOutcome, ModuleStatus, Subscription, open_engine
from ..sdk._context import Assignment, Class, Group, HookContext, Tool, User
from ..sdk._db import StoredExtraction
from ..store import ConfigRow, LogRow, MessageRow, Store, open_store
from ._portal import PortalClosed, TrioPortal

DEFAULT_DATABASE = "sqlite:///raptscallions.db"


class Proxy:
    """Base of the asyncio proxies: attribute reads go to the wrapped trio object, and its
    coroutine methods come back as asyncio coroutine functions that run through the portal.
    The typed methods of the subclasses are the same thing, spelled out."""

    def __init__(self, portal: TrioPortal, wrapped: Any) -> None:
        self.portal = portal
        self.wrapped = wrapped

    def __getattr__(self, name: str) -> Any:
        if name in ("portal", "wrapped"):  # not set yet (copy, pickle): no recursion
            raise AttributeError(name)
        value = getattr(self.wrapped, name)
        if not inspect.iscoroutinefunction(value):
            return value
        portal = self.portal

        @functools.wraps(value)
        async def through_portal(*args: Any, **kwargs: Any) -> Any:
            return await portal.run(value, *args, **kwargs)

        return through_portal

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self.wrapped!r}>"


class EventStream:
    """An engine `Subscription` for asyncio: ``async for event in stream`` (or
    `await receive()`); the stream ends when the engine stops or the portal closes."""

    def __init__(self, portal: TrioPortal, subscription: Subscription) -> None:
        self._portal = portal
        self.subscription = subscription

    @property
    def dropped(self) -> int:
        """Events lost because this subscriber fell behind."""
        return self.subscription.dropped

    async def receive(self) -> EngineEvent:
        """The next event.

        Raises:
            trio.EndOfChannel: the engine stopped.
            PortalClosed: the portal closed.
        """
        return await self._portal.run(self.subscription.receive)

    def __aiter__(self) -> EventStream:
        return self

    async def __anext__(self) -> EngineEvent:
        try:
            event = await self._portal.run(_next_or_none, self.subscription)
        except PortalClosed:
            raise StopAsyncIteration from None
        if event is None:
            raise StopAsyncIteration
        return event

    def close(self) -> None:
        self.subscription.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


async def _next_or_none(subscription: Subscription) -> EngineEvent | None:
    try:
        return await subscription.__anext__()
    except StopAsyncIteration:
        return None


class EngineProxy(Proxy):
    """The `Engine` for asyncio: the same methods; the async ones are awaited from asyncio."""

    wrapped: Engine

    async def execute_hook(self, hook: str, ctx: HookContext) -> HookOutcome:
        """`Engine.execute_hook`. Cancellation: cancels the module call in its worker too."""
        return await self.portal.run(self.wrapped.execute_hook, hook, ctx)

    def statuses(self) -> list[ModuleStatus]:
        return self.wrapped.statuses()

    def status(self, name: str) -> ModuleStatus:
        return self.wrapped.status(name)

    async def reload(self, name: str) -> None:
        await self.portal.run(self.wrapped.reload, name)

    async def enable(self, name: str) -> None:
        await self.portal.run(self.wrapped.enable, name)

    async def disable(self, name: str) -> None:
        await self.portal.run(self.wrapped.disable, name)

    async def get_config(
        self, name: str, scope_type: str, scope_id: str | None
    ) -> ConfigRow | None:
        return await self.portal.run(self.wrapped.get_config, name, scope_type, scope_id)

    async def set_config(
        self,
        name: str,
        scope_type: str,
        scope_id: str | None,
        config: dict[str, Any],
        *,
        enabled: bool | None = None,
    ) -> ConfigRow:
        return await self.portal.run(
            self.wrapped.set_config, name, scope_type, scope_id, config, enabled=enabled
        )

    async def delete_config(self, name: str, scope_type: str, scope_id: str | None) -> bool:
        return await self.portal.run(self.wrapped.delete_config, name, scope_type, scope_id)

    async def update_config(self, name: str, config: dict[str, Any]) -> None:
        await self.portal.run(self.wrapped.update_config, name, config)

    async def effective_config(self, name: str, ctx: HookContext) -> dict[str, Any]:
        return await self.portal.run(self.wrapped.effective_config, name, ctx)

    def subscribe(self, *, max_buffer: int = 1000) -> EventStream:
        """The engine's events, for asyncio (close the stream when done)."""
        return EventStream(self.portal, self.wrapped.subscribe(max_buffer=max_buffer))


class ChatProxy(Proxy):
    """The `ChatService` for asyncio."""

    wrapped: ChatService

    async def start_session(
        self,
        user: User,
        tool: Tool,
        *,
        group: Group | None = None,
        class_: Class | None = None,
        assignment: Assignment | None = None,
    ) -> ChatSession:
        return await self.portal.run(
            self.wrapped.start_session,
            user,
            tool,
            group=group,
            class_=class_,
            assignment=assignment,
        )

    async def get_session(self, session_id: str) -> ChatSession:
        return await self.portal.run(self.wrapped.get_session, session_id)

    async def send_message(self, session_id: str, content: str, user: User) -> ChatReply:
        """`ChatService.send_message`. Cancellation: cancels the module or AI call in
        flight (in the module's worker too); nothing is stored for a message cancelled
        before its turn was saved."""
        return await self.portal.run(self.wrapped.send_message, session_id, content, user)

    async def end_session(self, session_id: str, *, user: User | None = None) -> ChatSession:
        return await self.portal.run(self.wrapped.end_session, session_id, user=user)

    async def messages(self, session_id: str, *, limit: int = 1000) -> list[MessageRow]:
        return await self.portal.run(self.wrapped.messages, session_id, limit=limit)


class ProductProxy(Proxy):
    """The `ProductService` for asyncio."""

    wrapped: ProductService

    async def run(
        self,
        user: User,
        tool: Tool,
        input: dict[str, Any],
        *,
        group: Group | None = None,
        class_: Class | None = None,
        assignment: Assignment | None = None,
    ) -> ProductRun:
        return await self.portal.run(
            self.wrapped.run,
            user,
            tool,
            input,
            group=group,
            class_=class_,
            assignment=assignment,
        )


class StoreProxy(Proxy):
    """The `Store` for asyncio (every `Store` method works; the common reads are typed)."""

    wrapped: Store

    async def list_extractions(
        self,
        *,
        module: str | None = None,
        type: str | None = None,
        session_id: str | None = None,
        user_id: str | None = None,
        limit: int = 100,
    ) -> list[StoredExtraction]:
        return await self.portal.run(
            self.wrapped.list_extractions,
            module=module,
            type=type,
            session_id=session_id,
            user_id=user_id,
            limit=limit,
        )

    async def list_logs(
        self, *, module: str | None = None, level: str | None = None, limit: int = 100
    ) -> list[LogRow]:
        return await self.portal.run(
            self.wrapped.list_logs, module=module, level=level, limit=limit
        )

    async def get_messages(self, session_id: str, *, limit: int = 1000) -> Sequence[MessageRow]:
        return await self.portal.run(self.wrapped.get_messages, session_id, limit=limit)


class Raptscallions:
    """What `open_raptscallions` yields: asyncio proxies of the engine, the chat and product
    services and the store, and the portal they run through."""

    def __init__(
        self,
        portal: TrioPortal,
        *,
        engine: Engine,
        store: Store,
        chat: ChatService,
        product: ProductService,
    ) -> None:
        self.portal = portal
        self.engine = EngineProxy(portal, engine)
        self.store = StoreProxy(portal, store)
        self.chat = ChatProxy(portal, chat)
        self.product = ProductProxy(portal, product)


@asynccontextmanager
async def open_raptscallions(
    modules_dir: str | Path,
    *,
    database: str = DEFAULT_DATABASE,
    ai: AIModel | None = None,
    watch: bool = False,
    **engine_options: Any,
) -> AsyncIterator[Raptscallions]:
    """Open the store at `database`, start the engine over `modules_dir` and build the chat
    and product services, all on trio in a guest run on the running asyncio loop (asyncio).

        async with open_raptscallions("modules") as rapt:
            session = await rapt.chat.start_session(user, tool)
            reply = await rapt.chat.send_message(session.id, "hi", user)

    `ai` defaults to the offline echo model; an `ai` that is an async context manager (as
    `OpenAICompatible` is) is entered in trio and closed with the rest. `engine_options` go
    to `open_engine` (`default_timeout_ms`, `sandbox`, ...).

    Raises:
        StoreError: the database cannot be opened.
        ModuleLoadError: a `required: true` module could not load.
    Cancellation: leaving the block, however it is left (the body raised, the task was
    cancelled), stops every module and closes the store before it returns: no worker
    process is left behind.
    """
    async with TrioPortal() as portal:
        store = await portal.enter(open_store(database))
        engine = await portal.enter(
            open_engine(modules_dir, store=store, watch=watch, **engine_options)
        )
        if isinstance(ai, AbstractAsyncContextManager):
            ai = await portal.enter(ai)
        yield Raptscallions(
            portal,
            engine=engine,
            store=store,
            chat=ChatService(engine, store, ai),
            product=ProductService(engine, store, ai),
        )
