"""A module worker's loop: frames in, handlers run, frames out.

Rules of this file:
- One reader at a time owns the socket. It blocks in `recv` while no handler is suspended
  (no event loop work at all then) and waits through trio while some are.
- A handler runs eagerly, in the reader's own trio task: when it returns without
  suspending, its reply joins the batch's other frames and leaves in one write. When it
  suspends (`ctx.db`, a sleep, outbound I/O, a sync handler's thread), the task stays with
  that call, and a new reader takes the socket and the rest of the batch.
- A call can be cancelled (`Cancel` from the host) only while it is suspended, and then
  the scope of the task it keeps is the call's own.
- Each call runs in its own copy of the reader's `contextvars` context, as in a task of its
  own.
- Frames leave through `Channel`: queued while the reader works through a batch, written at
  once otherwise; other threads (sync handlers, the module's own) write directly, under the
  channel's lock.
"""

from __future__ import annotations

import contextvars
import ctypes
import gc
import io
import itertools
import os
import socket
import sys
import threading
import traceback
import types
from collections import deque
from collections.abc import Coroutine, Generator, Mapping
from datetime import datetime
from typing import Any, Final

import trio

from ._context import HookContext, LogLevel
from ._convert import make_converter
from ._db import DEFAULT_LIMIT, QUERY_TIMEOUT_S, StoredExtraction, check_emit_allowed
from ._errors import HookError, PermissionDenied, ProtocolError, RaptscallionsError
from ._fastctx import decode_context
from ._loader import import_module_folder
from ._manifest import Manifest, build_manifest
from ._module import Module
from ._protocol import (
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
    encode_done,
)
from ._results import HookResult
from ._sandbox import confine

READ_SIZE: Final = 256 * 1024
UNLOAD_TIMEOUT_S: Final = 5.0
PROTECTIONS: dict[str, bool] = {}
"""What confines this process, as reported to the host (filled in at start and at load)."""

_converter = make_converter(detailed_validation=False)


def release_free_memory() -> None:
    """Hand the pages that loading freed (compiling the module's source, its imports'
    temporaries) back to the system: a worker then idles at what it holds, not at its
    peak. glibc keeps freed heap otherwise; elsewhere this does nothing.

    The heap's top is kept (a pad larger than any heap): only resident pages go, the
    address space stays as it was, so the memory limit set before the import (what it
    allows beyond) is exactly as documented."""
    gc.collect()
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(_KEEP_HEAP_TOP)


_KEEP_HEAP_TOP: Final = 1 << 40


class Channel:
    """The socket to the host: frames in through a codec, frames out in as few writes as the
    loop can manage (see the file's rules)."""

    def __init__(self, sock: socket.socket, *, max_frame: int) -> None:
        sock.setblocking(True)
        self.sock = sock
        self.max_frame = max_frame
        self.codec = FrameCodec(max_frame=max_frame)
        self.holding = False  # the reader is inside a batch: frames wait for its flush
        self.closed = False
        self._out: list[bytes] = []
        self._lock = threading.Lock()
        self._loop = threading.get_ident()

    def send(self, msg: Message) -> None:
        """Send `msg`; callable from any thread.

        Raises:
            ProtocolError: `msg` cannot be encoded or is too large (raised to the caller, so a
                handler learns that what it emitted cannot be sent).
        """
        self.send_frame(encode(msg, max_frame=self.max_frame))

    def send_frame(self, frame: bytes) -> None:
        if threading.get_ident() != self._loop:
            with self._lock:
                self._write(frame)
            return
        self._out.append(frame)
        if not self.holding:
            self.flush()

    def flush(self) -> None:
        """Write what the loop has queued (a lost host is noted, not raised)."""
        out = self._out
        if not out:
            return
        data = out[0] if len(out) == 1 else b"".join(out)
        out.clear()
        with self._lock:
            self._write(data)

    def _write(self, data: bytes) -> None:
        if self.closed:
            return
        try:
            self.sock.sendall(data)
        except OSError:
            self.closed = True

    def receive(self) -> tuple[list[Message], bool]:
        """Block until frames arrive: the messages, and whether the stream has ended.

        Raises:
            ProtocolError: a malformed frame.
        """
        try:
            data = self.sock.recv(READ_SIZE)
        except OSError:
            data = b""
        return self._decode(data)

    async def receive_async(self) -> tuple[list[Message], bool]:
        """`receive`, letting the suspended handlers run meanwhile."""
        while True:
            await trio.lowlevel.wait_readable(self.sock)
            try:
                data = self.sock.recv(READ_SIZE, socket.MSG_DONTWAIT)
            except BlockingIOError:
                continue
            except OSError:
                data = b""
            return self._decode(data)

    def _decode(self, data: bytes) -> tuple[list[Message], bool]:
        self.codec.receive_data(data)
        return self.codec.take(), not data


