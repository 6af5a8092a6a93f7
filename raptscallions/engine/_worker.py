"""One module generation's worker process, seen from the host.

`WorkerProcess.run` starts the worker (forked by the engine's fork server, or as a new
``python -m raptscallions.sdk.worker``) in its own process group with an allow-listed
environment (plus the secrets its manifest declares and the operator granted, which reach
it through a pipe: see `_spawner`) and a private socket, loads the module, and reports ready
through `task_status` only once `on_load` has finished. Calls are matched to replies by
id. The hot path builds no message objects: a call writes its frame (alone, at once; under
load, in one write with the others of its scheduler batch), and waits on the socket itself
if no other call does (`_lead`), so that its answer wakes it directly; one task sleeps until
the earliest deadline of all the calls in flight.

Cancellation: a call whose deadline passes (or whose caller is cancelled) is cancelled in the
worker; a worker that has not given it up within `cancel_grace` is killed. Whatever way the
process ends, the calls in flight fail at once.
"""

from __future__ import annotations

import itertools
import math
import os
import shutil
import signal
import socket
import sys
import tempfile
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final, Literal

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
    NO_CHANGE,
    Cancel,
    ConfigUpdate,
    DbQuery,
    DbResponse,
    Emitted,
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
    encode_execute,
)
from ..sdk._results import Continue, Extraction, HookResult
from ..sdk._transport import FrameWriter
from ._executor import ModuleNotReady, Reply
from ._records import CallIdentity, LogEntry, make_extraction
from ._spawner import ForkedProcess, ForkServer, WorkerProcessHandle, spawn_process

READ_SIZE: Final = 256 * 1024
IDLE_AFTER_S: Final = 0.02  # no call for this long: the idle watcher waits on the socket
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


class _Pending:
    """One call in flight: who it is for, and (once known) how it ended. The caller's task
    waits for it with `wait_task_rescheduled`; whoever settles the call (the reader, the
    deadline task, the process's end) reschedules that task once."""

    __slots__ = ("answered", "error", "error_type", "extractions", "hook", "identity", "lead",
                 "result", "task", "timed_out")  # fmt: skip

    def __init__(self, identity: CallIdentity, hook: str) -> None:
        self.identity = identity
        self.hook = hook
        self.task: trio.lowlevel.Task | None = None
        self.answered = False
        self.timed_out = False
        self.lead = False  # asked to take over reading the socket
        self.result: HookResult | None = None
        self.error: str | None = None
        self.error_type: str | None = None
        self.extractions: list[Extraction] | None = None

    def wake(self) -> None:
        task = self.task
        if task is not None:
            self.task = None
            trio.lowlevel.reschedule(task)

    def abort(self, _: Any) -> trio.lowlevel.Abort:
        self.task = None  # cancelled: nobody waits any more
        return trio.lowlevel.Abort.SUCCEEDED


_NO_CHANGE_REPLY: Final = Reply(NO_CHANGE, ())


DbAnswer = Callable[[Manifest, CallIdentity, str, dict[str, Any]], Awaitable[Any]]


