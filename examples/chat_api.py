"""The chat API both example apps serve: its routes and handlers, its settings and its
command line. The apps differ only in how they host raptscallions (asyncio through the
portal, or trio directly) and in how they cancel a call whose client hung up; each passes
those parts to `chat_routes`.

The handlers find the chat service, the store and the engine in the lifespan state
(``request.state.chat``, ``.store`` and ``.engine``). The JSON is `examples.chat_json`'s.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Protocol, TypeVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from examples.chat_json import (
    error_response,
    extraction_json,
    json_body,
    limit_of,
    log_json,
    optional_body,
    parse_tool,
    reply_json,
    session_json,
    status_json,
)
from raptscallions.aio import ChatProxy, EngineProxy, StoreProxy
from raptscallions.chat import ChatService
from raptscallions.engine import Engine, ModuleStatus
from raptscallions.store import Store
from raptscallions.web._json import content_of, message_user, parse_scope, parse_user

T = TypeVar("T")
REPO = Path(__file__).resolve().parents[1]
CLIENT_CLOSED = 499  # nginx's "client closed request": never seen by the client

Handler = Callable[[Request], Awaitable[Response]]
ErrorResponse = Callable[[Exception], Response | None]


class ClientDisconnected(Exception):
    """The client closed the connection before the answer was ready."""


class UnlessDisconnected(Protocol):
    """``await work``, cancelled if the client disconnects first.

    Raises:
        ClientDisconnected: the client went away; `work` has been cancelled.
    """

    def __call__(self, request: Request, work: Awaitable[T], /) -> Awaitable[T]: ...


# What the handlers use: the trio objects (trio app) or their asyncio proxies (asyncio app).
Chat = ChatService | ChatProxy
Records = Store | StoreProxy
Modules = Engine | EngineProxy


def chat_of(request: Request) -> Chat:
    chat: Chat = request.state.chat
    return chat


def store_of(request: Request) -> Records:
    store: Records = request.state.store
    return store


def engine_of(request: Request) -> Modules:
    engine: Modules = request.state.engine
    return engine


# ---------------------------------------------------------------- the routes


def chat_routes(
    log: logging.Logger,
    unless_disconnected: UnlessDisconnected,
    errors: ErrorResponse = error_response,
) -> list[Route]:
    """The API's routes. `unless_disconnected` runs a chat message; `errors` turns an error
    the client can act on into its response (None: a bug, a 500 and logged)."""

    def endpoint(handler: Handler) -> Handler:
        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except ClientDisconnected:
                log.info("%s %s: the client disconnected; the request was cancelled",
                         request.method, request.url.path)  # fmt: skip
                return Response(status_code=CLIENT_CLOSED)
            except Exception as exc:
                response = errors(exc)
                if response is None:
                    raise
                return response

        return handle

    async def start_session(request: Request) -> Response:
        body = await json_body(request)
        user, tool = parse_user(body.get("user")), parse_tool(body.get("tool"))
        session = await chat_of(request).start_session(user, tool, **parse_scope(body))
        return JSONResponse(session_json(session), status_code=201)

    async def send_message(request: Request) -> Response:
        body = await json_body(request)
        user, content = message_user(body), content_of(body)
        chat = chat_of(request)
        reply = await unless_disconnected(
            request, chat.send_message(request.path_params["session_id"], content, user)
        )
        return JSONResponse(reply_json(reply))

    async def end_session(request: Request) -> Response:
        body = await optional_body(request)
        user = message_user(body) if ("user" in body or "user_id" in body) else None
        session = await chat_of(request).end_session(request.path_params["session_id"], user=user)
        return JSONResponse(session_json(session))

    async def session_extractions(request: Request) -> Response:
        session = await chat_of(request).get_session(request.path_params["session_id"])  # 404
        rows = await store_of(request).list_extractions(
            session_id=session.id, limit=limit_of(request)
        )
        return JSONResponse([extraction_json(row) for row in rows])

    async def modules(request: Request) -> Response:
        return JSONResponse([status_json(s) for s in engine_of(request).statuses()])

    async def module_logs(request: Request) -> Response:
        name = engine_of(request).status(request.path_params["name"]).name  # 404 if unknown
        rows = await store_of(request).list_logs(module=name, limit=limit_of(request))
        return JSONResponse([log_json(row) for row in rows])

    return [
        Route(path, endpoint(handler), methods=[method])
        for method, path, handler in (
            ("POST", "/sessions", start_session),
            ("POST", "/sessions/{session_id}/messages", send_message),
            ("POST", "/sessions/{session_id}/end", end_session),
            ("GET", "/sessions/{session_id}/extractions", session_extractions),
            ("GET", "/modules", modules),
            ("GET", "/modules/{name}/logs", module_logs),
        )
    ]


# ---------------------------------------------------------------- settings


def settings() -> tuple[str, str]:
    """The modules folder and the database URL, from ``RAPTSCALLIONS_MODULES`` (default: the
    repository's ``modules/``) and ``RAPTSCALLIONS_DATABASE_URL`` (default
    ``sqlite:///raptscallions.db``)."""
    modules = os.environ.get("RAPTSCALLIONS_MODULES", str(REPO / "modules"))
    database = os.environ.get("RAPTSCALLIONS_DATABASE_URL", "sqlite:///raptscallions.db")
    return modules, database


def log_statuses(log: logging.Logger, statuses: Iterable[ModuleStatus]) -> None:
    for status in statuses:
        log.info("module %s %s: %s (pid %s)", status.name, status.version,
                 status.status, status.pid)  # fmt: skip


def command_line(prog: str, argv: list[str] | None) -> argparse.Namespace:
    """``--host`` and ``--port``; logging is set up at info."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    return args
