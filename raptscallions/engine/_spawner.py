"""Starting worker processes: forked by the engine's fork server, or as a new interpreter.

`ForkServer` keeps one ``python -m raptscallions.sdk._forkserver`` process per engine
(started on first use), which has imported the SDK once and forks each worker in a few
milliseconds. A forked worker is this process's child all the same (``CLONE_PARENT``), in a
process group and session of its own, with its own socket, stderr pipe, working directory
and TMPDIR; Landlock and the memory limit are applied in it at load, as in any worker.
Whenever the fork server cannot serve (not Linux, a refused clone, a failed start), the
worker is started as a new interpreter instead (`spawn_process`), which also serves callers
without an engine (`raptscallions check`, `run_module`).

A module's granted secrets travel the same way on both paths: written here into a pipe
whose write end is closed at once, the read end handed to the worker (``--secrets-fd``, or
with the fork server's request), which reads them and sets them in its own environment
before the module is imported (`raptscallions.sdk.worker.receive_secrets`). So no value is
ever in a command line, in an environment a process starts with (``/proc/<pid>/environ``),
or in the fork server, which forwards the descriptor without reading it.
"""

from __future__ import annotations

import array
import json
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Mapping
from typing import Any, Final, Protocol

import trio

from ..sdk._errors import ModuleLoadError

log = logging.getLogger("raptscallions.engine")

START_TIMEOUT_S: Final = 30.0
REQUEST_TIMEOUT_S: Final = 10.0
IDLE_S: Final = 10.0  # a fork server with no request for this long stops
ROOM: Final = "-" * 64  # room on the fork server's command line for a worker's
# What a secrets pipe takes without a reader (POSIX guarantees 4 KiB; Linux gives 64 KiB).
MAX_SECRETS_BYTES: Final = 60 * 1024


def secrets_pipe(secrets: Mapping[str, str]) -> int:
    """A pipe holding `secrets` as JSON, its write end closed: the read end, for a worker.

    Raises:
        ModuleLoadError: they do not fit in the pipe (the message names no value).
    """
    payload = json.dumps(dict(secrets)).encode()
    read_end, write_end = os.pipe()
    try:
        os.set_blocking(write_end, False)
        written = 0
        if len(payload) <= MAX_SECRETS_BYTES:
            try:
                written = os.write(write_end, payload)
            except BlockingIOError:
                written = 0
        if written != len(payload):
            os.close(read_end)
            raise ModuleLoadError(
                f"the secrets granted ({', '.join(sorted(secrets))}) take {len(payload)} "
                f"bytes; at most {MAX_SECRETS_BYTES} can be passed to a worker"
            )
    finally:
        os.close(write_end)
    return read_end


class WorkerProcessHandle(Protocol):
    """What `WorkerProcess` needs of its process: `trio.Process` or `ForkedProcess`."""

    @property
    def pid(self) -> int: ...

    @property
    def returncode(self) -> int | None: ...

    @property
    def stderr(self) -> trio.abc.ReceiveStream | None: ...

    async def wait(self) -> int: ...


class ForkedProcess:
    """A worker forked by the fork server: this process's child (``CLONE_PARENT``), watched
    through a pidfd and reaped with waitpid."""

    def __init__(self, pid: int, pidfd: int, stderr: trio.lowlevel.FdStream) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self.stderr: trio.abc.ReceiveStream | None = stderr
        self._pidfd = pidfd
        self._lock = trio.Lock()

    async def wait(self) -> int:
        """Wait for the process to end; its exit code (negative: the signal that ended it).

        Cancellation: safe; the process is still waited for by the next call.
        """
        async with self._lock:
            if self.returncode is None:
                await trio.lowlevel.wait_readable(self._pidfd)
                self._reap()
        assert self.returncode is not None
        return self.returncode

    def _reap(self) -> None:
        try:
            _, status = os.waitpid(self.pid, 0)  # it has exited: this does not block
            self.returncode = os.waitstatus_to_exitcode(status)
        except ChildProcessError:  # reaped by someone else (a catch-all SIGCHLD handler)
            self.returncode = -9
        os.close(self._pidfd)
        self._pidfd = -1

    def kill_group(self, sig: int) -> None:
        """Signal the process group (or the process, if it has not made its group yet)."""
        if self.returncode is not None:
            return
        try:
            os.killpg(self.pid, sig)
        except ProcessLookupError:
            try:
                os.kill(self.pid, sig)  # our unreaped child: the pid cannot be reused
            except ProcessLookupError:
                pass
        except PermissionError:
            pass


