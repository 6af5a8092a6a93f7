"""Supervision under any sequence of events, on fake workers and trio's autojump clock.

Hypothesis draws a sequence of actions (calls, crashes mid-call or not, hangs, edits with
reloads in the foreground or background, broken or slow loads, changed handlers, enable,
disable, in the foreground or background, time passing) and runs it in one `trio.run`,
checking after every step that:

- every `chat:before_ai` outcome passed through every required module that was ready when
  the call began (its trace has it as continue/block/skip/shadow_block), or was blocked, or
  an earlier module's `Skip` ended the chain before it (§5: Skip stops the chain); a module
  in shadow mode only observes, so a failure of a required shadow module (traced as such)
  does not block;
- no module ever has more than two live generations;
- restarts within any window never exceed `max_restarts` (until an operator enable, disable
  or failed start resets the record), and none comes before its backoff delay;
- the serving worker, the status and the live workers agree.
"""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, Final

import attrs
import trio
import trio.testing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raptscallions.engine import (
    Engine,
    HookOutcome,
    RequiredModuleError,
    RestartPolicy,
    open_engine,
)
from raptscallions.engine._supervisor import SERVING, Status
from raptscallions.sdk import Block, Continue, HookContext, HookResult, ModuleLoadError, Skip
from raptscallions.sdk.testing import mock_context

from .conftest import write_module
from .fakes import FakeWorker, FakeWorkers, RecordingHub, record_events

HOOK: Final = "chat:before_ai"
POLICY: Final = RestartPolicy(jitter=0.0)
START_TIMEOUT: Final = 10.0
PASSED: Final = frozenset({"continue", "block", "skip", "shadow_block"})

# name -> manifest fields. Priorities put an optional module before, between and after the
# required ones; one required module is in shadow mode.
MODULES: Final[dict[str, dict[str, Any]]] = {
    "helper": {"priorities": {HOOK: 5}},
    "guard": {"priorities": {HOOK: 10}, "required": True},
    "audit": {"priorities": {HOOK: 15}, "required": True, "mode": "shadow"},
    "strict": {"priorities": {HOOK: 30}, "failure": "closed"},
}
REQUIRED: Final = tuple(name for name, fields in MODULES.items() if fields.get("required"))
SHADOW: Final = frozenset(
    name for name, fields in MODULES.items() if fields.get("mode") == "shadow"
)
FAILED: Final = frozenset({"error", "timeout", "not_ready"})

Action = tuple[Any, ...]
names = st.sampled_from(sorted(MODULES))
actions: st.SearchStrategy[Action] = st.one_of(
    st.tuples(st.just("call")),
    st.tuples(st.just("call_and_crash"), names, st.sampled_from([0.0, 0.3, 1.5])),
    st.tuples(st.just("crash"), names),
    st.tuples(st.just("hang"), names, st.sampled_from([None, "cancellable", "stuck"])),
    st.tuples(st.just("edit"), names, st.booleans()),
    st.tuples(st.just("break_loads"), names, st.booleans()),
    st.tuples(st.just("load_delay"), names, st.sampled_from([0.0, 1.5, START_TIMEOUT + 1])),
    st.tuples(st.just("call_delay"), names, st.sampled_from([0.0, 0.5, 3.0])),
    st.tuples(st.just("script"), names, st.sampled_from(["continue", "block", "skip", "raise"])),
    st.tuples(st.just("advance"), st.sampled_from([0.2, 1.0, 2.5, 8.0, 31.0, 700.0])),
    st.tuples(st.just("enable"), names, st.booleans()),
    st.tuples(st.just("disable"), names, st.booleans()),
)


def script_for(name: str, kind: str) -> Callable[[str, HookContext], HookResult]:
    def script(hook: str, ctx: HookContext) -> HookResult:
        if kind == "block":
            return Block(reason=f"{name} says no", direct_response="no")
        if kind == "skip":
            return Skip(reason=f"{name} skips")
        if kind == "raise":
            raise RuntimeError(f"{name} failed")
        return Continue(system_prompt_additions=[name])

    return script


@attrs.define
class Call:
    ready_required: frozenset[str]
    outcome: HookOutcome | None = None


