"""Hot reload: watch the modules folder and reload what changed (debounced).

A change inside a module folder reloads that module (the old generation serves until the new
one is ready); a new folder loads; a removed folder unloads. Editor droppings (swap files,
`__pycache__`) are ignored.
"""

from __future__ import annotations

import logging
from pathlib import Path

import trio
from watchfiles import Change, DefaultFilter, awatch

from ..sdk._errors import RaptscallionsError
from ._host import ReloadHost

log = logging.getLogger("raptscallions.engine")


class _ModuleFilter(DefaultFilter):
    def __call__(self, change: Change, path: str) -> bool:
        name = Path(path).name
        if name.endswith((".pyc", ".swp", ".swx", "~", ".tmp")) or name.startswith(".#"):
            return False
        return bool(super().__call__(change, path))


async def watch_modules(
    engine: ReloadHost,
    *,
    debounce_ms: int = 300,
    task_status: trio.TaskStatus[trio.Event] = trio.TASK_STATUS_IGNORED,
) -> None:
    """Watch `engine.modules_root` until the event it reports started with is set.

    Cancellation: set that event first. Cancelled alone, the watcher returns only once
    watchfiles' thread next times out (seconds later).
    """
    root = engine.modules_root
    stop = trio.Event()
    watcher = awatch(root, watch_filter=_ModuleFilter(), debounce=debounce_ms, stop_event=stop,
                     step=50, force_polling=False)  # fmt: skip
    task_status.started(stop)
    try:
        async for changes in watcher:
            touched: set[str] = set()
            for _, path in changes:
                try:
                    rel = Path(path).relative_to(root)
                except ValueError:
                    continue
                if rel.parts:
                    touched.add(rel.parts[0])
            await _apply(engine, touched)
    finally:
        stop.set()


async def _apply(engine: ReloadHost, touched: set[str]) -> None:
    known = {s.folder.name for s in engine._slots.values()}
    await engine.rescan()
    by_folder = {s.folder.name: s for s in engine._slots.values()}
    for folder in sorted(touched):
        slot = by_folder.get(folder)
        if slot is None or not (slot.folder / "module.yaml").is_file():
            continue
        if folder not in known:
            continue  # just loaded by the rescan, from the files as they are now
        if (
            slot.generation == 0
            and slot.worker is None
            and slot.load_problem is None
            and slot.status != "error"
        ):
            continue  # its first start is under way, from the files as they are now
        try:
            await slot.reload()
        except RaptscallionsError as exc:
            log.warning("reload of %s failed; the previous generation keeps serving: %s",
                        slot.name, exc)  # fmt: skip
