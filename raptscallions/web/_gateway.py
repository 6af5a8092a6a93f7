"""The OpenAI-compatible gateway over HTTP: ``POST /v1/chat/completions`` and
``GET /v1/models``, for applications written against the OpenAI API (docs/gateway.md).

Rules of this file: every answer under ``/v1`` is in OpenAI's shapes, errors included
(``{"error": {"message", "type", "param", "code"}}``), so that OpenAI's clients raise their
usual exceptions. The request's API key (checked by the guard, which leaves it in the ASGI
scope) names the tool. A streamed answer starts only once the whole answer has passed
``chat:after_ai``: every chunk carries text the modules passed, and the headers already name
what the modules did. Each answer says which modules acted on it and how
(`MODULES_HEADER`); a module that was not called is not named.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from functools import partial
from typing import Any, Final, Protocol, TypeVar

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from ..chat import AIError, ChatGateway, GatewayError, GatewayReply, GatewayRequest, HookStep
from ..sdk import Tool, User
from ..store import ApiKeyRow
from ._errors import ApiError, BadRequest, BodyTooLarge, api_error
from ._json import parse_json
from ._response import Json

API_KEY_SCOPE: Final = "raptscallions.api_key"
SESSION_HEADER: Final = "x-raptscallions-session"
MODULES_HEADER: Final = "x-raptscallions-modules"
BLOCKED_HEADER: Final = "x-raptscallions-blocked"
MAX_SESSION_KEY: Final = 256
ALL_METHODS: Final = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

ERROR_TYPES: Final = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "permission_error",
    404: "invalid_request_error",
    405: "invalid_request_error",
    409: "conflict_error",
    413: "invalid_request_error",
    502: "upstream_error",
    503: "service_unavailable_error",
}
CODES: Final = {"unauthorized": "invalid_api_key", "bad_request": "invalid_request"}

T = TypeVar("T")
Handler = Callable[[Request], Awaitable[Response]]


class Runner(Protocol):
    """Awaits ``fn()``, cancelled if the client goes away (the app's `unless_disconnected`)."""

    def __call__(self, request: Request, fn: Callable[[], Awaitable[T]], /) -> Awaitable[T]: ...


# ---------------------------------------------------------------- errors


def openai_error(
    status: int,
    message: str,
    *,
    code: str | None,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> Json:
    """An answer in OpenAI's error shape."""
    body = {
        "error": {
            "message": message,
            "type": ERROR_TYPES.get(
                status, "server_error" if status >= 500 else "invalid_request_error"
            ),
            "param": param,
            "code": code,
        }
    }
    return Json(body, status_code=status, headers=headers)


def invalid_key(message: str | None = None) -> Json:
    return openai_error(
        401,
        message
        or "the gateway needs an API key: send 'Authorization: Bearer <key>' with a key an "
        "operator made (POST /api/keys); a revoked key is refused",
        code="invalid_api_key",
        headers={"WWW-Authenticate": "Bearer"},
    )


def error_answer(exc: Exception) -> Json | None:
    """The OpenAI-shaped answer for an error the client can act on, or None for a bug."""
    if isinstance(exc, GatewayError):
        return openai_error(400, str(exc), code="invalid_request", param=exc.field)
    if isinstance(exc, AIError):  # the provider's own words are in the message
        return openai_error(502, str(exc), code="ai_error")
    found: ApiError | None = api_error(exc)
    if found is None:
        return None
    param = found.field.removeprefix("$.") if found.field else None
    # A refused body may not have been read to its end: the connection cannot be reused.
    headers = {"Connection": "close"} if isinstance(found, BodyTooLarge) else None
    return openai_error(
        found.status,
        found.message,
        code=CODES.get(found.code, found.code),
        param=param,
        headers=headers,
    )


# ---------------------------------------------------------------- answers


def modules_header(trace: Iterable[HookStep]) -> str:
    """What each module did, in the order they were called:
    ``safety-filter=before_ai:continue,after_ai:continue; pii-filter=...``. Only calls
    that were made are named (a hook that did not run, or a module that is off, is absent);
    ``dispatched`` is a background call whose outcome is not awaited."""
    by_module: dict[str, list[str]] = {}
    for step in trace:
        by_module.setdefault(step.module, []).append(
            f"{step.hook.removeprefix('chat:')}:{step.action}"
        )
    return "; ".join(f"{module}={','.join(acts)}" for module, acts in by_module.items())


def _header_text(value: str) -> str:
    return re.sub(r"[^\x20-\x7e]", "?", value)[:200]


def reply_headers(reply: GatewayReply) -> dict[str, str]:
    headers = {MODULES_HEADER: modules_header(reply.trace), SESSION_HEADER: reply.session_id}
    if reply.blocked:
        headers[BLOCKED_HEADER] = _header_text(reply.reason or "blocked")
    return headers


def completion_json(reply: GatewayReply, completion_id: str, created: int) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": reply.model,
        "choices": [
            {
                "index": 0,
                "message": reply.message,
                "logprobs": None,
                "finish_reason": reply.finish_reason,
            }
        ],
    }
    if reply.usage is not None:
        body["usage"] = reply.usage
    return body


def pieces(text: str) -> list[str]:
    """`text` in word-sized pieces (each with the spaces after it) that join back to it."""
    return [p for p in re.split(r"(?<=\s)(?=\S)", text) if p]


def stream_events(
    reply: GatewayReply, completion_id: str, created: int, *, include_usage: bool
) -> list[str]:
    """The answer as OpenAI's server-sent chunks, ending with ``data: [DONE]``."""

    def event(delta: dict[str, Any], finish_reason: str | None = None) -> str:
        chunk = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": reply.model,
            "choices": [
                {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
            ],
        }
        return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

    message = reply.message
    content = message.get("content")
    events = [event({"role": "assistant", "content": "" if isinstance(content, str) else None})]
    if isinstance(content, str):
        events += [event({"content": piece}) for piece in pieces(content)]
    elif isinstance(content, list):
        events.append(event({"content": content}))
    if isinstance(message.get("refusal"), str):
        events.append(event({"refusal": message["refusal"]}))
    calls = message.get("tool_calls")
    if isinstance(calls, list) and calls:
        indexed = [{"index": i, **call} for i, call in enumerate(calls) if isinstance(call, dict)]
        events.append(event({"tool_calls": indexed}))
    if isinstance(message.get("function_call"), dict):
        events.append(event({"function_call": message["function_call"]}))
    events.append(event({}, reply.finish_reason))
    if include_usage:
        usage = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": reply.model,
            "choices": [],
            "usage": reply.usage,
        }
        events.append(f"data: {json.dumps(usage, ensure_ascii=False)}\n\n")
    events.append("data: [DONE]\n\n")
    return events


