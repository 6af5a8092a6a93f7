"""A chat API on trio: Starlette served by hypercorn's trio worker, raptscallions in its
lifespan, no adapter needed.

    python -m examples.trio_app.app --port 8000
    python -m hypercorn --worker-class trio examples.trio_app.app:app --bind 127.0.0.1:8000

The lifespan opens the store, the engine (one worker process per module) and the chat
service directly: they are trio code, as the server is. Settings come from the environment:
``RAPTSCALLIONS_MODULES`` (default: the repository's ``modules/``) and
``RAPTSCALLIONS_DATABASE_URL`` (default ``sqlite:///raptscallions.db``). The AI is the
offline echo model, which answers with what reached it.

A client that goes away mid-request cancels its request: the handler runs the work in a
cancel scope that a watcher for ``http.disconnect`` cancels, and the engine cancels the module
call in the module's worker. SIGINT or SIGTERM shut the server down gracefully: the lifespan
ends, every worker stops and the store is closed. The routes, the settings and the command
line are `examples.chat_api`'s, shared with the asyncio example.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import trio
from starlette.applications import Starlette
from starlette.requests import Request

from examples.chat_api import ClientDisconnected, chat_routes, command_line, log_statuses, settings
from raptscallions.chat import ChatService
from raptscallions.engine import open_engine
from raptscallions.store import open_store

T = TypeVar("T")
log = logging.getLogger("examples.trio_app")


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
    modules, database = settings()
    async with (
        open_store(database) as store,
        open_engine(modules, store=store) as engine,
    ):
        log_statuses(log, engine.statuses())
        yield {"store": store, "engine": engine, "chat": ChatService(engine, store)}
    # Leaving the block stopped every module's worker and closed the store.


async def unless_disconnected(request: Request, work: Awaitable[T]) -> T:
    """``await work``, cancelled if the client disconnects first.

    Raises:
        ClientDisconnected: the client went away; the call has been cancelled.
    """
    error: Exception | None = None
    with trio.CancelScope() as scope:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(_cancel_on_disconnect, request, scope)
            try:
                result = await work
            except Exception as exc:  # kept out of the nursery's exception group
                error = exc
            nursery.cancel_scope.cancel()
    if scope.cancelled_caught:
        raise ClientDisconnected
    if error is not None:
        raise error
    return result


async def _cancel_on_disconnect(request: Request, scope: trio.CancelScope) -> None:
    # The body has been read already, so the next message is the disconnect.
    while (await request.receive())["type"] != "http.disconnect":
        pass
    scope.cancel()


app = Starlette(routes=chat_routes(log, unless_disconnected), lifespan=lifespan)


async def until_signalled() -> None:
    """Return at the first SIGINT or SIGTERM: hypercorn's cue to shut down gracefully."""
    with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async for signum in signals:
            log.info("%s: shutting down", signal.Signals(signum).name)
            return


async def serve(host: str, port: int) -> None:
    from hypercorn.config import Config
    from hypercorn.trio import serve as hypercorn_serve

    config = Config()
    config.bind = [f"{host}:{port}"]
    asgi: Any = app  # Starlette's ASGI types are looser than hypercorn's; the app is ASGI 3
    await hypercorn_serve(asgi, config, shutdown_trigger=until_signalled)


def main(argv: list[str] | None = None) -> None:
    args = command_line("python -m examples.trio_app.app", argv)
    trio.run(serve, args.host, args.port)


if __name__ == "__main__":
    main()
