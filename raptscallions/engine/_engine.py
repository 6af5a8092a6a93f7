"""The engine: discovers module folders, supervises one worker per module, runs hooks.

`open_engine` is the entry point (an async context manager on trio). Everything the engine
starts lives in its nursery, so leaving the context stops every worker (running
`on_unload`) and leaves no process behind.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import attrs
import trio

from .._discovery import (
    Discovered,
    check_dependencies,
    declares_required,
    discover,
    module_folders,
)
from ..sdk._config_schema import validate_config
from ..sdk._context import HookContext
from ..sdk._db import StoredExtraction
from ..sdk._errors import ConfigError, ModuleLoadError, RaptscallionsError
from ..sdk._hooks import is_known_hook, known_hooks
from ..sdk._manifest import Manifest, deep_merge, load_manifest
from ..sdk._protocol import DEFAULT_MAX_FRAME
from ..store._base import ConfigRow, ModuleState, Store, StoreError
from ._backoff import RestartPolicy
from ._config import (
    ConfigResolver,
    RequiredModuleError,
    check_scope,
    check_write,
    required_rule,
)
from ._events import EventHub, Subscription
from ._executor import HookOutcome, Participant, Payload, execute, execution_order
from ._host import ReloadHost, WorkerFactory
from ._records import CallIdentity, LogEntry, MemorySink, Sink, answer_db, make_extraction
from ._secrets import Grants, SecretGrants, SecretsStatus, describe
from ._spawner import ForkServer
from ._supervisor import ModuleSlot, ModuleStatus, Status
from ._worker import WorkerHost, WorkerProcess, worker_env
from ._writer import StoreSink

log = logging.getLogger("raptscallions.engine")
DB_TIMEOUT_S = 5.0


class UnknownModule(RaptscallionsError, KeyError):
    def __str__(self) -> str:
        return str(self.args[0])


class Engine:
    """A running set of supervised modules. Made by `open_engine`; do not construct."""

    def __init__(
        self,
        modules_dir: Path,
        nursery: trio.Nursery,
        *,
        sink: Sink,
        default_timeout_ms: int,
        restart_policy: RestartPolicy,
        start_timeout: float,
        cancel_grace: float,
        drain_timeout: float,
        max_background: int,
        max_frame: int,
        worker_factory: WorkerFactory,
        sandbox: bool,
        store: Store | None = None,
        secrets: SecretGrants | None = None,
    ) -> None:
        self.store = store
        self.secrets = secrets or SecretGrants()
        # What was last said about each module's secrets: said again only when it changes.
        self._secrets_told: dict[str, SecretsStatus] = {}
        self.worker_factory = worker_factory
        self.sandbox = sandbox
        self.modules_dir = modules_dir
        self.modules_root = modules_dir.resolve()
        self.sink = sink
        self.default_timeout_ms = default_timeout_ms
        self.restart_policy = restart_policy
        self.start_timeout = start_timeout
        self.cancel_grace = cancel_grace
        self.drain_timeout = drain_timeout
        self.max_background = max_background
        self.max_frame = max_frame
        self.events = EventHub()
        self.configs = ConfigResolver(store)
        self.worker_host = WorkerHost(
            extraction=self._on_extraction,
            log=self._on_log,
            db=self._answer_db,
            secrets=self._secrets_for,
        )
        self._nursery = nursery
        self._slots: dict[str, ModuleSlot] = {}
        self._orders: dict[str, list[ModuleSlot]] = {}
        self._background_done = trio.Event()
        self._background_done.set()
        self._background = 0
        self._closing = False
        # Modules an operator disabled (here, or on another engine sharing the database).
        self._operator_disabled: set[str] = set()

    # ------------------------------------------------------------ hooks

    async def execute_hook(self, hook: str, ctx: HookContext) -> HookOutcome:
        """Run `hook` through every module that handles it, as architecture §5 says.

        Raises:
            RaptscallionsError: `hook` is not a known hook.
        Cancellation: the module call in flight is cancelled in its worker as well.
        """
        if not is_known_hook(hook):
            raise RaptscallionsError(
                f"unknown hook {hook!r}; known hooks: {', '.join(known_hooks())}"
            )
        if ctx.hook != hook:
            ctx = attrs.evolve(ctx, hook=hook)
        candidates = [s for s in self._order(hook) if s.candidate_for(ctx)]
        default = self.default_timeout_ms
        for candidate in candidates:
            candidate.chosen()
        try:
            outcome = await execute(
                hook,
                ctx,
                candidates,
                timeout_ms=lambda p: p.manifest.timeout_ms(hook, default),
                background=self._dispatch_background,
            )
        finally:
            for candidate in candidates:
                candidate.released()
        if outcome.extractions and any(e.type == "would_block" for e in outcome.extractions):
            identity = CallIdentity.of(ctx)
            for e in outcome.extractions:
                if e.type == "would_block":  # made by the executor, so stored here
                    self._on_extraction(make_extraction(e.module, e.type, e.data, identity))
        for entry in outcome.trace:
            if entry.action == "dispatched":
                continue
            slot = self._slots.get(entry.module)
            if slot is not None:
                slot.stats_for(hook).record(entry.action, entry.duration_ms)
                if entry.action in ("error", "timeout"):
                    self.events.publish(
                        "module:hook_error", module=entry.module, hook=hook, error=entry.error
                    )
        return outcome

    def _order(self, hook: str) -> list[ModuleSlot]:
        order = self._orders.get(hook)
        if order is None:
            slots = [s for s in self._slots.values() if s.has_manifest and hook in s.manifest.hooks]
            order = [self._slots[p.name] for p in execution_order(slots, hook)]
            self._orders[hook] = order
        return order

    def manifests_changed(self) -> None:
        self._orders.clear()

    def _dispatch_background(self, p: Participant, hook: str, payload: Payload) -> None:
        slot = self._slots.get(p.name)
        if slot is None:
            return
        if slot.background_in_flight >= self.max_background:
            slot.background_dropped += 1
            slot.stats_for(hook).record("error", 0.0)
            self._on_log(
                LogEntry(
                    slot.name, "warning",
                    f"{hook}: {self.max_background} non-blocking calls already in flight; "
                    f"call dropped ({slot.background_dropped} so far)",
                )
            )  # fmt: skip
            return
        slot.background_in_flight += 1
        self._background += 1
        self._background_done = trio.Event() if self._background == 1 else self._background_done
        self._nursery.start_soon(self._run_background, slot, hook, payload)

    async def _run_background(self, slot: ModuleSlot, hook: str, payload: Payload) -> None:
        started = trio.current_time()
        action = "continue"
        error: str | None = None
        try:
            timeout = slot.manifest.timeout_ms(hook, self.default_timeout_ms) / 1000
            await slot.invoke(hook, payload, timeout)
        except Exception as exc:
            from ..sdk._errors import HookTimeout

            action = "timeout" if isinstance(exc, HookTimeout) else "error"
            error = f"{type(exc).__name__}: {exc}"
        finally:
            slot.background_in_flight -= 1
            self._background -= 1
            if self._background == 0:
                self._background_done.set()
        slot.stats_for(hook).record(action, (trio.current_time() - started) * 1000)
        if error is not None:
            self.events.publish("module:hook_error", module=slot.name, hook=hook, error=error)

    # ------------------------------------------------------------ status and control

    def statuses(self) -> list[ModuleStatus]:
        return [self._slots[name].snapshot() for name in sorted(self._slots)]

    def status(self, name: str) -> ModuleStatus:
        return self._slot(name).snapshot()

    def _slot(self, name: str) -> ModuleSlot:
        slot = self._slots.get(name)
        if slot is None:
            known = ", ".join(sorted(self._slots)) or "none"
            raise UnknownModule(f"no module named {name!r} (loaded: {known})")
        return slot

    async def reload(self, name: str) -> None:
        """Reload a module from its folder without a gap (see `ModuleSlot.reload`)."""
        await self._slot(name).reload()

    async def enable(self, name: str) -> None:
        """Start a disabled (or quarantined, or failed) module again. With a store, every
        engine on the database follows, and the module stays enabled across restarts."""
        slot = self._slot(name)
        self._operator_disabled.discard(name)
        if self.store is not None:
            await self.store.set_module_state(name, disabled=False)
        await slot.enable()

    async def disable(self, name: str) -> None:
        """Stop a module and take it out of every hook call until `enable`.

        Raises:
            RequiredModuleError: the module is `required` (it cannot be turned off).
        """
        slot = self._slot(name)
        if slot.has_manifest and slot.manifest.required:
            raise RequiredModuleError(f"refused to disable: {required_rule(name)}")
        self._operator_disabled.add(name)
        if self.store is not None:
            await self.store.set_module_state(name, disabled=True, reason="disabled by an operator")
        await slot.disable()

    async def _apply_state(self, name: str, state: ModuleState | None) -> None:
        """Follow an operator's enable/disable recorded in the store (by any engine)."""
        slot = self._slots.get(name)
        if slot is None or (slot.has_manifest and slot.manifest.required):
            return
        if state is not None and state.disabled:
            if name not in self._operator_disabled or slot.status != Status.DISABLED:
                self._operator_disabled.add(name)
                await slot.disable(state.reason or "disabled by an operator")
        elif name in self._operator_disabled:
            self._operator_disabled.discard(name)
            await slot.enable()

    async def _apply_states(self, store: Store) -> None:
        """At start: modules an operator disabled stay disabled."""
        for state in await store.list_module_states():
            await self._apply_state(state.module, state)

    # ------------------------------------------------------------ configuration

    async def get_config(
        self, name: str, scope_type: str, scope_id: str | None
    ) -> ConfigRow | None:
        """The row stored for one scope of a module (not merged), or None."""
        manifest = self._slot(name).manifest
        kind = check_scope(manifest, scope_type, scope_id)
        return self.configs.get(name, kind, scope_id)

    async def set_config(
        self,
        name: str,
        scope_type: str,
        scope_id: str | None,
        config: dict[str, Any],
        *,
        enabled: bool | None = None,
    ) -> ConfigRow:
        """Store a module's configuration for one scope; it applies from the next call.

        Raises:
            ConfigError: the scope is not allowed by the manifest, or `config` (merged over
                the defaults) does not satisfy the module's schema; the message names the
                field path.
        """
        slot = self._slot(name)
        manifest = slot.manifest
        kind = check_scope(manifest, scope_type, scope_id)
        if not isinstance(config, dict):
            raise ConfigError(f"config for module {name!r} must be a mapping")
        if enabled is not None and not isinstance(enabled, bool):
            raise ConfigError(f"enabled must be true, false or None (got {enabled!r})")
        if manifest.config_schema is not None:
            validate_config(
                name, manifest.config_schema, deep_merge(manifest.default_config(), config)
            )
        check_write(manifest, kind, config, enabled, self.configs.floor(manifest, kind))
        row = await self.configs.put(ConfigRow(name, kind, scope_id, dict(config), enabled))
        self._config_changed(name)
        return row

    async def delete_config(self, name: str, scope_type: str, scope_id: str | None) -> bool:
        """Remove one scope's row; True if there was one."""
        manifest = self._slot(name).manifest
        kind = check_scope(manifest, scope_type, scope_id)
        existed = await self.configs.remove(name, kind, scope_id)
        self._config_changed(name)
        return existed

    async def update_config(self, name: str, config: dict[str, Any]) -> None:
        """`set_config(name, "global", None, config)`."""
        await self.set_config(name, "global", None, config)

    async def effective_config(self, name: str, ctx: HookContext) -> dict[str, Any]:
        """What `ctx.config` is for `name` in a call for `ctx` (``enabled`` included)."""
        effective = self.configs.effective(self._slot(name).manifest, ctx)
        return {**effective.config, "enabled": effective.enabled}

    def _config_changed(self, name: str) -> None:
        slot = self._slots.get(name)
        if slot is not None:
            slot.push_config()
            self.events.publish("module:config_updated", name=name, config=slot.config)

    async def _follow_config_changes(self, store: Store) -> None:
        """Apply configuration changes made by other engines sharing the database. When the
        stream breaks (the database went away), listen again and re-read every row, since
        changes may have been missed meanwhile."""
        delay = 0.1
        while True:
            try:
                async with store.config_changes() as changes:
                    delay = 0.1
                    async for name in changes:
                        await self.configs.reload_module(name)
                        self._config_changed(name)
                        await self._apply_state(name, await store.get_module_state(name))
            except StoreError as exc:
                log.warning("lost the configuration change stream (%s); retrying", exc)
            await trio.sleep(delay)
            delay = min(5.0, delay * 2)
            try:
                await self.configs.load()
            except StoreError as exc:
                log.warning("cannot re-read configuration: %s", exc)
                continue
            for name in list(self._slots):
                self._config_changed(name)
            try:
                await self._apply_states(store)
            except StoreError as exc:
                log.warning("cannot re-read module states: %s", exc)

    def subscribe(self, *, max_buffer: int = 1000) -> Subscription:
        """A stream of `EngineEvent`s; close it (or use it as a context manager) when done."""
        return self.events.subscribe(max_buffer=max_buffer)

    # ------------------------------------------------------------ folders

    def revalidate(self, folder: Path) -> Manifest:
        """Read `folder`'s manifest again and check its dependencies against the others.

        Raises:
            ManifestError: invalid, or a dependency is missing or forms a cycle.
        """
        manifest = load_manifest(folder)
        others = [
            Discovered(s.folder, manifest=s.manifest)
            for s in self._slots.values()
            if s.has_manifest and s.folder != folder
        ]
        mine = Discovered(folder, manifest=manifest)
        for d in check_dependencies([*others, mine]):
            if d.folder == folder and d.error is not None:
                raise d.error
        return manifest

    async def _add(self, discovered: Discovered) -> ModuleSlot:
        slot = ModuleSlot(
            self,
            discovered.folder,
            discovered.manifest,
            discovered.error,
            policy=self.restart_policy,
        )
        self._slots[slot.name] = slot
        self.manifests_changed()
        await self._nursery.start(slot.serve)
        return slot

    async def rescan(self) -> None:
        """Load module folders that appeared; unload those that disappeared."""
        present = {p.name: p for p in module_folders(self.modules_dir)}
        known_folders = {s.folder.name: s for s in self._slots.values()}
        for folder_name, slot in list(known_folders.items()):
            if folder_name not in present:
                if slot.has_manifest and slot.manifest.required:
                    log.warning(
                        "required module %r was removed (its folder %s is gone): its hooks "
                        "run without it from now on",
                        slot.name,
                        slot.folder,
                    )
                    self.events.publish(
                        "module:required_removed", name=slot.name, folder=str(slot.folder)
                    )
                await slot.stop()
                self._slots.pop(slot.name, None)
                self.manifests_changed()
        for folder_name, folder in present.items():
            if folder_name not in known_folders:
                try:
                    manifest: Manifest | None = self.revalidate(folder)
                    error = None
                except RaptscallionsError as exc:
                    manifest, error = None, exc
                await self._add(Discovered(folder, manifest=manifest, error=error))

    # ------------------------------------------------------------ startup and shutdown

    async def _start(self) -> None:
        found = discover(self.modules_dir)
        async with trio.open_nursery() as starting:
            for d in found:
                starting.start_soon(self._add, d)
        failed_required = [
            s for s in self._slots.values()
            if s.status != Status.READY
            and (s.manifest.required if s.has_manifest else declares_required(s.folder))
        ]  # fmt: skip
        if failed_required:
            details = "; ".join(f"{s.name}: {s.last_error}" for s in failed_required)
            raise ModuleLoadError(
                f"required module(s) could not load, refusing to start: {details}"
            )
        self.events.publish("supervisor:started", module_count=len(self._slots))

    async def _shutdown(self) -> None:
        """Drain non-blocking calls (bounded), then stop every module."""
        self._closing = True
        with trio.move_on_after(self.drain_timeout):
            await self._background_done.wait()
        async with trio.open_nursery() as nursery:
            for slot in list(self._slots.values()):
                nursery.start_soon(slot.stop)
        self.events.publish("supervisor:stopped")
        self.events.close()

    # ------------------------------------------------------------ from workers

    def _on_extraction(self, record: StoredExtraction) -> None:
        self.sink.add_extraction(record)
        if self.events.has_subscribers:
            self.events.publish(
                "extraction", module=record.module, type=record.type, data=record.data,
                session_id=record.session_id, user_id=record.user_id,
                request_id=record.request_id,
            )  # fmt: skip

    def _on_log(self, entry: LogEntry) -> None:
        self.sink.add_log(entry)
        if self.events.has_subscribers:
            self.events.publish(
                "module:log", module=entry.module, level=entry.level, message=entry.message,
                data=entry.data, request_id=entry.request_id,
            )  # fmt: skip

    async def _answer_db(
        self, manifest: Manifest, identity: CallIdentity, method: str, params: dict[str, Any]
    ) -> Any:
        return await answer_db(self.sink, manifest, identity, method, params)

    def _secrets_for(self, manifest: Manifest) -> Mapping[str, str]:
        """The secrets a process of `manifest`'s module starts with; what changed about them
        since the last start is logged (names only), to the engine's log and the module's."""
        values, status = self.secrets.resolve(manifest)
        if self._secrets_told.get(manifest.name) != status:
            self._secrets_told[manifest.name] = status
            for level, message in describe(manifest.name, status):
                log.log(level, "%s", message)
                self._on_log(
                    LogEntry(
                        manifest.name,
                        "warning" if level >= logging.WARNING else "info",
                        message,
                        {"secrets": attrs.asdict(status)},
                    )
                )
        return values

    def _check_grants(self) -> None:
        """Warn about grants to modules that are not there (a misspelt name, most often)."""
        present = set(self._slots)
        for module in sorted(self.secrets.modules - present):
            log.warning(
                "secrets are granted to module %r, which is not in %s (modules: %s)",
                module,
                self.modules_dir,
                ", ".join(sorted(present)) or "none",
            )