async def _sent(events: list[str]) -> AsyncIterator[str]:
    for item in events:
        yield item


# ---------------------------------------------------------------- endpoints


def _key(request: Request) -> ApiKeyRow:
    key: ApiKeyRow = request.scope[API_KEY_SCOPE]
    return key


def _only(request: Request, method: str) -> Json | None:
    if request.method == method or (method == "GET" and request.method == "HEAD"):
        return None
    return openai_error(
        405,
        f"{request.method} is not allowed on {request.url.path} (allowed: {method})",
        code="method_not_allowed",
        headers={"Allow": method},
    )


class GatewayEndpoints:
    """The ``/v1`` routes. `run` calls the pipeline and cancels it if the client goes away
    (the app's `unless_disconnected`); `wrap` is the app's endpoint wrapper."""

    def __init__(self, gateway: ChatGateway, run: Runner) -> None:
        self.gateway = gateway
        self.run = run

    def routes(self, wrap: Callable[[Handler], Handler]) -> list[Route]:
        # Every method reaches the handlers, so that a wrong one is answered in OpenAI's shape.
        return [
            Route("/v1/chat/completions", wrap(self.chat_completions), methods=ALL_METHODS),
            Route("/v1/models", wrap(self.models), methods=ALL_METHODS),
            Route("/v1/{path:path}", wrap(self.not_found), methods=ALL_METHODS),
        ]

    async def chat_completions(self, request: Request) -> Response:
        refused = _only(request, "POST")
        if refused is not None:
            return refused
        key = _key(request)
        try:
            body = parse_json(await request.body())
            if not isinstance(body, dict):
                raise BadRequest(
                    "the body must be a JSON object: a chat-completions request such as "
                    '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}'
                )
            parsed = GatewayRequest.from_json(body)
            conversation = request.headers.get(SESSION_HEADER) or parsed.user
            if conversation is not None and len(conversation) > MAX_SESSION_KEY:
                raise BadRequest(
                    f"the conversation key ({SESSION_HEADER} or user) may have at most "
                    f"{MAX_SESSION_KEY} characters"
                )
            user = User(id=parsed.user or f"api-key:{key.id}")
            tool = Tool(id=key.tool_id, name=key.name, type="chat")
            reply = await self.run(
                request,
                partial(
                    self.gateway.complete, parsed, tool=tool, user=user, conversation=conversation
                ),
            )
        except Exception as exc:
            answer = error_answer(exc)
            if answer is None:
                raise
            return answer
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        headers = reply_headers(reply)
        if parsed.stream:
            events = stream_events(
                reply, completion_id, created, include_usage=parsed.include_usage
            )
            headers["Cache-Control"] = "no-cache"
            return StreamingResponse(_sent(events), media_type="text/event-stream", headers=headers)
        return Json(completion_json(reply, completion_id, created), headers=headers)

    async def models(self, request: Request) -> Response:
        refused = _only(request, "GET")
        if refused is not None:
            return refused
        try:
            found = await self.run(request, self.gateway.models)
        except Exception as exc:
            answer = error_answer(exc)
            if answer is None:
                raise
            return answer
        return Json({"object": "list", "data": found})

    async def not_found(self, request: Request) -> Response:
        return openai_error(
            404,
            f"nothing at {request.url.path}: the gateway serves POST /v1/chat/completions and "
            "GET /v1/models (docs/gateway.md)",
            code="not_found",
        )
