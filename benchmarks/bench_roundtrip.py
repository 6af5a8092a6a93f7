"""One module call's round trip against the floor: a bare blocking socketpair ping-pong with
a child process (what any process isolation must pay), the same through trio, and one engine
call to a module that returns at once. The ratios show what the engine adds."""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trio

from raptscallions.engine import open_engine
from raptscallions.engine._executor import Payload

from ._common import context_4k, percentiles, row

ECHO_CHILD = r"""
import os, socket, sys
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

NOOP = """from raptscallions.sdk import define_module
module = define_module()

@module.hook("chat:before_ai")
async def noop(ctx):
    return None
"""


def bare_pingpong(body: bytes, n: int) -> list[float]:
    parent, child = socket.socketpair()
    proc = subprocess.Popen(
        [sys.executable, "-c", ECHO_CHILD, str(child.fileno())], pass_fds=(child.fileno(),)
    )
    child.close()
    frame = len(body).to_bytes(4, "big") + body
    samples = []
    try:
        for i in range(n + 100):
            start = time.perf_counter()
            parent.sendall(frame)
            parent.recv(6)
            if i >= 100:
                samples.append((time.perf_counter() - start) * 1e6)
    finally:
        parent.close()
        proc.wait()
    return samples


async def engine_calls(body_ctx: object, n: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "noop"
        folder.mkdir()
        (folder / "module.yaml").write_text(
            "name: noop\nversion: 1.0.0\ndescription: noop\nhooks: [chat:before_ai]\n"
        )
        (folder / "module.py").write_text(NOOP)
        async with open_engine(Path(tmp)) as engine:
            samples = []
            for i in range(n + 100):
                start = time.perf_counter()
                await engine.execute_hook("chat:before_ai", body_ctx)  # type: ignore[arg-type]
                if i >= 100:
                    samples.append((time.perf_counter() - start) * 1e6)
            return samples


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=3000)
    args = parser.parse_args(argv)
    ctx = context_4k()
    body = Payload(ctx).body
    print(f"one call, {len(body)}-byte context")
    bare = percentiles(bare_pingpong(body, args.n))
    eng = percentiles(trio.run(engine_calls, ctx, args.n))
    print(row("", "p50 µs", "p99 µs"))
    print(row("bare socketpair ping-pong", f"{bare[0]:.0f}", f"{bare[1]:.0f}"))
    print(row("engine, no-op module", f"{eng[0]:.0f}", f"{eng[1]:.0f}"))
    print(row("engine / bare", f"{eng[0] / bare[0]:.1f}x", f"{eng[1] / bare[1]:.1f}x"))


if __name__ == "__main__":
    main()
