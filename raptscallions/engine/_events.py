"""Engine events: status changes, errors, logs, reloads, published to subscribers.

Publishing never blocks the engine: a subscriber that falls behind loses events (counted on
its subscription), never slows a hook call.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any, Final

import attrs
import trio

from ..sdk._context import utcnow

EVENT_TYPES: Final = (
    "supervisor:started",
    "supervisor:stopped",
    "module:ready",
    "module:load_error",
    "module:reloading",
    "module:reloaded",
    "module:reload_error",
    "module:error",
    "module:hook_error",
    "module:restarting",
    "module:disabled",
    "module:enabled",
    "module:unloaded",
    "module:config_updated",
    "module:log",
    "extraction",
)


@attrs.frozen
class EngineEvent:
    type: str
    data: dict[str, Any]
    at: datetime = attrs.field(factory=utcnow)


class Subscription:
    """An event stream: iterate it (`async for event in sub`) or `receive()`; `dropped`
    counts events lost because the subscriber fell behind."""

    def __init__(self, hub: EventHub, max_buffer: int | float) -> None:
        self._hub = hub
        self._send, self._receive = trio.open_memory_channel[EngineEvent](max_buffer)
        self.dropped = 0

    def _offer(self, event: EngineEvent) -> bool:
        try:
            self._send.send_nowait(event)
        except trio.WouldBlock:
            self.dropped += 1
        except (trio.BrokenResourceError, trio.ClosedResourceError):
            return False
        return True

    async def receive(self) -> EngineEvent:
        return await self._receive.receive()

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> EngineEvent:
        try:
            return await self._receive.receive()
        except (trio.EndOfChannel, trio.ClosedResourceError):
            raise StopAsyncIteration from None

    def close(self) -> None:
        self._hub._subs.discard(self)
        self._send.close()
        self._receive.close()

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class EventHub:
    def __init__(self) -> None:
        self._subs: set[Subscription] = set()

    @property
    def has_subscribers(self) -> bool:
        return bool(self._subs)

    def subscribe(self, *, max_buffer: int | float = 1000) -> Subscription:
        sub = Subscription(self, max_buffer if max_buffer != math.inf else math.inf)
        self._subs.add(sub)
        return sub

    def publish(self, event_type: str, /, **data: Any) -> None:
        if not self._subs:
            return
        event = EngineEvent(event_type, data)
        for sub in list(self._subs):
            if not sub._offer(event):
                self._subs.discard(sub)

    def close(self) -> None:
        for sub in list(self._subs):
            sub._send.close()
        self._subs.clear()
