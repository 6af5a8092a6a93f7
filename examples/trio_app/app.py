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
ends, every worker stops and the store is closed.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import trio
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
from raptscallions.chat import ChatService
from raptscallions.engine import Engine, open_engine
from raptscallions.store import Store, open_store

T = TypeVar("T")
P = ParamSpec("P")
log = logging.getLogger("examples.trio_app")
REPO = Path(__file__).resolve().parents[2]
CLIENT_CLOSED = 499  # nginx's "client closed request": never seen by the client


class ClientDisconnected(Exception):
    """The client closed the connection before the answer was ready."""


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
    modules = os.environ.get("RAPTSCALLIONS_MODULES", str(REPO / "modules"))
    database = os.environ.get("RAPTSCALLIONS_DATABASE_URL", "sqlite:///raptscallions.db")
    async with (
        open_store(database) as store,
        open_engine(modules, store=store) as engine,
    ):
        for status in engine.statuses():
            log.info("module %s %s: %s (pid %s)", status.name, status.version,
                     status.status, status.pid)  # fmt: skip
        yield {"store": store, "engine": engine, "chat": ChatService(engine, store)}
    # Leaving the block stopped every module's worker and closed the store.


def chat_of(request: Request) -> ChatService:
    chat: ChatService = request.state.chat
    return chat


def engine_of(request: Request) -> Engine:
    engine: Engine = request.state.engine
    return engine


def store_of(request: Request) -> Store:
    store: Store = request.state.store
    return store


async def unless_disconnected(
    request: Request, fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
) -> T:
    """``await fn(*args, **kwargs)``, cancelled if the client disconnects first.

    Raises:
        ClientDisconnected: the client went away; the call has been cancelled.
    """
    error: Exception | None = None
    with trio.CancelScope() as scope:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(_cancel_on_disconnect, request, scope)
            try:
                result = await fn(*args, **kwargs)
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
    session = await chat_of(request).start_session(user, tool, **parse_scope(body))
    return JSONResponse(session_json(session), status_code=201)


@endpoint
async def send_message(request: Request) -> Response:
    body = await json_body(request)
    user, content = message_user(body), content_of(body)
    reply = await unless_disconnected(
        request, chat_of(request).send_message, request.path_params["session_id"], content, user
    )
    return JSONResponse(reply_json(reply))


@endpoint
async def end_session(request: Request) -> Response:
    body = await json_body(request) if await request.body() else {}
    user = message_user(body) if ("user" in body or "user_id" in body) else None
    session = await chat_of(request).end_session(request.path_params["session_id"], user=user)
    return JSONResponse(session_json(session))


@endpoint
async def session_extractions(request: Request) -> Response:
    session = await chat_of(request).get_session(request.path_params["session_id"])
    rows = await store_of(request).list_extractions(session_id=session.id, limit=limit_of(request))
    return JSONResponse([extraction_json(row) for row in rows])


@endpoint
async def modules(request: Request) -> Response:
    return JSONResponse([status_json(s) for s in engine_of(request).statuses()])


@endpoint
async def module_logs(request: Request) -> Response:
    name = engine_of(request).status(request.path_params["name"]).name  # 404 if unknown
    rows = await store_of(request).list_logs(module=name, limit=limit_of(request))
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
    parser = argparse.ArgumentParser(prog="python -m examples.trio_app.app")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    trio.run(serve, args.host, args.port)


if __name__ == "__main__":
    main()
