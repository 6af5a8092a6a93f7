"""A portal from asyncio into trio: a trio guest run on the running asyncio loop.

`TrioPortal` starts trio in guest mode (`trio.lowlevel.start_guest_run`) on the asyncio loop
that is already running (plain asyncio or uvloop, under uvicorn or `asyncio.run`), so both
share one thread and neither replaces the other. asyncio code then awaits trio functions
through the portal, and enters trio context managers (a store, an engine) that stay open
until the portal closes.

Rules of this file:
- The asyncio side never calls trio's async APIs: it hands work to the guest run through
  `TrioToken.run_sync_soon`, whose callbacks must not raise.
- Every future the portal hands out is resolved exactly once, by the trio side or, if the
  guest run is already over, by the done callback (`PortalClosed`).
- Cancellation crosses both ways: a cancelled asyncio caller cancels its trio call and waits
  for it to end; a trio call cancelled because the portal is closing fails its caller with
  `PortalClosed`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import Any, Literal, ParamSpec, TypeVar, cast

import outcome
import trio

from ..sdk._errors import RaptscallionsError

T = TypeVar("T")
P = ParamSpec("P")

PortalState = Literal["new", "starting", "open", "closing", "closed"]


class PortalClosed(RaptscallionsError, RuntimeError):
    """The portal is closing or closed: the trio call did not start, or was cancelled by the
    shutdown. Open a new portal (or restart the application) to run more calls."""


class _CancelledByCaller(Exception):
    """Marks a call that the asyncio caller cancelled (never seen outside this file)."""


def _resolve(future: asyncio.Future[Any], value: Any) -> None:
    if not future.done():
        future.set_result(value)


def _fail(future: asyncio.Future[Any], exc: BaseException) -> None:
    if not future.done():
        future.set_exception(exc)


def _contains_cancelled(exc: BaseException) -> bool:
    if isinstance(exc, trio.Cancelled):
        return True
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(trio.Cancelled)[0] is not None
    return False


def _name(fn: object) -> str:
    return getattr(fn, "__qualname__", None) or repr(fn)


class _Call:
    """One `portal.run` call: the trio function, its arguments and the asyncio future."""

    __slots__ = ("args", "fn", "future", "kwargs", "scope")

    def __init__(
        self,
        fn: Callable[..., Awaitable[Any]],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        future: asyncio.Future[Any],
    ) -> None:
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.future = future
        self.scope = trio.CancelScope()


class _Held:
    """One context manager entered with `portal.enter`, held open by a trio task of its own
    until the portal releases it."""

    __slots__ = ("cm", "done", "entered", "error", "future", "release", "scope")

    def __init__(self, cm: AbstractAsyncContextManager[Any], future: asyncio.Future[Any]) -> None:
        self.cm = cm
        self.future = future
        self.scope = trio.CancelScope()
        self.entered = False
        self.error: BaseException | None = None
        self.release = trio.Event()
        self.done = trio.Event()


class TrioPortal:
    """Runs trio code from asyncio: ``async with TrioPortal() as portal:`` starts a trio guest
    run on the running asyncio loop and stops it when the block ends.

    One portal per thread: trio allows one run per thread. Leave the `async with` before the
    asyncio loop stops (an ASGI lifespan does).

    Raises (from `async with`):
        RuntimeError: a trio run is already active on this thread.
        PortalClosed: the guest run ended before it was ready.
        BaseException: whatever ended the guest run, or what exiting an entered context
            manager raised (several are raised as a `BaseExceptionGroup`).
    Cancellation: closing always waits for the guest run to finish (every entered context
    manager exited); a cancellation that arrives meanwhile is raised afterwards.
    """

    def __init__(self) -> None:
        self._state: PortalState = "new"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._token: trio.lowlevel.TrioToken | None = None
        self._calls_nursery: trio.Nursery | None = None
        self._holders_nursery: trio.Nursery | None = None
        self._stop: trio.Event | None = None
        self._holding: list[_Held] = []
        self._entered: list[_Held] = []
        self._unresolved: set[asyncio.Future[Any]] = set()
        self._run_done: asyncio.Future[outcome.Outcome[None]] | None = None
        self._close_errors: list[BaseException] = []
        self._reported = False

    @property
    def state(self) -> PortalState:
        """`new`, `starting`, `open`, `closing` or `closed`."""
        return self._state

    # ---------------------------------------------------------------- asyncio side

    async def __aenter__(self) -> TrioPortal:
        if self._state != "new":
            raise RuntimeError("a TrioPortal can be opened once; make a new one")
        if trio.lowlevel.in_trio_run():
            raise RuntimeError(
                "a trio run is already active on this thread (another TrioPortal, or trio "
                "itself): share that portal rather than opening a second one"
            )
        loop = asyncio.get_running_loop()
        self._loop = loop
        self._state = "starting"
        self._run_done = loop.create_future()
        started: asyncio.Future[None] = loop.create_future()
        trio.lowlevel.start_guest_run(
            self._main,
            started,
            run_sync_soon_threadsafe=loop.call_soon_threadsafe,
            run_sync_soon_not_threadsafe=loop.call_soon,
            done_callback=self._on_done,
            # asyncio and uvloop own the wakeup fd (their signal handling needs it); trio
            # must not take it over.
            host_uses_signal_set_wakeup_fd=True,
        )
        try:
            await asyncio.wait((started, self._run_done), return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            await self._close()
            raise
        if not started.done():
            await self._close()  # raises what ended the run
            raise PortalClosed("the trio guest run ended before it was ready")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._close()

    async def aclose(self) -> None:
        """Close the portal (what leaving `async with` does)."""
        await self._close()

    async def run(self, fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``await fn(*args, **kwargs)`` in trio and return its result (or raise its
        exception, unchanged) in asyncio.

        Raises:
            PortalClosed: the portal is closing or closed, so the call did not start or was
                cancelled by the shutdown.
        Cancellation: cancelling the awaiting asyncio task cancels the trio call (its cancel
        scope) and waits for it to end before `asyncio.CancelledError` is raised.
        """
        future = self._new_future(f"run {_name(fn)}")
        call = _Call(fn, args, kwargs, future)
        self._submit(self._start_call, call)
        return cast(T, await self._wait(future, lambda: self._submit(self._cancel_call, call)))

    async def enter(self, cm: AbstractAsyncContextManager[T]) -> T:
        """Enter the trio async context manager `cm` inside the trio run and return its value.
        It stays open until the portal closes; the portal exits what it entered in the
        reverse order (shielded from cancellation, so shutdown completes).

        Raises:
            PortalClosed: the portal is closing or closed.
            BaseException: what entering `cm` raised, unchanged.
        Cancellation: cancelling the awaiting task cancels the entering; if `cm` was entered
        already, it stays open until the portal closes.
        """
        future = self._new_future(f"enter {_name(type(cm))}")
        held = _Held(cm, future)
        self._submit(self._start_hold, held)
        return cast(T, await self._wait(future, lambda: self._submit(self._cancel_hold, held)))

    def _new_future(self, what: str) -> asyncio.Future[Any]:
        if self._state != "open" or self._loop is None:
            raise PortalClosed(f"cannot {what}: the trio portal is {self._state}")
        future: asyncio.Future[Any] = self._loop.create_future()
        self._unresolved.add(future)
        future.add_done_callback(self._unresolved.discard)
        return future

    def _submit(self, fn: Callable[[T], None], arg: T) -> None:
        assert self._token is not None
        try:
            self._token.run_sync_soon(fn, arg)
        except trio.RunFinishedError:
            raise PortalClosed("the trio portal is closed (its guest run has ended)") from None

    async def _wait(self, future: asyncio.Future[Any], cancel: Callable[[], None]) -> Any:
        try:
            # `asyncio.wait` leaves `future` alone when this task is cancelled.
            await asyncio.wait((future,))
        except asyncio.CancelledError:
            try:
                cancel()
            except PortalClosed:
                pass  # the run is over: the future is resolved already
            await _wait_uncancellable(future)
            raise
        return future.result()

    async def _close(self) -> None:
        if self._run_done is None or self._reported:
            self._state = "closed"
            return
        if self._state in ("starting", "open"):
            self._state = "closing"
            # Without a token `_main` has not run yet; it will see `closing` and stop.
            if self._token is not None:
                try:
                    self._token.run_sync_soon(self._request_stop)
                except trio.RunFinishedError:
                    pass
        cancelled = await _wait_uncancellable(self._run_done)
        self._state = "closed"
        self._reported = True
        result = self._run_done.result()
        result.unwrap()  # an error of the run outranks a cancellation
        if cancelled:
            raise asyncio.CancelledError

    # ---------------------------------------------------------------- trio side

    async def _main(self, started: asyncio.Future[None]) -> None:
        self._token = trio.lowlevel.current_trio_token()
        self._stop = trio.Event()
        if self._state == "closing":
            self._stop.set()
        async with trio.open_nursery() as holders:
            self._holders_nursery = holders
            try:
                async with trio.open_nursery() as calls:
                    self._calls_nursery = calls
                    if self._state == "starting":
                        self._state = "open"
                    _resolve(started, None)
                    await self._stop.wait()
                    self._state = "closing"
                    calls.cancel_scope.cancel()  # every call in flight fails: PortalClosed
            finally:
                self._state = "closing"
                with trio.CancelScope(shield=True):
                    await self._release_all()
        if len(self._close_errors) == 1:
            raise self._close_errors[0]
        if self._close_errors:
            raise BaseExceptionGroup(
                "several context managers failed while the trio portal closed",
                self._close_errors,
            )

    def _request_stop(self, _: object = None) -> None:
        if self._stop is not None:
            self._stop.set()

    def _on_done(self, result: outcome.Outcome[None]) -> None:
        self._state = "closed"
        for future in list(self._unresolved):
            _fail(future, PortalClosed("the trio portal closed before the call finished"))
        assert self._run_done is not None
        _resolve(self._run_done, result)

    def _start_call(self, call: _Call) -> None:
        if self._state != "open" or self._calls_nursery is None:
            _fail(call.future, PortalClosed(f"cannot run {_name(call.fn)}: the portal is closing"))
            return
        try:
            self._calls_nursery.start_soon(self._run_call, call, name=call.fn)
        except RuntimeError:  # the nursery no longer takes tasks
            _fail(call.future, PortalClosed(f"cannot run {_name(call.fn)}: the portal is closing"))

    def _cancel_call(self, call: _Call) -> None:
        call.scope.cancel()

    async def _run_call(self, call: _Call) -> None:
        try:
            with call.scope:
                value = await call.fn(*call.args, **call.kwargs)
                _resolve(call.future, value)
        except BaseException as exc:
            if _contains_cancelled(exc):
                _fail(
                    call.future,
                    PortalClosed(f"{_name(call.fn)} was cancelled: the trio portal is closing"),
                )
                raise
            _fail(call.future, exc)
            if not isinstance(exc, Exception):
                raise  # KeyboardInterrupt, SystemExit: the run ends
            return
        if call.scope.cancelled_caught:
            _fail(call.future, _CancelledByCaller())

    def _start_hold(self, held: _Held) -> None:
        if self._state != "open" or self._holders_nursery is None:
            _fail(held.future, PortalClosed("cannot enter a context: the portal is closing"))
            return
        self._holding.append(held)
        self._holders_nursery.start_soon(self._hold, held, name=type(held.cm))

    def _cancel_hold(self, held: _Held) -> None:
        if not held.entered:
            held.scope.cancel()

    async def _hold(self, held: _Held) -> None:
        try:
            with held.scope:
                async with held.cm as value:
                    # From here on only `release` ends this context: no cancellation from
                    # outside reaches its body or its exit.
                    held.scope.shield = True
                    held.entered = True
                    self._entered.append(held)
                    _resolve(held.future, value)
                    await held.release.wait()
        except BaseException as exc:
            if not held.entered:
                if _contains_cancelled(exc):
                    _fail(held.future, PortalClosed("entering was cancelled: the portal closed"))
                    raise
                _fail(held.future, exc)
            else:
                held.error = exc  # raised when the portal closes
            if not isinstance(exc, Exception):
                raise
        else:
            if held.scope.cancelled_caught and not held.entered:
                if self._state == "open":
                    _fail(held.future, _CancelledByCaller())
                else:
                    _fail(held.future, PortalClosed("entering was cancelled: the portal closed"))
        finally:
            held.done.set()

    async def _release_all(self) -> None:
        """Cancel contexts still being entered, then exit the entered ones, last first."""
        for held in self._holding:
            if not held.entered:
                held.scope.cancel()
        for held in reversed(self._entered):
            held.release.set()
            await held.done.wait()
        for held in self._holding:
            await held.done.wait()
            if held.error is not None:
                self._close_errors.append(held.error)


async def _wait_uncancellable(future: asyncio.Future[Any]) -> bool:
    """Wait until `future` is done, whatever cancellation arrives; True if one did. Marks
    the future's exception as retrieved."""
    cancelled = False
    while not future.done():
        try:
            await asyncio.wait((future,))
        except asyncio.CancelledError:
            cancelled = True
    if not future.cancelled():
        future.exception()
    return cancelled
