"""Suite-wide checks.

After the run, no module worker process that this session started may still be running: the
session fails, naming each one (and then ends them). A worker is this session's when it
started after the session did and either descends from the test process or works in one of
the session's temporary folders (a worker whose engine died is re-parented, but its working
directory is still its module's folder). Workers of other sessions on the same machine are
left alone.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

WORKER_MARK = b"raptscallions.sdk.worker"
STRAGGLER_GRACE_S = 3.0


class _Session:
    start_ticks: int | None = None  # when the test process started, in clock ticks
    before: frozenset[int] = frozenset()  # workers already running then
    basetemp: str | None = None


_session = _Session()


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name (field 3 onwards)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _start_ticks(pid: int) -> int | None:
    fields = _stat_fields(pid)
    return int(fields[19]) if fields else None  # field 22: start time, in clock ticks


def _running(pid: int) -> bool:
    fields = _stat_fields(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def _descends_from(pid: int, ancestor: int) -> bool:
    seen = set()
    while pid > 1 and pid not in seen:
        if pid == ancestor:
            return True
        seen.add(pid)
        fields = _stat_fields(pid)
        if fields is None:
            return False
        pid = int(fields[1])
    return False


def _workers() -> set[int]:
    """Pids of running module worker processes on this machine."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if WORKER_MARK not in f.read():
                    continue
        except OSError:
            continue
        if _running(int(entry)):
            found.add(int(entry))
    return found


def _cwd(pid: int) -> str:
    try:
        return os.readlink(f"/proc/{pid}/cwd").removesuffix(" (deleted)")
    except OSError:
        return "?"


def _ours(pid: int) -> bool:
    started = _start_ticks(pid)
    if started is None or _session.start_ticks is None or started < _session.start_ticks:
        return False
    if pid in _session.before:
        return False
    if _descends_from(pid, os.getpid()):
        return True
    basetemp = _session.basetemp
    return basetemp is not None and _cwd(pid).startswith(f"{basetemp}{os.sep}")


def _leftovers() -> list[int]:
    return sorted(pid for pid in _workers() if _ours(pid))


def pytest_sessionstart(session: pytest.Session) -> None:
    if not Path("/proc/self/stat").exists():
        return  # not Linux: nothing to check with
    _session.start_ticks = _start_ticks(os.getpid()) or 0
    _session.before = frozenset(_workers())


@pytest.fixture(scope="session", autouse=True)
def _session_basetemp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Remember the session's temporary folder, where test module folders live."""
    _session.basetemp = str(tmp_path_factory.getbasetemp().resolve())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _session.start_ticks is None:
        return
    deadline = time.monotonic() + STRAGGLER_GRACE_S
    left = _leftovers()
    while left and time.monotonic() < deadline:
        time.sleep(0.05)
        left = _leftovers()
    if not left:
        return
    lines = [f"{len(left)} module worker process(es) still running after the test session:"]
    for pid in left:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            cmdline = "?"
        lines.append(f"  pid {pid} (cwd {_cwd(pid)}): {cmdline}")
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write("\n")
        reporter.write_sep("=", "leftover worker processes", red=True)
        for line in lines:
            reporter.write_line(line)
    else:
        print("\n".join(lines))
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
