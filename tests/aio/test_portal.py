"""`TrioPortal`: trio called from asyncio through a guest run on the asyncio loop.

The suite runs in trio mode, so these tests are plain functions that drive asyncio with
`asyncio.run` themselves.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest
import trio
import trio.lowlevel

import raptscallions.aio
from raptscallions.aio import (
    EventStream,
    PortalClosed,
    TrioPortal,
    _portal,
    _services,
    open_raptscallions,
)
from raptscallions.engine import open_engine
from raptscallions.sdk import RaptscallionsError
from raptscallions.sdk.testing import mock_context
from tests._servers import REPO, alive, assert_gone, worker_children, write_waiter

T = TypeVar("T")
BUILTIN_MODULES = REPO / "modules"


def run(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    return asyncio.run(main())


# ---------------------------------------------------------------- the public namespace


def test_the_public_names_are_the_implementations() -> None:
    # The names themselves are pinned with every namespace's in tests/test_public_api.py.
    assert raptscallions.aio.TrioPortal is _portal.TrioPortal
    assert raptscallions.aio.open_raptscallions is _services.open_raptscallions
    assert issubclass(PortalClosed, RaptscallionsError)


# ---------------------------------------------------------------- results and errors


async def add(a: int, b: int, *, delay: float = 0.0) -> int:
    await trio.sleep(delay)
    trio.lowlevel.current_task()  # really inside trio
    return a + b


def test_results_cross_from_trio_to_asyncio() -> None:
    async def main() -> tuple[int, int, str]:
        async with TrioPortal() as portal:
            assert portal.state == "open"
            now = await portal.run(add, 1, 2)
            later = await portal.run(add, 3, 4, delay=0.01)
            library = await portal.run(_current_library)
        assert str(portal.state) == "closed"  # (str: mypy narrowed it to "open" above)
        return now, later, library

    assert run(main) == (3, 7, "trio")


async def _current_library() -> str:
    import sniffio

    return sniffio.current_async_library()


def test_exceptions_cross_unchanged() -> None:
    error = ValueError("bad value")

    async def fails() -> None:
        await trio.lowlevel.checkpoint()
        raise error

    async def fails_in_a_nursery() -> None:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(fails)

    async def main() -> None:
        async with TrioPortal() as portal:
            with pytest.raises(ValueError) as caught:
                await portal.run(fails)
            assert caught.value is error
            with pytest.raises(ExceptionGroup) as group:
                await portal.run(fails_in_a_nursery)
            assert group.value.exceptions == (error,)
            # The portal still serves after a call failed.
            assert await portal.run(add, 2, 2) == 4

    run(main)


def test_many_concurrent_calls() -> None:
    async def main() -> None:
        async with TrioPortal() as portal:
            results = await asyncio.gather(
                *(portal.run(add, i, 1, delay=0.001 * (i % 7)) for i in range(2000))
            )
        assert results == [i + 1 for i in range(2000)]

    run(main)


def test_the_asyncio_and_trio_sides_share_one_thread() -> None:
    import threading

    async def thread_id() -> int:
        return threading.get_ident()

    async def main() -> None:
        async with TrioPortal() as portal:
            assert await portal.run(thread_id) == threading.get_ident()

    run(main)


# ---------------------------------------------------------------- cancellation


def slow_call(seen: list[str], *, cleanup_s: float = 0.0) -> Callable[[], Awaitable[None]]:
    """A trio call that sleeps 30 s. Cancelled, it records "cancelled" in `seen`; given
    `cleanup_s`, it then cleans up for that long (shielded) and records "cleaned up"."""

    async def slow() -> None:
        try:
            await trio.sleep(30)
        except trio.Cancelled:
            seen.append("cancelled")
            if cleanup_s:
                with trio.CancelScope(shield=True):
                    await trio.sleep(cleanup_s)  # cleanup that takes a while
                seen.append("cleaned up")
            raise

    return slow


async def times_out(work: Awaitable[object], after: float = 0.1) -> None:
    """Await `work` under an asyncio timeout of `after` seconds, which expires."""
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(after):
            await work


def test_cancelling_the_asyncio_caller_cancels_the_trio_call() -> None:
    seen: list[str] = []
    slow = slow_call(seen, cleanup_s=0.05)

    async def main() -> float:
        async with TrioPortal() as portal:
            task = asyncio.create_task(portal.run(slow))
            await asyncio.sleep(0.1)
            started = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            # CancelledError comes only after the trio call has finished its cleanup.
            assert seen == ["cancelled", "cleaned up"]
            assert await portal.run(add, 1, 1) == 2
            return time.monotonic() - started

    assert run(main) < 5


def test_an_asyncio_timeout_cancels_the_trio_call() -> None:
    seen: list[str] = []
    slow = slow_call(seen)

    async def main() -> None:
        async with TrioPortal() as portal:
            await times_out(portal.run(slow))
            assert seen == ["cancelled"]

    run(main)


def test_repeated_cancellation_still_waits_for_the_trio_call() -> None:
    seen: list[str] = []
    stubborn = slow_call(seen, cleanup_s=0.2)

    async def main() -> None:
        async with TrioPortal() as portal:
            task = asyncio.create_task(portal.run(stubborn))
            await asyncio.sleep(0.05)
            for _ in range(5):
                task.cancel()
                await asyncio.sleep(0.01)
            with pytest.raises(asyncio.CancelledError):
                await task
            assert seen == ["cancelled", "cleaned up"]

    run(main)


def test_a_call_cut_short_by_the_portal_closing_gets_portal_closed() -> None:
    seen: list[str] = []
    slow = slow_call(seen)

    async def main() -> None:
        async with TrioPortal() as portal:
            task = asyncio.create_task(portal.run(slow))
            await asyncio.sleep(0.05)
        with pytest.raises(PortalClosed, match="slow was cancelled: the trio portal is closing"):
            await task
        assert seen == ["cancelled"]
        with pytest.raises(PortalClosed, match="the trio portal is closed"):
            await portal.run(add, 1, 1)
        with pytest.raises(PortalClosed):
            await portal.enter(_recording_cm([], "late"))

    run(main)


def test_the_guest_run_error_is_raised_on_close() -> None:
    @asynccontextmanager
    async def crashes_later() -> AsyncIterator[str]:
        async def boom() -> None:
            await trio.sleep(0.05)
            raise RuntimeError("background task failed")

        async with trio.open_nursery() as nursery:
            nursery.start_soon(boom)
            yield "value"

    async def main() -> None:
        with pytest.raises(ExceptionGroup) as group:
            async with TrioPortal() as portal:
                assert await portal.enter(crashes_later()) == "value"
                await asyncio.sleep(0.2)
        assert group.group_contains(RuntimeError, match="background task failed")

    run(main)


def test_one_portal_per_thread() -> None:
    async def main() -> None:
        async with TrioPortal():
            with pytest.raises(RuntimeError, match="already active on this thread"):
                async with TrioPortal():
                    pass
        async with TrioPortal() as again:  # the next one is fine once the first has closed
            assert await again.run(add, 0, 1) == 1

    run(main)


# ---------------------------------------------------------------- context managers


@asynccontextmanager
async def _recording_cm(
    log: list[str], name: str, *, exit_delay: float = 0.0
) -> AsyncIterator[str]:
    log.append(f"enter {name}")
    try:
        yield name
    finally:
        await trio.sleep(exit_delay)  # a checkpoint: cancellation here would show
        trio.lowlevel.current_task()
        log.append(f"exit {name}")


def test_entered_contexts_exit_last_first_when_the_portal_closes() -> None:
    log: list[str] = []

    async def main() -> None:
        async with TrioPortal() as portal:
            assert await portal.enter(_recording_cm(log, "a")) == "a"
            assert await portal.enter(_recording_cm(log, "b", exit_delay=0.05)) == "b"
            assert await portal.enter(_recording_cm(log, "c")) == "c"
            assert log == ["enter a", "enter b", "enter c"]

    run(main)
    assert log == ["enter a", "enter b", "enter c", "exit c", "exit b", "exit a"]


def test_closing_completes_even_when_the_closing_task_is_cancelled() -> None:
    log: list[str] = []

    async def lifespan(portal_ready: asyncio.Event) -> None:
        async with TrioPortal() as portal:
            await portal.enter(_recording_cm(log, "store"))
            await portal.enter(_recording_cm(log, "engine", exit_delay=0.3))
            portal_ready.set()
            await asyncio.sleep(30)

    async def main() -> None:
        ready = asyncio.Event()
        task = asyncio.create_task(lifespan(ready))
        await ready.wait()
        task.cancel()
        await asyncio.sleep(0.05)
        task.cancel()  # cancelled again while closing: the exits still complete
        with pytest.raises(asyncio.CancelledError):
            await task

    run(main)
    assert log == ["enter store", "enter engine", "exit engine", "exit store"]


def test_entering_errors_cross_and_the_portal_goes_on() -> None:
    @asynccontextmanager
    async def refuses() -> AsyncIterator[None]:
        await trio.lowlevel.checkpoint()
        raise LookupError("no such database")
        yield  # pragma: no cover

    async def main() -> None:
        async with TrioPortal() as portal:
            with pytest.raises(LookupError, match="no such database"):
                await portal.enter(refuses())
            assert await portal.run(add, 1, 2) == 3

    run(main)


def test_an_error_exiting_a_context_is_raised_on_close() -> None:
    log: list[str] = []

    @asynccontextmanager
    async def fails_on_exit() -> AsyncIterator[None]:
        yield
        raise OSError("could not flush")

    async def main() -> None:
        with pytest.raises(OSError, match="could not flush"):
            async with TrioPortal() as portal:
                await portal.enter(_recording_cm(log, "outer"))
                await portal.enter(fails_on_exit())
        assert log == ["enter outer", "exit outer"]  # the others still exited

    run(main)


def test_cancelling_enter_cancels_the_entering() -> None:
    log: list[str] = []

    @asynccontextmanager
    async def slow_to_open() -> AsyncIterator[None]:
        try:
            await trio.sleep(30)
        except trio.Cancelled:
            log.append("entering cancelled")
            raise
        yield  # pragma: no cover

    async def main() -> None:
        async with TrioPortal() as portal:
            await times_out(portal.enter(slow_to_open()))
            assert log == ["entering cancelled"]
            assert await portal.run(add, 1, 1) == 2

    run(main)


# ---------------------------------------------------------------- a real engine


def worker_pids(statuses: list[Any]) -> list[int]:
    pids = [s.pid for s in statuses if s.pid is not None]
    assert pids, "no module has a worker process"
    return pids


def test_a_real_engine_serves_asyncio() -> None:
    async def main() -> list[int]:
        async with TrioPortal() as portal:
            engine = await portal.enter(open_engine(BUILTIN_MODULES))
            statuses = engine.statuses()  # plain calls need no hop: same thread
            assert {s.name: s.status for s in statuses} == {
                "pii-filter": "ready",
                "safety-filter": "ready",
                "struggle-detector": "ready",
            }
            pids = worker_pids(statuses)
            assert all(alive(pid) for pid in pids)
            ctx = mock_context(message="write to sam.lee@example.com in 1945")
            outcomes = await asyncio.gather(
                *(portal.run(engine.execute_hook, "chat:before_ai", ctx) for _ in range(50))
            )
            for outcome in outcomes:
                assert outcome.action == "continue"
                assert outcome.modifications.message == "write to [EMAIL] in 1945"
            blocked = await portal.run(
                engine.execute_hook, "chat:before_ai", mock_context(message="I want to kill myself")
            )
            assert blocked.blocked and "988" in (blocked.direct_response or "")
            return pids

    assert_gone(run(main))


def test_open_raptscallions_leaves_no_worker_when_the_body_raises(tmp_path: Path) -> None:
    pids: list[int] = []

    async def main() -> None:
        async with open_raptscallions(
            BUILTIN_MODULES, database=f"sqlite:///{tmp_path / 'r.db'}"
        ) as rapt:
            pids.extend(worker_pids(rapt.engine.statuses()))
            raise KeyError("the application failed")

    with pytest.raises(KeyError, match="the application failed"):
        run(main)
    assert_gone(pids)


def test_open_raptscallions_leaves_no_worker_when_the_lifespan_is_cancelled(
    tmp_path: Path,
) -> None:
    pids: list[int] = []

    async def lifespan(up: asyncio.Event) -> None:
        async with open_raptscallions(
            BUILTIN_MODULES, database=f"sqlite:///{tmp_path / 'r.db'}"
        ) as rapt:
            pids.extend(worker_pids(rapt.engine.statuses()))
            up.set()
            await asyncio.sleep(60)

    async def main() -> None:
        up = asyncio.Event()
        task = asyncio.create_task(lifespan(up))
        await up.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert_gone(pids)  # gone before the cancelled task returned

    run(main)


def test_open_raptscallions_leaves_no_worker_when_cancelled_while_starting(
    tmp_path: Path,
) -> None:
    async def main() -> None:
        task = asyncio.create_task(_open_and_wait(tmp_path))
        await asyncio.sleep(0.3)  # the engine is starting its workers
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(main)
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and _our_workers():
        time.sleep(0.05)
    assert _our_workers() == []


async def _open_and_wait(tmp_path: Path) -> None:
    async with open_raptscallions(BUILTIN_MODULES, database=f"sqlite:///{tmp_path / 'r.db'}"):
        await asyncio.sleep(60)


def _our_workers() -> list[int]:
    """Worker processes that are children of this process."""
    return worker_children(os.getpid())


def test_cancelling_an_asyncio_request_cancels_the_module_call_in_its_worker(
    tmp_path: Path,
) -> None:
    modules = tmp_path / "modules"
    write_waiter(modules)

    async def main() -> float:
        async with TrioPortal() as portal:
            engine = await portal.enter(open_engine(modules))
            with EventStream(portal, engine.subscribe()) as events:
                call = asyncio.create_task(
                    portal.run(engine.execute_hook, "chat:before_ai", mock_context(message="hi"))
                )
                await next_log(events, "waiting")
                started = time.monotonic()
                call.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await call
                async with asyncio.timeout(5):  # the call would sleep 30 s
                    await next_log(events, "cancelled while waiting")
            pid = engine.status("waiter").pid
            assert pid is not None and alive(pid)  # it gave the call up: not killed
            return time.monotonic() - started

    assert run(main) < 5


async def next_log(events: EventStream, message: str) -> None:
    async for event in events:
        if event.type == "module:log" and event.data["message"] == message:
            return
    raise AssertionError(f"the event stream ended before the log {message!r}")


def test_the_hosts_signal_handling_keeps_working() -> None:
    """The guest run leaves the host loop's wakeup fd alone: a signal handler asyncio installed
    still runs (with host_uses_signal_set_wakeup_fd=False trio would take the fd over, and
    this wait would time out)."""

    async def main() -> None:
        loop = asyncio.get_running_loop()
        got = asyncio.Event()
        loop.add_signal_handler(signal.SIGUSR1, got.set)
        try:
            async with TrioPortal() as portal:
                os.kill(os.getpid(), signal.SIGUSR1)
                async with asyncio.timeout(5):
                    await got.wait()
                assert await portal.run(add, 1, 1) == 2
        finally:
            loop.remove_signal_handler(signal.SIGUSR1)

    run(main)


def test_on_uvloop() -> None:
    """The portal needs only `call_soon` and `call_soon_threadsafe` of the host loop; uvloop
    (uvicorn's choice when installed, and installed with the dev extras) has them."""
    import uvloop

    seen: list[str] = []
    slow = slow_call(seen)

    async def main() -> None:
        assert type(asyncio.get_running_loop()).__module__.startswith("uvloop")
        async with TrioPortal() as portal:
            results = await asyncio.gather(*(portal.run(add, i, 1) for i in range(500)))
            assert results == [i + 1 for i in range(500)]
            await times_out(portal.run(slow))
        assert seen == ["cancelled"]

    uvloop.run(main())