class _Server:
    """One fork server process, from its start to its end."""

    def __init__(self) -> None:
        self.started = trio.Event()  # serving, or failed to start
        self.done = trio.Event()  # gone
        self.scope = trio.CancelScope()
        self.lock = trio.Lock()  # one request at a time
        self.sock: trio.socket.SocketType | None = None
        self.pid: int | None = None
        self.last_used = trio.current_time()


class ForkServer:
    """The engine's fork server (see the file's docstring). Lives in `nursery`.

    It runs only while workers are being started: `start` (or the first `spawn`) starts it,
    it stops after `idle_s` without a request, and the engine stops it once its modules have
    started, so that an engine's only processes are, most of the time, its workers. The next
    start (a restart, a reload) starts it again first (a restart warms it up during its
    backoff).
    """

    def __init__(
        self,
        nursery: trio.Nursery,
        *,
        env: Mapping[str, str],
        python: str = sys.executable,
        idle_s: float = IDLE_S,
    ) -> None:
        self.python = python
        self.idle_s = idle_s
        self._nursery = nursery
        self._env = dict(env)
        self._current: _Server | None = None
        self._failed: str | None = None

    @property
    def pid(self) -> int | None:
        """The running fork server's pid (None while none serves)."""
        server = self._current
        return server.pid if server is not None and server.sock is not None else None

    def start(self) -> trio.Event:
        """Start the fork server now, if it is not running (it imports the SDK meanwhile);
        the event is set once it serves, or has failed to start."""
        server = self._current
        if server is None:
            server = self._current = _Server()
            self._nursery.start_soon(self._run, server)
        return server.started

    async def stop(self) -> None:
        """Stop the fork server now, once a request in progress is answered; return when
        it is gone."""
        server, self._current = self._current, None
        if server is not None:
            async with server.lock:
                server.scope.cancel()
            await server.done.wait()

    async def spawn(
        self,
        *,
        cwd: str,
        tmpdir: str,
        max_frame: int,
        python: str,
        secrets: Mapping[str, str] | None = None,
    ) -> tuple[ForkedProcess, socket.socket] | None:
        """A new worker process and the host's end of its socket; None when the fork server
        cannot give one (the caller starts the worker itself). `secrets` are set in the
        worker's environment after the fork (see the file's docstring).

        Raises:
            ModuleLoadError: the secrets are too large to pass.
        Cancellation: the request itself is shielded (a fork takes milliseconds), so that
        no worker is ever forked for nobody.
        """
        if python != self.python or self._failed or not sys.platform.startswith("linux"):
            return None
        await self.start().wait()
        server = self._current
        if server is None or server.sock is None:
            return None
        secrets_fd = secrets_pipe(secrets) if secrets else None
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        read_end, write_end = os.pipe()
        request = {"cwd": cwd, "tmpdir": tmpdir, "max_frame": max_frame, "parent": os.getpid(),
                   "secrets": secrets_fd is not None}  # fmt: skip
        answer: dict[str, Any] = {}
        try:
            with trio.CancelScope(shield=True), trio.move_on_after(REQUEST_TIMEOUT_S):
                async with server.lock:
                    sock = server.sock
                    if sock is None:
                        answer = {"error": "the fork server is gone"}
                    else:
                        passed = [child.fileno(), write_end]
                        if secrets_fd is not None:
                            passed.append(secrets_fd)
                        fds = array.array("i", passed)
                        rights = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fds)]
                        await sock.sendmsg([json.dumps(request).encode()], rights)
                        data = await sock.recv(4096)
                        answer = json.loads(data) if data else {"error": "the fork server exited"}
                    server.last_used = trio.current_time()
        except (OSError, ValueError, trio.ClosedResourceError) as exc:
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        finally:
            child.close()
            os.close(write_end)
            if secrets_fd is not None:
                os.close(secrets_fd)
        pid = answer.get("pid")
        if not isinstance(pid, int):
            os.close(read_end)
            parent.close()
            self._lose(server, str(answer.get("error") or "no answer within the time allowed"))
            return None
        try:
            pidfd = os.pidfd_open(pid)
        except OSError as exc:  # no pidfds (Linux < 5.3): it could not be waited for
            os.kill(pid, signal.SIGKILL)
            await trio.to_thread.run_sync(os.waitpid, pid, 0)
            os.close(read_end)
            parent.close()
            self._failed = f"cannot watch a forked worker ({exc})"
            self._lose(server, self._failed)
            return None
        return ForkedProcess(pid, pidfd, trio.lowlevel.FdStream(read_end)), parent

    def _lose(self, server: _Server, why: str) -> None:
        """`server` failed a request: stop it (the next spawn starts another)."""
        log.warning("fork server: %s; starting workers as new processes meanwhile", why)
        if self._current is server:
            self._current = None
        server.scope.cancel()

    async def _run(self, server: _Server) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        proc: trio.Process | None = None
        sock = trio.socket.from_stdlib_socket(ours)
        try:
            with server.scope:
                try:
                    proc = await trio.lowlevel.open_process(
                        [self.python, "-m", "raptscallions.sdk._forkserver", "--fd",
                         str(theirs.fileno()), "--room", ROOM],
                        pass_fds=(theirs.fileno(),), env=self._env, cwd="/",
                        start_new_session=True, stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL,
                    )  # fmt: skip
                finally:
                    theirs.close()
                with trio.move_on_after(START_TIMEOUT_S):
                    hello = await sock.recv(4096)
                if not hello:
                    raise OSError("the fork server exited at start (or did not start in time)")
                server.pid = proc.pid
                server.sock = sock
                server.started.set()
                while True:  # until it is stopped, has been idle long enough, or exits
                    with trio.move_on_at(server.last_used + self.idle_s):
                        await proc.wait()
                        log.warning("fork server: exited with code %s", proc.returncode)
                        break
                    idle = trio.current_time() >= server.last_used + self.idle_s
                    if idle and not server.lock.locked():
                        break
        except OSError as exc:
            log.warning("fork server: cannot start (%s); workers start as new processes", exc)
            self._failed = str(exc)
        finally:
            if self._current is server:
                self._current = None
            server.sock = None
            server.started.set()
            with trio.CancelScope(shield=True):
                sock.close()  # it exits when its socket closes
                if proc is not None:
                    with trio.move_on_after(2):
                        await proc.wait()
                    if proc.returncode is None:
                        proc.kill()
                        await proc.wait()
            server.done.set()


async def spawn_process(
    python: str,
    *,
    cwd: str,
    env: Mapping[str, str],
    max_frame: int,
    secrets: Mapping[str, str] | None = None,
) -> tuple[trio.Process, socket.socket]:
    """A worker started as a new interpreter, and the host's end of its socket. `secrets`
    reach it through a pipe (``--secrets-fd``), never `env` or its command line.

    Raises:
        ModuleLoadError: the secrets are too large to pass.
    """
    secrets_fd = secrets_pipe(secrets) if secrets else None
    parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    args = [python, "-m", "raptscallions.sdk.worker", "--fd", str(child.fileno()),
            "--max-frame", str(max_frame)]  # fmt: skip
    pass_fds = [child.fileno()]
    if secrets_fd is not None:
        args += ["--secrets-fd", str(secrets_fd)]
        pass_fds.append(secrets_fd)
    try:
        proc = await trio.lowlevel.open_process(
            args, pass_fds=pass_fds, env=dict(env), cwd=cwd, start_new_session=True,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
    except BaseException:
        parent.close()
        raise
    finally:
        child.close()
        if secrets_fd is not None:
            os.close(secrets_fd)
    return proc, parent