@attrs.define
class World:
    engine: Engine
    fakes: FakeWorkers
    events: RecordingHub
    folders: dict[str, Path]
    nursery: trio.Nursery
    background: int = 0
    edits: int = 0
    calls: list[Call] = attrs.field(factory=list)

    def serving(self, name: str) -> FakeWorker | None:
        worker = self.engine._slots[name].worker
        assert worker is None or isinstance(worker, FakeWorker)
        return worker

    async def call(self) -> None:
        ready = frozenset(
            name for name in REQUIRED if self.engine.status(name).status in ("ready", "reloading")
        )
        call = Call(ready)
        self.calls.append(call)
        call.outcome = await self.engine.execute_hook(HOOK, mock_context())
        check_outcome(call)

    async def reload(self, name: str) -> None:
        try:
            await self.engine.reload(name)
        except ModuleLoadError:
            pass  # reported on the status; the old generation (if any) keeps serving

    async def enable(self, name: str) -> None:
        try:
            await self.engine.enable(name)
        except ModuleLoadError:
            pass  # reported on the status

    async def disable(self, name: str) -> None:
        if name in REQUIRED:
            # Required means required: refused, and nothing changes because of it.
            try:
                await self.engine.disable(name)
            except RequiredModuleError:
                return
            raise AssertionError(f"disabling required module {name!r} was not refused")
        await self.engine.disable(name)

    async def maybe_in_background(
        self, background: bool, operation: Callable[[str], Awaitable[None]], name: str
    ) -> None:
        async def run() -> None:
            self.background += 1
            try:
                await operation(name)
            finally:
                self.background -= 1

        if background:
            self.nursery.start_soon(run)
        else:
            await operation(name)

    async def step(self, action: Action) -> None:
        kind, *args = action
        if kind == "call":
            await self.call()
        elif kind == "call_and_crash":
            name, after = args
            async with trio.open_nursery() as nursery:
                nursery.start_soon(self.call)
                await trio.sleep(after)
                worker = self.serving(name)
                if worker is not None:
                    worker.crash("worker killed by SIGKILL")
        elif kind == "crash":
            worker = self.serving(args[0])
            if worker is not None:
                worker.crash("worker exited with code 1")
        elif kind == "hang":
            name, mode = args
            self.fakes.behaviour(name).hang = mode
            worker = self.serving(name)
            if worker is not None:
                worker.hang(mode)
        elif kind == "edit":
            name, background = args
            self.edits += 1
            manifest = self.folders[name] / "module.yaml"
            text = manifest.read_text().splitlines()
            text = [f"version: 1.0.{self.edits}" if t.startswith("version:") else t for t in text]
            manifest.write_text("\n".join(text) + "\n")
            await self.maybe_in_background(background, self.reload, name)
        elif kind == "break_loads":
            name, broken = args
            self.fakes.behaviour(name).load_error = "ImportError: broken" if broken else None
        elif kind == "load_delay":
            self.fakes.behaviour(args[0]).load_delay = args[1]
        elif kind == "call_delay":
            self.fakes.behaviour(args[0]).call_delay = args[1]
        elif kind == "script":
            self.fakes.behaviour(args[0]).script = script_for(args[0], args[1])
        elif kind == "advance":
            await trio.sleep(args[0])
        elif kind == "enable":
            await self.maybe_in_background(args[1], self.enable, args[0])
        elif kind == "disable":
            await self.maybe_in_background(args[1], self.disable, args[0])
        else:  # pragma: no cover
            raise AssertionError(kind)


# ------------------------------------------------------------------ invariants


def check_outcome(call: Call) -> None:
    outcome = call.outcome
    assert outcome is not None
    if outcome.blocked:
        return
    actions = {t.module: t.action for t in outcome.trace}
    stopped_by_skip = bool(outcome.trace) and outcome.trace[-1].action == "skip"
    for name in call.ready_required:
        if name in actions:
            allowed = PASSED | FAILED if name in SHADOW else PASSED
            assert actions[name] in allowed, (name, outcome.trace)
        else:
            assert stopped_by_skip, f"{name} was ready, yet {outcome.trace} went around it"


def segments(events: list[Any], name: str) -> Iterator[list[Any]]:
    """The module's events, split where its crash record is reset or cannot carry over: an
    enable, a disable, a failed start (`enable` resets before it starts)."""
    current: list[Any] = []
    for e in events:
        if e.data.get("name") != name:
            continue
        if e.type in ("module:enabled", "module:disabled", "module:load_error"):
            yield current
            current = []
        current.append(e)
    yield current


def check_world(world: World) -> None:
    for name in MODULES:
        assert world.fakes.peak[name] <= 2, f"{name}: {world.fakes.peak[name]} generations"

        for segment in segments(world.events.log, name):
            restarts = [e for e in segment if e.type == "module:restarting"]
            for r in restarts:
                in_window = [x for x in restarts if r.at - POLICY.window <= x.at <= r.at]
                assert len(in_window) <= POLICY.max_restarts, (name, in_window)
            last: Any = None
            for e in segment:
                if e.type == "module:restarting":
                    last = e
                elif e.type == "module:ready" and e.data.get("restarted"):
                    assert last is not None
                    assert e.at >= last.at + last.data["delay"] - 1e-9, (name, last, e)

        slot = world.engine._slots[name]
        worker = world.serving(name)
        if slot.status in SERVING:
            assert worker is not None and worker.state == "ready", (name, slot.status, worker)
        elif slot.status in (Status.RESTARTING, Status.DISABLED, Status.ERROR):
            assert worker is None, (name, slot.status, worker)
        if slot.status == Status.DISABLED:
            assert slot.reason
        # Outside lifecycle operations (which hold the slot's lock while a new generation
        # loads and is adopted), every live worker is the serving or the draining one.
        if world.background == 0 and not slot._lock.locked():
            for w in world.fakes.of(name):
                if w.live:
                    assert w is worker or w is slot.draining, (name, w, slot.status)


# ------------------------------------------------------------------ the test


async def drive(modules_dir: Path, folders: dict[str, Path], steps: list[Action]) -> None:
    fakes = FakeWorkers()
    async with trio.open_nursery() as nursery:
        async with open_engine(
            modules_dir,
            worker_factory=fakes,
            restart_policy=POLICY,
            sandbox=False,
            start_timeout=START_TIMEOUT,
            cancel_grace=0.5,
            drain_timeout=2.0,
        ) as engine:
            world = World(engine, fakes, record_events(engine), folders, nursery)
            for action in steps:
                await world.step(action)
                check_world(world)
            await trio.sleep(START_TIMEOUT + 5)  # let background reloads finish
            check_world(world)
            for call in world.calls:
                assert call.outcome is not None
    assert all(not w.live for w in fakes.made), "every worker is gone after the engine"


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(steps=st.lists(actions, min_size=1, max_size=30))
def test_supervision_holds_its_invariants_under_any_sequence(steps: list[Action]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        modules_dir = Path(tmp)
        folders = {
            name: write_module(modules_dir, name, "", timeouts={HOOK: 1000}, **fields)
            for name, fields in MODULES.items()
        }
        clock = trio.testing.MockClock(autojump_threshold=0)
        trio.run(drive, modules_dir, folders, steps, clock=clock)
