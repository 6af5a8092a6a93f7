"""What supervision and hot reload need of the engine hosting them, as protocols.

`Engine` (`_engine.py`) drives `ModuleSlot` (`_supervisor.py`) and the watcher (`_watcher.py`);
they know it only as a `SlotHost` and a `ReloadHost`, so neither imports `_engine` and the
three do not import each other in a circle. `Worker` and `WorkerFactory`, what a slot needs
of its worker processes, live here too: the host hands a slot its `worker_factory`.

Rules of this file: protocols only, and no import of `_engine`, `_supervisor` or `_watcher`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

import trio

from ..sdk._errors import RaptscallionsError
from ..sdk._manifest import Manifest
from ._config import ConfigResolver
from ._events import EventHub
from ._executor import Reply
from ._records import CallIdentity
from ._secrets import SecretGrants
from ._worker import WorkerHost, WorkerState


class Worker(Protocol):
    """What a slot needs of a worker: `Worker`, or a fake in policy tests."""

    state: WorkerState
    pid: int | None
    exit_reason: str | None
    protections: dict[str, bool]

    @property
    def in_flight(self) -> int: ...

    async def run(self, *, task_status: trio.TaskStatus[Any] = ...) -> None: ...

    async def call(
        self,
        hook: str,
        body: bytes,
        *,
        timeout_s: float,
        identity: CallIdentity,
        config: dict[str, Any] | None = None,
    ) -> Reply: ...

    async def stop(self, *, grace_s: float = 5.0) -> None: ...

    def kill(self, reason: str) -> None: ...

    async def wait_idle(self) -> None: ...

    def update_config(self, config: dict[str, Any]) -> None: ...


class WorkerFactory(Protocol):
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
    ) -> Worker: ...


class SlotHost(Protocol):
    """What a `ModuleSlot` needs of the engine that owns it: `Engine`."""

    configs: ConfigResolver
    events: EventHub
    worker_factory: WorkerFactory
    worker_host: WorkerHost
    start_timeout: float
    cancel_grace: float
    drain_timeout: float
    max_frame: int
    sandbox: bool
    secrets: SecretGrants

    def revalidate(self, folder: Path) -> Manifest:
        """Read `folder`'s manifest again and check it against the other modules.

        Raises:
            ManifestError: invalid, or a dependency is missing or forms a cycle.
        """
        ...

    def manifests_changed(self) -> None:
        """A module's manifest was adopted or dropped: forget the cached hook orders."""
        ...


class ReloadableSlot(Protocol):
    """What the watcher needs of one module's slot: `ModuleSlot`."""

    folder: Path
    generation: int
    worker: Worker | None
    load_problem: RaptscallionsError | None

    @property
    def name(self) -> str: ...

    @property
    def status(self) -> str: ...

    async def reload(self) -> None: ...


class ReloadHost(Protocol):
    """What the watcher needs of the engine it reloads modules of: `Engine`."""

    modules_root: Path

    # The engine's own table of slots: the watcher is part of the engine, not a client of it.
    @property
    def _slots(self) -> Mapping[str, ReloadableSlot]: ...

    async def rescan(self) -> None: ...
