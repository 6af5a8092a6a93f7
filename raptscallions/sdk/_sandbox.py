"""Best-effort confinement of a worker process (Linux), applied before the module is imported.

- `no_new_privs`: the process and its children can never gain privileges (setuid binaries).
- Memory: RLIMIT_AS is set to the address space the worker has reserved so far plus the
  module's `limits.maxMemoryMB` and a fixed headroom for thread stacks; arenas and stacks are
  kept small (MALLOC_ARENA_MAX from the host, a 1 MiB thread stack) so that the limit
  measures what the module allocates. Past it, allocations raise MemoryError.
- Landlock: the file system becomes read-only outside a private temp dir, and unreadable
  outside the module's folder, the Python installation and the system directories (so a
  module cannot read another module's folder, the host's database file or its config).

Each protection reports whether it took effect; none is fatal when the kernel lacks it.
"""

from __future__ import annotations

import ctypes
import os
import resource
import struct
import sys
import sysconfig
import threading
from pathlib import Path
from typing import Final

HEADROOM_MB: Final = 96
THREAD_STACK: Final = 1024 * 1024

_SYS_LANDLOCK_CREATE_RULESET: Final = 444
_SYS_LANDLOCK_ADD_RULE: Final = 445
_SYS_LANDLOCK_RESTRICT_SELF: Final = 446
_LANDLOCK_CREATE_RULESET_VERSION: Final = 1
_LANDLOCK_RULE_PATH_BENEATH: Final = 1
_PR_SET_NO_NEW_PRIVS: Final = 38

# File-system access rights, by the Landlock ABI that introduced them.
_EXECUTE, _WRITE_FILE, _READ_FILE, _READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
_V1_ALL: Final = (1 << 13) - 1
_REFER, _TRUNCATE, _IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
_FILE_RIGHTS: Final = _EXECUTE | _WRITE_FILE | _READ_FILE | _TRUNCATE | _IOCTL_DEV


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def set_no_new_privs() -> bool:
    libc = _libc()
    return bool(libc and libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0)


def _address_space() -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


def limit_memory(max_memory_mb: int) -> bool:
    """Cap the address space at what is reserved now plus `max_memory_mb` (and headroom)."""
    threading.stack_size(THREAD_STACK)
    current = _address_space()
    if current is None:
        return False
    limit = current + (max_memory_mb + HEADROOM_MB) * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        return False
    return True


def _landlock_abi(libc: ctypes.CDLL) -> int:
    libc.syscall.restype = ctypes.c_long
    abi = libc.syscall(_SYS_LANDLOCK_CREATE_RULESET, None, 0, _LANDLOCK_CREATE_RULESET_VERSION)
    return int(abi) if abi > 0 else 0


def readable_roots(module_folder: Path) -> list[Path]:
    """What a module may read: its folder, the Python installation, the SDK, system dirs."""
    import raptscallions

    roots = {module_folder, Path(raptscallions.__file__).resolve().parent}
    for prefix in (sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix):
        roots.add(Path(prefix))
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        path = sysconfig.get_paths().get(key)
        if path:
            roots.add(Path(path))
    for system in ("/usr", "/lib", "/lib64", "/etc", "/dev/urandom", "/dev/null"):
        roots.add(Path(system))
    # Only this process's own /proc entry: other processes' (the engine's environment and
    # command line among them) stay unreadable.
    roots.add(Path(f"/proc/{os.getpid()}"))
    return sorted(p for p in roots if p.exists())


def apply_landlock(module_folder: Path, writable: Path | None) -> bool:
    """Restrict this process's file-system access (see the module docstring)."""
    libc = _libc()
    if libc is None:
        return False
    abi = _landlock_abi(libc)
    if abi < 1:
        return False
    handled = _V1_ALL
    if abi >= 2:
        handled |= _REFER
    if abi >= 3:
        handled |= _TRUNCATE
    if abi >= 5:
        handled |= _IOCTL_DEV
    attr = struct.pack("=Q", handled)
    ruleset = libc.syscall(_SYS_LANDLOCK_CREATE_RULESET, attr, len(attr), 0)
    if ruleset < 0:
        return False
    try:
        read = _EXECUTE | _READ_FILE | _READ_DIR
        rules = [(p, read) for p in readable_roots(module_folder)]
        if writable is not None:
            rules.append((writable, handled))
        rules.append((Path("/dev/null"), _READ_FILE | _WRITE_FILE))
        for path, access in rules:
            try:
                fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue
            try:
                allowed = access & handled
                if not path.is_dir():
                    allowed &= _FILE_RIGHTS
                rule = struct.pack("=Qi", allowed, fd)
                if libc.syscall(_SYS_LANDLOCK_ADD_RULE, ruleset, _LANDLOCK_RULE_PATH_BENEATH,
                                rule, 0) != 0:  # fmt: skip
                    return False
            finally:
                os.close(fd)
        if not set_no_new_privs():
            return False
        return bool(libc.syscall(_SYS_LANDLOCK_RESTRICT_SELF, ruleset, 0) == 0)
    finally:
        os.close(ruleset)


def confine(module_folder: Path, *, max_memory_mb: int, sandbox: bool = True) -> dict[str, bool]:
    """Apply every protection; return which are active."""
    protections = {"no_new_privs": set_no_new_privs()}
    protections["memory_limit"] = limit_memory(max_memory_mb)  # reads /proc before Landlock
    if sandbox:
        tmp = os.environ.get("TMPDIR")
        protections["landlock"] = apply_landlock(
            module_folder.resolve(), Path(tmp) if tmp else None
        )
    else:
        protections["landlock"] = False
    return protections
