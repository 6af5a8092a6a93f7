"""`run_module`: a module folder through a real worker process, exactly as the engine runs it.

It drives the engine's host side of a worker, so it lives here, above both the SDK and the
engine; `raptscallions.sdk.testing` serves it by a lazy import, so importing the SDK (as every
module process does) never loads the engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import trio

from ..engine._executor import Payload
from ..engine._records import CallIdentity, MemorySink, answer_db
from ..engine._worker import WorkerHost, WorkerProcess
from ..sdk._config_schema import validate_config
from ..sdk._context import HookContext
from ..sdk._errors import ConfigError, RaptscallionsError
from ..sdk._manifest import deep_merge, load_manifest
from ..sdk.testing._fakes import LogRecord
from ..sdk.testing._run import HookRun, mock_context


async def run_module(
    path: str | Path,
    hook: str,
    ctx: HookContext | None = None,
    config: Mapping[str, Any] | None = None,
    *,
    timeout_s: float = 10.0,
    secrets: Mapping[str, str] | None = None,
) -> HookRun:
    """Start the module at `path` in its own worker process, run `hook` once, stop it.

    Returns what `run_hook` returns: the result, the extractions emitted during the call and
    the module's log records (stdout lines included). `ctx.db` is answered, with the engine's
    sandbox rules, from what the module emits during the call. `secrets` are the values of
    variables the manifest declares under `secrets`, as an operator would grant them: they
    are in the worker's `os.environ` (and nothing else of the caller's environment is).

    Raises:
        ConfigError: `secrets` names a variable the manifest does not declare.
        ManifestError, ModuleLoadError: the module cannot load.
        HookTimeout: no answer within `timeout_s`.
        RaptscallionsError: the handler failed (the message says how).
    """
    manifest = load_manifest(path)
    effective = deep_merge(manifest.default_config(), config or {})
    if manifest.config_schema is not None:
        validate_config(manifest.name, manifest.config_schema, effective)
    context = ctx if ctx is not None else mock_context(hook=hook)
    sink = MemorySink()

    async def db(*args: Any) -> Any:
        return await answer_db(sink, *args)

    undeclared = sorted(set(secrets or {}) - set(manifest.secrets))
    if undeclared:
        raise ConfigError(
            f"{manifest.file}: secrets= gives {', '.join(undeclared)}, which the manifest does "
            f"not declare under secrets (declared: {', '.join(manifest.secrets) or 'none'})"
        )
    granted = dict(secrets or {})
    host = WorkerHost(
        extraction=sink.add_extraction, log=sink.add_log, db=db, secrets=lambda _: granted
    )
    error: RaptscallionsError | None = None
    reply = None
    async with trio.open_nursery() as nursery:
        # Errors are kept and raised outside the nursery, so callers see them plainly.
        try:
            worker: WorkerProcess = await nursery.start(
                WorkerProcess(manifest, config=effective, host=host).run
            )
        except RaptscallionsError as exc:
            error = exc
        else:
            try:
                reply = await worker.call(
                    hook,
                    Payload(context).body,
                    timeout_s=timeout_s,
                    identity=CallIdentity.of(context),
                )
            except RaptscallionsError as exc:
                error = exc
            finally:
                await worker.stop()
    if error is not None:
        raise error
    assert reply is not None
    logs = [LogRecord(e.level, e.message, e.data) for e in sink.logs]
    return HookRun(reply.result, list(reply.extractions), logs)