@asynccontextmanager
async def open_engine(
    modules_dir: str | Path,
    *,
    store: Store | None = None,
    watch: bool = False,
    sink: Sink | None = None,
    default_timeout_ms: int = 5000,
    restart_policy: RestartPolicy | None = None,
    start_timeout: float = 30.0,
    cancel_grace: float = 1.0,
    drain_timeout: float = 5.0,
    max_background: int = 100,
    max_frame: int = DEFAULT_MAX_FRAME,
    sandbox: bool = True,
    worker_factory: WorkerFactory | None = None,
    grant_secrets: Grants | None = None,
) -> AsyncIterator[Engine]:
    """Start an engine over `modules_dir` (trio). Every module folder is validated and started
    in its own worker; the engine is yielded once each has become ready or failed (failures
    are on `engine.statuses()`). `sandbox=False` turns Landlock off (modules then read and
    write wherever the host's user may). `worker_factory` replaces the worker processes
    (fakes for policy tests). `grant_secrets` maps a module's name to environment variables
    of this process that its worker may have: it gets those its manifest also declares under
    `secrets`, with this process's values when the worker starts (see `_secrets`).

    Raises:
        ModuleLoadError: a `required: true` module could not load.
        SecretGrantError: `grant_secrets` names a module or a variable malformed.
    """
    secrets = SecretGrants(grant_secrets)
    # Errors (ours at startup, or the caller's from the body) are re-raised outside the
    # nursery, so that callers see them as they are rather than inside an exception group.
    error: BaseException | None = None
    watch_stop: trio.Event | None = None
    async with trio.open_nursery() as nursery:
        writer = StoreSink(store) if store is not None else None
        engine = Engine(
            Path(modules_dir),
            nursery,
            sink=sink or writer or MemorySink(),
            store=store,
            default_timeout_ms=default_timeout_ms,
            restart_policy=restart_policy or RestartPolicy(),
            start_timeout=start_timeout,
            cancel_grace=cancel_grace,
            drain_timeout=drain_timeout,
            max_background=max_background,
            max_frame=max_frame,
            worker_factory=worker_factory or WorkerProcess,
            sandbox=sandbox,
            secrets=secrets,
        )
        if worker_factory is None:
            # Workers are forked from a process that has the SDK imported already; it starts
            # now, importing while the manifests are read.
            spawner = engine.worker_host.spawner = ForkServer(nursery, env=worker_env())
            if module_folders(engine.modules_dir):
                spawner.start()
        try:
            if writer is not None and store is not None:
                await nursery.start(writer.run)
                await engine.configs.load()
                nursery.start_soon(engine._follow_config_changes, store)
            await engine._start()
            engine._check_grants()
            if store is not None:
                await engine._apply_states(store)
            if engine.worker_host.spawner is not None:
                # Started: until a worker must start again, the engine's only processes
                # are its workers.
                await engine.worker_host.spawner.stop()
            if watch:
                from ._watcher import watch_modules

                watched: ReloadHost = engine
                watch_stop = await nursery.start(watch_modules, watched)
        except BaseException as exc:
            error = exc
        else:
            try:
                yield engine
            except BaseException as exc:
                error = exc
        finally:
            if watch_stop is not None:
                # Before any cancellation: the watcher's thread only notices its stop event
                # (a cancelled watcher would hold shutdown up for watchfiles' 5 s timeout).
                watch_stop.set()
            with trio.CancelScope(shield=True):
                await engine._shutdown()
                if writer is not None:
                    await writer.close()
            nursery.cancel_scope.cancel()
    if error is not None:
        raise error
