"""Running a blocking database call from trio without blocking the loop, cancellably.

Rules of this file: the call runs to completion in a worker thread (never abandoned, so a
connection is never used by two threads at once); when the calling task is cancelled, the
call's `Interrupt` is fired from yet another thread (sqlite3's `interrupt()`, psycopg's
`cancel_safe()`), the blocked call returns with an error, and the task then raises `Cancelled`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

import outcome
import trio

T = TypeVar("T")

_FIRST_RETRY_S = 0.02
_MAX_RETRY_S = 0.5


class Interrupted(Exception):
    """Raised in the worker thread when the call was cancelled before it reached the database."""


class Interrupt:
    """How to stop the statement a worker thread is running, from another thread.

    The worker `arm`s it with a callable (e.g. `conn.cancel_safe`) while it uses a connection
    and `disarm`s it before giving the connection back, under a lock that `fire` holds too: an
    interrupt meant for this call never reaches whoever uses the connection next.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._target: Callable[[], object] | None = None
        self._requested = False
        self._finished = threading.Event()

    def arm(self, target: Callable[[], object]) -> None:
        """Worker side. Raises Interrupted if the call was cancelled already."""
        with self._lock:
            if self._requested:
                raise Interrupted
            self._target = target

    def disarm(self) -> None:
        with self._lock:
            self._target = None

    @property
    def requested(self) -> bool:
        return self._requested

    def _finish(self) -> None:
        self._finished.set()

    def _fire_until_finished(self) -> None:
        # Fired again until the worker is done: a cancel that lands between arming and the
        # statement's start is ignored by the server, so one attempt is not enough.
        delay = _FIRST_RETRY_S
        while not self._finished.is_set():
            with self._lock:
                self._requested = True
                target = self._target
                if target is not None:
                    # Best effort: the worker reports how its call ended.
                    with contextlib.suppress(Exception):
                        target()
            self._finished.wait(delay)
            delay = min(delay * 2, _MAX_RETRY_S)


def _ignore(_: outcome.Outcome[None]) -> None:
    pass


async def run_blocking(fn: Callable[[Interrupt], T], limiter: trio.CapacityLimiter) -> T:
    """Run `fn(interrupt)` in a worker thread, holding a token of `limiter` meanwhile.

    Raises:
        Whatever `fn` raises.

    Cancellation: while waiting for `limiter`, immediate. Once `fn` runs, its interrupt is
    fired, the task waits for `fn` to return (shielded), then raises `Cancelled`, whatever
    `fn`'s outcome (it may have completed: a write is either wholly done or not at all).
    """
    interrupt = Interrupt()
    async with limiter:
        token = trio.lowlevel.current_trio_token()
        done = trio.Event()
        box: list[outcome.Outcome[T]] = []

        def deliver(result: outcome.Outcome[T]) -> None:
            box.append(result)
            done.set()

        def report(result: outcome.Outcome[T]) -> None:
            interrupt._finish()
            token.run_sync_soon(deliver, result)

        trio.lowlevel.start_thread_soon(lambda: fn(interrupt), report)
        try:
            await done.wait()
        except BaseException:
            trio.lowlevel.start_thread_soon(interrupt._fire_until_finished, _ignore)
            with trio.CancelScope(shield=True):
                await done.wait()
            raise
    return box[0].unwrap()
