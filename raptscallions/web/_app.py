"""`create_app`: the Starlette app of `raptscallions serve`, every endpoint of
docs/http-api.md.

Rules of this file: handlers parse and validate everything they are given before they act
(`_json`), and let errors rise; `endpoint` turns an error the client can act on into its JSON
answer (`_errors`), and anything else is a bug, answered 500 and logged. A client that goes
away cancels the chat or product call it was waiting for. The app holds no trio resources
of its own: the engine, the store and the services are the caller's, opened before the app
serves and closed after.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, Final, ParamSpec, TypeVar, cast

import trio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from ..chat import ChatGateway, ChatService, ProductService
from ..engine import Engine, ModuleStatus
from ..sdk import Manifest
from ..sdk._context import LogLevel
from ..store import SCOPE_TYPES, Store
from ._errors import ApiError, BadRequest, BodyTooLarge, InvalidScope, NotFound, api_error
from ._events import KEEPALIVE_S, EventStream
from ._gateway import GatewayEndpoints
from ._guard import Guard
from ._json import (
    LEVELS,
    bool_param,
    check_params,
    config_json,
    content_of,
    decode_cursor,
    encode_cursor,
    extraction_json,
    int_param,
    log_json,
    message_json,
    message_user,
    module_json,
    obj,
    only_keys,
    param,
    parse_json,
    parse_scope,
    parse_tool,
    parse_user,
    reply_json,
    run_json,
    session_json,
    stored_run_json,
    time_param,
)
from ._keys import KeyEndpoints, KeyRing
from ._metrics import CONTENT_TYPE, Metrics
from ._response import Json

T = TypeVar("T")
P = ParamSpec("P")
log = logging.getLogger("raptscallions.web")

STATIC_DIR: Final = Path(__file__).resolve().parent / "static"
CLIENT_CLOSED: Final = 499  # nginx's "client closed request": never seen by the client
SERVING: Final = frozenset({"ready", "reloading"})
PLACEHOLDER: Final = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>raptscallions</title></head>
<body><h1>raptscallions</h1>
<p>The server is running, but the web UI is not installed
(<code>raptscallions/web/static/index.html</code> is missing).</p>
<p>The API is documented in <code>docs/http-api.md</code>; try <code>/healthz</code>.</p>
</body></html>
"""


class Services:
    """What the handlers work with (on `app.state.services`)."""

    def __init__(
        self,
        engine: Engine,
        store: Store,
        chat: ChatService,
        product: ProductService,
        *,
        keepalive_s: float,
    ) -> None:
        self.engine = engine
        self.store = store
        self.chat = chat
        self.product = product
        self.keepalive_s = keepalive_s
        self.metrics = Metrics(engine)
        # Set when the server begins to shut down: open event streams end, so that the
        # graceful shutdown waits only for real requests.
        self.closing = trio.Event()


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


def begin_shutdown(app: Starlette) -> None:
    """Tell long-lived responses (event streams) to end: the server is shutting down."""
    found: Services = app.state.services
    found.closing.set()


class ClientDisconnected(Exception):
    """The client closed the connection before the answer was ready."""