class CallRuntime:
    """Binds a context to the call it arrived with: emit, log and db go to the host tagged
    with the call's id (the host attaches the identity; the worker never names it)."""

    __slots__ = ("_db", "call_id", "worker")

    def __init__(self, worker: Worker, call_id: int | None) -> None:
        self.worker = worker
        self.call_id = call_id
        self._db: WorkerDatabase | None = None

    def emit(self, type: str, data: Mapping[str, Any]) -> None:
        if not isinstance(type, str) or not type:
            raise HookError(f"ctx.emit: type must be a non-empty string (got {type!r:.40})")
        if not isinstance(data, Mapping):
            raise HookError(f"ctx.emit({type!r}): data must be a dict (got {data!r:.40})")
        check_emit_allowed(self.worker.name, self.worker.permissions)
        try:
            self.worker.channel.send(Emitted(self.call_id, type, dict(data)))
        except ProtocolError as exc:
            raise HookError(f"ctx.emit({type!r}): {exc}") from None

    def log(self, level: LogLevel, message: str, data: Mapping[str, Any]) -> None:
        try:
            self.worker.channel.send(Log(self.call_id, level, str(message), dict(data)))
        except ProtocolError as exc:
            raise HookError(f"ctx.log: {exc}") from None

    @property
    def db(self) -> WorkerDatabase:
        if self._db is None:
            self._db = WorkerDatabase(self.worker, self.call_id)
        return self._db


