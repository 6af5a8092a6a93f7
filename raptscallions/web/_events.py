"""`GET /api/events`: the engine's events as server-sent events.

Each engine event is one SSE message (``event: <type>``, ``data: {"type": ..., ...}``). A
``module:*`` event about a module's lifecycle is followed by a synthesized ``module:status``
carrying the full `Module` JSON, so that a UI can redraw that module's card. A comment line
every `keepalive_s` keeps proxies from closing an idle stream.

Rules of this file: the subscription is taken before the response starts, so nothing
published after the client saw the headers is missed; the stream ends when the client goes
away, when the server begins to shut down (`closing`), or when the engine closes; a
subscriber that falls behind loses events (the engine never waits for it) and is told how
many in a comment.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing
from typing import Any, Final

import trio
from starlette.types import Receive, Scope, Send

from ..engine import Engine, EngineEvent, Subscription, UnknownModule
from ._json import module_json
from ._response import dumps

KEEPALIVE_S: Final = 15.0
# module:* events that do not change a module's status (they name the module under
# "module", not "name", and come with every call or log line).
NOT_STATUS: Final = frozenset({"module:log", "module:hook_error"})
HEADERS: Final = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]


def frame(event_type: str, data: dict[str, Any]) -> bytes:
    payload = dumps({"type": event_type, **data}).decode()
    # dumps never emits a raw newline (json escapes them), so one data line suffices.
    return f"event: {event_type}\ndata: {payload}\n\n".encode()


def frames(engine: Engine, event: EngineEvent) -> list[bytes]:
    """The SSE messages for one engine event: itself and, for a status change, the module."""
    data = {**event.data, "at": event.at.isoformat()}
    out = [frame(event.type, data)]
    name = event.data.get("name")
    if event.type.startswith("module:") and event.type not in NOT_STATUS and isinstance(name, str):
        try:
            status = engine.status(name)
        except UnknownModule:  # removed (its folder is gone): no card left to redraw
            return out
        out.append(frame("module:status", module_json(status)))
    return out


async def event_frames(
    engine: Engine, subscription: Subscription, *, keepalive_s: float = KEEPALIVE_S
) -> AsyncGenerator[bytes, None]:
    """The bytes of the stream: an opening comment, then events and keep-alive comments,
    until the engine closes the subscription."""
    yield b": connected\n\n"
    dropped = 0
    while True:
        event: EngineEvent | None = None
        with trio.move_on_after(keepalive_s):
            try:
                event = await subscription.receive()
            except (trio.EndOfChannel, trio.ClosedResourceError):
                return
        if subscription.dropped != dropped:
            yield f": {subscription.dropped - dropped} event(s) dropped: too slow\n\n".encode()
            dropped = subscription.dropped
        if event is None:
            yield b": keepalive\n\n"
            continue
        for chunk in frames(engine, event):
            yield chunk


class EventStream:
    """The ASGI response of one SSE client."""

    def __init__(self, engine: Engine, closing: trio.Event, keepalive_s: float) -> None:
        self.engine = engine
        self.closing = closing
        self.keepalive_s = keepalive_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        with self.engine.subscribe() as subscription:
            await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
            async with trio.open_nursery() as nursery:
                nursery.start_soon(_until_disconnected, receive, nursery.cancel_scope)
                nursery.start_soon(_until_set, self.closing, nursery.cancel_scope)
                frames = event_frames(self.engine, subscription, keepalive_s=self.keepalive_s)
                async with aclosing(frames) as chunks:
                    async for chunk in chunks:
                        message = {"type": "http.response.body", "body": chunk, "more_body": True}
                        await send(message)
                nursery.cancel_scope.cancel()
        # End the response cleanly however the stream ended (a client that went away is
        # not waited for: hypercorn drops what it can no longer deliver).
        with trio.CancelScope(shield=True), trio.move_on_after(1.0):
            await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _until_disconnected(receive: Receive, scope: trio.CancelScope) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
    scope.cancel()


async def _until_set(event: trio.Event, scope: trio.CancelScope) -> None:
    await event.wait()
    scope.cancel()
