"""Module bytecode, compiled once by the host for every worker that imports the module.

Workers never write bytecode (``PYTHONDONTWRITEBYTECODE``; their sandbox makes the module's
folder read-only), so without this each worker would compile every source file it imports
from scratch: again on each restart and reload, and compiling a large file (a module's rule
tables, say) leaves megabytes of allocator pages resident in a worker that only needed the
result. Before a worker starts, the host writes what Python itself would write on a first
import, ``__pycache__/<name>.cpython-XY.pyc``, beside each large source (32 KiB and more:
a small file compiles in well under a millisecond and leaves nothing behind); the worker's
import reads it, and Python checks it against the source's modification time and size as
always, so a stale file is never used.

The compiling runs in a child process (``python -m compileall``), not in the host: compiling
holds the interpreter lock, and the host's calls to other modules must not wait on it. Only
when a source is newer than its bytecode is the child started at all. Best effort: a folder
the host cannot write, or a source that does not compile (the worker then reports the
error as it always has), just leaves the worker to compile as before.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Final

import trio

log = logging.getLogger("raptscallions.engine")

COMPILE_TIMEOUT_S: Final = 60.0
LARGE_SOURCE: Final = 32 * 1024
# The check runs on the engine's loop (a thread hop per worker start would let a test's mock
# clock run ahead of the start): a module folder is a few files, and a huge one is cut short.
MAX_ENTRIES: Final = 2000
_SKIP_DIRS: Final = frozenset({"__pycache__", "tests", "node_modules"})


def large_sources(folder: Path) -> list[Path]:
    """The module's large Python files that a worker may import (not its tests, not in
    hidden folders; in a folder of more than MAX_ENTRIES files and folders, those seen
    first)."""
    out = []
    seen = 0
    for root, dirs, files in os.walk(folder):
        seen += len(dirs) + len(files)
        if seen > MAX_ENTRIES:
            break
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            try:
                if name.endswith(".py") and path.stat().st_size >= LARGE_SOURCE:
                    out.append(path)
            except OSError:
                continue
    return out


def _current(source: Path) -> bool:
    """Whether the source's bytecode is there and matches it (the check the import makes:
    the source's modification time and size, in the .pyc header)."""
    try:
        cached = Path(importlib.util.cache_from_source(str(source)))
        st = source.stat()
        with cached.open("rb") as f:
            header = f.read(16)
    except (OSError, ValueError, NotImplementedError):
        return False
    if len(header) < 16 or header[:4] != importlib.util.MAGIC_NUMBER:
        return False
    if int.from_bytes(header[4:8], "little") != 0:  # hash-based bytecode: leave it be
        return True
    mtime = int.from_bytes(header[8:12], "little")
    size = int.from_bytes(header[12:16], "little")
    return mtime == (int(st.st_mtime) & 0xFFFFFFFF) and size == (st.st_size & 0xFFFFFFFF)


def stale_sources(folder: Path) -> list[Path]:
    return [s for s in large_sources(folder) if not _current(s)]


async def compile_module(folder: Path) -> bool:
    """Bring the bytecode of the module's large sources up to date. True when every one has
    current bytecode afterwards; never raises for a folder it cannot write or a source that
    does not compile."""
    stale = stale_sources(folder)
    if not stale:
        return True
    try:
        with trio.move_on_after(COMPILE_TIMEOUT_S):
            await trio.run_process(
                # -f: compileall's own check reads the modification time only, so a source
                # rewritten within the same second, at another size, would be skipped
                [sys.executable, "-m", "compileall", "-f", "-q", "-q", *map(str, stale)],
                stdin=subprocess.DEVNULL,
                capture_stdout=True,
                capture_stderr=True,
                check=False,
            )
    except Exception as exc:  # best effort: the worker compiles what is left, as it always has
        log.debug("bytecode of %s not compiled: %s", folder, exc)
        return False
    return not stale_sources(folder)
