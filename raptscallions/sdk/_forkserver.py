"""The fork server: a process that has imported the SDK once, and forks module workers.

``python -m raptscallions.sdk._forkserver --fd N`` is started by an engine (its own process
group, the workers' allow-listed environment, no module code). Each request on the
SOCK_SEQPACKET socket N is one message carrying a worker's socket and stderr pipe (as
SCM_RIGHTS), with its folder and private TMPDIR, and for a module granted secrets a third
descriptor: the pipe they wait in; the answer is the new worker's pid, or an error. A
worker starts in a few milliseconds this way, with trio, msgspec, attrs and the SDK already
imported, instead of the hundreds a new interpreter takes.

Rules of this file:
- Single-threaded, and no event loop ever runs here: a fork copies only the calling thread.
- A worker is forked with ``CLONE_PARENT``: it is the engine's child, not this process's,
  exactly as a worker the engine spawns itself (the engine waits for it, kills its group,
  and the worker watches the engine, not the fork server).
- The child, before any module code exists in it: a session and process group of its own,
  its socket and stderr on fds kept, every other fd closed, the module's folder as its
  working directory, its own TMPDIR, its granted secrets, and the command line of a worker.
  Then it is a worker like any other (`worker.run`): Landlock and the memory limit are
  applied at `Load`, before the module is imported.
- Secrets are never read here: only the child reads their pipe, so no value ever sits in
  this process's memory (to be inherited by the next worker forked), its environment or a
  command line.
- The server exits when the engine closes the socket (or dies).
"""

from __future__ import annotations

import ctypes
import json
import os
import socket
import sys
import sysconfig
import tempfile
from typing import Any, Final

from . import worker
from ._protocol import FrameCodec, Load, LoadFailed, Log, Ready, Shutdown, Unloaded, encode

CLONE_PARENT: Final = 0x00008000
SIGCHLD: Final = 17
# clone(2)'s syscall number, where it takes (flags, stack, parent_tid, child_tid, tls).
_SYS_CLONE: Final = {"x86_64": 56, "aarch64": 220}
MAX_REQUEST: Final = 64 * 1024
ROOM: Final = "--room"  # padding on our command line, for a worker's to be written over it


def _machine() -> str:
    return os.uname().machine


def fork_sibling() -> int:
    """fork(2) with CLONE_PARENT: the child's parent is our parent. As `os.fork` does, with
    Python's own before/after-fork steps (import lock, at-fork handlers, thread state).

    Raises:
        OSError: the kernel refused (or this machine has no known clone number).
    """
    number = _SYS_CLONE.get(_machine())
    if number is None:
        raise OSError(f"no clone syscall number known for {_machine()}")
    libc = ctypes.PyDLL(None, use_errno=True)  # PyDLL: the GIL stays held across the call
    syscall = libc.syscall
    syscall.restype = ctypes.c_long
    syscall.argtypes = [ctypes.c_long, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_void_p,
                        ctypes.c_void_p, ctypes.c_void_p]  # fmt: skip
    api = ctypes.pythonapi
    api.PyOS_BeforeFork()
    pid = syscall(number, CLONE_PARENT | SIGCHLD, None, None, None, None)
    if pid == 0:
        api.PyOS_AfterFork_Child()
        return 0
    err = ctypes.get_errno()
    api.PyOS_AfterFork_Parent()
    if pid < 0:
        raise OSError(err, f"clone(CLONE_PARENT): {os.strerror(err)}")
    return int(pid)


def set_command_line(args: list[str]) -> bool:
    """Rewrite what /proc/self/cmdline shows (in place, within the original's length)."""
    try:
        with open("/proc/self/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start, end = int(fields[45]), int(fields[46])  # fields 48 and 49: arg_start, arg_end
    except (OSError, IndexError, ValueError):
        return False
    new = b"\0".join(a.encode() for a in args) + b"\0"
    if len(new) > end - start:
        return False
    ctypes.memmove(start, new.ljust(end - start, b"\0"), end - start)
    return True


def _child(request: dict[str, Any], sock_fd: int, err_fd: int, secrets_fd: int | None) -> int:
    """In the new worker: become a worker process, then serve (see the file's rules)."""
    if secrets_fd is not None:
        worker.receive_secrets(secrets_fd)  # before its fd is closed with the others
    os.setsid()
    os.dup2(err_fd, 2)
    os.close(err_fd)
    os.closerange(3, sock_fd)
    os.closerange(sock_fd + 1, 1 << 20)
    os.chdir(request["cwd"])
    os.environ["TMPDIR"] = request["tmpdir"]
    tempfile.tempdir = None
    max_frame = int(request["max_frame"])
    args = ["--fd", str(sock_fd), "--max-frame", str(max_frame)]
    set_command_line([sys.executable, "-m", "raptscallions.sdk.worker", *args])
    sys.argv = [worker.__file__, *args]
    return worker.run(sock_fd, max_frame=max_frame, parent=int(request["parent"]))


def warm_up() -> None:
    """Do once, here, what every worker would otherwise do first: generate the converter's
    code for the messages of loading, and read the installation's paths (for Landlock)."""
    for msg in (
        Load("warm-up", "/", {}, {}),
        Ready(0, []),
        LoadFailed("warm-up"),
        Log(None, "info", "warm-up"),
        Unloaded(),
        Shutdown(),
    ):
        decode_all(encode(msg))
    sysconfig.get_paths()


def decode_all(frame: bytes) -> None:
    codec = FrameCodec()
    codec.receive_data(frame)
    codec.take()


def serve(control: socket.socket) -> int:
    warm_up()
    control.sendall(json.dumps({"ready": os.getpid()}).encode())
    while True:
        try:
            data, fds, _, _ = socket.recv_fds(control, MAX_REQUEST, 3)
        except OSError:
            return 0
        if not data:
            for fd in fds:
                os.close(fd)
            return 0
        try:
            request = json.loads(data)
            expected = 3 if request.get("secrets") else 2
            if len(fds) != expected:
                raise ValueError(f"expected {expected} file descriptors (got {len(fds)})")
            pid = fork_sibling()
            if pid == 0:
                code = 1
                try:
                    control.close()
                    code = _child(request, fds[0], fds[1], fds[2] if len(fds) > 2 else None)
                finally:
                    sys.stdout.flush()
                    sys.stderr.flush()
                    os._exit(code)
            answer: dict[str, Any] = {"pid": pid}
        except (OSError, ValueError) as exc:
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        finally:
            for fd in fds:
                os.close(fd)
        control.sendall(json.dumps(answer).encode())


def main(argv: list[str]) -> int:
    fd = int(argv[argv.index("--fd") + 1])
    control = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET, fileno=fd)
    return serve(control)


if __name__ == "__main__":
    # No interpreter teardown: nothing here needs it, and the engine waits for the exit.
    os._exit(main(sys.argv[1:]))
