"""The module worker: the lean loop a module's own process runs.

``python -m raptscallions.sdk.worker --fd N`` serves one module over the socket on fd N. It
imports the SDK and the module, nothing of the engine, store or server, so it starts fast
and small. One reader feeds a sans-IO codec; each hook call runs as its own task (async
handlers concurrently, sync ones in threads); one coalescing writer sends every reply, so
that many calls in flight share wake-ups. The process exits when the host closes the socket,
or (Linux) when the host process dies.
"""

from __future__ import annotations

import argparse
import functools
import io
import itertools
import os
import socket
import sys
import threading
import time
import traceback
from collections.abc import Mapping
from datetime import datetime
from typing import Any, TextIO

import trio

from ._context import HookContext, LogLevel
from ._convert import context_from_wire, make_converter
from ._db import DEFAULT_LIMIT, QUERY_TIMEOUT_S, StoredExtraction, check_emit_allowed
from ._errors import HookError, PermissionDenied, ProtocolError, RaptscallionsError
from ._loader import import_module_folder
from ._manifest import Manifest, build_manifest
from ._module import Module
from ._protocol import (
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
    decode_json,
    encode,
)
from ._sandbox import confine
from ._transport import FrameWriter

READ_SIZE = 256 * 1024
UNLOAD_TIMEOUT_S = 5.0
_ctx_converter = make_converter(detailed_validation=False)
_structure_ctx = _ctx_converter.get_structure_hook(HookContext)


class Channel:
    """The socket to the host: frames in through a codec, frames out through a
    `FrameWriter` (directly from the sender when nothing is queued)."""

    def __init__(self, sock: socket.socket, *, max_frame: int) -> None:
        self.stream = trio.SocketStream(trio.socket.from_stdlib_socket(sock))
        self.max_frame = max_frame
        self.codec = FrameCodec(max_frame=max_frame)
        self.writer = FrameWriter(sock, self.stream)
        self._token = trio.lowlevel.current_trio_token()
        self._loop_thread = threading.get_ident()

    def send(self, msg: Message) -> None:
        """Queue `msg`; callable from the loop or from a handler's thread.

        Raises:
            ProtocolError: `msg` cannot be encoded or is too large (raised to the caller, so a
                handler learns that what it emitted cannot be sent).
        """
        frame = encode(msg, max_frame=self.max_frame)
        if threading.get_ident() == self._loop_thread:
            self.writer.write(frame)
        else:
            self._token.run_sync_soon(self.writer.write, frame)

    async def flush(self) -> None:
        """Send whatever is queued now (used before exiting)."""
        await self.writer.flush()

    async def messages(self) -> Any:
        """Each message from the host, until it closes the socket."""
        while True:
            try:
                data = await self.stream.receive_some(READ_SIZE)
            except (trio.BrokenResourceError, trio.ClosedResourceError):
                data = b""
            self.codec.receive_data(data)
            for msg in self.codec.events():
                yield msg
            if not data:
                return


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
        return [_ctx_converter.structure(row, StoredExtraction) for row in rows]

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


class _LogStream(io.TextIOBase):
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


