"""One module generation's worker process, seen from the host.

`WorkerProcess.run` spawns ``python -m raptscallions.sdk.worker`` in its own process group
with an allow-listed environment and a private socket, loads the module, and reports ready
through `task_status` only once `on_load` has finished. Calls are matched to replies by id;
one reader task and one coalescing writer serve every call in flight.

Cancellation: a call whose deadline passes (or whose caller is cancelled) is cancelled in the
worker; a worker that has not given it up within `cancel_grace` is killed. Whatever way the
process ends, the calls in flight fail at once.
"""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final, Literal

import attrs
import trio

from ..sdk._db import StoredExtraction, check_emit_allowed
from ..sdk._errors import (
    HookTimeout,
    ModuleLoadError,
    PermissionDenied,
    ProtocolError,
    RaptscallionsError,
)
from ..sdk._manifest import Manifest
from ..sdk._protocol import (
    DEFAULT_MAX_FRAME,
    Cancel,
    ConfigUpdate,
    DbQuery,
    DbResponse,
    Emitted,
    ExecuteHook,
    FrameCodec,
    HookDone,
    Load,
    LoadFailed,
    Log,
    Message,
    Ready,
    Shutdown,
    Unloaded,
    encode,
)
from ..sdk._results import Continue, Extraction, HookResult
from ..sdk._transport import FrameWriter
from ._executor import ModuleNotReady, Reply
from ._records import CallIdentity, LogEntry, make_extraction

READ_SIZE: Final = 256 * 1024
STDERR_TAIL: Final = 40
ENV_ALLOW: Final = (
    "PATH", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TZ", "TMPDIR",
    "PYTHONPATH", "PYTHONHASHSEED", "PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED",
    "PYTHONFAULTHANDLER", "VIRTUAL_ENV", "SYSTEMROOT",
)  # fmt: skip

WorkerState = Literal["starting", "ready", "stopping", "exited"]


class WorkerCallError(RaptscallionsError):
    """A call failed in the worker (the handler raised, returned garbage, or the process
    ended before answering)."""


class WorkerExited(WorkerCallError):
    """The worker process ended with the call in flight (a crash: traced as an error)."""


