"""Fake workers: the `Worker` interface of `WorkerProcess` with no process behind it.

Supervision policy (backoff, windows, quarantine, reloads) is tested on trio's MockClock,
which real processes and watchfiles ignore. A `FakeWorker` "loads" (optionally slowly, or
failing), answers calls with a scripted function of (hook, context), and can be crashed or
made to hang, in virtual time. `FakeWorkers` is the factory a test passes to
`open_engine(worker_factory=...)`; it keeps every worker it made and counts the live ones per
module, so tests can check that no more than two generations ever run at once.

Rules of this file: behave like `WorkerProcess` wherever the supervisor can tell the
difference (what `run` reports and raises, when `on_exit` is called, which error a failed
call raises), and nothing more.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from typing import Any, Final, Literal

import attrs
import trio

from raptscallions.engine import Engine
from raptscallions.engine._events import EventHub
from raptscallions.engine._executor import ModuleNotReady, Reply
from raptscallions.engine._records import CallIdentity, make_extraction
from raptscallions.engine._worker import WorkerCallError, WorkerExited, WorkerHost, WorkerState
from raptscallions.sdk import Continue, HookContext, HookResult, Manifest, ModuleLoadError
from raptscallions.sdk._convert import converter
from raptscallions.sdk._errors import HookTimeout
from raptscallions.sdk._protocol import decode_json

Script = Callable[[str, HookContext], HookResult]
HangMode = Literal["cancellable", "stuck"]
FAKE_PROTECTIONS: Final = {"fake": True}
_pids = itertools.count(900_000)


def always_continue(hook: str, ctx: HookContext) -> HookResult:
    return Continue()


@attrs.define
class Behaviour:
    """How one module's fake workers behave; read when a generation loads or takes a call,
    so a test changes it between steps (the new value applies from then on).

    - `load_delay`: seconds a load takes (past the engine's `start_timeout`, it times out).
    - `load_error`: while set, every load fails with it; `loads_to_fail` fails the next N.
    - `script`: the handler, a function of (hook, context) with `ctx.config` filled in.
    - `call_delay`: seconds each call takes before the script answers.
    - `hang`: new generations start hanging (`"cancellable"` or `"stuck"`, see `hang`).
    """

    load_delay: float = 0.0
    load_error: str | None = None
    loads_to_fail: int = 0
    script: Script = always_continue
    call_delay: float = 0.0
    hang: HangMode | None = None

    def take_load_error(self) -> str | None:
        if self.load_error is not None:
            return self.load_error
        if self.loads_to_fail > 0:
            self.loads_to_fail -= 1
            return "on_load raised RuntimeError: scripted load failure"
        return None


@attrs.define(eq=False)
class _Call:
    hook: str
    ctx: HookContext
    identity: CallIdentity
    stuck: bool
    done: trio.Event = attrs.field(factory=trio.Event)
    scope: trio.CancelScope = attrs.field(factory=trio.CancelScope)
    result: HookResult | None = None
    error: str | None = None
    exited: bool = False


class FakeWorker:
    """One generation of a module, in-process and in virtual time."""

    def __init__(
        self,
        manifest: Manifest,
        *,
        config: dict[str, Any],
        host: WorkerHost,
        generation: int,
        start_timeout: float,
        cancel_grace: float,
        max_frame: int,
        on_exit: Callable[[Any], None],
        sandbox: bool,
        behaviour: Behaviour,
        registry: FakeWorkers,
    ) -> None:
        self.manifest = manifest
        self.name = manifest.name
        self.config = config
        self.host = host
        self.generation = generation
        self.start_timeout = start_timeout
        self.cancel_grace = cancel_grace
        self.on_exit = on_exit
        self.behaviour = behaviour
        self.state: WorkerState = "starting"
        self.pid: int | None = None
        self.exit_reason: str | None = None
        self.protections: dict[str, bool] = {}
        self.hanging: HangMode | None = behaviour.hang
        self.calls: list[tuple[str, HookContext]] = []
        self.configs: list[dict[str, Any]] = []
        self.unloaded = False
        self.killed: str | None = None
        self.exited_at: float | None = None
        self._registry = registry
        self._in_flight: set[_Call] = set()
        self._nursery: trio.Nursery | None = None
        self._gone = trio.Event()
        self._idle = trio.Event()

    def __repr__(self) -> str:
        return f"<FakeWorker {self.name} gen={self.generation} {self.state}>"

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    @property
    def live(self) -> bool:
        """Started and not yet known gone (what a real process's lifetime would be)."""
        return self.pid is not None and self.state != "exited"

    # ------------------------------------------------------------ test controls

    def crash(self, reason: str = "worker exited with code 1") -> None:
        """The process dies now: calls in flight fail at once, `on_exit` runs, `run` returns
        (raising ModuleLoadError if it had not finished loading)."""
        if self.exit_reason is None:
            self.exit_reason = reason
        self._mark_exited(reason)

    def hang(self, mode: HangMode | None = "cancellable") -> None:
        """From now on calls never answer. `"cancellable"`: a call the host gives up on is
        given up by the worker too; `"stuck"`: it is not (a handler in a loop), so the worker
        is killed `cancel_grace` seconds later, as `WorkerProcess` does. None: stop hanging."""
        self.hanging = mode

    # ------------------------------------------------------------ Worker interface

    async def run(
        self, *, task_status: trio.TaskStatus[FakeWorker] = trio.TASK_STATUS_IGNORED
    ) -> None:
        """Load, report started, then serve until crashed, killed or stopped.

        Raises:
            ModuleLoadError: the load failed, timed out or the worker died while loading;
                raised before started, like `WorkerProcess.run`.
        """
        self.pid = next(_pids)
        self._registry._born(self)
        load_error: str | None = None
        try:
            async with trio.open_nursery() as nursery:
                self._nursery = nursery
                delay = self.behaviour.load_delay
                with trio.move_on_after(min(delay, self.start_timeout)):
                    await self._gone.wait()
                if self.state == "exited":
                    load_error = self.exit_reason or "worker exited while loading"
                elif delay >= self.start_timeout:
                    load_error = (
                        f"module {self.name!r} did not finish loading within "
                        f"{self.start_timeout:g} s"
                    )
                else:
                    load_error = self.behaviour.take_load_error()
                if load_error is None:
                    self.state = "ready"
                    self.protections = dict(FAKE_PROTECTIONS)
                    task_status.started(self)
                    await self._gone.wait()
                nursery.cancel_scope.cancel()
        finally:
            self._mark_exited(
                self.exit_reason
                or ("worker exited with code 3" if load_error else "worker stopped")
            )
        if load_error is not None:
            raise ModuleLoadError(load_error)

    async def call(
        self,
        hook: str,
        body: bytes,
        *,
        timeout_s: float,
        identity: CallIdentity,
        config: dict[str, Any] | None = None,
    ) -> Reply:
        """Run the script on the decoded context.

        Raises:
            ModuleNotReady: not serving.
            HookTimeout: no answer within `timeout_s`.
            WorkerCallError: the script raised; WorkerExited: the worker died mid-call.
        """
        if self.state != "ready":
            raise ModuleNotReady(f"module {self.name!r} is {self.state}")
        ctx = converter.structure(decode_json(body), HookContext)
        ctx = attrs.evolve(ctx, config=dict(config if config is not None else self.config))
        self.calls.append((hook, ctx))
        call = _Call(hook, ctx, identity, stuck=self.hanging == "stuck")
        self._in_flight.add(call)
        assert self._nursery is not None
        self._nursery.start_soon(self._handle, call)
        try:
            with trio.move_on_after(timeout_s):
                await call.done.wait()
        finally:
            if not call.done.is_set():
                self._abandon(call)
        if not call.done.is_set():
            raise HookTimeout(self.name, hook, timeout_s * 1000)
        if call.error is not None:
            raise (WorkerExited if call.exited else WorkerCallError)(call.error)
        result = call.result
        assert result is not None
        emitted = result.extractions if isinstance(result, Continue) else ()
        for extraction in emitted:
            record = make_extraction(self.name, extraction.type, extraction.data, identity)
            self.host.extraction(record)
        return Reply(result, emitted)

    async def stop(self, *, grace_s: float = 5.0) -> None:
        """Unload and exit, as a worker told to shut down does: calls in flight fail; a
        stuck handler keeps it from unloading, so it is killed after `grace_s`.

        Cancellation: shielded.
        """
        with trio.CancelScope(shield=True):
            if self.state in ("ready", "starting"):
                self.state = "stopping"
                if any(c.stuck for c in self._in_flight):
                    await trio.sleep(grace_s)
                    self.kill("worker killed by SIGTERM")
                else:
                    self.unloaded = True
                    self._mark_exited("worker exited with code 0")
            await self._gone.wait()

    def kill(self, reason: str) -> None:
        self.killed = reason
        self.crash(reason)

    async def wait_idle(self) -> None:
        while self._in_flight and self.state in ("ready", "stopping"):
            self._idle = trio.Event()
            await self._idle.wait()

    def update_config(self, config: dict[str, Any]) -> None:
        self.config = config
        self.configs.append(config)

    # ------------------------------------------------------------ inside

    async def _handle(self, call: _Call) -> None:
        with call.scope:
            if self.hanging is not None:
                await trio.sleep_forever()
            await trio.sleep(self.behaviour.call_delay)
            try:
                result = self.behaviour.script(call.hook, call.ctx)
            except Exception as exc:
                call.error = f"{type(exc).__name__}: {exc}"
            else:
                call.result = result
            self._finish(call)

    def _finish(self, call: _Call) -> None:
        self._in_flight.discard(call)
        if not self._in_flight:
            self._idle.set()
        call.done.set()

    def _abandon(self, call: _Call) -> None:
        """The host gave up on `call` (timeout or cancellation): the worker gives it up too,
        unless it is stuck, in which case it is killed after the grace period."""
        self._in_flight.discard(call)
        if not self._in_flight:
            self._idle.set()
        if self.state not in ("ready", "stopping") or self._nursery is None:
            return
        if call.stuck:
            self._nursery.start_soon(self._kill_if_stuck)
        else:
            call.scope.cancel()

    async def _kill_if_stuck(self) -> None:
        await trio.sleep(self.cancel_grace)
        self.kill(
            f"did not give up a cancelled call within {self.cancel_grace:g} s "
            "(a handler stuck in a loop?)"
        )

    def _mark_exited(self, reason: str) -> None:
        if self.state == "exited":
            return
        self.state = "exited"
        self.exit_reason = reason
        self.exited_at = trio.current_time()
        for call in self._in_flight:
            call.error = f"module {self.name!r} {reason}"
            call.exited = True
            call.done.set()
        self._in_flight.clear()
        self._idle.set()
        self._gone.set()
        if self.pid is not None:
            self._registry._died(self)
        self.on_exit(self)


class FakeWorkers:
    """A `WorkerFactory` making `FakeWorker`s; keeps them all and counts the live ones."""

    def __init__(self, **behaviours: Behaviour) -> None:
        self.behaviours: dict[str, Behaviour] = dict(behaviours)
        self.made: list[FakeWorker] = []
        self._live: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()

    def behaviour(self, name: str) -> Behaviour:
        found = self.behaviours.get(name)
        if found is None:
            found = self.behaviours[name] = Behaviour()
        return found

    def __call__(
        self,
        manifest: Manifest,
        *,
        config: dict[str, Any],
        host: WorkerHost,
        generation: int,
        start_timeout: float,
        cancel_grace: float,
        max_frame: int,
        on_exit: Callable[[Any], None],
        sandbox: bool,
    ) -> FakeWorker:
        worker = FakeWorker(
            manifest,
            config=config,
            host=host,
            generation=generation,
            start_timeout=start_timeout,
            cancel_grace=cancel_grace,
            max_frame=max_frame,
            on_exit=on_exit,
            sandbox=sandbox,
            behaviour=self.behaviour(manifest.name),
            registry=self,
        )
        self.made.append(worker)
        return worker

    def of(self, name: str) -> list[FakeWorker]:
        """Every generation made for `name`, oldest first."""
        return [w for w in self.made if w.name == name]

    def latest(self, name: str) -> FakeWorker:
        made = self.of(name)
        assert made, f"no worker was made for {name!r}"
        return made[-1]

    def live(self, name: str) -> int:
        return self._live[name]

    def _born(self, worker: FakeWorker) -> None:
        self._live[worker.name] += 1
        self.peak[worker.name] = max(self.peak[worker.name], self._live[worker.name])

    def _died(self, worker: FakeWorker) -> None:
        self._live[worker.name] -= 1


@attrs.frozen
class Recorded:
    """An engine event with the (virtual) time it was published."""

    at: float
    type: str
    data: dict[str, Any]


class RecordingHub(EventHub):
    """An `EventHub` that also keeps every event with `trio.current_time()` (an event's own
    `at` is wall-clock time, meaningless on a MockClock)."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[Recorded] = []
        self._changed = trio.Event()

    def publish(self, event_type: str, /, **data: Any) -> None:
        self.log.append(Recorded(trio.current_time(), event_type, data))
        self._changed.set()
        super().publish(event_type, **data)

    async def wait_for(self, event_type: str, name: str | None = None) -> Recorded:
        """The next such event published from now on."""
        seen = len(self.log)
        while True:
            for event in self.log[seen:]:
                if event.type == event_type and (name is None or event.data.get("name") == name):
                    return event
            seen = len(self.log)
            self._changed = trio.Event()
            await self._changed.wait()

    def of(self, event_type: str, name: str | None = None) -> list[Recorded]:
        return [
            e
            for e in self.log
            if e.type == event_type and (name is None or e.data.get("name") == name)
        ]


def record_events(engine: Engine) -> RecordingHub:
    """Replace `engine.events` with a `RecordingHub` (before subscribing) and return it."""
    hub = RecordingHub()
    engine.events = hub
    return hub
