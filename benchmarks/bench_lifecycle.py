"""Starting, reloading and restarting workers, and what they weigh.

- `worker_start_ms`: `engine.reload` of a no-op module (the manifest re-read, a new worker
  started, loaded and serving), the previous generation already gone.
- `engine_start_s`: `open_engine` over the three built-in modules, until it yields.
- `worker_rss_mb`: resident memory of an idle no-op module's worker (PSS beside it).
- `safety_worker_rss_mb`: resident memory of the built-in safety-filter's worker, idle after
  a few typical calls (PSS beside it); a fresh engine per run, the median of the runs.
- `host_rss_mb`: resident memory of a fresh host process serving the three built-ins.
- `reload_lag_s`, `reload_failed_calls`: with 20 sessions calling, module.py is rewritten;
  the time until a call answers from the new code, and the calls that did not succeed.
- `crash_recovery_s`: the worker is killed (SIGKILL); the time until a call succeeds again
  (the default restart backoff, 1 s ± 10 %, is most of it).
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import trio

from raptscallions.engine import open_engine

from ._common import (
    BUILT_INS,
    REPO,
    Options,
    Result,
    built_ins_dir,
    context_4k,
    noop_dir,
    pss_mb,
    result,
    row,
    rss_mb,
    write_module,
)

HOOK = "chat:before_ai"

VERSIONED = """from raptscallions.sdk import Continue, define_module

module = define_module()


@module.hook("chat:before_ai")
async def tag(ctx):
    return Continue(system_prompt_additions=["VERSION"])
"""

HOST_SCRIPT = """
import sys, trio
from raptscallions.engine import open_engine
from benchmarks._common import built_ins_dir, context_4k, rss_mb

async def main():
    with built_ins_dir() as folder:
        async with open_engine(folder) as engine:
            ctx = context_4k()
            for _ in range(int(sys.argv[1])):
                await engine.execute_hook("chat:before_ai", ctx)
            print(rss_mb(), flush=True)

trio.run(main)
"""


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


async def wait_gone(pid: int | None, within: float = 10.0) -> None:
    with trio.move_on_after(within):
        while True:
            if pid is None or not alive(pid):
                return
            await trio.sleep(0.01)


async def worker_start(opts: Options) -> list[float]:
    times = []
    with noop_dir(1) as folder:
        async with open_engine(folder) as engine:
            for _ in range(opts.n(12, 2)):
                old = engine.status("noop-1").pid
                start = time.perf_counter()
                await engine.reload("noop-1")
                times.append((time.perf_counter() - start) * 1000)
                await wait_gone(old)
    return times[1:] if len(times) > 2 else times  # the first also warms the host's caches


async def engine_start(opts: Options, *, noop: bool = False) -> list[float]:
    times = []
    with noop_dir(3) if noop else built_ins_dir() as folder:
        for _ in range(opts.runs):
            start = time.perf_counter()
            async with open_engine(folder) as engine:
                times.append(time.perf_counter() - start)
                assert all(s.status == "ready" for s in engine.statuses()), engine.statuses()
    return times


IMPORT_SCRIPT = """
import pathlib, sys, time
import raptscallions.sdk.worker
from raptscallions.sdk._loader import import_module_folder
from raptscallions.sdk._manifest import load_manifest
manifest = load_manifest(pathlib.Path(sys.argv[1]))
start = time.perf_counter()
import_module_folder(manifest)
print(time.perf_counter() - start)
"""


def module_imports(opts: Options) -> dict[str, list[float]]:
    """How long importing each built-in module takes by itself (in a fresh interpreter with
    the SDK imported): the part of an engine's start that is the modules' own."""
    times: dict[str, list[float]] = {}
    for name in BUILT_INS:
        for _ in range(1 if opts.quick else 2):
            out = subprocess.run(
                [sys.executable, "-c", IMPORT_SCRIPT, str(REPO / "modules" / name)],
                cwd=REPO, capture_output=True, text=True, check=True, timeout=120,
            )  # fmt: skip
            times.setdefault(name, []).append(float(out.stdout.split()[-1]))
    return times


async def worker_rss(opts: Options) -> tuple[list[float], list[float]]:
    rss, pss = [], []
    with noop_dir(3) as folder:
        async with open_engine(folder) as engine:
            for _ in range(3):
                await engine.execute_hook(HOOK, context_4k())
            await trio.sleep(opts.seconds(0.5, 0.1))
            for status in engine.statuses():
                assert status.pid is not None
                _sample_memory(status.pid, rss, pss)
    return rss, pss


def _sample_memory(pid: int, rss: list[float], pss: list[float]) -> None:
    rss.append(rss_mb(pid))
    value = pss_mb(pid)
    if value is not None:
        pss.append(value)


def _memory_result(name: str, label: str, rss: list[float], pss: list[float]) -> Result:
    print(row(label, f"{statistics.median(rss):.1f} MB",
              f"{statistics.median(pss):.1f} MB" if pss else "-"))  # fmt: skip
    extra: dict[str, Any] = {"pss_mb": statistics.median(pss)} if pss else {}
    return result(name, "MB", rss, **extra)


async def safety_worker_rss(opts: Options) -> tuple[list[float], list[float]]:
    """The safety-filter's worker, idle after 20 calls with a typical context, per run."""
    rss, pss = [], []
    with built_ins_dir() as folder:
        for _ in range(max(opts.runs, 1 if opts.quick else 5)):
            async with open_engine(folder) as engine:
                for _ in range(20):
                    await engine.execute_hook(HOOK, context_4k())
                await trio.sleep(opts.seconds(0.5, 0.2))
                pid = engine.status("safety-filter").pid
                assert pid is not None, engine.status("safety-filter")
                _sample_memory(pid, rss, pss)
    return rss, pss


