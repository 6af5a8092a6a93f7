"""The 3-module chain on a ~4 KB context, and the engine's capacity.

- `inprocess_chain3` and `chain3`: pii-filter, safety-filter and tagger called in this
  process (no isolation at all: the baseline) and through the engine (one worker process per
  module), single caller, p50 per run (µs).
- `throughput_c1` ... `throughput_c1000`: chains of three no-op modules per second with that
  many concurrent sessions (the engine's own capacity, no module work).
- `cpu_per_call_us_c100`: host + worker CPU time per no-op module call at 100 sessions
  (getrusage for the host, /proc for the workers).
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import trio

from raptscallions.engine import open_engine
from raptscallions.engine._executor import Payload, Reply, execute, execution_order
from raptscallions.sdk import HookContext
from raptscallions.sdk._loader import load_module_folder
from raptscallions.sdk._module import Module
from raptscallions.sdk.testing import RecordingRuntime

from ._common import (
    Options,
    Result,
    chain_dir,
    context_4k,
    cpu_seconds,
    noop_dir,
    percentiles,
    result,
    row,
)

HOOK = "chat:before_ai"
SESSIONS = (1, 10, 100, 1000)
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
    def manifest(self) -> Any:
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


async def throughput(chain: Chain, ctx: HookContext, sessions: int, seconds: float) -> int:
    """Chains completed by `sessions` concurrent callers in `seconds`."""
    done = 0
    deadline = trio.current_time() + seconds

    async def session() -> None:
        nonlocal done
        while trio.current_time() < deadline:
            await chain(ctx)
            done += 1

    async with trio.open_nursery() as nursery:
        for _ in range(sessions):
            nursery.start_soon(session)
    return done


def host_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def measure(opts: Options) -> list[Result]:
    ctx = context_4k()
    n = opts.n(1000, 30)
    results: list[Result] = []
    lat: dict[str, list[list[float]]] = {"inprocess_chain3": [], "chain3": []}
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
            for chain in (in_process, through_engine):
                await latency(chain, ctx, max(20, n // 10))  # warm up
            for _ in range(opts.runs):
                lat["inprocess_chain3"].append(await latency(in_process, ctx, n))
                lat["chain3"].append(await latency(through_engine, ctx, n))
    print(row("", "p50 µs", "p99 µs"))
    for name, label in (("inprocess_chain3", "in-process chain"), ("chain3", "engine chain")):
        samples = [s for run in lat[name] for s in run]
        p50, p99 = percentiles(samples)
        print(row(label, f"{p50:.0f}", f"{p99:.0f}"))
        results.append(
            result(
                name,
                "µs",
                [percentiles(run)[0] for run in lat[name]],
                samples_us=samples,
                baseline="inprocess_chain3" if name == "chain3" else "floor_pingpong",
            )
        )

    seconds = opts.seconds(2.0, 0.3)
    with noop_dir(3) as folder:
        async with open_engine(folder) as engine:

            async def noop_chain(c: HookContext) -> object:
                return await engine.execute_hook(HOOK, c)

            rates: dict[int, list[float]] = {s: [] for s in SESSIONS}
            for sessions in SESSIONS:
                await throughput(noop_chain, ctx, sessions, opts.seconds(0.3, 0.05))  # warm up
                for _ in range(opts.runs):
                    start = time.perf_counter()
                    done = await throughput(noop_chain, ctx, sessions, seconds)
                    rates[sessions].append(done / (time.perf_counter() - start))
            pids = [s.pid for s in engine.statuses() if s.pid]
            cpu_runs = []
            for _ in range(opts.runs):
                before = host_cpu() + sum(cpu_seconds(p) for p in pids)
                done = await throughput(noop_chain, ctx, 100, seconds)
                after = host_cpu() + sum(cpu_seconds(p) for p in pids)
                cpu_runs.append((after - before) / (done * len(pids)) * 1e6)
    print(row("no-op chains/s", *(f"c{s}" for s in SESSIONS)))
    print(row("", *(f"{max(rates[s]):.0f}" for s in SESSIONS)))
    for sessions in SESSIONS:
        results.append(
            result(
                f"throughput_c{sessions}",
                "chains/s",
                rates[sessions],
                baseline=None if sessions == 100 else "throughput_c100",
            )
        )
    print(row("CPU per no-op call at c100", f"{sorted(cpu_runs)[len(cpu_runs) // 2]:.0f} µs"))
    results.append(result("cpu_per_call_us_c100", "µs", cpu_runs))
    return results


def main(argv: list[str] | None = None) -> list[Result]:
    opts = Options(argv or [])
    ctx = context_4k()
    print(f"3-module chain, context {len(Payload(ctx).body)} bytes, {opts.runs} run(s)")
    return trio.run(measure, opts)


if __name__ == "__main__":
    main(sys.argv[1:])
