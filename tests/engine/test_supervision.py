"""Supervision policy through the engine, with fake workers on trio's autojump clock: crashes,
backoff, quarantine, forgiveness, enable/disable, reloads meeting crashes, failing closed.

Every test runs in virtual time, so "ten minutes of clean running" takes none.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import attrs
import pytest
import trio
import trio.testing

from raptscallions.engine import Engine, HookOutcome, RestartPolicy, Status, open_engine
from raptscallions.engine._executor import FAILURE_REASON, SAFE_RESPONSE
from raptscallions.engine._supervisor import TRANSITIONS, IllegalTransition, ModuleSlot
from raptscallions.sdk import Block, Continue, HookContext, HookResult, ModuleLoadError
from raptscallions.sdk.testing import mock_context

from .conftest import ModuleMaker
from .fakes import Behaviour, FakeWorker, FakeWorkers, HangMode, RecordingHub, record_events

HOOK = "chat:before_ai"
EXACT = RestartPolicy(jitter=0.0)


@attrs.frozen
class Running:
    engine: Engine
    fakes: FakeWorkers
    events: RecordingHub

    def slot(self, name: str) -> ModuleSlot:
        return self.engine._slots[name]

    def worker(self, name: str) -> FakeWorker:
        """The generation serving `name` now."""
        worker = self.slot(name).worker
        assert isinstance(worker, FakeWorker), f"{name} has no serving worker"
        return worker

    def status(self, name: str) -> str:
        return self.engine.status(name).status

    async def call(self, ctx: HookContext | None = None) -> HookOutcome:
        return await self.engine.execute_hook(HOOK, ctx or mock_context())


@asynccontextmanager
async def running(
    modules_dir: Path, fakes: FakeWorkers, policy: RestartPolicy = EXACT, **options: Any
) -> AsyncIterator[Running]:
    async with open_engine(
        modules_dir, worker_factory=fakes, restart_policy=policy, sandbox=False, **options
    ) as engine:
        yield Running(engine, fakes, record_events(engine))


def trace(outcome: HookOutcome) -> list[tuple[str, str]]:
    return [(t.module, t.action) for t in outcome.trace]


# ------------------------------------------------------------------ backoff


async def test_crashes_restart_after_one_two_four_seconds_then_quarantine(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("flaky", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        for attempt, delay in enumerate([1.0, 2.0, 4.0], 1):
            first = r.worker("flaky")
            crashed_at = trio.current_time()
            first.crash("worker exited with code 1")
            status = r.engine.status("flaky")
            assert status.status == "restarting"
            assert status.restart_count == attempt
            assert status.last_error == "worker exited with code 1"
            assert status.pid is None
            ready = await r.events.wait_for("module:ready", "flaky")
            assert ready.at == pytest.approx(crashed_at + delay)
            assert ready.data["restarted"] is True
            assert r.status("flaky") == "ready"
            assert r.worker("flaky") is not first
            assert r.worker("flaky").generation == first.generation + 1
        restarting = [e.data["delay"] for e in r.events.of("module:restarting", "flaky")]
        assert restarting == [1.0, 2.0, 4.0]

        crashed_at = trio.current_time()
        r.worker("flaky").crash("worker killed by SIGSEGV")
        status = r.engine.status("flaky")
        assert status.status == "disabled"
        assert status.reason is not None
        assert "4 crashes within 30 s" in status.reason
        assert "worker killed by SIGSEGV" in status.reason
        assert status.last_error == "worker killed by SIGSEGV"
        assert [e.at for e in r.events.of("module:disabled", "flaky")] == [crashed_at]
        made = len(fakes.made)
        await trio.sleep(600)
        assert r.status("flaky") == "disabled", "a quarantined module is not restarted"
        assert len(fakes.made) == made
        outcome = await r.call()
        assert outcome.trace == (), "a disabled optional module takes no part"


async def test_crashes_further_apart_than_the_window_back_off_but_never_quarantine(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("flaky", "")
    async with running(modules_dir, FakeWorkers()) as r:
        delays = []
        for _ in range(7):
            await trio.sleep(31)
            crashed_at = trio.current_time()
            r.worker("flaky").crash()
            ready = await r.events.wait_for("module:ready", "flaky")
            delays.append(ready.at - crashed_at)
            assert r.status("flaky") == "ready"
        assert delays == pytest.approx([1, 2, 4, 8, 16, 32, 60])


async def test_restart_delays_are_jittered_within_ten_percent(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("flaky", "")
    async with running(modules_dir, FakeWorkers(), policy=RestartPolicy()) as r:
        for base in (1.0, 2.0, 4.0, 8.0, 16.0):
            await trio.sleep(45)
            crashed_at = trio.current_time()
            r.worker("flaky").crash()
            announced = r.events.of("module:restarting", "flaky")[-1].data["delay"]
            ready = await r.events.wait_for("module:ready", "flaky")
            assert 0.9 * base <= announced <= 1.1 * base
            assert ready.at - crashed_at == pytest.approx(announced)


async def test_ten_minutes_of_clean_running_resets_the_delay(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("flaky", "")
    async with running(modules_dir, FakeWorkers()) as r:

        async def crash_and_measure() -> float:
            crashed_at = trio.current_time()
            r.worker("flaky").crash()
            return (await r.events.wait_for("module:ready", "flaky")).at - crashed_at

        assert await crash_and_measure() == pytest.approx(1)
        assert await crash_and_measure() == pytest.approx(2)
        await trio.sleep(599)
        assert await crash_and_measure() == pytest.approx(4), "599 s is not ten minutes"
        await trio.sleep(600)
        assert await crash_and_measure() == pytest.approx(1)
        assert r.slot("flaky").tracker.consecutive == 1


async def test_a_restart_that_fails_to_load_counts_as_a_crash(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("flaky", "")
    fakes = FakeWorkers(flaky=Behaviour())
    async with running(modules_dir, fakes) as r:
        crashed_at = trio.current_time()
        r.worker("flaky").crash()
        fakes.behaviour("flaky").load_error = "ImportError: no module named nope"
        disabled = await r.events.wait_for("module:disabled", "flaky")
        assert disabled.at == pytest.approx(crashed_at + 1 + 2 + 4)
        restarting = r.events.of("module:restarting", "flaky")
        assert [e.data["delay"] for e in restarting] == [1, 2, 4]
        assert [e.at - crashed_at for e in restarting] == pytest.approx([0, 1, 3])
        status = r.engine.status("flaky")
        assert status.status == "disabled"
        assert status.last_error == "ImportError: no module named nope"
        assert status.reason is not None and "4 crashes" in status.reason
        assert len(fakes.of("flaky")) == 4, "the first generation and three failed restarts"
        assert fakes.live("flaky") == 0

        with pytest.raises(ModuleLoadError, match="nope"):
            await r.engine.enable("flaky")
        fakes.behaviour("flaky").load_error = None
        await r.engine.enable("flaky")
        assert r.status("flaky") == "ready"


async def test_a_worker_that_dies_while_restarting_counts_as_a_crash(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("flaky", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        crashed_at = trio.current_time()
        r.worker("flaky").crash()
        fakes.behaviour("flaky").load_delay = 5.0
        await trio.sleep(1.5)
        loading = fakes.latest("flaky")
        assert loading.state == "starting"
        loading.crash("worker killed by SIGKILL")
        again = await r.events.wait_for("module:restarting", "flaky")
        assert again.at == pytest.approx(crashed_at + 1.5)
        assert again.data == {"name": "flaky", "delay": 2.0, "attempt": 2}
        assert r.engine.status("flaky").last_error == "worker killed by SIGKILL"


# ------------------------------------------------------------------ calls in flight


@pytest.mark.parametrize("hang", [None, "cancellable", "stuck"])
async def test_a_crash_fails_calls_in_flight_at_once(
    autojump_clock: trio.testing.MockClock,
    make_module: ModuleMaker,
    modules_dir: Path,
    hang: HangMode | None,
) -> None:
    make_module("slow", "", timeouts={HOOK: 60_000})
    fakes = FakeWorkers(slow=Behaviour(call_delay=30.0, hang=hang))
    async with running(modules_dir, fakes) as r:
        outcomes: list[HookOutcome] = []
        start = trio.current_time()

        async def call() -> None:
            outcomes.append(await r.call())

        async with trio.open_nursery() as nursery:
            nursery.start_soon(call)
            await trio.sleep(2)
            assert r.worker("slow").in_flight == 1
            r.worker("slow").crash("worker killed by SIGKILL")
        assert trio.current_time() == pytest.approx(start + 2), "not at the 60 s timeout"
        [outcome] = outcomes
        assert trace(outcome) == [("slow", "error")], "a crash mid-call is an error"
        assert outcome.trace[0].duration_ms == pytest.approx(2000)
        assert "worker killed by SIGKILL" in (outcome.trace[0].error or "")
        assert not outcome.blocked, "an optional module fails open"
        assert r.status("slow") == "restarting"


async def test_a_stuck_call_times_out_and_its_worker_is_killed_and_restarted(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("stuck", "", timeouts={HOOK: 1000})
    fakes = FakeWorkers(stuck=Behaviour(hang="stuck"))
    async with running(modules_dir, fakes, cancel_grace=0.5) as r:
        first = r.worker("stuck")
        start = trio.current_time()
        outcome = await r.call()
        assert trace(outcome) == [("stuck", "timeout")]
        assert trio.current_time() == pytest.approx(start + 1)
        assert r.status("stuck") == "ready", "killed only after the grace period"
        error = await r.events.wait_for("module:error", "stuck")
        assert error.at == pytest.approx(start + 1.5)
        assert first.killed is not None and "did not give up" in first.killed
        assert r.status("stuck") == "restarting"
        ready = await r.events.wait_for("module:ready", "stuck")
        assert ready.at == pytest.approx(start + 2.5)


async def test_a_cancellable_hang_times_out_without_a_restart(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("hung", "", timeouts={HOOK: 1000})
    fakes = FakeWorkers(hung=Behaviour(hang="cancellable"))
    async with running(modules_dir, fakes) as r:
        outcome = await r.call()
        assert trace(outcome) == [("hung", "timeout")]
        assert "within 1000 ms" in (outcome.trace[0].error or "")
        await trio.sleep(60)
        assert r.status("hung") == "ready"
        assert r.worker("hung").in_flight == 0
        assert len(fakes.made) == 1


# ------------------------------------------------------------------ failing closed


def guard_script(hook: str, ctx: HookContext) -> HookResult:
    if ctx.message is not None and "forbidden" in ctx.message.content:
        return Block(reason="policy", direct_response="no")
    return Continue(system_prompt_additions=["guarded"])


async def test_required_modules_fail_closed_and_optional_ones_open(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("guard", "", required=True, priorities={HOOK: 10})
    make_module("extra", "", priorities={HOOK: 20})
    fakes = FakeWorkers(guard=Behaviour(script=guard_script))
    async with running(modules_dir, fakes) as r:
        ok = await r.call()
        assert trace(ok) == [("guard", "continue"), ("extra", "continue")]
        assert ok.modifications.system_prompt_additions == ("guarded",)

        r.worker("extra").crash()
        down = await r.call()
        assert not down.blocked
        assert trace(down) == [("guard", "continue"), ("extra", "not_ready")]

        r.worker("guard").crash()
        assert r.status("guard") == "restarting"
        closed = await r.call()
        assert closed.blocked
        assert (closed.reason, closed.direct_response) == (FAILURE_REASON, SAFE_RESPONSE)
        assert trace(closed) == [("guard", "not_ready")]

        await r.events.wait_for("module:ready", "guard")
        assert (await r.call(mock_context(message="forbidden"))).reason == "policy"

        while r.status("guard") != "disabled":
            if r.status("guard") == "restarting":
                await r.events.wait_for("module:ready", "guard")
            r.worker("guard").crash()
        quarantined = await r.call()
        assert quarantined.blocked and quarantined.reason == FAILURE_REASON
        assert trace(quarantined) == [("guard", "not_ready")]

        await r.engine.disable("extra")
        await r.engine.enable("guard")
        back = await r.call()
        assert trace(back) == [("guard", "continue")], "a disabled optional module is left out"


# ------------------------------------------------------------------ enable and disable


async def test_enable_brings_a_quarantined_module_back_and_forgets_its_crashes(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("flaky", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        for _ in range(4):
            if r.status("flaky") == "restarting":
                await r.events.wait_for("module:ready", "flaky")
            r.worker("flaky").crash("worker exited with code 9")
        assert r.status("flaky") == "disabled"
        await r.engine.enable("flaky")
        status = r.engine.status("flaky")
        assert status.status == "ready"
        assert status.reason is None
        assert status.generation == len(fakes.of("flaky"))
        assert status.last_error == "worker exited with code 9", "the last error is kept"
        assert [e.type for e in r.events.log[-1:]] == ["module:enabled"]
        assert r.slot("flaky").tracker.consecutive == 0

        crashed_at = trio.current_time()
        r.worker("flaky").crash()
        ready = await r.events.wait_for("module:ready", "flaky")
        assert ready.at - crashed_at == pytest.approx(1), "the delay starts over"
        assert r.events.of("module:restarting")[-1].data["attempt"] == 1


async def test_disable_while_restarting_cancels_the_restart(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("flaky", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        r.worker("flaky").crash()
        await r.engine.disable("flaky")
        await trio.sleep(10)
        assert r.status("flaky") == "disabled"
        assert len(fakes.made) == 1
        await r.engine.enable("flaky")
        assert r.status("flaky") == "ready"
        assert len(fakes.made) == 2


async def test_disable_drains_and_stops_the_worker(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("slow", "", timeouts={HOOK: 60_000})
    fakes = FakeWorkers(slow=Behaviour(call_delay=3.0))
    async with running(modules_dir, fakes) as r:
        worker = r.worker("slow")
        outcomes: list[HookOutcome] = []

        async def call() -> None:
            outcomes.append(await r.call())

        async with trio.open_nursery() as nursery:
            nursery.start_soon(call)
            await trio.sleep(1)
            await r.engine.disable("slow")
        assert trace(outcomes[0]) == [("slow", "continue")], "the call in flight finished"
        assert worker.unloaded and worker.state == "exited"
        assert r.events.of("module:restarting") == [], "stopping is not a crash"


# ------------------------------------------------------------------ reloads meeting crashes


async def test_a_crash_during_a_reload_leaves_the_new_generation_serving(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("mod", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        old = r.worker("mod")
        fakes.behaviour("mod").load_delay = 3.0
        async with trio.open_nursery() as nursery:
            nursery.start_soon(r.engine.reload, "mod")
            await trio.sleep(1)
            assert r.status("mod") == "reloading"
            old.crash()
            assert r.status("mod") == "restarting"
        assert r.status("mod") == "ready"
        assert r.worker("mod") is fakes.latest("mod")
        await trio.sleep(30)  # the restart scheduled by the crash finds the module ready
        assert r.status("mod") == "ready"
        assert len(fakes.made) == 2
        assert fakes.peak["mod"] == 2


async def test_a_reload_while_restarting_serves_at_once(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("mod", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        r.worker("mod").crash()
        await r.engine.reload("mod")
        assert r.status("mod") == "ready"
        await trio.sleep(30)
        assert len(fakes.made) == 2


async def test_a_stale_restart_never_cuts_a_later_backoff_short(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    """A restart scheduled for an earlier crash (then overtaken by a reload) must not serve
    as the restart of a later crash, whose delay is longer."""
    make_module("mod", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        r.worker("mod").crash()  # restart due in 1 s
        await trio.sleep(0.1)
        await r.engine.reload("mod")
        await trio.sleep(0.4)
        crashed_at = trio.current_time()
        r.worker("mod").crash()  # second crash: restart due in 2 s
        ready = await r.events.wait_for("module:ready", "mod")
        assert ready.at - crashed_at == pytest.approx(2)


async def test_a_reload_that_fails_while_restarting_leaves_the_restart_to_come(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("mod", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        crashed_at = trio.current_time()
        r.worker("mod").crash()
        fakes.behaviour("mod").loads_to_fail = 1
        with pytest.raises(ModuleLoadError):
            await r.engine.reload("mod")
        assert r.status("mod") == "restarting"
        ready = await r.events.wait_for("module:ready", "mod")
        assert ready.at - crashed_at == pytest.approx(1)


async def test_a_reload_of_a_disabled_module_keeps_it_disabled(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    folder = make_module("mod", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        await r.engine.disable("mod")
        text = (folder / "module.yaml").read_text().replace("1.0.0", "1.1.0")
        (folder / "module.yaml").write_text(text)
        await r.engine.reload("mod")
        assert r.status("mod") == "disabled"
        assert fakes.live("mod") == 0, "no worker runs for a disabled module"
        await r.engine.enable("mod")
        status = r.engine.status("mod")
        assert (status.status, status.version) == ("ready", "1.1.0")
        assert fakes.peak["mod"] == 1


async def test_a_quarantine_during_a_reload_holds(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("mod", "")
    fakes = FakeWorkers()
    async with running(modules_dir, fakes) as r:
        for _ in range(3):
            if r.status("mod") == "restarting":
                await r.events.wait_for("module:ready", "mod")
            r.worker("mod").crash()
        await r.events.wait_for("module:ready", "mod")
        fakes.behaviour("mod").load_delay = 2.0
        async with trio.open_nursery() as nursery:
            nursery.start_soon(r.engine.reload, "mod")
            await trio.sleep(1)
            r.worker("mod").crash()  # the fourth within 30 s
            assert r.status("mod") == "disabled"
        assert r.status("mod") == "disabled", "a reload does not lift a quarantine"
        assert r.slot("mod").worker is None
        assert fakes.live("mod") == 0
        assert fakes.latest("mod").unloaded, "the generation that loaded too late is stopped"
        reason = r.engine.status("mod").reason
        assert reason is not None and "4 crashes" in reason
        assert r.events.of("module:reload_error", "mod")[-1].data["error"] == reason


async def test_reloads_never_run_more_than_two_generations(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("mod", "", timeouts={HOOK: 60_000})
    fakes = FakeWorkers(mod=Behaviour(call_delay=4.0))
    async with running(modules_dir, fakes, drain_timeout=10.0) as r:
        async with trio.open_nursery() as nursery:
            for _ in range(5):
                nursery.start_soon(r.call)
                await trio.sleep(0.5)
                await r.engine.reload("mod")
        assert fakes.peak["mod"] == 2
        assert len(fakes.made) == 6
        assert r.worker("mod") is fakes.latest("mod")


# ------------------------------------------------------------------ the transition table


ILLEGAL = [(a, b) for a in Status for b in Status if a != b and b not in TRANSITIONS[a]]


async def test_illegal_transitions_raise_and_change_nothing(
    autojump_clock: trio.testing.MockClock, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("mod", "")
    async with running(modules_dir, FakeWorkers()) as r:
        slot = r.slot("mod")
        assert ILLEGAL, "the table forbids something"
        for old, new in ILLEGAL:
            slot.status = old
            with pytest.raises(IllegalTransition, match=f"cannot go from {old} to {new}"):
                slot._set(new)
            assert slot.status == old
        for old in Status:
            for new in TRANSITIONS[old]:
                slot.status = old
                slot._set(new)
                assert slot.status == new
            slot.status = old
            slot._set(old)  # staying put is always allowed
            assert slot.status == old
        slot.status = Status.READY
        assert TRANSITIONS[Status.STOPPING] == frozenset(), "stopping is final"
        assert Status.READY not in TRANSITIONS[Status.DISABLED], "only enable lifts it"