class WorkerHost:
    """What the engine gives each worker: where emitted data goes, who answers `ctx.db`,
    the fork server that starts worker processes (None: each starts a new interpreter), and
    the secrets a module's process gets (None: none), asked each time one starts."""

    def __init__(
        self,
        *,
        extraction: Callable[[StoredExtraction], None],
        log: Callable[[LogEntry], None],
        db: DbAnswer,
        spawner: ForkServer | None = None,
        secrets: Callable[[Manifest], Mapping[str, str]] | None = None,
    ) -> None:
        self.extraction = extraction
        self.log = log
        self.db = db
        self.spawner = spawner
        self.secrets = secrets


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
        self._proc: WorkerProcessHandle | None = None
        self._sock: socket.socket | None = None
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._cancelling: dict[int, trio.Event] = {}
        self._writer: FrameWriter | None = None
        # Deadlines of the calls in flight, per timeout (each deque in deadline order), and
        # the scope the deadline task sleeps in until the earliest.
        self._deadlines: dict[float, deque[tuple[float, int]]] = {}
        self._timer: trio.CancelScope | None = None
        # Who reads the socket: the call leading (parked in wait_readable, or reading), or
        # the idle watcher while no call has come for a while (see `_lead`, `_watch`).
        self._codec = FrameCodec(max_frame=max_frame)
        self._leader: _Pending | None = None
        self._leader_parked = False
        self._watching = False
        self._eof = False
        self._activity = 0
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
        spawned: tuple[WorkerProcessHandle, socket.socket] | None = None
        spawner = self.host.spawner
        # Asked now, not once: a restart or reload gets the grants and the manifest as they
        # are (and the host's values as they are).
        secrets = self.host.secrets(self.manifest) if self.host.secrets is not None else None
        try:
            if spawner is not None:
                spawned = await spawner.spawn(
                    cwd=self._folder, tmpdir=self.tmp_dir, max_frame=self.max_frame,
                    python=self.python, secrets=secrets,
                )  # fmt: skip
            if spawned is None:
                spawned = await spawn_process(
                    self.python, cwd=self._folder, env=worker_env({"TMPDIR": self.tmp_dir}),
                    max_frame=self.max_frame, secrets=secrets,
                )  # fmt: skip
        except ModuleLoadError as exc:
            await trio.to_thread.run_sync(shutil.rmtree, self.tmp_dir, True)
            raise ModuleLoadError(f"module {self.name!r}: {exc}") from None
        self._proc, sock = spawned
        sock.setblocking(False)
        self._sock = sock
        self.pid = self._proc.pid
        self._writer = FrameWriter(sock)
        load_error: str | None = None
        try:
            async with trio.open_nursery() as nursery:
                self._nursery = nursery
                nursery.start_soon(self._writer.run)
                nursery.start_soon(self._read_stderr)
                nursery.start_soon(self._watch)
                nursery.start_soon(self._expire_deadlines)
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
        self._drain()  # what it sent before it ended, whether or not a call waited for it
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
        if self._sock is not None:
            trio.lowlevel.notify_closing(self._sock)
            self._sock.close()
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
            if not pending.answered:
                pending.answered = True
                pending.error = f"module {self.name!r} {reason}"
                pending.error_type = "exited"
                pending.wake()
        self._pending.clear()
        self._idle.set()
        self._kick_leader()
        for event in self._cancelling.values():
            event.set()
        if self.on_exit is not None:
            self.on_exit(self)

    def _kill_group(self, sig: signal.Signals) -> None:
        if self._proc is None or self._proc.returncode is not None:
            return
        if isinstance(self._proc, ForkedProcess):
            self._proc.kill_group(sig)
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
        frame = encode_execute(call_id, hook, config, body, max_frame=self.max_frame)
        pending = _Pending(identity, hook)
        self._pending[call_id] = pending
        assert self._writer is not None
        # Alone, the frame goes out now; with others in flight, it shares their write.
        self._writer.write(frame, batch=len(self._pending) > 1)
        self._add_deadline(timeout_s, call_id)
        self._activity += 1
        try:
            if self._leader is None and not self._watching:
                await self._lead(pending)
            else:
                pending.task = trio.lowlevel.current_task()
                await trio.lowlevel.wait_task_rescheduled(pending.abort)
                if pending.lead:  # asked to lead (the role is reserved for this call)
                    pending.lead = False
                    if pending.answered or pending.timed_out:
                        self._leader = None
                        self._pass_lead()
                    else:
                        await self._lead(pending)
        finally:
            if not pending.answered:
                self._abandon(call_id)
        if not pending.answered:
            raise HookTimeout(self.name, hook, timeout_s * 1000)
        if pending.error is not None:
            cls = WorkerExited if pending.error_type == "exited" else WorkerCallError
            raise cls(pending.error)
        result = pending.result
        assert result is not None
        if pending.extractions is None:
            if result is NO_CHANGE:
                return _NO_CHANGE_REPLY
            emitted: tuple[Extraction, ...] = ()
        else:
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

    # ---------------------------------------------------------------- deadlines

    def _add_deadline(self, timeout_s: float, call_id: int) -> None:
        """Time call `call_id` out `timeout_s` from now. One task sleeps until the earliest
        deadline of all the calls in flight, instead of a cancel scope for each call."""
        deadline = trio.current_time() + timeout_s
        queue = self._deadlines.get(timeout_s)
        if queue is None:
            queue = self._deadlines[timeout_s] = deque()
        pending = self._pending
        while queue and queue[0][1] not in pending:  # calls answered since: forget them
            queue.popleft()
        queue.append((deadline, call_id))
        timer = self._timer
        if timer is not None and deadline < timer.deadline:
            timer.deadline = deadline

    def _next_deadline(self) -> float:
        earliest = math.inf
        pending = self._pending
        for queue in self._deadlines.values():
            while queue and queue[0][1] not in pending:
                queue.popleft()
            if queue and queue[0][0] < earliest:
                earliest = queue[0][0]
        return earliest

    async def _expire_deadlines(self) -> None:
        """The deadline task: time out each call in flight whose deadline has passed."""
        while True:
            with trio.CancelScope(deadline=self._next_deadline()) as timer:
                self._timer = timer
                await trio.sleep_forever()
            self._timer = None
            now = trio.current_time()
            pending = self._pending
            for queue in self._deadlines.values():
                while queue and (queue[0][0] <= now or queue[0][1] not in pending):
                    _, call_id = queue.popleft()
                    call = pending.get(call_id)
                    if call is not None and not call.answered:
                        call.timed_out = True
                        if call is self._leader:
                            self._kick_leader()
                        else:
                            call.wake()

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

    # Reading. No task waits on the socket for the calls in flight: a call's own task does
    # (it "leads"), and hands that on to another call in flight when its answer is in, so
    # that a reply wakes its caller directly. While no call has come for a while, the idle
    # watcher waits on the socket instead (for what a worker sends outside calls: loading,
    # logs, unloading); a call that comes then follows it, and the next ones lead again.

    async def _lead(self, pending: _Pending) -> None:
        """Read the socket until `pending` is answered or timed out (its deadline, or the
        process's end, kicks this task out of its wait with `notify_closing`)."""
        sock = self._sock
        assert sock is not None
        self._leader = pending
        try:
            while not pending.answered and not pending.timed_out:
                if self._eof:  # nothing more will come: wait for the process's end
                    pending.task = trio.lowlevel.current_task()
                    await trio.lowlevel.wait_task_rescheduled(pending.abort)
                    continue
                self._leader_parked = True
                try:
                    await trio.lowlevel.wait_readable(sock)
                except trio.ClosedResourceError:
                    continue  # kicked: answered, timed out, or the worker is gone
                finally:
                    self._leader_parked = False
                self._read_now()
        finally:
            self._leader = None
            self._pass_lead()

    def _pass_lead(self) -> None:
        """Ask a call still waiting (the oldest) to lead, if there is one; the role is
        reserved for it from now on."""
        if self._leader is not None:
            return
        for waiting in self._pending.values():
            if waiting.task is not None and not waiting.answered:
                self._leader = waiting
                waiting.lead = True
                waiting.wake()
                return

    def _kick_leader(self) -> None:
        if self._leader is not None and self._leader_parked and self._sock is not None:
            trio.lowlevel.notify_closing(self._sock)

    async def _watch(self) -> None:
        """The idle watcher (see above): rests while calls come and go, picking up what no
        call waits for; once none has come since its last look, waits on the socket."""
        sock = self._sock
        assert sock is not None
        seen = -1
        while not self._eof and self.state != "exited":
            if seen == self._activity and self._leader is None and not self._pending:
                self._watching = True
                try:
                    await trio.lowlevel.wait_readable(sock)
                except trio.ClosedResourceError:
                    if sock.fileno() == -1:
                        return
                    continue
                finally:
                    self._watching = False
            else:
                seen = self._activity
                await trio.sleep(IDLE_AFTER_S)
            if self._leader is None:
                self._read_now()

    def _drain(self) -> None:
        while not self._eof and self.state != "exited" and self._read_now():
            pass

    def _read_now(self) -> bool:
        """Take and dispatch what has arrived (one `recv` for all the frames that came
        together); a malformed frame kills the worker. Whether anything came."""
        sock = self._sock
        assert sock is not None
        try:
            data = sock.recv(READ_SIZE)
        except BlockingIOError:
            return False
        except OSError:
            data = b""
        codec = self._codec
        try:
            codec.receive_data(data)
            for msg in codec.take():
                self._dispatch(msg)
            if codec.error is not None:
                raise codec.error
        except ProtocolError as exc:
            self.kill(f"sent a malformed reply ({exc})")
            return False
        if not data:
            self._eof = True
        return True

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
        if type(msg) is HookDone:
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
            pending.answered = True
            pending.wake()
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
            if pending.extractions is None:
                pending.extractions = []
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
