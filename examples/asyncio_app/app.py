"""A chat API on asyncio: Starlette served by uvicorn, with raptscallions in its lifespan.

    python -m uvicorn examples.asyncio_app.app:app --port 8000
    python -m examples.asyncio_app.app --port 8000          # the same, through main()

The lifespan opens `open_raptscallions`: the store, the engine (one worker process per
module) and the chat service run on trio in a guest run on uvicorn's own loop, and the
handlers await them through the portal. Settings come from the environment:
``RAPTSCALLIONS_MODULES`` (default: the repository's ``modules/``) and
``RAPTSCALLIONS_DATABASE_URL`` (default ``sqlite:///raptscallions.db``). The AI is the
offline echo model, which answers with what reached it.

A client that goes away mid-request cancels its request: the handler races the work against
the ``http.disconnect`` message, and cancelling the asyncio task cancels the trio call, which
cancels the module call in the module's worker. The routes, the settings and the command
line are `examples.chat_api`'s, shared with the trio example.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from examples.chat_api import ClientDisconnected, chat_routes, command_line, log_statuses, settings
from examples.chat_json import error_response
from raptscallions.aio import PortalClosed, open_raptscallions

T = TypeVar("T")
log = logging.getLogger("examples.asyncio_app")


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
    modules, database = settings()
    async with open_raptscallions(modules, database=database) as rapt:
        log_statuses(log, rapt.engine.statuses())
        yield {"chat": rapt.chat, "store": rapt.store, "engine": rapt.engine}
    # Leaving the block stopped every module's worker and closed the store.


async def unless_disconnected(request: Request, work: Awaitable[T]) -> T:
    """Await `work`, but cancel it if the client disconnects first.

    Raises:
        ClientDisconnected: the client went away; `work` has been cancelled and has finished.
    """
    task = asyncio.ensure_future(work)
    watcher = asyncio.ensure_future(_disconnected(request.receive))
    try:
        await asyncio.wait((task, watcher), return_when=asyncio.FIRST_COMPLETED)
    finally:
        # Reached on a disconnect and when this handler itself is cancelled (server
        # shutdown): either way the work is cancelled and waited for.
        watcher.cancel()
        if not task.done():
            task.cancel()
            await asyncio.wait((task,))
    if task.cancelled():
        raise ClientDisconnected
    return task.result()


async def _disconnected(receive: Callable[[], Awaitable[Any]]) -> None:
    # The body has been read already, so the next message is the disconnect.
    while (await receive())["type"] != "http.disconnect":
        pass


def errors(exc: Exception) -> Response | None:
    """`examples.chat_json`'s errors, and a call the closing portal cut short: 503."""
    if isinstance(exc, PortalClosed):
        return JSONResponse({"error": "shutting_down", "message": str(exc)}, status_code=503)
    return error_response(exc)


app = Starlette(routes=chat_routes(log, unless_disconnected, errors), lifespan=lifespan)


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    args = command_line("python -m examples.asyncio_app.app", argv)
    uvicorn.run(app, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