async def unless_disconnected(
    request: Request, fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
) -> T:
    """``await fn(*args, **kwargs)``, cancelled if the client disconnects first (the body
    must have been read already).

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
    while (await request.receive())["type"] != "http.disconnect":
        pass
    scope.cancel()


Handler = Callable[[Request], Awaitable[Response]]


def endpoint(handler: Handler) -> Handler:
    """Errors the client can act on become their JSON answer (docs/http-api.md)."""

    async def handle(request: Request) -> Response:
        try:
            return await handler(request)
        except ClientDisconnected:
            log.info(
                "%s %s: the client disconnected; the request was cancelled",
                request.method,
                request.url.path,
            )
            return Response(status_code=CLIENT_CLOSED)
        except Exception as exc:
            error = api_error(exc)
            if error is None:
                raise
            # A refused body may not have been read to its end: the connection cannot be
            # reused.
            close = isinstance(error, BodyTooLarge)
            return error.response({"Connection": "close"} if close else None)

    handle.__name__ = handler.__name__
    handle.__doc__ = handler.__doc__
    return handle


# ---------------------------------------------------------------- request helpers


async def json_object(request: Request) -> dict[str, Any]:
    body = parse_json(await request.body())
    if not isinstance(body, dict):
        raise BadRequest(f"the request body must be a JSON object (got {type(body).__name__})")
    return body


async def optional_object(request: Request) -> dict[str, Any]:
    """The body as an object, or {} when there is none."""
    raw = await request.body()
    if not raw.strip():
        return {}
    body = parse_json(raw)
    if not isinstance(body, dict):
        raise BadRequest(f"the request body must be a JSON object (got {type(body).__name__})")
    return body


async def no_body(request: Request) -> None:
    """For actions that take none: nothing, or an empty JSON object."""
    body = await optional_object(request)
    if body:
        raise BadRequest("this endpoint takes no body (send none, or {})")


def params(request: Request, *allowed: str) -> Mapping[str, str]:
    query = request.query_params
    for key in query:
        if len(query.getlist(key)) > 1:
            raise BadRequest(f"query parameter {key!r} is given more than once")
    check_params(query, allowed)
    return query


def module_status(request: Request) -> ModuleStatus:
    """The module named in the path (404 module_not_found when there is none)."""
    return services(request).engine.status(request.path_params["name"])


def manifest_of(status: ModuleStatus) -> Manifest:
    if status.manifest is None:
        raise ApiError(
            422,
            "module_load_error",
            f"module {status.name!r} has no valid manifest ({status.last_error}): fix its "
            "module.yaml; its configuration cannot be read or written until it loads",
        )
    return status.manifest


def config_scope(request: Request, manifest: Manifest, *extra: str) -> tuple[str, str | None]:
    query = params(request, "scope_type", "scope_id", *extra)
    scope_type = param(query, "scope_type") or "global"
    scope_id = param(query, "scope_id")
    if scope_type not in SCOPE_TYPES:
        raise InvalidScope(
            f"scope_type must be one of {', '.join(SCOPE_TYPES)} (got {scope_type!r:.40})"
        )
    if scope_type == "global" and scope_id is not None:
        raise InvalidScope("scope_id must be omitted for the global scope")
    if scope_type != "global" and scope_id is None:
        raise InvalidScope(f"scope_id is needed for the {scope_type} scope (the {scope_type}'s id)")
    allowed = getattr(manifest.scope, f"allow_{scope_type}")
    if not allowed:
        key = f"allow{scope_type.capitalize()}"
        raise InvalidScope(
            f"module {manifest.name!r} does not allow {scope_type} configuration (its "
            f"module.yaml sets scope.{key} to false)"
        )
    return scope_type, scope_id


# ---------------------------------------------------------------- health and metrics


async def healthz(request: Request) -> Response:
    statuses = services(request).engine.statuses()
    ready = sum(1 for s in statuses if s.status == "ready")
    down = [s.name for s in statuses if s.required and s.status not in SERVING]
    body: dict[str, Any] = {
        "status": "degraded" if down else "ok",
        "modules": {"total": len(statuses), "ready": ready},
    }
    if down:
        body["not_ready"] = down
    return Json(body, status_code=503 if down else 200)


async def metrics(request: Request) -> Response:
    return Response(services(request).metrics.render(), media_type=CONTENT_TYPE)


# ---------------------------------------------------------------- modules


@endpoint
async def list_modules(request: Request) -> Response:
    params(request)
    return Json([module_json(s) for s in services(request).engine.statuses()])


@endpoint
async def get_module(request: Request) -> Response:
    params(request)
    return Json(module_json(module_status(request), detail=True))


@endpoint
async def enable_module(request: Request) -> Response:
    params(request)
    await no_body(request)
    engine = services(request).engine
    name = module_status(request).name
    await engine.enable(name)
    return Json(module_json(engine.status(name)))


@endpoint
async def disable_module(request: Request) -> Response:
    params(request)
    await no_body(request)
    engine = services(request).engine
    name = module_status(request).name
    await engine.disable(name)
    return Json(module_json(engine.status(name)))


@endpoint
async def reload_module(request: Request) -> Response:
    params(request)
    await no_body(request)
    engine = services(request).engine
    name = module_status(request).name
    await engine.reload(name)
    return Json(module_json(engine.status(name)))


# ---------------------------------------------------------------- configuration


@endpoint
async def get_config(request: Request) -> Response:
    status = module_status(request)
    scope_type, scope_id = config_scope(request, manifest_of(status))
    row = await services(request).engine.get_config(status.name, scope_type, scope_id)
    return Json(config_json(status.name, scope_type, scope_id, row))


@endpoint
async def put_config(request: Request) -> Response:
    status = module_status(request)
    scope_type, scope_id = config_scope(request, manifest_of(status), "enabled")
    enabled = bool_param(request.query_params, "enabled")
    config = await json_object(request)
    row = await services(request).engine.set_config(
        status.name, scope_type, scope_id, config, enabled=enabled
    )
    return Json(config_json(status.name, scope_type, scope_id, row))


@endpoint
async def delete_config(request: Request) -> Response:
    status = module_status(request)
    scope_type, scope_id = config_scope(request, manifest_of(status))
    deleted = await services(request).engine.delete_config(status.name, scope_type, scope_id)
    return Json({"deleted": deleted})


async def config(request: Request) -> Response:
    """GET, PUT or DELETE one scope's row."""
    if request.method == "PUT":
        return await put_config(request)
    if request.method == "DELETE":
        return await delete_config(request)
    return await get_config(request)


