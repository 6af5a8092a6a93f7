"""What every request passes before it reaches an endpoint: the admin token (an API key of
the gateway under ``/v1``), the body size limit, and the count of requests by route and
status for `/metrics`.

Rules of this file: the token is compared in constant time, as bytes; a body is never held
in full past the limit, whether or not the client declared its length (chunked bodies are
counted as they arrive); a refused body is drained (bounded in bytes and time) before the
413 goes out, so that the client, still sending, reads the answer rather than a reset.
"""

from __future__ import annotations

import hmac
import logging
from typing import Final
from urllib.parse import parse_qsl

import trio
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..store import StoreError
from ._errors import UNAUTHORIZED, BodyTooLarge
from ._gateway import API_KEY_SCOPE, invalid_key, openai_error
from ._keys import KeyRing
from ._metrics import Metrics

log = logging.getLogger("raptscallions.web")

DRAIN_MAX_BYTES: Final = 64 * 1024 * 1024
DRAIN_TIMEOUT_S: Final = 5.0
EVENTS_PATH: Final = "/api/events"


def needs_token(path: str) -> bool:
    return path == "/api" or path.startswith("/api/") or path == "/metrics"


def needs_key(path: str) -> bool:
    """The gateway's paths take an API key (and never the admin token)."""
    return path == "/v1" or path.startswith("/v1/")


def bearer(scope: Scope) -> bytes | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            kind, _, credentials = value.partition(b" ")
            if kind.lower() == b"bearer" and credentials.strip():
                return bytes(credentials.strip())
            return None
    return None


def query_token(scope: Scope) -> bytes | None:
    raw: bytes = scope.get("query_string", b"")
    for key, value in parse_qsl(raw.decode("latin-1"), keep_blank_values=True):
        if key == "token" and value:
            return value.encode()
    return None


class Guard:
    """Pure ASGI middleware (it must see the raw `receive` to bound the body)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        token: str,
        max_body: int,
        metrics: Metrics,
        keys: KeyRing,
    ) -> None:
        self.app = app
        self.token = token.encode()
        self.max_body = max_body
        self.metrics = metrics
        self.keys = keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500  # unless a response starts: an error escaped and becomes a 500

        async def counted_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self._guarded(scope, receive, counted_send)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", None) if route is not None else None
            self.metrics.count(path or "unmatched", scope["method"], status)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        if needs_token(path) and not self._authorized(scope, path):
            # Read the (small) body first: a response sent before the request is read makes
            # the server drop the connection, and a request the client already sent on it
            # is lost ("server disconnected without sending a response").
            await _drain(receive, self.max_body)
            await UNAUTHORIZED.response({"WWW-Authenticate": "Bearer"})(scope, receive, send)
            return
        if needs_key(path):
            refused = await self._check_key(scope)
            if refused is not None:
                await _drain(receive, self.max_body)
                await refused(scope, receive, send)
                return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await _drain(receive, declared)
            too_large = BodyTooLarge(self.max_body)
            close = {"Connection": "close"}
            if needs_key(path):
                response = openai_error(413, too_large.message, code=too_large.code, headers=close)
            else:
                response = too_large.response(close)
            await response(scope, receive, send)
            return
        await self.app(scope, _limited(receive, self.max_body), send)

    def _authorized(self, scope: Scope, path: str) -> bool:
        given = bearer(scope)
        if given is None and path == EVENTS_PATH:
            given = query_token(scope)  # EventSource cannot set headers
        return given is not None and hmac.compare_digest(given, self.token)

    async def _check_key(self, scope: Scope) -> Response | None:
        """None when the request carries a live API key (left in the scope for the
        endpoint), else the answer that refuses it."""
        given = bearer(scope)
        if given is None:
            return invalid_key()
        try:
            key = await self.keys.authenticate(given)
        except StoreError as exc:
            return openai_error(503, f"the database is not available: {exc}", code="unavailable")
        if key is None:
            return invalid_key(
                "the API key is not valid: it is unknown or was revoked (an operator makes "
                "keys with POST /api/keys)"
            )
        scope[API_KEY_SCOPE] = key
        return None


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # h11 refuses such a request before it gets here
    return None


def _limited(receive: Receive, limit: int) -> Receive:
    received = 0

    async def limited_receive() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                if message.get("more_body", False):
                    await _drain(receive, DRAIN_MAX_BYTES)
                raise BodyTooLarge(limit)
        return message

    return limited_receive


async def _drain(receive: Receive, at_most: int) -> None:
    """Read and drop the rest of a refused body: at most `at_most` bytes, for at most
    `DRAIN_TIMEOUT_S`."""
    drained = 0
    with trio.move_on_after(DRAIN_TIMEOUT_S):
        while drained <= min(at_most, DRAIN_MAX_BYTES):
            message = await receive()
            if message["type"] != "http.request":
                return
            drained += len(message.get("body", b""))
            if not message.get("more_body", False):
                return
