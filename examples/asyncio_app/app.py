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
cancels the module call in the module's worker.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from examples.chat_json import (
    content_of,
    error_response,
    extraction_json,
    json_body,
    limit_of,
    log_json,
    message_user,
    parse_scope,
    parse_tool,
    parse_user,
    reply_json,
    session_json,
    status_json,
)
from raptscallions.aio import PortalClosed, Raptscallions, open_raptscallions

T = TypeVar("T")
log = logging.getLogger("examples.asyncio_app")
REPO = Path(__file__).resolve().parents[2]
CLIENT_CLOSED = 499  # nginx's "client closed request": never seen by the client


class ClientDisconnected(Exception):
    """The client closed the connection before the answer was ready."""


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
    modules = os.environ.get("RAPTSCALLIONS_MODULES", str(REPO / "modules"))
    database = os.environ.get("RAPTSCALLIONS_DATABASE_URL", "sqlite:///raptscallions.db")
    async with open_raptscallions(modules, database=database) as rapt:
        for status in rapt.engine.statuses():
            log.info("module %s %s: %s (pid %s)", status.name, status.version,
                     status.status, status.pid)  # fmt: skip
        yield {"rapt": rapt}
    # Leaving the block stopped every module's worker and closed the store.


def services(request: Request) -> Raptscallions:
    rapt: Raptscallions = request.state.rapt
    return rapt


async def unless_disconnected(request: Request, work: Coroutine[Any, Any, T]) -> T:
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


def endpoint(
    handler: Callable[[Request], Awaitable[Response]],
) -> Callable[[Request], Awaitable[Response]]:
    """Errors the client can act on become JSON (see `examples.chat_json`)."""

    async def handle(request: Request) -> Response:
        try:
            return await handler(request)
        except ClientDisconnected:
            log.info("%s %s: the client disconnected; the request was cancelled",
                     request.method, request.url.path)  # fmt: skip
            return Response(status_code=CLIENT_CLOSED)
        except PortalClosed as exc:
            return JSONResponse({"error": "shutting_down", "message": str(exc)}, status_code=503)
        except Exception as exc:
            response = error_response(exc)
            if response is None:
                raise
            return response

    return handle


@endpoint
async def start_session(request: Request) -> Response:
    body = await json_body(request)
    user, tool = parse_user(body.get("user")), parse_tool(body.get("tool"))
    session = await services(request).chat.start_session(user, tool, **parse_scope(body))
    return JSONResponse(session_json(session), status_code=201)


@endpoint
async def send_message(request: Request) -> Response:
    body = await json_body(request)
    user, content = message_user(body), content_of(body)
    chat = services(request).chat
    reply = await unless_disconnected(
        request, chat.send_message(request.path_params["session_id"], content, user)
    )
    return JSONResponse(reply_json(reply))


@endpoint
async def end_session(request: Request) -> Response:
    body = await json_body(request) if await request.body() else {}
    user = message_user(body) if ("user" in body or "user_id" in body) else None
    session = await services(request).chat.end_session(request.path_params["session_id"], user=user)
    return JSONResponse(session_json(session))


@endpoint
async def session_extractions(request: Request) -> Response:
    rapt = services(request)
    session = await rapt.chat.get_session(request.path_params["session_id"])  # 404 if unknown
    rows = await rapt.store.list_extractions(session_id=session.id, limit=limit_of(request))
    return JSONResponse([extraction_json(row) for row in rows])


@endpoint
async def modules(request: Request) -> Response:
    return JSONResponse([status_json(s) for s in services(request).engine.statuses()])


@endpoint
async def module_logs(request: Request) -> Response:
    rapt = services(request)
    name = rapt.engine.status(request.path_params["name"]).name  # 404 if unknown
    rows = await rapt.store.list_logs(module=name, limit=limit_of(request))
    return JSONResponse([log_json(row) for row in rows])


app = Starlette(
    routes=[
        Route("/sessions", start_session, methods=["POST"]),
        Route("/sessions/{session_id}/messages", send_message, methods=["POST"]),
        Route("/sessions/{session_id}/end", end_session, methods=["POST"]),
        Route("/sessions/{session_id}/extractions", session_extractions, methods=["GET"]),
        Route("/modules", modules, methods=["GET"]),
        Route("/modules/{name}/logs", module_logs, methods=["GET"]),
    ],
    lifespan=lifespan,
)


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m examples.asyncio_app.app")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    uvicorn.run(app, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