@endpoint
async def list_configs(request: Request) -> Response:
    params(request)
    status = module_status(request)
    rows = await services(request).store.list_configs(status.name)
    rows.sort(key=lambda r: (SCOPE_TYPES.index(r.scope_type), r.scope_id or ""))
    return Json([config_json(r.module, r.scope_type, r.scope_id, r) for r in rows])


# ---------------------------------------------------------------- logs and extractions


@endpoint
async def logs(request: Request) -> Response:
    query = params(request, "module", "level", "since", "until", "limit")
    level = param(query, "level")
    if level is not None and level not in LEVELS:
        raise BadRequest(f"level must be one of {', '.join(LEVELS)} (got {level!r:.30})")
    since, until = time_param(query, "since"), time_param(query, "until")
    if since is not None and until is not None and since > until:
        raise BadRequest("since must not be later than until")
    limit = int_param(query, "limit", 100, 1, 1000)
    found = await services(request).store.list_logs(
        module=param(query, "module"),
        min_level=cast(LogLevel | None, level),
        since=since,
        until=until,
        limit=limit,
    )
    return Json([log_json(row) for row in found])


@endpoint
async def extractions(request: Request) -> Response:
    query = params(request, "module", "type", "session_id", "user_id", "limit", "before")
    limit = int_param(query, "limit", 50, 1, 1000)
    raw_before = param(query, "before")
    before = None if raw_before is None else decode_cursor(raw_before)
    rows = await services(request).store.list_extractions(
        module=param(query, "module"),
        type=param(query, "type"),
        session_id=param(query, "session_id"),
        user_id=param(query, "user_id"),
        before=before,
        limit=limit + 1,  # one more: is there a next page?
    )
    page = rows[:limit]
    next_cursor = encode_cursor(page[-1]) if len(rows) > limit else None
    return Json({"items": [extraction_json(row) for row in page], "next": next_cursor})


class Events:
    """`GET /api/events` (a raw ASGI endpoint: the response is a stream)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        try:
            check_params(request.query_params, ("token",))
        except ApiError as error:
            await error.response()(scope, receive, send)
            return
        found = services(request)
        if request.method == "HEAD":  # the headers a GET would have, and no endless body
            await Response(media_type="text/event-stream")(scope, receive, send)
            return
        await EventStream(found.engine, found.closing, found.keepalive_s)(scope, receive, send)


# ---------------------------------------------------------------- chat and product runs

SESSION_KEYS: Final = ("user", "tool", "group", "class", "assignment")


@endpoint
async def start_session(request: Request) -> Response:
    params(request)
    body = await json_object(request)
    only_keys(body, "$", SESSION_KEYS)
    user, tool = parse_user(body.get("user")), parse_tool(body.get("tool"), "chat")
    if tool.type != "chat":
        raise BadRequest(
            "$.tool.type must be chat for a session (run product tools with POST /api/runs)",
            field="$.tool.type",
        )
    session = await services(request).chat.start_session(user, tool, **parse_scope(body))
    return Json(session_json(session), status_code=201)


@endpoint
async def get_session(request: Request) -> Response:
    params(request)
    session = await services(request).chat.get_session(request.path_params["session_id"])
    return Json(session_json(session))


@endpoint
async def session_messages(request: Request) -> Response:
    query = params(request, "limit")
    limit = int_param(query, "limit", 1000, 1, 1000)
    rows = await services(request).chat.messages(request.path_params["session_id"], limit=limit)
    return Json([message_json(row) for row in rows])


@endpoint
async def send_message(request: Request) -> Response:
    params(request)
    body = await json_object(request)
    only_keys(body, "$", ("user_id", "user", "content"))
    user, content = message_user(body), content_of(body)
    chat = services(request).chat
    session_id = request.path_params["session_id"]
    reply = await unless_disconnected(request, chat.send_message, session_id, content, user)
    return Json(reply_json(reply))


async def messages(request: Request) -> Response:
    """GET the messages, or POST one."""
    if request.method == "POST":
        return await send_message(request)
    return await session_messages(request)


@endpoint
async def end_session(request: Request) -> Response:
    params(request)
    body = await optional_object(request)
    only_keys(body, "$", ("user_id", "user"))
    user = message_user(body) if body else None
    session = await services(request).chat.end_session(request.path_params["session_id"], user=user)
    return Json(session_json(session))


RUN_KEYS: Final = ("user", "tool", "input", "group", "class", "assignment")


@endpoint
async def start_run(request: Request) -> Response:
    params(request)
    body = await json_object(request)
    only_keys(body, "$", RUN_KEYS)
    user, tool = parse_user(body.get("user")), parse_tool(body.get("tool"), "product")
    if tool.type != "product":
        raise BadRequest(
            "$.tool.type must be product for a run (chat tools take sessions: POST /api/sessions)",
            field="$.tool.type",
        )
    run_input = obj(body.get("input"), "$.input", '{"prompt": "..."}')
    run = await unless_disconnected(
        request,
        services(request).product.run,
        user,
        tool,
        dict(run_input),
        **parse_scope(body),
    )
    return Json(run_json(run))


@endpoint
async def get_run(request: Request) -> Response:
    params(request)
    run_id = request.path_params["run_id"]
    row = await services(request).store.get_run(run_id)
    if row is None:
        raise NotFound("run_not_found", f"no product run {run_id!r}: start one with POST /api/runs")
    return Json(stored_run_json(row))


# ---------------------------------------------------------------- the web UI


async def index(request: Request) -> Response:
    page = STATIC_DIR / "index.html"
    if page.is_file():
        return FileResponse(page, media_type="text/html")
    return HTMLResponse(PLACEHOLDER)


class Static:
    """`/static/...`: the UI's files (a 404 until the UI is installed)."""

    def __init__(self) -> None:
        self.files: StaticFiles | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.files is None:
            if not STATIC_DIR.is_dir():
                raise HTTPException(404)
            self.files = StaticFiles(directory=STATIC_DIR)
        await self.files(scope, receive, send)


