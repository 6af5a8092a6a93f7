"""A local OpenAI-style HTTP server for tests: real HTTP on loopback, no mocks.

    stub = OpenAIStub(api_key="sk-test")
    base_url = await nursery.start(stub.serve)  # "http://127.0.0.1:PORT/v1"

It answers `POST /v1/chat/completions` (plain or `stream: true` as server-sent events),
`GET /v1/models` and `POST /v1/moderations`, logs every request it receives in `requests`,
and misbehaves on demand: `fail_next` scripts an answer (429, 500, a malformed 200...),
`delay_next` holds one back (for timeouts and cancellation).

Rules of this file: everything runs in the test's own trio run (so `trio.sleep` here follows
the test's clock), and nothing here is imported by production code.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from functools import partial
from typing import Any, cast

import attrs
import trio
from hypercorn.config import Config
from hypercorn.trio import serve as hypercorn_serve
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

DEFAULT_MODEL = "stub-model"

MODERATION_CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/instructions",
    "self-harm/intent",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)

Reply = Callable[[Mapping[str, Any]], str]
Chunker = Callable[[str], Sequence[str]]


@attrs.frozen
class StubRequest:
    """One request as the stub received it. `headers` has lower-case names; `body` is the
    parsed JSON (None for a GET or a body that was not JSON)."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: Any

    @property
    def authorization(self) -> str | None:
        return self.headers.get("authorization")


@attrs.frozen
class _Fault:
    status: int
    body: Any
    retry_after: float | str | None
    path: str | None


@attrs.frozen
class _Delay:
    seconds: float
    path: str | None


def message_text(content: Any) -> str:
    """The text of a chat message's `content`: a string, or the text parts of a list."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part["text"]
            for part in content
            if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return ""


def echo_reply(body: Mapping[str, Any]) -> str:
    """The default answer: ``"stub: "`` and the last user message."""
    messages = body.get("messages")
    last = ""
    if isinstance(messages, list):
        for message in reversed(messages):
            if isinstance(message, dict) and message.get("role") == "user":
                last = message_text(message.get("content"))
                break
    return f"stub: {last}"


def fixed_chunks(size: int) -> Chunker:
    """A chunker that streams text in pieces of `size` characters."""
    if size < 1:
        raise ValueError(f"chunk size must be at least 1 (got {size})")

    def chunk(text: str) -> list[str]:
        return [text[i : i + size] for i in range(0, len(text), size)] or [""]

    return chunk


def openai_error(message: str, *, type_: str, code: str | None = None) -> dict[str, Any]:
    """A body in OpenAI's error shape."""
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


_ERROR_TYPES = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("permission_denied", None),
    404: ("invalid_request_error", "not_found"),
    429: ("rate_limit_exceeded", "rate_limit_exceeded"),
}


def _words(text: str) -> int:
    return len(text.split())


