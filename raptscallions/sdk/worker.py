"""The module worker: the lean process a module runs in.

``python -m raptscallions.sdk.worker --fd N`` serves one module over the socket on fd N (the
loop is `_runtime`'s). It imports the SDK and the module, nothing of the engine, store or
server, so it starts fast and small; forked from a fork server (`_forkserver`), it starts
with all of that already imported. The process exits when the host closes the socket, or
(Linux) when the host process dies.

Secrets the operator granted the module (``--secrets-fd N``, or the fork server's request)
arrive as a JSON object on a pipe that only this process reads, and are set in its
environment before the module is imported: never on a command line, never in the fork
server's environment or memory, never in the environment block the process started with
(so not in ``/proc/<pid>/environ`` either).
"""

from __future__ import annotations

import functools
import json
import os
import re
import socket
import sys
import threading
import time

import trio

from ._protocol import DEFAULT_MAX_FRAME
from ._runtime import PROTECTIONS, serve

_SECRET_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


def receive_secrets(fd: int) -> None:
    """Read the granted secrets (a JSON object of name to value) from the pipe `fd` to its
    end, close it, and set them in this process's environment.

    Raises:
        ValueError: the payload is not an object of variable names to strings.
    """
    chunks = []
    try:
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
    finally:
        os.close(fd)
    secrets = json.loads(b"".join(chunks))
    if not isinstance(secrets, dict):
        raise ValueError("secrets: expected a JSON object of variable names to values")
    for name, value in secrets.items():
        if not _SECRET_NAME.match(name) or not isinstance(value, str):
            raise ValueError(f"secrets: {name!r} is not a variable name with a string value")
        os.environ[name] = value


def die_with_parent(parent: int | None = None) -> bool:
    """Exit the moment the host process is gone, even if the loop is stuck in a handler.

    A thread polls the parent pid (the process is re-parented when the host dies). Not
    PR_SET_PDEATHSIG: that fires when the *thread* that spawned us exits, and trio spawns
    processes from cached threads that exit when idle.
    """
    expected = os.getppid() if parent is None else parent
    if expected <= 1 or os.getppid() != expected:
        return False

    def watch() -> None:
        while True:
            time.sleep(0.25)
            if os.getppid() != expected:
                os._exit(70)

    threading.Thread(target=watch, name="raptscallions-parent-watch", daemon=True).start()
    return True


def run(fd: int, *, max_frame: int = DEFAULT_MAX_FRAME, parent: int | None = None) -> int:
    """Serve one module on the socket `fd`; the process's exit code."""
    PROTECTIONS["die_with_parent"] = die_with_parent(parent)
    # Keep the protocol socket private and stray C-level prints off the host's stdout.
    os.dup2(2, 1)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=fd)
    return trio.run(functools.partial(serve, sock, max_frame=max_frame))


def main(argv: list[str] | None = None) -> int:
    import argparse  # (not at import: the fork server's workers never parse a command line)

    parser = argparse.ArgumentParser(prog="python -m raptscallions.sdk.worker")
    parser.add_argument("--fd", type=int, required=True, help="socket to the host")
    parser.add_argument("--max-frame", type=int, default=DEFAULT_MAX_FRAME)
    parser.add_argument("--secrets-fd", type=int, help="pipe with the granted secrets")
    args = parser.parse_args(argv)
    if args.secrets_fd is not None:
        receive_secrets(args.secrets_fd)
    return run(args.fd, max_frame=args.max_frame)


if __name__ == "__main__":
    sys.exit(main())
