"""One module's lifecycle: its generations of worker processes, status, restarts, reloads.

Rules of this file:
- Status changes go through `ModuleSlot._set`, which follows `TRANSITIONS`; an illegal change
  raises and changes nothing.
- Lifecycle operations (start, reload, enable, disable, restart, stop) take the slot's lock,
  one at a time; hook calls never take it.
- At most two generations live at once: the serving one and, during a reload, the one
  draining. A reload first waits for (or ends) any previous draining generation.
"""

from __future__ import annotations

import enum
import statistics
from collections import deque
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import attrs
import trio

from ..sdk._context import HookContext, utcnow
from ..sdk._errors import ManifestError, ModuleLoadError, RaptscallionsError
from ..sdk._manifest import Manifest
from ._backoff import RestartPolicy, RestartTracker
from ._bytecode import compile_module
from ._executor import ModuleNotReady, Payload, Reply
from ._host import SlotHost, Worker
from ._secrets import SecretsStatus


class Status(enum.StrEnum):
    STARTING = "starting"
    READY = "ready"
    RELOADING = "reloading"
    RESTARTING = "restarting"
    DISABLED = "disabled"
    ERROR = "error"
    STOPPING = "stopping"


S = Status
TRANSITIONS: Final[dict[Status, frozenset[Status]]] = {
    S.STARTING: frozenset({S.READY, S.ERROR, S.RESTARTING, S.DISABLED, S.STOPPING}),
    S.READY: frozenset({S.RELOADING, S.RESTARTING, S.DISABLED, S.STOPPING, S.STARTING}),
    S.RELOADING: frozenset({S.READY, S.RESTARTING, S.DISABLED, S.STOPPING, S.ERROR}),
    S.RESTARTING: frozenset({S.READY, S.RESTARTING, S.DISABLED, S.STOPPING, S.STARTING}),
    S.DISABLED: frozenset({S.STARTING, S.STOPPING}),
    S.ERROR: frozenset({S.STARTING, S.READY, S.DISABLED, S.STOPPING, S.RESTARTING}),
    S.STOPPING: frozenset(),
}
SERVING: Final = frozenset({S.READY, S.RELOADING})
# A stopping module still answers the calls that chose it before it began to stop.
ANSWERING: Final = SERVING | {S.STOPPING}


class IllegalTransition(RaptscallionsError):
    pass


@attrs.frozen
class HookCounters:
    calls: int = 0
    blocks: int = 0
    errors: int = 0
    timeouts: int = 0
    p50_ms: float | None = None
    p99_ms: float | None = None


@attrs.define
class HookStats:
    calls: int = 0
    blocks: int = 0
    errors: int = 0
    timeouts: int = 0
    latencies: deque[float] = attrs.field(factory=lambda: deque(maxlen=2048))

    def record(self, action: str, duration_ms: float) -> None:
        self.calls += 1
        if action in ("block", "shadow_block"):
            self.blocks += 1
        elif action in ("error", "not_ready"):
            self.errors += 1
        elif action == "timeout":
            self.timeouts += 1
        if action != "dispatched":
            self.latencies.append(duration_ms)

    def snapshot(self) -> HookCounters:
        p50 = p99 = None
        if len(self.latencies) >= 2:
            cuts = statistics.quantiles(self.latencies, n=100, method="inclusive")
            p50, p99 = cuts[49], cuts[98]
        elif self.latencies:
            p50 = p99 = self.latencies[0]
        return HookCounters(self.calls, self.blocks, self.errors, self.timeouts, p50, p99)


@attrs.frozen
class ModuleStatus:
    """A snapshot of one module, as `engine.statuses()` reports it."""

    name: str
    version: str | None
    status: str
    hooks: tuple[str, ...]
    manifest: Manifest | None
    restart_count: int
    last_error: str | None
    last_error_at: datetime | None
    loaded_at: datetime | None
    generation: int
    pid: int | None
    protections: dict[str, bool]
    counters: dict[str, HookCounters]
    folder: str
    required: bool = False
    reason: str | None = None
    config: dict[str, Any] = attrs.field(factory=dict)
    # Names only: what the manifest declares, what the process gets, and what not and why.
    secrets: SecretsStatus = attrs.field(factory=SecretsStatus)


