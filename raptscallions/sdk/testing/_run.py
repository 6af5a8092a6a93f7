"""`mock_context` and `run_hook`: run a module's handler in-process, as the engine would."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

import attrs

from .._config_schema import validate_config
from .._context import HookContext
from .._convert import converter
from .._db import StoredExtraction, check_emit_allowed
from .._loader import load_module_folder
from .._manifest import deep_merge
from .._module import Module
from .._results import Continue, Extraction, HookResult
from ._fakes import FakeDatabase, LogRecord, RecordingRuntime, identity_of


def _default_context(hook: str) -> dict[str, Any]:
    return {
        "request_id": "test-request",
        "hook": hook,
        "user": {"id": "user-1", "email": "test@test.com", "name": "Test", "role": "student"},
        "tool": {
            "id": "tool-1",
            "name": "Test Tool",
            "type": "chat",
            "definition": {"behavior": "Test", "model": "test"},
        },
        "session": {"id": "session-1", "state": "active", "message_count": 1},
        "message": {"id": "msg-1", "role": "user", "content": "Hello", "seq": 1},
    }


_CONTEXT_FIELDS = frozenset(
    (a.alias or a.name) for a in attrs.fields(HookContext) if a.alias != "runtime"
)


def mock_context(**overrides: Any) -> HookContext:
    """A complete context: a student user, a chat tool, an active session, the message "Hello".

    Overrides are deep: ``mock_context(user={"role": "teacher"})`` keeps the user's id. A str
    for `message` sets its content; an attrs instance replaces the part whole. `db` seeds
    `ctx.db` (a `FakeDatabase` or a list of `StoredExtraction`). The context is bound to a
    `RecordingRuntime`, so `emit`, `log` and `db` work on it directly.
    """
    db = overrides.pop("db", None)
    unknown = sorted(set(overrides) - _CONTEXT_FIELDS)
    if unknown:
        raise TypeError(
            f"mock_context() got unknown field(s) {', '.join(unknown)}; HookContext fields: "
            f"{', '.join(sorted(_CONTEXT_FIELDS))} (and db)"
        )
    base = _default_context(overrides.get("hook", "chat:before_ai"))
    if isinstance(overrides.get("message"), str):
        overrides["message"] = {"content": overrides["message"]}
    plain: dict[str, Any] = {}
    for key, value in overrides.items():
        if attrs.has(type(value)) or isinstance(value, list | tuple):
            plain[key] = converter.unstructure(value)
        elif isinstance(value, Mapping) and isinstance(base.get(key), dict):
            plain[key] = deep_merge(base[key], value)
        else:
            plain[key] = value
    data = {**base, **plain}
    if "class_" in data:
        data["class"] = data.pop("class_")
    ctx = converter.structure(data, HookContext)
    database = db if isinstance(db, FakeDatabase) else FakeDatabase(_rows(db))
    return ctx.bind(RecordingRuntime(identity=identity_of(ctx), database=database))


def _rows(db: Any) -> list[StoredExtraction]:
    if db is None:
        return []
    rows = list(db)
    for row in rows:
        if not isinstance(row, StoredExtraction):
            raise TypeError(f"mock_context(db=...) takes StoredExtraction rows (got {row!r:.60})")
    return rows


class HookRun(NamedTuple):
    """What `run_hook` returns; unpacks as ``result, extractions, logs``."""

    result: HookResult
    extractions: list[Extraction]
    logs: list[LogRecord]


async def run_hook(
    module: Module | str | Path,
    hook: str,
    ctx: HookContext | None = None,
    config: Mapping[str, Any] | None = None,
) -> HookRun:
    """Run `module`'s handler for `hook` in this process and collect what it did.

    `module` is a `Module` or a module folder's path (then the manifest is validated, its
    defaults apply under `config`, and its permissions are enforced on `emit` and `db`). The
    module is loaded (`on_load`) on its first run; `module.state` persists across runs of the
    same `Module`. `ctx` defaults to `mock_context()`; its `hook` is set to `hook`.

    Raises:
        ConfigError: `config` does not satisfy the manifest's config schema.
    """
    if isinstance(module, str | Path):
        module = load_module_folder(module)
    manifest = module.manifest
    effective = deep_merge(manifest.default_config() if manifest else {}, config or {})
    if ctx is not None and ctx.config:
        effective = deep_merge(effective, ctx.config)
    if manifest is not None and manifest.config_schema is not None:
        validate_config(manifest.name, manifest.config_schema, effective)
    if not module.loaded:
        await module.load(effective)
    else:
        module.config = effective
    base = ctx if ctx is not None else mock_context(hook=hook)
    previous = base._runtime
    database = previous.database if isinstance(previous, RecordingRuntime) else FakeDatabase()
    runtime = RecordingRuntime(
        module=module.name or "test-module",
        permissions=manifest.permissions if manifest else None,
        identity=identity_of(base),
        database=database,
    )
    bound = attrs.evolve(base, hook=hook, config=effective, runtime=runtime)
    result = await module.call(hook, bound)
    extractions = list(runtime.extractions)
    if isinstance(result, Continue) and result.extractions:
        check_emit_allowed(runtime.module, runtime.permissions)
        for extraction in result.extractions:
            runtime.store(extraction)
        extractions.extend(result.extractions)
    return HookRun(result, extractions, list(runtime.logs))