# ---------------------------------------------------------------- errors outside endpoints

HTTP_CODES: Final = {404: "not_found", 405: "method_not_allowed"}


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = HTTP_CODES.get(exc.status_code, "bad_request")
    if exc.status_code == 404:
        message = f"nothing at {request.url.path}: see docs/http-api.md for the endpoints"
    elif exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        message = f"{request.method} is not allowed on {request.url.path} (allowed: {allowed})"
    else:
        message = exc.detail
    return ApiError(exc.status_code, code, message).response(dict(exc.headers or {}))


async def server_error(request: Request, exc: Exception) -> Response:
    log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    return ApiError(
        500,
        "internal_error",
        f"the server failed on this request ({type(exc).__name__}); the server log has the details",
    ).response()


# ---------------------------------------------------------------- the app


def create_app(
    engine: Engine,
    store: Store,
    chat: ChatService,
    product: ProductService,
    *,
    token: str,
    max_body: int = 1_048_576,
    keepalive_s: float = KEEPALIVE_S,
) -> Starlette:
    """The app: the API under ``/api`` behind `token`, ``/healthz``, ``/metrics`` (token
    too), the web UI at ``/`` and ``/static``. Bodies over `max_body` bytes are refused.

    Raises:
        ValueError: an empty token, or a `max_body` below 1.
    """
    if not token:
        raise ValueError("the admin token must not be empty")
    if max_body < 1:
        raise ValueError(f"max_body must be at least 1 byte (got {max_body})")
    found = Services(engine, store, chat, product, keepalive_s=keepalive_s)
    keys = KeyRing(store)
    gateway = GatewayEndpoints(ChatGateway(chat), unless_disconnected)
    api = "/api/modules/{name}"
    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        Route("/api/modules", list_modules, methods=["GET"]),
        Route(api, get_module, methods=["GET"]),
        Route(f"{api}/enable", enable_module, methods=["POST"]),
        Route(f"{api}/disable", disable_module, methods=["POST"]),
        Route(f"{api}/reload", reload_module, methods=["POST"]),
        Route(f"{api}/config", config, methods=["GET", "PUT", "DELETE"]),
        Route(f"{api}/configs", list_configs, methods=["GET"]),
        Route("/api/logs", logs, methods=["GET"]),
        Route("/api/extractions", extractions, methods=["GET"]),
        Route("/api/events", Events(), methods=["GET"]),
        Route("/api/sessions", start_session, methods=["POST"]),
        Route("/api/sessions/{session_id}", get_session, methods=["GET"]),
        Route("/api/sessions/{session_id}/messages", messages, methods=["GET", "POST"]),
        Route("/api/sessions/{session_id}/end", end_session, methods=["POST"]),
        Route("/api/runs", start_run, methods=["POST"]),
        Route("/api/runs/{run_id}", get_run, methods=["GET"]),
        *KeyEndpoints(keys).routes(),
        *gateway.routes(endpoint),
        Route("/", index, methods=["GET"]),
        Mount("/static", app=Static()),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(Guard, token=token, max_body=max_body, metrics=found.metrics, keys=keys),
        ],
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
    app.state.services = found
    return app