class ModuleSlot:
    """Supervises one module folder. Also the executor's `Participant` for it."""

    def __init__(
        self,
        engine: SlotHost,
        folder: Path,
        manifest: Manifest | None,
        error: RaptscallionsError | None,
        *,
        policy: RestartPolicy,
    ) -> None:
        self.engine = engine
        self.folder = folder
        self._manifest = manifest
        self.load_problem = error
        self.status = Status.STARTING
        self.worker: Worker | None = None
        self.draining: Worker | None = None
        self.generation = 0  # of the serving worker; a failed start or reload keeps it
        self._spawned = 0
        self.restart_count = 0
        self.last_error: str | None = str(error) if error else None
        self.last_error_at: datetime | None = utcnow() if error else None
        self.loaded_at: datetime | None = None
        self.reason: str | None = None
        self.tracker = RestartTracker(policy)
        self.stats: dict[str, HookStats] = {}
        self.background_in_flight = 0
        self.background_dropped = 0
        self._lock = trio.Lock()
        self._restart_due = 0  # bumped per scheduled restart: only the latest may run
        self._nursery: trio.Nursery | None = None
        self._closed = trio.Event()
        # Set once the first start has been tried: a folder that appears while the engine
        # runs takes part in calls only from then on, as a reload's new generation does.
        self.joined = False
        # Hook calls in flight that chose this module; `stop` lets them reach it first.
        self.chosen_by = 0
        self._unchosen = trio.Event()

    # ------------------------------------------------------------ Participant

    @property
    def name(self) -> str:
        return self._manifest.name if self._manifest else self.folder.name

    @property
    def manifest(self) -> Manifest:
        """Raises: ModuleLoadError: the module's manifest is invalid (the error says why)."""
        if self._manifest is None:
            raise ModuleLoadError(
                f"module {self.name!r} has no valid manifest: {self.last_error or 'not loaded'}"
            )
        return self._manifest

    @property
    def has_manifest(self) -> bool:
        return self._manifest is not None

    @property
    def ready(self) -> bool:
        worker = self.worker
        return worker is not None and worker.state == "ready" and self.status in ANSWERING

    async def invoke(self, hook: str, payload: Payload, timeout_s: float) -> Reply:
        worker = self.worker
        if worker is None or self.status not in ANSWERING:
            raise ModuleNotReady(f"module {self.name!r} is {self.status}")
        configs = self.engine.configs
        manifest = self.manifest
        effective = configs.effective(manifest, payload.ctx)
        scoped = None if effective is configs.global_config(manifest) else effective.config
        return await worker.call(
            hook, payload.body, timeout_s=timeout_s, identity=payload.identity, config=scoped
        )

    def chosen(self) -> None:
        """A hook call chose this module (call `released` when the call is over)."""
        self.chosen_by += 1

    def released(self) -> None:
        self.chosen_by -= 1
        if self.chosen_by == 0:
            self._unchosen.set()

    async def _wait_unchosen(self) -> None:
        while self.chosen_by:
            self._unchosen = trio.Event()
            await self._unchosen.wait()

    # ------------------------------------------------------------ queries

    @property
    def config(self) -> dict[str, Any]:
        """The module's global effective config: defaults, then the global row."""
        if self._manifest is None:
            return {}
        return self.engine.configs.global_config(self._manifest).config

    def candidate_for(self, ctx: HookContext) -> bool:
        """Whether this module takes part in `ctx`'s hook call at all (§7 enabling rules).
        Not-ready modules do take part: the executor records them and applies `failure`."""
        if not self.joined or self.status == Status.STOPPING:
            return False
        manifest = self.manifest
        if self.status == Status.DISABLED and not manifest.required:
            return False
        allowed = ctx.tool.definition.modules
        if allowed is not None and self.name not in allowed and not manifest.required:
            return False
        return self.engine.configs.effective(manifest, ctx).enabled

    def snapshot(self) -> ModuleStatus:
        m = self._manifest
        worker = self.worker
        return ModuleStatus(
            name=self.name,
            version=m.version if m else None,
            status=str(self.status),
            hooks=m.hooks if m else (),
            manifest=m,
            restart_count=self.restart_count,
            last_error=self.last_error,
            last_error_at=self.last_error_at,
            loaded_at=self.loaded_at,
            generation=self.generation,
            pid=worker.pid if worker else None,
            protections=dict(worker.protections) if worker else {},
            counters={hook: s.snapshot() for hook, s in self.stats.items()},
            folder=str(self.folder),
            required=bool(m and m.required),
            reason=self.reason,
            config=self.config,
            secrets=self.engine.secrets.status(m),
        )

    def stats_for(self, hook: str) -> HookStats:
        stats = self.stats.get(hook)
        if stats is None:
            stats = self.stats[hook] = HookStats()
        return stats

    # ------------------------------------------------------------ lifecycle

    def _set(self, new: Status) -> None:
        if new == self.status:
            return
        if new not in TRANSITIONS[self.status]:
            raise IllegalTransition(f"module {self.name!r}: cannot go from {self.status} to {new}")
        self.status = new

    def _error(self, text: str) -> None:
        self.last_error = text
        self.last_error_at = utcnow()

    async def serve(self, *, task_status: trio.TaskStatus[None] = trio.TASK_STATUS_IGNORED) -> None:
        """Run for as long as the engine knows the module: start it, then supervise.
        Reports started once the first start has succeeded or failed."""
        async with trio.open_nursery() as nursery:
            self._nursery = nursery
            async with self._lock:
                if self.load_problem is not None:
                    self._set(Status.ERROR)
                    self.engine.events.publish(
                        "module:load_error", name=self.name, error=self.last_error
                    )
                else:
                    await self._start_locked(event="module:ready")
            self.joined = True
            task_status.started()
            await self._closed.wait()
            nursery.cancel_scope.cancel()

    async def _start_locked(self, *, event: str) -> bool:
        """Start a generation as the serving one. True when it is ready."""
        self._set(Status.STARTING)
        try:
            worker = await self._spawn(self.manifest)
        except ModuleLoadError as exc:
            self._error(str(exc))
            self._set(Status.ERROR)
            self.engine.events.publish("module:load_error", name=self.name, error=str(exc))
            return False
        self._serve_with(worker)
        self.engine.events.publish(
            event, name=self.name, version=self.manifest.version, generation=self.generation
        )
        return True

    def _serve_with(self, worker: Worker) -> None:
        self.worker = worker
        self.generation = self._spawned  # lifecycle steps hold the lock: the one just spawned
        self.loaded_at = utcnow()
        self.tracker.started(trio.current_time())
        self.reason = None
        self._set(Status.READY)

    async def _spawn(self, manifest: Manifest) -> Worker:
        assert self._nursery is not None
        await compile_module(manifest.folder)  # the bytecode its large sources import from
        self._spawned += 1
        e = self.engine
        worker = e.worker_factory(
            manifest,
            config=e.configs.global_config(manifest).config,
            host=e.worker_host,
            generation=self._spawned,
            start_timeout=e.start_timeout,
            cancel_grace=e.cancel_grace,
            max_frame=e.max_frame,
            on_exit=self._worker_exited,
            sandbox=e.sandbox,
        )
        result: Worker = await self._nursery.start(self._run_worker, worker)
        return result

    async def _run_worker(self, worker: Worker, *, task_status: trio.TaskStatus[Worker]) -> None:
        await worker.run(task_status=task_status)

    def _worker_exited(self, worker: Worker) -> None:
        """Called the moment a worker is known to be gone. Only the end of the serving
        generation, while it serves, is a crash."""
        if worker is self.worker and self.status in SERVING:
            self._crashed(worker.exit_reason or "worker exited")

    def _crashed(self, reason: str) -> None:
        self.worker = None
        self._error(reason)
        self.engine.events.publish("module:error", name=self.name, error=reason)
        decision = self.tracker.crashed(trio.current_time())
        if decision.action == "quarantine":
            policy = self.tracker.policy
            self.reason = (
                f"quarantined after {decision.crashes_in_window} crashes within "
                f"{policy.window:g} s (last: {reason}); enable it to try again"
            )
            self._set(Status.DISABLED)
            self.engine.events.publish("module:disabled", name=self.name, reason=self.reason)
            return
        self._set(Status.RESTARTING)
        self.restart_count += 1
        spawner = self.engine.worker_host.spawner
        if spawner is not None:
            spawner.start()  # ready by the time the backoff ends
        self.engine.events.publish(
            "module:restarting", name=self.name, delay=decision.delay, attempt=decision.attempt
        )
        assert self._nursery is not None
        self._restart_due += 1
        self._nursery.start_soon(self._restart_after, decision.delay, self._restart_due)

    async def _restart_after(self, delay: float, due: int) -> None:
        await trio.sleep(delay)
        async with self._lock:
            # A restart overtaken (by a reload or enable, then a later crash with its own,
            # longer delay) must not cut that later backoff short.
            if self.status != Status.RESTARTING or due != self._restart_due:
                return
            try:
                worker = await self._spawn(self.manifest)
            except ModuleLoadError as exc:
                self._crashed(str(exc))
                return
            self._serve_with(worker)
            self.engine.events.publish(
                "module:ready", name=self.name, version=self.manifest.version,
                generation=self.generation, restarted=True,
            )  # fmt: skip

    async def reload(self) -> None:
        """Start a new generation from the folder as it is now; switch to it once it is ready;
        drain the old one. On failure the old generation keeps serving.

        Raises:
            ManifestError, ModuleLoadError: the new generation cannot load (reported on the
                status as well).
        """
        async with self._lock:
            if self.status == Status.STOPPING:
                raise ModuleNotReady(f"module {self.name!r} is stopping")
            previous = self.status
            try:
                manifest = self.engine.revalidate(self.folder)
            except ManifestError as exc:
                self._reload_failed(exc, previous)
                raise
            if self._disabled():
                # Only `enable` lifts a disable (or a quarantine); it will start this manifest.
                self._adopt(manifest)
                return
            if self.status in (Status.READY,):
                self._set(Status.RELOADING)
            self.engine.events.publish("module:reloading", name=self.name)
            await self._finish_draining()
            try:
                worker = await self._spawn(manifest)
            except ModuleLoadError as exc:
                self._reload_failed(exc, previous)
                raise
            if self._disabled():
                # Quarantined while the new generation loaded (the old one kept crashing).
                self._adopt(manifest)
                await worker.stop(grace_s=self.engine.drain_timeout)
                self.engine.events.publish("module:reload_error", name=self.name,
                                           error=self.reason)  # fmt: skip
                return
            old = self.worker
            self._adopt(manifest)
            self.worker = worker
            self.generation = self._spawned
            self.loaded_at = utcnow()
            self.tracker.started(trio.current_time())
            self.reason = None
            if self.status != Status.READY:
                self._set(Status.READY)
            self.engine.events.publish(
                "module:reloaded", name=self.name, version=manifest.version,
                generation=self.generation,
            )  # fmt: skip
            if old is not None:
                self.draining = old
                assert self._nursery is not None
                self._nursery.start_soon(self._drain, old)

    def _disabled(self) -> bool:
        return self.status == Status.DISABLED

    def _adopt(self, manifest: Manifest) -> None:
        self._manifest = manifest
        self.load_problem = None
        self.engine.manifests_changed()

    def _reload_failed(self, exc: RaptscallionsError, previous: Status) -> None:
        self._error(str(exc))
        if self.status == Status.RELOADING:
            self._set(Status.READY if self.worker is not None else Status.ERROR)
        elif self.worker is None and self.status not in (Status.DISABLED, Status.RESTARTING):
            self._set(Status.ERROR)
        self.engine.events.publish("module:reload_error", name=self.name, error=str(exc))

    async def _drain(self, old: Worker) -> None:
        """Let `old` finish its calls in flight (bounded), then stop it."""
        with trio.move_on_after(self.engine.drain_timeout):
            await old.wait_idle()
        await old.stop(grace_s=self.engine.drain_timeout)
        if self.draining is old:
            self.draining = None

    async def _finish_draining(self) -> None:
        old = self.draining
        if old is not None:
            await old.stop(grace_s=self.engine.drain_timeout)
            self.draining = None

    async def disable(self, reason: str = "disabled by an operator") -> None:
        async with self._lock:
            if self.status == Status.DISABLED:
                return
            self.reason = reason
            self._set(Status.DISABLED)
            worker, self.worker = self.worker, None
            self.engine.events.publish("module:disabled", name=self.name, reason=reason)
            await self._finish_draining()
            if worker is not None:
                await self._drain(worker)

    async def enable(self) -> bool:
        """Start a disabled (or failed) module again, forgetting its crash record.
        True when it is ready."""
        async with self._lock:
            if self.status in SERVING or self.status == Status.STOPPING:
                return self.status in SERVING
            if self.load_problem is not None or self.status == Status.ERROR:
                try:
                    self._manifest = self.engine.revalidate(self.folder)
                    self.load_problem = None
                    self.engine.manifests_changed()
                except ManifestError as exc:
                    self._error(str(exc))
                    if self.status != Status.ERROR:
                        self._set(Status.ERROR)
                    raise
            self.tracker.reset()
            ok = await self._start_locked(event="module:enabled")
            if not ok:
                raise ModuleLoadError(self.last_error or f"module {self.name!r} failed to load")
            return True

    def push_config(self) -> None:
        """Give the serving worker the module's current global config."""
        if self.worker is not None and self._manifest is not None:
            self.worker.update_config(self.config)

    async def stop(self) -> None:
        """Stop every generation (running `on_unload`) and end supervision.

        Cancellation: shielded; it always ends with no process left.
        """
        with trio.CancelScope(shield=True):
            async with self._lock:
                if self.status != Status.STOPPING:
                    self._set(Status.STOPPING)
                # No new call chooses it now; those that did would otherwise find it gone
                # (and block, under failure: closed) although nothing failed.
                with trio.move_on_after(self.engine.drain_timeout):
                    await self._wait_unchosen()
                workers = [w for w in (self.worker, self.draining) if w is not None]
                self.worker = None
                async with trio.open_nursery() as nursery:
                    for w in workers:
                        nursery.start_soon(self._drain, w)
            self._closed.set()
            self.engine.events.publish("module:unloaded", name=self.name)