class OpenAIStub:
    """An OpenAI-compatible server on 127.0.0.1 with an OS-assigned port.

    `reply(body)` makes the answer's text from the request body (default `echo_reply`);
    `chunks(text)` splits it for streaming (default: 4 characters a piece), with
    `chunk_delay_s` between pieces; `flagged(text)` decides moderation (default: nothing is
    flagged, a flagged text is in `flag_category`). With `api_key`, requests without
    `Authorization: Bearer <api_key>` get a 401 in OpenAI's error shape. All of these are
    plain attributes a test may change between requests.
    """

    def __init__(
        self,
        reply: Reply | None = None,
        *,
        api_key: str | None = None,
        chunks: Chunker | None = None,
        chunk_delay_s: float = 0.0,
        flagged: Callable[[str], bool] | None = None,
        flag_category: str = "harassment",
        models: Sequence[str] = (DEFAULT_MODEL,),
    ) -> None:
        self.reply: Reply = reply or echo_reply
        self.api_key = api_key
        self.chunks: Chunker = chunks or fixed_chunks(4)
        self.chunk_delay_s = chunk_delay_s
        self.flagged: Callable[[str], bool] = flagged or (lambda _text: False)
        self.flag_category = flag_category
        self.models = list(models)
        self.requests: list[StubRequest] = []
        self._faults: list[_Fault] = []
        self._delays: list[_Delay] = []
        self._ids = itertools.count(1)
        self._base_url: str | None = None
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat_completions, methods=["POST"]),
                Route("/v1/models", self._models, methods=["GET"]),
                Route("/v1/moderations", self._moderations, methods=["POST"]),
                Route(
                    "/{path:path}",
                    self._not_found,
                    methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
                ),
            ]
        )

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT/v1` once serving."""
        if self._base_url is None:
            raise RuntimeError("the stub is not serving: start it with nursery.start(stub.serve)")
        return self._base_url

    def fail_next(
        self,
        status: int,
        times: int = 1,
        body: Mapping[str, Any] | str | bytes | None = None,
        retry_after: float | str | None = None,
        *,
        path: str | None = None,
    ) -> None:
        """Answer the next `times` requests (to `path` only, if given) with `status` and
        `body` (default: OpenAI's error shape) instead of the real answer. Any status works,
        200 included, for a malformed answer. `retry_after` sets the `Retry-After` header."""
        self._faults.extend([_Fault(status, body, retry_after, path)] * times)

    def delay_next(self, seconds: float, times: int = 1, *, path: str | None = None) -> None:
        """Hold the next `times` requests (to `path` only, if given) for `seconds` before
        answering them (or failing them, if a fault is scripted too)."""
        self._delays.extend([_Delay(seconds, path)] * times)

    async def serve(
        self,
        *,
        host: str = "127.0.0.1",
        task_status: trio.TaskStatus[str] = trio.TASK_STATUS_IGNORED,
    ) -> None:
        """Serve until cancelled; report the base URL once the socket is listening.

        Cancellation: stops the server and every request in flight.
        """
        config = Config()
        config.bind = [f"{host}:0"]
        config.loglevel = "WARNING"
        config.accesslog = None
        try:
            async with trio.open_nursery() as nursery:
                # hypercorn reports the bound addresses, so the OS picks a free port.
                binds: list[str] = await nursery.start(
                    # Starlette's ASGI types and hypercorn's differ in name only.
                    partial(hypercorn_serve, cast(Any, self.app), config, mode="asgi")
                )
                self._base_url = f"{binds[0]}/v1"
                task_status.started(self._base_url)
        finally:
            self._base_url = None

    # -- request handling ---------------------------------------------------------------------

    def _take(self, queue: list[Any], path: str) -> Any:
        for i, item in enumerate(queue):
            if item.path is None or item.path == path:
                return queue.pop(i)
        return None

    async def _preamble(self, request: Request) -> tuple[Response | None, Any]:
        """Log the request, then apply scripted delays and faults and the key check.
        Returns an early response (or None) and the parsed body."""
        path = request.url.path
        raw = await request.body()
        body: Any = None
        bad_json = False
        if raw:
            try:
                body = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                bad_json = True
        self.requests.append(
            StubRequest(
                method=request.method,
                path=path,
                headers={k.lower(): v for k, v in request.headers.items()},
                body=body,
            )
        )
        delay: _Delay | None = self._take(self._delays, path)
        if delay is not None:
            await trio.sleep(delay.seconds)
        fault: _Fault | None = self._take(self._faults, path)
        if fault is not None:
            return self._fault_response(fault), body
        if self.api_key is not None:
            expected = f"Bearer {self.api_key}"
            given = request.headers.get("authorization")
            if given != expected:
                shown = "none" if not given else _mask(given.removeprefix("Bearer "))
                return _error(
                    401, f"Incorrect API key provided: {shown}.", code="invalid_api_key"
                ), body
        if bad_json or (request.method == "POST" and not isinstance(body, dict)):
            return _error(400, "We could not parse the JSON body of your request."), body
        return None, body

    def _fault_response(self, fault: _Fault) -> Response:
        headers = {}
        if fault.retry_after is not None:
            value = fault.retry_after
            headers["Retry-After"] = value if isinstance(value, str) else f"{value:g}"
        if fault.body is None:
            type_, code = _ERROR_TYPES.get(fault.status, ("server_error", None))
            return JSONResponse(
                openai_error(
                    f"stub: scripted failure (HTTP {fault.status})", type_=type_, code=code
                ),
                status_code=fault.status,
                headers=headers,
            )
        if isinstance(fault.body, str | bytes):
            return Response(
                fault.body, status_code=fault.status, headers=headers, media_type="text/plain"
            )
        return JSONResponse(dict(fault.body), status_code=fault.status, headers=headers)

    async def _chat_completions(self, request: Request) -> Response:
        early, body = await self._preamble(request)
        if early is not None:
            return early
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            return _error(400, "'messages' must be a non-empty array.")
        text = self.reply(body)
        model = body.get("model") or DEFAULT_MODEL
        completion_id = f"chatcmpl-stub-{next(self._ids)}"
        created = int(time.time())
        prompt_tokens = sum(
            _words(message_text(m.get("content"))) for m in messages if isinstance(m, dict)
        )
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": _words(text),
            "total_tokens": prompt_tokens + _words(text),
        }
        if body.get("stream") is True:
            options = body.get("stream_options")
            include_usage = isinstance(options, dict) and options.get("include_usage") is True
            return StreamingResponse(
                self._stream(
                    text,
                    completion_id,
                    created,
                    model,
                    usage if include_usage else None,
                ),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache"},
            )
        return JSONResponse(
            {
                "id": completion_id,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "usage": usage,
            }
        )

    async def _stream(
        self,
        text: str,
        completion_id: str,
        created: int,
        model: str,
        usage: dict[str, int] | None,
    ) -> AsyncIterator[str]:
        def event(delta: dict[str, Any], finish_reason: str | None) -> str:
            chunk = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [
                    {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
                ],
            }
            return f"data: {json.dumps(chunk)}\n\n"

        yield event({"role": "assistant", "content": ""}, None)
        for piece in self.chunks(text):
            if self.chunk_delay_s:
                await trio.sleep(self.chunk_delay_s)
            yield event({"content": piece}, None)
        yield event({}, "stop")
        if usage is not None:
            chunk = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [],
                "usage": usage,
            }
            yield f"data: {json.dumps(chunk)}\n\n"
        yield "data: [DONE]\n\n"

    async def _models(self, request: Request) -> Response:
        early, _ = await self._preamble(request)
        if early is not None:
            return early
        return JSONResponse(
            {
                "object": "list",
                "data": [
                    {"id": m, "object": "model", "created": 0, "owned_by": "stub"}
                    for m in self.models
                ],
            }
        )

    async def _moderations(self, request: Request) -> Response:
        early, body = await self._preamble(request)
        if early is not None:
            return early
        raw = body.get("input")
        if isinstance(raw, str):
            inputs = [raw]
        elif isinstance(raw, list):
            inputs = [
                item if isinstance(item, str) else message_text([item])
                for item in raw
                if isinstance(item, str) or isinstance(item, dict)
            ]
        else:
            return _error(400, "'input' must be a string or an array.")
        results = []
        for text in inputs:
            flagged = bool(self.flagged(text))
            categories = {c: flagged and c == self.flag_category for c in MODERATION_CATEGORIES}
            categories.setdefault(self.flag_category, flagged)
            results.append(
                {
                    "flagged": flagged,
                    "categories": categories,
                    "category_scores": {c: 0.99 if v else 0.0 for c, v in categories.items()},
                }
            )
        return JSONResponse(
            {
                "id": f"modr-stub-{next(self._ids)}",
                "model": body.get("model") or "omni-moderation-latest",
                "results": results,
            }
        )

    async def _not_found(self, request: Request) -> Response:
        early, _ = await self._preamble(request)
        if early is not None and early.status_code != 400:
            return early
        return _error(404, f"Invalid URL ({request.method} {request.url.path})")


def _mask(key: str) -> str:
    """Show a key the way OpenAI does: a few characters at each end."""
    return f"{key[:3]}***{key[-4:]}" if len(key) > 8 else "***"


def _error(status: int, message: str, *, code: str | None = None) -> JSONResponse:
    type_, default_code = _ERROR_TYPES.get(status, ("server_error", None))
    return JSONResponse(
        openai_error(message, type_=type_, code=code or default_code), status_code=status
    )
