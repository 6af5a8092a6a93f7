"""Where one engine call's time goes, measured apart in the same run (µs, median of runs):

- `anatomy_trio_switch_us`: trio parking one task and waking another (one round trip of
  two switches, halved): what a host pays each time a caller waits for an answer.
- `anatomy_host_python_us`: `engine.execute_hook` over one module whose worker call is
  replaced by an in-process stand-in that answers at once: the engine's own Python
  (candidates, context encoding, executor, outcome, stats), no I/O.
- `anatomy_worker_python_us`: what a worker does for one call of a no-op module, in-process:
  decode the frame and the context, run the handler, encode the answer.

With `floor_pingpong` (the kernel's part), these add up to most of `single`.
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

import trio

from raptscallions.engine import open_engine
from raptscallions.engine._executor import Payload, Reply
from raptscallions.sdk._fastctx import decode_context
from raptscallions.sdk._module import NO_CHANGE, define_module
from raptscallions.sdk._protocol import FrameCodec, encode_done, encode_execute

from ._common import Options, Result, context_4k, noop_dir, result, row

HOOK = "chat:before_ai"


async def trio_switch(n: int) -> float:
    me = trio.lowlevel.current_task()

    def parked(_: Any) -> trio.lowlevel.Abort:
        return trio.lowlevel.Abort.SUCCEEDED

    async def partner(*, task_status: trio.TaskStatus[trio.lowlevel.Task]) -> None:
        task_status.started(trio.lowlevel.current_task())
        for _ in range(n):
            await trio.lowlevel.wait_task_rescheduled(parked)
            trio.lowlevel.reschedule(me)

    async with trio.open_nursery() as nursery:
        other = await nursery.start(partner)
        start = time.perf_counter()
        for _ in range(n):
            trio.lowlevel.reschedule(other)
            await trio.lowlevel.wait_task_rescheduled(parked)
        return (time.perf_counter() - start) / n / 2 * 1e6


async def host_python(n: int) -> float:
    ctx = context_4k()
    with noop_dir(1) as folder:
        async with open_engine(folder) as engine:
            reply = Reply(NO_CHANGE, ())

            async def answer_at_once(*args: Any, **kwargs: Any) -> Reply:
                return reply

            for status in engine.statuses():
                slot = engine._slots[status.name]
                assert slot.worker is not None
                slot.worker.call = answer_at_once  # type: ignore[method-assign]
            for _ in range(n // 10):
                await engine.execute_hook(HOOK, ctx)
            start = time.perf_counter()
            for _ in range(n):
                await engine.execute_hook(HOOK, ctx)
            return (time.perf_counter() - start) / n * 1e6


def worker_python(n: int) -> float:
    module = define_module()

    @module.hook(HOOK)
    async def noop(ctx: Any) -> None:
        return None

    frame = encode_execute(1, HOOK, None, Payload(context_4k()).body)
    codec = FrameCodec()

    def one() -> bytes:
        codec.receive_data(frame)
        (msg,) = codec.take()
        ctx = decode_context(msg.body, {})  # type: ignore[attr-defined]
        coro = module.call(HOOK, ctx)
        try:
            coro.send(None)
        except StopIteration as stop:
            return encode_done(1, stop.value)
        raise AssertionError("the no-op handler suspended")

    for _ in range(n // 10):
        one()
    start = time.perf_counter()
    for _ in range(n):
        one()
    return (time.perf_counter() - start) / n * 1e6


def main(argv: list[str] | None = None) -> list[Result]:
    opts = Options(argv or [])
    n = opts.n(20_000, 200)
    switch = [trio.run(trio_switch, n) for _ in range(opts.runs)]
    host = [trio.run(host_python, n // 4) for _ in range(opts.runs)]
    worker = [worker_python(n) for _ in range(opts.runs)]
    print(row("trio task switch", f"{statistics.median(switch):.1f} µs"))
    print(row("host Python per call (no I/O)", f"{statistics.median(host):.1f} µs"))
    print(row("worker Python per call", f"{statistics.median(worker):.1f} µs"))
    return [
        result("anatomy_trio_switch_us", "µs", switch),
        result("anatomy_host_python_us", "µs", host),
        result("anatomy_worker_python_us", "µs", worker),
    ]


if __name__ == "__main__":
    main(sys.argv[1:])
