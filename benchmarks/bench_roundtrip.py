"""One module call against the floor: a bare blocking socketpair ping-pong with a child
process and the same ~4 KB frame (what any process isolation must pay), one engine call to a
module that returns at once (`single`), and a chain of three such modules (`chain3_noop`).
Runs alternate between the floors and the engine, so that all see the same machine.

A second floor, `floor_python`, is the least any Python host and worker can do for one call:
the same ping-pong, but the parent encodes the context (msgspec, as the engine does) and the
child decodes all of it and answers with an encoded result, which the parent decodes. No
engine, no protocol, no handler: only the serialisation that crossing a process boundary
with a 4 KB context costs in Python. `single` is compared with both.

Figures: floor_pingpong, floor_python, single, chain3_noop (µs, p50 per run).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import msgspec
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

PYTHON_CHILD = r"""
import socket, sys
import msgspec
s = socket.socket(fileno=int(sys.argv[1]))
decode, encode = msgspec.json.decode, msgspec.json.encode
while True:
    head = s.recv(4)
    if not head:
        break
    n = int.from_bytes(head, "big")
    data = b""
    while len(data) < n:
        data += s.recv(n - len(data))
    ctx = decode(data)
    answer = encode({"id": 1, "result": {"action": "continue"}, "extractions": []})
    s.sendall(len(answer).to_bytes(4, "big") + answer)
"""


def _child(code: str) -> tuple[socket.socket, subprocess.Popen[bytes]]:
    parent, child = socket.socketpair()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(child.fileno())], pass_fds=(child.fileno(),)
    )
    child.close()
    return parent, proc


def python_pingpong(ctx: HookContext, n: int) -> list[float]:
    """Round trips (µs) in which the parent encodes `ctx` and decodes an answer, and the
    child decodes the context and encodes the answer: the serialisation floor."""
    wire = msgspec.json.decode(Payload(ctx).body)  # the context as plain data
    encode, decode = msgspec.json.encode, msgspec.json.decode
    parent, proc = _child(PYTHON_CHILD)
    samples = []
    try:
        for i in range(n + WARMUP):
            start = time.perf_counter()
            body = encode(wire)
            parent.sendall(len(body).to_bytes(4, "big") + body)
            size = int.from_bytes(parent.recv(4), "big")
            answer = b""
            while len(answer) < size:
                answer += parent.recv(size - len(answer))
            decode(answer)
            if i >= WARMUP:
                samples.append((time.perf_counter() - start) * 1e6)
    finally:
        parent.close()
        proc.wait()
    return samples


def bare_pingpong(body: bytes, n: int) -> list[float]:
    """Round trips (µs) of a blocking parent and a blocking child, `body` one way."""
    parent, proc = _child(ECHO_CHILD)
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
    runs: dict[str, list[list[float]]] = {
        "floor_pingpong": [],
        "floor_python": [],
        "single": [],
        "chain3_noop": [],
    }
    with noop_dir(1) as one, noop_dir(3) as three:
        async with open_engine(Path(one)) as single, open_engine(Path(three)) as chain:
            for _ in range(opts.runs):
                runs["floor_pingpong"].append(bare_pingpong(body, n))
                runs["floor_python"].append(python_pingpong(ctx, n))
                runs["single"].append(await engine_latency(single, ctx, n))
                runs["chain3_noop"].append(await engine_latency(chain, ctx, n))
    return runs


def main(argv: list[str] | None = None) -> list[Result]:
    opts = Options(argv or [])
    ctx = context_4k()
    print(f"one call, {len(Payload(ctx).body)}-byte context, {opts.runs} run(s)")
    runs = trio.run(measure, opts)
    results = []
    print(row("", "p50 µs", "p99 µs", "x floor p50", "x python floor"))
    floor_p50 = percentiles([s for run in runs["floor_pingpong"] for s in run])[0]
    python_p50 = percentiles([s for run in runs["floor_python"] for s in run])[0]
    for name, label in (
        ("floor_pingpong", "bare socketpair ping-pong"),
        ("floor_python", "ping-pong + context (de)serialised"),
        ("single", "engine, 1 no-op module"),
        ("chain3_noop", "engine, 3 no-op modules"),
    ):
        samples = [s for run in runs[name] for s in run]
        p50, p99 = percentiles(samples)
        ratios = (f"{p50 / floor_p50:.1f}x", f"{p50 / python_p50:.1f}x")
        print(row(label, f"{p50:.0f}", f"{p99:.0f}", *ratios))
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
