"""One module call against the floor: a bare blocking socketpair ping-pong with a child
process and the same ~4 KB frame (what any process isolation must pay), one engine call to a
module that returns at once (`single`), and a chain of three such modules (`chain3_noop`).
Runs alternate between the floor and the engine, so that both see the same machine.

Figures: floor_pingpong, single, chain3_noop (µs, p50 per run).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import trio

from raptscallions.engine import open_engine
from raptscallions.engine._executor import Payload
from raptscallions.sdk import HookContext

from ._common import Options, Result, context_4k, noop_dir, percentiles, result, row

HOOK = "chat:before_ai"
WARMUP = 200

ECHO_CHILD = r"""
import socket, sys
s = socket.socket(fileno=int(sys.argv[1]))
while True:
    head = s.recv(4)
    if not head:
        break
    n = int.from_bytes(head, "big")
    data = b""
    while len(data) < n:
        data += s.recv(n - len(data))
    s.sendall(b"\x00\x00\x00\x02ok")
"""


def bare_pingpong(body: bytes, n: int) -> list[float]:
    """Round trips (µs) of a blocking parent and a blocking child, `body` one way."""
    parent, child = socket.socketpair()
    proc = subprocess.Popen(
        [sys.executable, "-c", ECHO_CHILD, str(child.fileno())], pass_fds=(child.fileno(),)
    )
    child.close()
    frame = len(body).to_bytes(4, "big") + body
    samples = []
    try:
        for i in range(n + WARMUP):
            start = time.perf_counter()
            parent.sendall(frame)
            parent.recv(6)
            if i >= WARMUP:
                samples.append((time.perf_counter() - start) * 1e6)
    finally:
        parent.close()
        proc.wait()
    return samples


async def engine_latency(engine: object, ctx: HookContext, n: int) -> list[float]:
    execute = engine.execute_hook  # type: ignore[attr-defined]
    samples = []
    for i in range(n + WARMUP):
        start = time.perf_counter()
        await execute(HOOK, ctx)
        if i >= WARMUP:
            samples.append((time.perf_counter() - start) * 1e6)
    return samples


async def measure(opts: Options) -> dict[str, list[list[float]]]:
    ctx = context_4k()
    body = Payload(ctx).body
    n = opts.n(3000, 50)
    runs: dict[str, list[list[float]]] = {"floor_pingpong": [], "single": [], "chain3_noop": []}
    with noop_dir(1) as one, noop_dir(3) as three:
        async with open_engine(Path(one)) as single, open_engine(Path(three)) as chain:
            for _ in range(opts.runs):
                runs["floor_pingpong"].append(bare_pingpong(body, n))
                runs["single"].append(await engine_latency(single, ctx, n))
                runs["chain3_noop"].append(await engine_latency(chain, ctx, n))
    return runs


def main(argv: list[str] | None = None) -> list[Result]:
    opts = Options(argv or [])
    ctx = context_4k()
    print(f"one call, {len(Payload(ctx).body)}-byte context, {opts.runs} run(s)")
    runs = trio.run(measure, opts)
    results = []
    print(row("", "p50 µs", "p99 µs", "x floor p50"))
    floor_p50 = percentiles([s for run in runs["floor_pingpong"] for s in run])[0]
    for name, label in (
        ("floor_pingpong", "bare socketpair ping-pong"),
        ("single", "engine, 1 no-op module"),
        ("chain3_noop", "engine, 3 no-op modules"),
    ):
        samples = [s for run in runs[name] for s in run]
        p50, p99 = percentiles(samples)
        print(row(label, f"{p50:.0f}", f"{p99:.0f}", f"{p50 / floor_p50:.1f}x"))
        results.append(
            result(
                name,
                "µs",
                [percentiles(run)[0] for run in runs[name]],
                samples_us=samples,
                baseline=None if name == "floor_pingpong" else "floor_pingpong",
            )
        )
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
