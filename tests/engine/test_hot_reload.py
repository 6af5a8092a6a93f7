"""Hot reload with real watchfiles and real workers, under load.

While calls stream through the engine from many tasks, edits to a module's code switch its
behaviour within 2 s of the write, and not one call fails or skips the module; a broken edit
keeps the old code serving; a new folder loads and a removed one unloads; at most two
generations of a module run at once.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
import trio

from raptscallions.engine import Engine, UnknownModule, open_engine
from raptscallions.sdk.testing import mock_context

from .conftest import ModuleMaker, alive, write_module

SWITCH_BOUND_S = 2.0
TASKS = 30

LIVE_TEMPLATE = """
import trio
@module.hook("chat:before_ai")
async def answer(ctx):
    await trio.sleep(DELAY)
    return Continue(system_prompt_additions=["VERSION"])
"""


def live_code(version: str, delay: float = 0.002) -> str:
    return LIVE_TEMPLATE.replace("VERSION", version).replace("DELAY", str(delay))


OTHER = """
@module.hook("chat:before_ai")
async def answer(ctx):
    return Continue(system_prompt_additions=["other"])
"""


@attrs.frozen
class Call:
    started: float
    ended: float
    answer: tuple[str, ...]
    trace: tuple[tuple[str, str], ...]
    action: str


def worker_pids_in(folder: Path) -> set[int]:
    """The live worker processes serving `folder` (a worker's working directory is its
    module's folder)."""
    target = str(folder.resolve())
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if b"raptscallions.sdk.worker" not in f.read():
                    continue
            if os.readlink(f"/proc/{entry}/cwd") != target:
                continue
        except OSError:
            continue
        if alive(int(entry)):
            found.add(int(entry))
    return found


async def wait_until(predicate: Callable[[], bool], *, within: float = 10.0) -> None:
    """Poll `predicate`: process and module states have no event to wait on."""
    with trio.fail_after(within):
        while True:
            if predicate():
                return
            await trio.sleep(0.02)


class Load:
    """Many tasks calling the hook back to back, recording every call."""

    def __init__(self, engine: Engine, *, pause: float = 0.05) -> None:
        self.engine = engine
        self.pause = pause
        self.calls: list[Call] = []
        self.stop = trio.Event()

    async def run(self, tasks: int) -> None:
        async with trio.open_nursery() as nursery:
            for i in range(tasks):
                nursery.start_soon(self._stream, i)

    async def _stream(self, i: int) -> None:
        ctx = mock_context(request_id=f"load-{i}")
        while not self.stop.is_set():
            started = trio.current_time()
            outcome = await self.engine.execute_hook("chat:before_ai", ctx)
            self.calls.append(
                Call(
                    started,
                    trio.current_time(),
                    outcome.modifications.system_prompt_additions,
                    tuple((t.module, t.action) for t in outcome.trace),
                    outcome.action,
                )
            )
            # Hundreds of calls per second in all, not a busy loop: the engine must switch
            # under load, not under a load that starves the new generation of CPU.
            await trio.sleep(self.pause)

    def first(self, version: str, *, after: float) -> Call | None:
        return next(
            (c for c in self.calls if c.answer[:1] == (version,) and c.started >= after), None
        )

    async def wait_for(self, version: str, *, after: float, within: float) -> Call:
        """The first call answered by `version` among those started after `after`."""
        with trio.fail_after(within):
            while True:
                if (call := self.first(version, after=after)) is not None:
                    return call
                await trio.sleep(0.01)


async def test_edits_switch_behaviour_under_load_without_losing_a_call(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    live = make_module("live", live_code("v1"))
    make_module("other", OTHER, priorities={"chat:before_ai": 90})
    code = live / "module.py"
    generations: list[tuple[float, set[int]]] = []

    async def count_generations(stop: trio.Event) -> None:
        while not stop.is_set():
            pids = await trio.to_thread.run_sync(worker_pids_in, live)
            generations.append((trio.current_time(), pids))
            await trio.sleep(0.01)

    async with open_engine(modules_dir, watch=True) as engine:
        first_pid = engine.status("live").pid
        load = Load(engine)
        with engine.subscribe() as events:
            async with trio.open_nursery() as nursery:
                nursery.start_soon(load.run, TASKS)
                nursery.start_soon(count_generations, load.stop)
                await trio.sleep(0.3)

                # 1. An edit switches behaviour within the bound.
                wrote = trio.current_time()
                code.write_text(code.read_text().replace('"v1"', '"v2"'))
                switched = await load.wait_for("v2", after=wrote, within=10)
                v2_pid = engine.status("live").pid
                assert v2_pid != first_pid

                # 2. A broken edit: the reload fails, v2 keeps serving.
                await trio.sleep(0.2)
                broken_at = trio.current_time()
                code.write_text(code.read_text().replace("async def answer", "async def answer(("))
                with trio.fail_after(10):
                    async for event in events:
                        if event.type == "module:reload_error" and event.data["name"] == "live":
                            break
                broken_reported = trio.current_time()
                await trio.sleep(0.3)
                broken_status = engine.status("live")

                # 3. Fixed again: the watcher still reloads it.
                fixed_at = trio.current_time()
                code.write_text(LIVE_HEADER + live_code("v3"))
                fixed = await load.wait_for("v3", after=fixed_at, within=10)
                await trio.sleep(0.2)
                load.stop.set()
        final = engine.status("live")

    calls = load.calls
    duration = calls[-1].ended - calls[0].started
    assert len(calls) / duration >= 200, f"only {len(calls) / duration:.0f} calls/s"
    # Not one call failed, blocked or skipped a module.
    for call in calls:
        assert call.action == "continue"
        assert call.trace == (("live", "continue"), ("other", "continue")), call
        assert call.answer in {("v1", "other"), ("v2", "other"), ("v3", "other")}
    assert switched.ended - wrote <= SWITCH_BOUND_S, f"switched {switched.ended - wrote:.2f} s"
    assert fixed.ended - fixed_at <= SWITCH_BOUND_S, f"switched {fixed.ended - fixed_at:.2f} s"
    # Once a call got new code, every call started afterwards gets it (or newer) too.
    order = ["v1", "v2", "v3"]
    first_done = {v: min(c.ended for c in calls if c.answer[0] == v) for v in order}
    for call in calls:
        for newer in order[order.index(call.answer[0]) + 1 :]:
            assert call.started < first_done[newer], (call, newer)
    # The broken edit changed nothing that callers could see.
    during_broken = [c for c in calls if broken_at < c.started < broken_reported + 0.3]
    assert during_broken and {c.answer[0] for c in during_broken} == {"v2"}
    assert broken_status.status == "ready" and broken_status.pid == v2_pid
    assert "SyntaxError" in (broken_status.last_error or "")
    assert final.status == "ready"
    counts = [len(pids) for _, pids in generations]
    assert counts and max(counts) <= 2, [(at, pids) for at, pids in generations if len(pids) > 2]
    assert 2 in counts, "the sampler never saw the two generations of a reload"


LIVE_HEADER = "from raptscallions.sdk import *\nmodule = define_module()\n"


async def test_a_new_folder_loads_and_a_removed_folder_unloads(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    # Calls spend most of their time in "live", before they reach "fresh": when "fresh" is
    # removed, calls that already chose it are under way.
    make_module("live", live_code("live", delay=0.02))
    async with open_engine(modules_dir, watch=True) as engine:
        load = Load(engine, pause=0.01)
        async with trio.open_nursery() as nursery:
            nursery.start_soon(load.run, 4)

            created = trio.current_time()
            # failure: closed, so that taking part before it is ready would block calls.
            fresh = write_module(
                modules_dir, "fresh", OTHER, priorities={"chat:before_ai": 90}, failure="closed"
            )
            await wait_until(lambda: any(c.answer == ("live", "other") for c in load.calls))
            loaded_after = trio.current_time() - created
            status = engine.status("fresh")
            assert status.status == "ready" and status.pid is not None
            assert status.generation == 1
            assert worker_pids_in(fresh) == {status.pid}, "the new folder was started twice"

            removed = trio.current_time()
            shutil.rmtree(fresh)
            await wait_until(lambda: "fresh" not in {s.name for s in engine.statuses()})
            unloaded_after = trio.current_time() - removed
            await wait_until(lambda: not alive(status.pid or 0), within=5)
            gone_at = trio.current_time()
            await trio.sleep(0.2)
            load.stop.set()
        with pytest.raises(UnknownModule):
            engine.status("fresh")
        assert engine.status("live").status == "ready"
        leaving = trio.current_time()
    # The watcher stops at once: it does not hold shutdown up (watchfiles' thread would sit
    # out its 5 s timeout if it were only cancelled).
    assert trio.current_time() - leaving < 2.5

    assert loaded_after < 5 and unloaded_after < 5
    failed = [
        (round(c.started - created, 3), round(removed - created, 3), c.trace)
        for c in load.calls
        if c.action != "continue"
    ]
    assert not failed, failed
    traces = {c.trace for c in load.calls}
    assert traces <= {(("live", "continue"),), (("live", "continue"), ("fresh", "continue"))}
    assert all(c.trace == (("live", "continue"),) for c in load.calls if c.started > gone_at)


@pytest.mark.parametrize("broken", ["code", "manifest"])
async def test_a_module_that_failed_to_start_loads_once_fixed(
    make_module: ModuleMaker, modules_dir: Path, broken: str
) -> None:
    """A module broken from the start (it never served) is started by the watcher as soon as
    its files are fixed, as an edited module is reloaded."""
    folder = make_module("late", OTHER)
    code, manifest = folder / "module.py", folder / "module.yaml"
    good_code, good_manifest = code.read_text(), manifest.read_text()
    if broken == "code":
        code.write_text(good_code.replace("async def answer(ctx):", "async def answer(ctx)"))
    else:
        manifest.write_text(good_manifest.replace("chat:before_ai", "chat:before_lunch"))
    async with open_engine(modules_dir, watch=True) as engine:
        assert engine.status("late").status == "error"
        assert engine.status("late").pid is None
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
        assert outcome.modifications.system_prompt_additions == ()
        code.write_text(good_code)
        manifest.write_text(good_manifest)
        fixed = trio.current_time()
        await wait_until(lambda: engine.status("late").status == "ready")
        assert trio.current_time() - fixed <= SWITCH_BOUND_S
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
        assert outcome.modifications.system_prompt_additions == ("other",)
