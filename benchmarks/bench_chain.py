"""The 3-module chain (pii-filter, safety-filter, tagger) on a ~4 KB context: through the
engine (one worker process per module) against the same modules called in-process.

Reports single-caller latency (p50/p99) and throughput with many concurrent sessions, and
the ratios of the engine to the in-process baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Awaitable, Callable

import trio

from raptscallions.engine import open_engine
from raptscallions.engine._executor import Payload, Reply, execute, execution_order
from raptscallions.sdk import HookContext
from raptscallions.sdk._loader import load_module_folder
from raptscallions.sdk._module import Module
from raptscallions.sdk.testing import RecordingRuntime

from ._common import chain_dir, context_4k, percentiles, row

HOOK = "chat:before_ai"
Chain = Callable[[HookContext], Awaitable[object]]


class InProcess:
    """A module called directly in this process: the baseline (no isolation at all)."""

    def __init__(self, module: Module) -> None:
        self.module = module
        self.ready = True

    @property
    def name(self) -> str:
        assert self.module.name is not None
        return self.module.name

    @property
    def manifest(self):  # type: ignore[no-untyped-def]
        return self.module.manifest

    async def invoke(self, hook: str, payload: Payload, timeout_s: float) -> Reply:
        runtime = RecordingRuntime(module=self.name)
        ctx = payload.ctx.bind(runtime)
        result = await self.module.call(hook, ctx)
        return Reply(result, tuple(runtime.extractions))


async def latency(chain: Chain, ctx: HookContext, n: int) -> list[float]:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        await chain(ctx)
        samples.append((time.perf_counter() - start) * 1e6)
    return samples


async def throughput(chain: Chain, ctx: HookContext, sessions: int, seconds: float) -> float:
    done = 0
    deadline = trio.current_time() + seconds

    async def session() -> None:
        nonlocal done
        while trio.current_time() < deadline:
            await chain(ctx)
            done += 1

    start = time.perf_counter()
    async with trio.open_nursery() as nursery:
        for _ in range(sessions):
            nursery.start_soon(session)
    return done / (time.perf_counter() - start)


async def run(n: int, sessions: int, seconds: float) -> None:
    ctx = context_4k()
    print(f"3-module chain, context {len(Payload(ctx).body)} bytes, {len(ctx.messages)} messages")
    with chain_dir() as folder:
        modules = [load_module_folder(p) for p in sorted(folder.iterdir())]
        for m in modules:
            await m.load(m.manifest.default_config() if m.manifest else {})
        participants = execution_order([InProcess(m) for m in modules], HOOK)

        async def in_process(c: HookContext) -> object:
            return await execute(
                HOOK, c, participants, timeout_ms=lambda p: 5000, background=lambda *a: None
            )

        async with open_engine(folder) as engine:

            async def through_engine(c: HookContext) -> object:
                return await engine.execute_hook(HOOK, c)

            outcome = await engine.execute_hook(HOOK, ctx)
            assert outcome.modifications.message and "[EMAIL]" in outcome.modifications.message
            results = {}
            for name, chain in (("in-process", in_process), ("engine", through_engine)):
                await latency(chain, ctx, max(50, n // 10))  # warm up
                lat = await latency(chain, ctx, n)
                rate = await throughput(chain, ctx, sessions, seconds)
                results[name] = (*percentiles(lat), rate)
    print(row("", "p50 µs", "p99 µs", "chains/s"))
    for name, (p50, p99, rate) in results.items():
        print(row(name, f"{p50:.0f}", f"{p99:.0f}", f"{rate:.0f}"))
    base, eng = results["in-process"], results["engine"]
    print(
        row(
            "engine / in-process",
            f"{eng[0] / base[0]:.1f}x",
            f"{eng[1] / base[1]:.1f}x",
            f"{eng[2] / base[2]:.2f}x",
        )
    )
    print(f"  (throughput with {sessions} concurrent sessions for {seconds:g} s each)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=2000, help="sequential calls for latency")
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args(argv)
    trio.run(run, args.n, args.sessions, args.seconds)


if __name__ == "__main__":
    main()