def host_rss(opts: Options) -> list[float]:
    values = []
    for _ in range(1 if opts.quick else 2):
        out = subprocess.run(
            [sys.executable, "-c", HOST_SCRIPT, str(opts.n(500, 20))],
            cwd=REPO, capture_output=True, text=True, check=True, timeout=120,
        )  # fmt: skip
        values.append(float(out.stdout.split()[-1]))
    return values


class LoadRun:
    """Sessions calling the hook back to back, noting when each answer was first seen and
    how many calls did not succeed."""

    def __init__(self, engine: Any, ctx: Any) -> None:
        self.engine = engine
        self.ctx = ctx
        self.seen: dict[str, float] = {}
        self.failed = 0
        self.stopped = False
        self.arrived: dict[str, trio.Event] = {}

    def wait_for(self, text: str) -> trio.Event:
        return self.arrived.setdefault(text, trio.Event())

    async def session(self) -> None:
        while not self.stopped:
            outcome = await self.engine.execute_hook(HOOK, self.ctx)
            if {t.action for t in outcome.trace} != {"continue"}:
                self.failed += 1
            for text in outcome.modifications.system_prompt_additions:
                if text not in self.seen:
                    self.seen[text] = time.perf_counter()
                    self.wait_for(text).set()
            await trio.sleep(0.002)


async def reload_under_load(opts: Options) -> tuple[list[float], list[int]]:
    lags: list[float] = []
    failed: list[int] = []
    ctx = context_4k()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = write_module(root, "reloadee", VERSIONED.replace("VERSION", "v1"))
        async with open_engine(root, watch=True) as engine:
            for run in range(opts.runs):
                version = f"v{run + 2}"
                load = LoadRun(engine, ctx)
                async with trio.open_nursery() as nursery:
                    for _ in range(20):
                        nursery.start_soon(load.session)
                    await trio.sleep(opts.seconds(0.3, 0.1))
                    (folder / "module.py").write_text(VERSIONED.replace("VERSION", version))
                    written = time.perf_counter()
                    with trio.move_on_after(10):
                        await load.wait_for(version).wait()
                    await trio.sleep(opts.seconds(0.5, 0.1))
                    load.stopped = True
                seen = load.seen.get(version)
                lags.append(seen - written if seen is not None else float("nan"))
                failed.append(load.failed)
                await trio.sleep(opts.seconds(1.0, 0.2))  # the old generation drains
    return lags, failed


async def crash_recovery(opts: Options) -> list[float]:
    times = []
    ctx = context_4k()
    for _ in range(opts.runs):
        with noop_dir(1) as folder:
            async with open_engine(folder) as engine:
                await engine.execute_hook(HOOK, ctx)
                pid = engine.status("noop-1").pid
                assert pid is not None
                os.kill(pid, signal.SIGKILL)
                killed = time.perf_counter()
                with trio.move_on_after(15):
                    while True:
                        outcome = await engine.execute_hook(HOOK, ctx)
                        if [t.action for t in outcome.trace] == ["continue"]:
                            now = engine.status("noop-1").pid
                            if now is not None and now != pid:
                                break
                        await trio.sleep(0.002)
                times.append(time.perf_counter() - killed)
    return times


async def measure(opts: Options) -> list[Result]:
    results: list[Result] = []
    start_ms = await worker_start(opts)
    print(row("worker start (reload)", f"{statistics.median(start_ms):.1f} ms"))
    results.append(result("worker_start_ms", "ms", start_ms))
    engine_s = await engine_start(opts)
    print(row("engine start, 3 built-ins", f"{statistics.median(engine_s):.2f} s"))
    results.append(result("engine_start_s", "s", engine_s))
    noop_s = await engine_start(opts, noop=True)
    print(row("engine start, 3 no-op modules", f"{statistics.median(noop_s):.2f} s"))
    results.append(result("engine_start_noop3_s", "s", noop_s))
    for name, values in module_imports(opts).items():
        print(row(f"  import of {name} alone", f"{statistics.median(values):.2f} s"))
        results.append(result(f"module_import_s_{name}", "s", values))
    rss, pss = await worker_rss(opts)
    results.append(_memory_result("worker_rss_mb", "idle worker RSS / PSS", rss, pss))
    rss, pss = await safety_worker_rss(opts)
    label = "idle safety-filter worker RSS / PSS"
    results.append(_memory_result("safety_worker_rss_mb", label, rss, pss))
    host = host_rss(opts)
    print(row("host RSS (3 built-ins)", f"{statistics.median(host):.1f} MB"))
    results.append(result("host_rss_mb", "MB", host))
    lags, failed = await reload_under_load(opts)
    print(row("reload lag under load", f"{statistics.median(lags):.2f} s",
              f"{sum(failed)} failed"))  # fmt: skip
    results.append(result("reload_lag_s", "s", lags))
    results.append(result("reload_failed_calls", "calls", failed))
    crash = await crash_recovery(opts)
    print(row("crash recovery (kill -9)", f"{statistics.median(crash):.2f} s"))
    results.append(result("crash_recovery_s", "s", crash))
    return results


def main(argv: list[str] | None = None) -> list[Result]:
    opts = Options(argv or [])
    return trio.run(measure, opts)


if __name__ == "__main__":
    main(sys.argv[1:])