def worker_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment a worker gets: only allow-listed variables of the host's, so no
    database URL, API key or token reaches module code. Few malloc arenas keep the address
    space (which the memory limit counts) close to what the module really uses."""
    env = {k: v for k, v in os.environ.items() if k in ENV_ALLOW}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["MALLOC_ARENA_MAX"] = "2"
    env.update(extra or {})
    return env


HOST_PROTECTIONS: Final = {
    "process_group": True,
    "env_allowlist": True,
    "closed_fds": True,
    "private_tmp": True,
}


@attrs.define
class _Pending:
    identity: CallIdentity
    hook: str
    done: trio.Event = attrs.field(factory=trio.Event)
    result: HookResult | None = None
    error: str | None = None
    error_type: str | None = None
    extractions: list[Extraction] = attrs.field(factory=list)


DbAnswer = Callable[[Manifest, CallIdentity, str, dict[str, Any]], Awaitable[Any]]


class WorkerHost:
    """What the engine gives each worker: where emitted data goes and who answers `ctx.db`."""

    def __init__(
        self,
        *,
        extraction: Callable[[StoredExtraction], None],
        log: Callable[[LogEntry], None],
        db: DbAnswer,
    ) -> None:
        self.extraction = extraction
        self.log = log
        self.db = db


class WorkerProcess:
    def __init__(
        self,
        manifest: Manifest,
        *,
        config: dict[str, Any],
        host: WorkerHost,
        generation: int = 1,
        start_timeout: float = 30.0,
        cancel_grace: float = 1.0,
        max_frame: int = DEFAULT_MAX_FRAME,
        python: str = sys.executable,
        on_exit: Callable[[WorkerProcess], None] | None = None,
        sandbox: bool = True,
    ) -> None:
        self.manifest = manifest
        self.name = manifest.name
        self._folder = str(manifest.folder.resolve())
        self.config = config
        self.host = host
        self.generation = generation
        self.start_timeout = start_timeout
        self.cancel_grace = cancel_grace
        self.max_frame = max_frame
        self.python = python
        self.on_exit = on_exit
        self.sandbox = sandbox
        self.tmp_dir = tempfile.mkdtemp(prefix=f"raptscallions-{self.name}-")
        self.state: WorkerState = "starting"
        self.pid: int | None = None
        self.exit_code: int | None = None
        self.exit_reason: str | None = None
        self.protections: dict[str, bool] = {}
        self.hooks: tuple[str, ...] = ()
        self.stderr_tail: deque[str] = deque(maxlen=STDERR_TAIL)
        self._proc: trio.Process | None = None
        self._stream: trio.SocketStream | None = None
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._cancelling: dict[int, trio.Event] = {}
        self._writer: FrameWriter | None = None
        self._nursery: trio.Nursery | None = None
        self._loaded = trio.Event()
        self._load_error: str | None = None
        self._unloaded = trio.Event()
        self._idle = trio.Event()

    def __repr__(self) -> str:
        return f"<WorkerProcess {self.name} gen={self.generation} pid={self.pid} {self.state}>"

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    async def wait_idle(self) -> None:
        """Return once no call is in flight (or the worker is gone)."""
        while self._pending and self.state in ("ready", "stopping"):
            self._idle = trio.Event()
            await self._idle.wait()

    def _pop_pending(self, call_id: int) -> _Pending | None:
        pending = self._pending.pop(call_id, None)
        if not self._pending:
            self._idle.set()
        return pending

    # ---------------------------------------------------------------- lifecycle

    async def run(self, *, task_status: trio.TaskStatus[WorkerProcess] = trio.TASK_STATUS_IGNORED
                  ) -> None:  # fmt: skip
        """Start the process, load the module, report ready, then serve until it exits.

        Raises:
            ModuleLoadError: the module failed to load (import error, on_load raised, no
                answer within `start_timeout`, or the process died first); raised before
                ready, so `nursery.start` raises it.
        """
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._proc = await trio.lowlevel.open_process(
                [self.python, "-m", "raptscallions.sdk.worker", "--fd", str(child.fileno()),
                 "--max-frame", str(self.max_frame)],
                pass_fds=(child.fileno(),),
                env=worker_env({"TMPDIR": self.tmp_dir}),
                cwd=self._folder,
                start_new_session=True,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )  # fmt: skip
        except BaseException:
            parent.close()
            raise
        finally:
            child.close()
        self.pid = self._proc.pid
        self._stream = trio.SocketStream(trio.socket.from_stdlib_socket(parent))
        self._writer = FrameWriter(parent, self._stream)
        load_error: str | None = None
        try:
            async with trio.open_nursery() as nursery:
                self._nursery = nursery
                nursery.start_soon(self._writer.run)
                nursery.start_soon(self._read_stderr)
                nursery.start_soon(self._read_loop)
                self._send(
                    Load(self.name, self._folder, dict(self.manifest.raw), self.config,
                         sandbox=self.sandbox)
                )  # fmt: skip
                with trio.move_on_after(self.start_timeout) as scope:
                    await self._loaded.wait()
                if scope.cancelled_caught:
                    load_error = (
                        f"module {self.name!r} did not finish loading within "
                        f"{self.start_timeout:g} s"
                    )
                elif self._load_error is not None or self.state == "exited":
                    load_error = self._load_error or self._exit_text()
                if load_error is None:
                    self.state = "ready"
                    task_status.started(self)
                    await self._wait_exit()
                nursery.cancel_scope.cancel()
        finally:
            with trio.CancelScope(shield=True):
                await self._reap()
        if load_error is not None:
            # Raised outside the nursery, so that `nursery.start` callers see it plainly.
            raise ModuleLoadError(load_error)

    async def _wait_exit(self) -> None:
        assert self._proc is not None
        await self._proc.wait()
        self.exit_code = self._proc.returncode
        self._mark_exited(self.exit_reason or self._exit_text())

    async def _reap(self) -> None:
        """Make sure the process group is gone and every call in flight has failed."""
        proc = self._proc
        if proc is not None and proc.returncode is None:
            self._kill_group(signal.SIGKILL)
            with trio.move_on_after(5):
                await proc.wait()
        if proc is not None:
            self.exit_code = proc.returncode
        self._mark_exited(self.exit_reason or self._exit_text())
        if self._stream is not None:
            await self._stream.aclose()
        if proc is not None and proc.stderr is not None:
            await proc.stderr.aclose()
        await trio.to_thread.run_sync(shutil.rmtree, self.tmp_dir, True)

    def _exit_text(self) -> str:
        code = (
            self.exit_code
            if self.exit_code is not None
            else (self._proc.returncode if self._proc else None)
        )
        if code is None:
            what = "worker stopped"
        elif code < 0:
            try:
                sig = signal.Signals(-code).name
            except ValueError:
                sig = str(-code)
            what = f"worker killed by {sig}"
        else:
            what = f"worker exited with code {code}"
        tail = [line for line in self.stderr_tail if line.strip()]
        return f"{what}: {tail[-1]}" if tail else what

    def _mark_exited(self, reason: str) -> None:
        if self.state == "exited":
            return
        self.state = "exited"
        self.exit_reason = reason
        self._loaded.set()
        self._unloaded.set()
        for pending in self._pending.values():
            if not pending.done.is_set():
                pending.error = f"module {self.name!r} {reason}"
                pending.error_type = "exited"
                pending.done.set()
        self._pending.clear()
        self._idle.set()
        for event in self._cancelling.values():
            event.set()
        if self.on_exit is not None:
            self.on_exit(self)

    def _kill_group(self, sig: signal.Signals) -> None:
        if self._proc is None or self._proc.returncode is not None:
            return
        try:
            os.killpg(self._proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass

    def kill(self, reason: str) -> None:
        """End the process now (a hang, a protocol violation); calls in flight fail."""
        if self.exit_reason is None:
            self.exit_reason = reason
        self._mark_exited(reason)
        self._kill_group(signal.SIGKILL)

    async def stop(self, *, grace_s: float = 5.0) -> None:
        """Ask the worker to unload (`on_unload`) and exit; escalate to SIGTERM, then SIGKILL.

        Cancellation: shielded; it always ends with the process gone.
        """
        with trio.CancelScope(shield=True):
            if self.state in ("ready", "starting"):
                self.state = "stopping"
                self._send(Shutdown())
                with trio.move_on_after(grace_s):
                    await self._unloaded.wait()
            proc = self._proc
            if proc is None:
                return
            with trio.move_on_after(grace_s):
                await proc.wait()
            if proc.returncode is None:
                self._kill_group(signal.SIGTERM)
                with trio.move_on_after(1.0):
                    await proc.wait()
            if proc.returncode is None:
                self._kill_group(signal.SIGKILL)
                with trio.move_on_after(5.0):
                    await proc.wait()
            self._mark_exited(self.exit_reason or "stopped")

    # ---------------------------------------------------------------- calls

    async def call(
        self,
        hook: str,
        body: bytes,
        *,
        timeout_s: float,
        identity: CallIdentity,
        config: dict[str, Any] | None = None,
    ) -> Reply:
        """Run `hook` in the worker with the context `body`.

        Raises:
            ModuleNotReady: the worker is not serving (starting, stopping, exited).
            HookTimeout: no answer within `timeout_s` (the call is cancelled in the worker).
            WorkerCallError: the handler failed, or the worker ended mid-call.
        Cancellation: the call is cancelled in the worker too.
        """
        if self.state != "ready":
            raise ModuleNotReady(f"module {self.name!r} is {self.state}")
        call_id = next(self._ids)
        pending = _Pending(identity, hook)
        self._pending[call_id] = pending
        try:
            self._send(ExecuteHook(call_id, hook, config, body))
            with trio.move_on_after(timeout_s):
                await pending.done.wait()
        finally:
            if not pending.done.is_set():
                self._abandon(call_id)
        if not pending.done.is_set():
            raise HookTimeout(self.name, hook, timeout_s * 1000)
        if pending.error is not None:
            cls = WorkerExited if pending.error_type == "exited" else WorkerCallError
            raise cls(pending.error)
        result = pending.result
        assert result is not None
        emitted = tuple(pending.extractions)
        if isinstance(result, Continue) and result.extractions:
            try:
                check_emit_allowed(self.name, self.manifest.permissions)
            except PermissionDenied as exc:
                raise WorkerCallError(f"{exc} (it returned Continue(extractions=...))") from None
            for extraction in result.extractions:
                self._store_extraction(extraction.type, extraction.data, identity)
            emitted += result.extractions
        return Reply(result, emitted)

    def _abandon(self, call_id: int) -> None:
        """The caller gave up on `call_id`: cancel it in the worker, and kill the worker if it
        has not given the call up within the grace period."""
        self._pop_pending(call_id)
        if self.state not in ("ready", "stopping") or self._nursery is None:
            return
        self._send(Cancel(call_id))
        acked = trio.Event()
        self._cancelling[call_id] = acked
        self._nursery.start_soon(self._watch_cancel, call_id, acked)

    async def _watch_cancel(self, call_id: int, acked: trio.Event) -> None:
        with trio.move_on_after(self.cancel_grace):
            await acked.wait()
        self._cancelling.pop(call_id, None)
        if not acked.is_set():
            self.kill(
                f"did not give up a cancelled call within {self.cancel_grace:g} s "
                "(a handler stuck in a loop?)"
            )

    def update_config(self, config: dict[str, Any]) -> None:
        self.config = config
        if self.state == "ready":
            self._send(ConfigUpdate(config))

    # ---------------------------------------------------------------- I/O

    def _send(self, msg: Message) -> None:
        if self._writer is not None:
            self._writer.write(encode(msg, max_frame=self.max_frame))

    async def _read_loop(self) -> None:
        assert self._stream is not None
        codec = FrameCodec(max_frame=self.max_frame)
        while True:
            try:
                data = await self._stream.receive_some(READ_SIZE)
            except (trio.BrokenResourceError, trio.ClosedResourceError):
                data = b""
            try:
                codec.receive_data(data)
                for msg in codec.events():
                    self._dispatch(msg)
            except ProtocolError as exc:
                self.kill(f"sent a malformed reply ({exc})")
                return
            if not data:
                return

    async def _read_stderr(self) -> None:
        assert self._proc is not None and self._proc.stderr is not None
        buf = b""
        async for chunk in self._proc.stderr:
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for raw in lines:
                self._stderr_line(raw)
            if len(buf) > 64 * 1024:
                self._stderr_line(buf)
                buf = b""
        if buf:
            self._stderr_line(buf)

    def _stderr_line(self, raw: bytes) -> None:
        line = raw.decode("utf-8", "replace").rstrip()
        self.stderr_tail.append(line)
        if line:
            self.host.log(LogEntry(self.name, "warning", line, {"stream": "stderr"}))

    def _dispatch(self, msg: Message) -> None:
        if isinstance(msg, HookDone):
            pending = self._pop_pending(msg.id)
            if pending is None:
                acked = self._cancelling.get(msg.id)
                if acked is not None:
                    acked.set()
                return
            if msg.error is not None or msg.result is None:
                pending.error = msg.error or "the worker answered without a result"
                pending.error_type = msg.error_type
            else:
                pending.result = msg.result
            pending.done.set()
        elif isinstance(msg, Emitted):
            self._on_emitted(msg)
        elif isinstance(msg, Log):
            pending = self._pending.get(msg.call_id) if msg.call_id is not None else None
            identity = pending.identity if pending else None
            self.host.log(
                LogEntry(
                    self.name,
                    msg.level,
                    msg.message,
                    msg.data,
                    session_id=identity.session_id if identity else None,
                    request_id=identity.request_id if identity else None,
                )
            )
        elif isinstance(msg, DbQuery):
            assert self._nursery is not None
            self._nursery.start_soon(self._answer_db, msg)
        elif isinstance(msg, Ready):
            self.protections = {**HOST_PROTECTIONS, **msg.protections}
            self.hooks = tuple(msg.hooks)
            self._loaded.set()
        elif isinstance(msg, LoadFailed):
            self._load_error = msg.error
            self._loaded.set()
        elif isinstance(msg, Unloaded):
            self._unloaded.set()
        else:
            raise ProtocolError(f"a worker may not send {type(msg).__name__}")

    def _on_emitted(self, msg: Emitted) -> None:
        pending = self._pending.get(msg.call_id) if msg.call_id is not None else None
        try:
            check_emit_allowed(self.name, self.manifest.permissions)
        except PermissionDenied as exc:
            self.host.log(LogEntry(self.name, "error", f"extraction refused: {exc}"))
            return
        identity = pending.identity if pending else None
        extraction = Extraction(msg.extraction_type, msg.data)
        if pending is not None:
            pending.extractions.append(extraction)
        self._store_extraction(msg.extraction_type, msg.data, identity)

    def _store_extraction(
        self, type: str, data: dict[str, Any], identity: CallIdentity | None
    ) -> None:
        self.host.extraction(make_extraction(self.name, type, data, identity))

    async def _answer_db(self, msg: DbQuery) -> None:
        pending = self._pending.get(msg.call_id)
        try:
            if pending is None:
                raise PermissionDenied(
                    f"module {self.name!r} used ctx.db for call {msg.call_id}, which is not in "
                    "flight (ctx.db works only while the module serves a call)"
                )
            result = await self.host.db(self.manifest, pending.identity, msg.method, msg.params)
            response = DbResponse(msg.id, result=result)
        except (PermissionDenied, ValueError) as exc:
            self.host.log(LogEntry(self.name, "warning", f"ctx.db refused: {exc}"))
            response = DbResponse(msg.id, error=str(exc), error_type=type(exc).__name__)
        except Exception as exc:
            response = DbResponse(msg.id, error=f"{type(exc).__name__}: {exc}", error_type="error")
        if self.state in ("ready", "stopping"):
            self._send(response)
