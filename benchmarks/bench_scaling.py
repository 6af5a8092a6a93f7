"""How the cost of a hook call grows: with the number of modules in the chain (no-op modules,
~4 KB context) and with the size of the context (one no-op module; history of 0 to 1280
messages). The growth with the number of sessions is `bench_chain`'s throughput figures.

Figures: scale_modules_<N> and scale_context_<KB>kb (µs, p50 per run).
"""

from __future__ import annotations

import sys
import time

import trio

from raptscallions.engine import open_engine
from raptscallions.engine._executor import Payload
from raptscallions.sdk import HookContext

from ._common import Options, Result, context_4k, context_of, noop_dir, percentiles, result, row

HOOK = "chat:before_ai"
MODULES = (1, 2, 4, 8)
HISTORIES = (0, 20, 80, 320, 1280)


async def _latency(engine: object, ctx: HookContext, n: int) -> list[float]:
    execute = engine.execute_hook  # type: ignore[attr-defined]
    for _ in range(max(10, n // 10)):
        await execute(HOOK, ctx)
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        await execute(HOOK, ctx)
        samples.append((time.perf_counter() - start) * 1e6)
    return samples


async def measure(opts: Options) -> list[Result]:
    results = []
    ctx = context_4k()
    n = opts.n(1000, 20)
    print(row("modules in the chain", "p50 µs", "per module"))
    for count in MODULES:
        with noop_dir(count) as folder:
            async with open_engine(folder) as engine:
                runs = [await _latency(engine, ctx, n) for _ in range(opts.runs)]
        samples = [s for run in runs for s in run]
        p50 = percentiles(samples)[0]
        print(row(f"{count}", f"{p50:.0f}", f"{p50 / count:.0f}"))
        results.append(
            result(
                f"scale_modules_{count}",
                "µs",
                [percentiles(r)[0] for r in runs],
                samples_us=samples,
                modules=count,
            )
        )
    print(row("context size", "p50 µs"))
    with noop_dir(1) as folder:
        async with open_engine(folder) as engine:
            for history in HISTORIES:
                big = context_of(history)
                size = len(Payload(big).body)
                runs = [await _latency(engine, big, opts.n(500, 10)) for _ in range(opts.runs)]
                samples = [s for run in runs for s in run]
                label = f"{max(1, round(size / 1024))}kb"
                print(row(f"{size} bytes ({history} messages)", f"{percentiles(samples)[0]:.0f}"))
                results.append(
                    result(
                        f"scale_context_{label}",
                        "µs",
                        [percentiles(r)[0] for r in runs],
                        samples_us=samples,
                        context_bytes=size,
                    )
                )
    return results


def main(argv: list[str] | None = None) -> list[Result]:
    return trio.run(measure, Options(argv or []))


if __name__ == "__main__":
    main(sys.argv[1:])