class WorkerDatabase:
    """`ctx.db` in a worker: each call is a query to the host, answered for the request the
    worker is serving (the host binds the identity, and enforces permissions again)."""

    def __init__(self, worker: Worker, call_id: int | None) -> None:
        self._worker = worker
        self._call_id = call_id

    async def _query(self, method: str, params: dict[str, Any]) -> Any:
        if self._call_id is None:
            raise PermissionDenied(f"ctx.db.{method} can only be used during a hook call")
        return await self._worker.db_query(self._call_id, method, params)

    async def _rows(self, method: str, params: dict[str, Any]) -> list[StoredExtraction]:
        rows = await self._query(method, params)
        return [_converter.structure(row, StoredExtraction) for row in rows]

    async def get_session_extractions(
        self, session_id: str | None = None
    ) -> list[StoredExtraction]:
        return await self._rows("get_session_extractions", {"session_id": session_id})

    async def get_user_extractions(
        self, user_id: str | None = None, class_id: str | None = None
    ) -> list[StoredExtraction]:
        return await self._rows("get_user_extractions", {"user_id": user_id, "class_id": class_id})

    async def get_extractions_by_type(
        self,
        type: str,
        *,
        session_id: str | None = None,
        user_id: str | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[StoredExtraction]:
        return await self._rows(
            "get_extractions_by_type",
            {"type": type, "session_id": session_id, "user_id": user_id, "limit": limit},
        )

    async def count_extractions(
        self,
        *,
        type: str | None = None,
        session_id: str | None = None,
        user_id: str | None = None,
        since: datetime | None = None,
    ) -> int:
        params = {
            "type": type,
            "session_id": session_id,
            "user_id": user_id,
            "since": since.isoformat() if isinstance(since, datetime) else since,
        }
        return int(await self._query("count_extractions", params))


class LogStream(io.TextIOBase):
    """`sys.stdout` in a worker: each printed line becomes a log record of the module."""

    def __init__(self, worker: Worker, level: LogLevel, stream: str) -> None:
        self._worker = worker
        self._level: LogLevel = level
        self._stream = stream
        self._buf = ""
        self._lock = threading.Lock()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        with self._lock:
            self._buf += text
            *lines, self._buf = self._buf.split("\n")
        for line in lines:
            self._worker.send_log(None, self._level, line, {"stream": self._stream})
        return len(text)

    def flush(self) -> None:
        with self._lock:
            line, self._buf = self._buf, ""
        if line:
            self._worker.send_log(None, self._level, line, {"stream": self._stream})


@types.coroutine
def _resume(
    coro: Coroutine[Any, Any, Any], trap: Any, context: contextvars.Context
) -> Generator[Any, Any, Any]:
    """Go on running `coro`, suspended at `trap`, as part of the current trio task (in
    `context`): trio's answers go in, its next traps come out, its result is returned."""
    while True:
        try:
            value = yield trap
        except BaseException as exc:
            try:
                trap = context.run(coro.throw, exc)
            except StopIteration as stop:
                return stop.value
        else:
            try:
                trap = context.run(coro.send, value)
            except StopIteration as stop:
                return stop.value


class Worker:
    """Serves one module: loads it on the host's `Load`, then runs its hook calls."""

    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self.module: Module | None = None
        self.manifest: Manifest | None = None
        self.name = "?"
        self.permissions: tuple[str, ...] | None = None
        self.suspended: dict[int, trio.CancelScope] = {}  # calls waiting in trio, by id
        self.exit_code = 0
        self._nursery: trio.Nursery | None = None
        self._stopped = trio.Event()
        self._db_ids = itertools.count(1)
        self._db_waiting: dict[int, tuple[trio.Event, list[DbResponse]]] = {}

    def send_log(
        self, call_id: int | None, level: LogLevel, message: str, data: dict[str, Any]
    ) -> None:
        try:
            self.channel.send(Log(call_id, level, message, data))
        except ProtocolError:
            pass  # a log line that cannot be sent must not break the module

    # ---------------------------------------------------------------- lifecycle

    async def run(self) -> int:
        """Load the module, then serve until Shutdown or the host goes away; the process's
        exit code.

        Raises:
            ProtocolError: the host's first message is not `Load`.
        """
        msgs: list[Message] = []
        eof = False
        while not msgs and not eof:
            msgs, eof = self.channel.receive()
        if not msgs:
            return 0
        first, rest = msgs[0], deque(msgs[1:])
        if not isinstance(first, Load):
            raise ProtocolError(f"expected a load message first (got {type(first).__name__})")
        if not await self._load(first):
            self.channel.flush()
            return 3
        async with trio.open_nursery() as nursery:
            self._nursery = nursery
            nursery.start_soon(self._reader, rest, eof)
            await self._stopped.wait()
            nursery.cancel_scope.cancel()
        self.channel.flush()
        return self.exit_code

    def _stop(self, code: int) -> None:
        self.exit_code = code
        self._stopped.set()

    async def _load(self, msg: Load) -> bool:
        try:
            manifest = build_manifest(msg.manifest, msg.folder)
            self.name = manifest.name
            self.permissions = manifest.permissions
            self.manifest = manifest
            PROTECTIONS.update(
                confine(
                    manifest.folder,
                    max_memory_mb=manifest.limits.max_memory_mb,
                    sandbox=msg.sandbox,
                )
            )
            module = import_module_folder(manifest)
            await module.load(msg.config)
            self.module = module
            release_free_memory()
        except Exception as exc:
            error = (
                str(exc)
                if isinstance(exc, RaptscallionsError)
                else (f"{type(exc).__name__}: {exc}")
            )
            self.channel.send(LoadFailed(error, type(exc).__name__))
            return False
        self.channel.send(
            Ready(os.getpid(), sorted(module.handlers), protections=dict(PROTECTIONS))
        )
        return True

    async def _unload(self) -> None:
        with trio.move_on_after(UNLOAD_TIMEOUT_S):
            for scope in list(self.suspended.values()):
                scope.cancel()
            try:
                if self.module is not None:
                    await self.module.unload()
            except Exception as exc:
                self.send_log(None, "error", f"on_unload raised {type(exc).__name__}: {exc}", {})
        self.channel.send(Unloaded())
        self.channel.flush()

    # ---------------------------------------------------------------- the reader

    async def _reader(self, queue: deque[Message], eof: bool) -> None:
        """Serve frames, starting with `queue`, as the socket's reader; a call that
        suspends keeps this task to the end (see the file's rules)."""
        kept: list[ExecuteHook] = []  # the call this task stays with, once one suspends
        with trio.CancelScope() as scope:
            try:
                await self._serve(scope, queue, eof, kept)
            except ProtocolError as exc:
                print(f"raptscallions worker: protocol error: {exc}", file=sys.stderr)
                self._stop(2)
                return
        if kept and scope.cancelled_caught:
            self._send_done(HookDone(kept[0].id, None, "cancelled", "cancelled"))

    async def _serve(
        self, scope: trio.CancelScope, queue: deque[Message], eof: bool, kept: list[ExecuteHook]
    ) -> None:
        channel = self.channel
        while True:
            if not queue:
                channel.holding = False
                channel.flush()
                if channel.codec.error is not None:
                    raise channel.codec.error
                if eof:
                    self._stop(0)
                    return
                if self.suspended:
                    msgs, eof = await channel.receive_async()
                else:
                    msgs, eof = channel.receive()
                queue.extend(msgs)
                continue
            channel.holding = True
            msg = queue.popleft()
            if type(msg) is ExecuteHook:
                if await self._call(msg, scope, queue, eof, kept):
                    return
            elif type(msg) is Cancel:
                cancelled = self.suspended.get(msg.id)
                if cancelled is not None:
                    cancelled.cancel()
            elif type(msg) is DbResponse:
                waiting = self._db_waiting.get(msg.id)
                if waiting is not None:
                    waiting[1].append(msg)
                    waiting[0].set()
            elif type(msg) is ConfigUpdate:
                assert self.module is not None
                self.module.config = msg.config
            elif type(msg) is Shutdown:
                channel.holding = False
                channel.flush()
                await self._unload()
                self._stop(0)
                return
            else:
                raise ProtocolError(f"unexpected {type(msg).__name__} from the host")

    async def _call(
        self,
        msg: ExecuteHook,
        scope: trio.CancelScope,
        queue: deque[Message],
        eof: bool,
        kept: list[ExecuteHook],
    ) -> bool:
        """Run call `msg` eagerly; True when it suspended (and this task stayed with it until
        it was done, noting it in `kept`: another reader has the socket and `queue`)."""
        module = self.module
        assert module is not None
        context = contextvars.copy_context()
        try:
            ctx: HookContext = decode_context(
                msg.body, module.config if msg.config is None else msg.config
            )
            # Bind without copying the context (a frozen attrs field set once, here).
            object.__setattr__(ctx, "_runtime", CallRuntime(self, msg.id))
            coro = module.call(msg.hook, ctx)
            try:
                trap = context.run(coro.send, None)
            except StopIteration as stop:
                self._done(msg, stop.value)
                return False
        except Exception as exc:
            self._report_failure(msg, exc)
            return False
        self.suspended[msg.id] = scope
        kept.append(msg)
        self.channel.holding = False
        self.channel.flush()
        assert self._nursery is not None
        self._nursery.start_soon(self._reader, queue, eof)
        try:
            result = await _resume(coro, trap, context)
        except Exception as exc:
            self._report_failure(msg, exc)
        else:
            self._done(msg, result)
        finally:
            del self.suspended[msg.id]
        return True

    def _done(self, msg: ExecuteHook, result: HookResult) -> None:
        try:
            frame = encode_done(msg.id, result, max_frame=self.channel.max_frame)
        except ProtocolError as exc:
            self._report_failure(msg, HookError(f"the result cannot be sent to the host: {exc}"))
            return
        self.channel.send_frame(frame)

    def _send_done(self, done: HookDone) -> None:
        try:
            self.channel.send(done)
        except ProtocolError:  # an error text too large: the host still needs an answer
            self.channel.send(HookDone(done.id, None, "the error cannot be sent", "error"))

    def _report_failure(self, msg: ExecuteHook, exc: BaseException) -> None:
        tb = traceback.extract_tb(exc.__traceback__)
        where = ""
        folder = str(self.manifest.folder) if self.manifest else "\0"
        frames = [f for f in tb if f.filename.startswith(folder)]
        if frames:
            where = f" (at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno})"
        text = f"{type(exc).__name__}: {exc}{where}"
        if isinstance(exc, MemoryError) and self.manifest is not None:
            limit = self.manifest.limits.max_memory_mb
            text = f"exceeded its memory limit (limits.maxMemoryMB = {limit}){where}"
        self.send_log(
            msg.id,
            "error",
            f"{msg.hook} handler failed: {text}",
            {"traceback": "".join(traceback.format_exception(exc))[-4000:]},
        )
        self._send_done(HookDone(msg.id, None, text[:2000], type(exc).__name__))

    async def db_query(self, call_id: int, method: str, params: dict[str, Any]) -> Any:
        query_id = next(self._db_ids)
        event = trio.Event()
        box: list[DbResponse] = []
        self._db_waiting[query_id] = (event, box)
        try:
            self.channel.send(DbQuery(query_id, call_id, method, params))
            with trio.move_on_after(QUERY_TIMEOUT_S):
                await event.wait()
        finally:
            del self._db_waiting[query_id]
        if not box:
            raise TimeoutError(f"ctx.db.{method} timed out after {QUERY_TIMEOUT_S:g} s")
        response = box[0]
        if response.error is not None:
            if response.error_type == "PermissionDenied":
                raise PermissionDenied(response.error)
            if response.error_type == "ValueError":
                raise ValueError(response.error)
            raise RaptscallionsError(f"ctx.db.{method} failed: {response.error}")
        return response.result


def excepthook(worker: Worker) -> Any:
    """A `threading.excepthook` that reports a thread's uncaught error as a module log."""

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        text = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        worker.send_log(
            None,
            "error",
            f"uncaught {args.exc_type.__name__} in thread {getattr(args.thread, 'name', '?')}: "
            f"{args.exc_value}",
            {"traceback": text[-4000:]},
        )

    return hook


async def serve(sock: socket.socket, *, max_frame: int) -> int:
    """Serve one module over `sock` until the host says Shutdown or goes away; the exit
    code (0, 2 on a protocol error, 3 when the module failed to load)."""
    channel = Channel(sock, max_frame=max_frame)
    worker = Worker(channel)
    sys.stdout = LogStream(worker, "info", "stdout")
    threading.excepthook = excepthook(worker)
    try:
        code = await worker.run()
    except ProtocolError as exc:
        print(f"raptscallions worker: protocol error: {exc}", file=sys.stderr)
        code = 2
    channel.flush()
    return code
