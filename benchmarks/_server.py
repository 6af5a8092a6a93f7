"""A `raptscallions serve` process for load tests and benchmarks: started on a free port,
found by the URL it prints, stopped with SIGTERM; and the module worker processes it ran."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

URL = re.compile(r"serving (http://\S+)")
WORKER_MARK = b"raptscallions.sdk.worker"


def worker_pids_under(folder: Path) -> set[int]:
    """Running module workers whose working directory is inside `folder` (a worker's cwd is
    its module's folder), whoever their parent is now."""
    root = str(folder.resolve())
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if WORKER_MARK not in f.read():
                    continue
            with open(f"/proc/{entry}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                    continue
            cwd = os.readlink(f"/proc/{entry}/cwd").removesuffix(" (deleted)")
        except OSError:
            continue
        if cwd == root or cwd.startswith(root + os.sep):
            found.add(int(entry))
    return found


class Server:
    """One server process (`python -m raptscallions.web`)."""

    def __init__(
        self,
        modules: Path,
        database: str,
        token: str,
        log: Path,
        *,
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.modules = modules
        self.log_path = log
        self._log = log.open("wb")
        env = {**os.environ, "RAPTSCALLIONS_ADMIN_TOKEN": token, "PYTHONUNBUFFERED": "1"}
        env.update(extra_env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "raptscallions.web", "--modules", str(modules),
             "--db", database, "--port", "0"],
            stdout=self._log, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
        self.url = self._wait_for_url()

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def _wait_for_url(self, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = URL.search(self.output())
            if found:
                return found.group(1).rstrip("/")
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited at start:\n{self.output()}")
            time.sleep(0.05)
        self.process.kill()
        raise RuntimeError(f"the server did not start within {timeout:g} s:\n{self.output()}")

    def stop(self, timeout: float = 60.0) -> int:
        """SIGTERM, then wait; the exit code (SIGKILL and an error after `timeout`)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise RuntimeError(f"the server ignored SIGTERM:\n{self.output()}") from None
        finally:
            self._log.close()
        return code