class Worker:
    def __init__(self, channel: Channel, nursery: trio.Nursery) -> None:
        self.channel = channel
        self.nursery = nursery
        self.module: Module | None = None
        self.manifest: Manifest | None = None
        self.name = "?"
        self.permissions: tuple[str, ...] | None = None
        self.calls: dict[int, trio.CancelScope] = {}
        self._db_ids = itertools.count(1)
        self._db_waiting: dict[int, tuple[trio.Event, list[DbResponse]]] = {}
        self._idle = trio.Event()

    def send_log(
        self, call_id: int | None, level: LogLevel, message: str, data: dict[str, Any]
    ) -> None:
        try:
            self.channel.send(Log(call_id, level, message, data))
        except ProtocolError:
            pass  # a log line that cannot be sent must not break the module

    async def run(self) -> int:
        """Serve until Shutdown or the host goes away; the process's exit code."""
        messages = self.channel.messages()
        try:
            first = await anext(messages)
        except StopAsyncIteration:
            return 0
        if not isinstance(first, Load):
            raise ProtocolError(f"expected a load message first (got {type(first).__name__})")
        if not await self._load(first):
            await self.channel.flush()
            return 3
        async for msg in messages:
            if isinstance(msg, ExecuteHook):
                self.nursery.start_soon(self._call, msg)
            elif isinstance(msg, Cancel):
                scope = self.calls.get(msg.id)
                if scope is not None:
                    scope.cancel()
            elif isinstance(msg, DbResponse):
                waiting = self._db_waiting.get(msg.id)
                if waiting is not None:
                    waiting[1].append(msg)
                    waiting[0].set()
            elif isinstance(msg, ConfigUpdate):
                assert self.module is not None
                self.module.config = msg.config
            elif isinstance(msg, Shutdown):
                await self._unload()
                return 0
            else:
                raise ProtocolError(f"unexpected {type(msg).__name__} from the host")
        return 0

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
            for scope in list(self.calls.values()):
                scope.cancel()
            try:
                if self.module is not None:
                    await self.module.unload()
            except Exception as exc:
                self.send_log(None, "error", f"on_unload raised {type(exc).__name__}: {exc}", {})
        self.channel.send(Unloaded())
        await self.channel.flush()

    async def _call(self, msg: ExecuteHook) -> None:
        module = self.module
        assert module is not None
        done: HookDone | None = None
        with trio.CancelScope() as scope:
            self.calls[msg.id] = scope
            try:
                raw = decode_json(msg.body)
                raw["config"] = module.config if msg.config is None else msg.config
                ctx: HookContext = context_from_wire(raw)
                # Bind without copying the context (a frozen attrs field set once, here).
                object.__setattr__(ctx, "_runtime", CallRuntime(self, msg.id))
                result = await module.call(msg.hook, ctx)
                done = HookDone(msg.id, result)
                self.channel.send(done)
            except Exception as exc:
                if done is not None:  # the result itself could not be sent
                    exc = HookError(f"the result cannot be sent to the host: {exc}")
                self._report_failure(msg, exc)
            finally:
                del self.calls[msg.id]
        if scope.cancelled_caught:
            self.channel.send(HookDone(msg.id, None, "cancelled", "cancelled"))

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
        self.channel.send(HookDone(msg.id, None, text[:2000], type(exc).__name__))

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


PROTECTIONS: dict[str, bool] = {}


def _die_with_parent() -> bool:
    """Exit the moment the host process is gone, even if the loop is stuck in a handler.

    A thread polls the parent pid (the process is re-parented when the host dies). Not
    PR_SET_PDEATHSIG: that fires when the *thread* that spawned us exits, and trio spawns
    processes from cached threads that exit when idle.
    """
    parent = os.getppid()
    if parent <= 1:
        return False

    def watch() -> None:
        while True:
            time.sleep(0.25)
            if os.getppid() != parent:
                os._exit(70)

    threading.Thread(target=watch, name="raptscallions-parent-watch", daemon=True).start()
    return True


def _excepthook(worker: Worker) -> Any:
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


async def serve(fd: int, *, max_frame: int = DEFAULT_MAX_FRAME) -> int:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=fd)
    async with trio.open_nursery() as nursery:
        channel = Channel(sock, max_frame=max_frame)
        nursery.start_soon(channel.writer.run)
        worker = Worker(channel, nursery)
        stdout: TextIO = _LogStream(worker, "info", "stdout")  # type: ignore[assignment]
        sys.stdout = stdout
        threading.excepthook = _excepthook(worker)
        try:
            code = await worker.run()
        except ProtocolError as exc:
            print(f"raptscallions worker: protocol error: {exc}", file=sys.stderr)
            code = 2
        await channel.flush()
        nursery.cancel_scope.cancel()
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m raptscallions.sdk.worker")
    parser.add_argument("--fd", type=int, required=True, help="socket to the host")
    parser.add_argument("--max-frame", type=int, default=DEFAULT_MAX_FRAME)
    args = parser.parse_args(argv)
    PROTECTIONS["die_with_parent"] = _die_with_parent()
    # Keep the protocol socket private and stray C-level prints off the host's stdout.
    os.dup2(2, 1)
    return trio.run(functools.partial(serve, args.fd, max_frame=args.max_frame))


if __name__ == "__main__":
    sys.exit(main())
