"""Worker processes are isolated and leave nothing behind, shown with real processes.

Each module runs in its own process group, with an allow-listed environment, Landlock (its
folder read-only, its private TMPDIR writable, nothing else of the host readable) and
no_new_privs; allocations past `limits.maxMemoryMB` fail the call; workers exit when the engine
dies; shutdown drains non-blocking calls (bounded) and runs `on_unload`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import trio

from raptscallions.engine import MemorySink, RestartPolicy, open_engine
from raptscallions.sdk.testing import mock_context

from .conftest import ModuleMaker, alive

REPO_README = Path(__file__).resolve().parents[2] / "README.md"
SECRETS = {
    "DATABASE_URL": "postgres://admin:hunter2@db/prod",
    "OPENAI_API_KEY": "sk-test-secret",
    "AWS_SECRET_ACCESS_KEY": "aws-secret",
}

PROBE = """
import os

def attempt(fn):
    try:
        value = fn()
    except OSError as exc:
        return type(exc).__name__
    return "ok" if value is None else value

def read(path):
    with open(path, "rb") as f:
        f.read(1)

def write(path):
    with open(path, "w") as f:
        f.write("x")

@module.hook("chat:before_ai")
async def probe(ctx):
    paths = ctx.config["paths"]
    tmp = os.environ.get("TMPDIR", "")
    status = open("/proc/self/status").read()
    report = {
        "env": sorted(os.environ),
        "tmpdir": tmp,
        "pgid": os.getpgid(0),
        "sid": os.getsid(0),
        "pid": os.getpid(),
        "no_new_privs": "NoNewPrivs:\\t1" in status,
        "read_own_folder": attempt(lambda: read("module.yaml")),
        "read_repo_readme": attempt(lambda: read(paths["readme"])),
        "read_neighbour": attempt(lambda: read(paths["neighbour"])),
        "list_neighbour": attempt(lambda: os.listdir(paths["neighbour_dir"])),
        "read_host_file": attempt(lambda: read(paths["host_file"])),
        "write_tmpdir": attempt(lambda: write(os.path.join(tmp, "scratch.txt"))),
        "write_own_folder": attempt(lambda: write("scratch.txt")),
        "write_host_dir": attempt(lambda: write(paths["host_write"])),
        "write_tmp": attempt(lambda: write("/tmp/raptscallions-escape.txt")),
    }
    return Continue(extractions=[Extraction("probe", report)])
"""

NEIGHBOUR = """
@module.hook("chat:before_ai")
async def answer(ctx):
    return Continue(system_prompt_additions=["neighbour"])
"""


async def wait_until(predicate: Callable[[], bool], *, within: float = 10.0) -> None:
    """Poll `predicate`: process and module states have no event to wait on."""
    with trio.fail_after(within):
        while True:
            if predicate():
                return
            await trio.sleep(0.02)


def only(*modules: str, hook: str = "chat:before_ai", message: str = "hello") -> Any:
    return mock_context(hook=hook, message=message, tool={"definition": {"modules": modules}})


async def test_a_module_sees_no_secret_and_nothing_of_the_host_outside_its_folder(
    make_module: ModuleMaker, modules_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in SECRETS.items():
        monkeypatch.setenv(key, value)
    host_file = tmp_path / "host-secret.txt"
    host_file.write_text("the host's own file\n")
    neighbour = make_module("neighbour", NEIGHBOUR)
    paths = {
        "readme": str(REPO_README),
        "neighbour": str(neighbour / "module.py"),
        "neighbour_dir": str(neighbour),
        "host_file": str(host_file),
        "host_write": str(tmp_path / "written-by-module.txt"),
    }
    prober = make_module("prober", PROBE, defaults={"paths": paths})
    assert REPO_README.is_file()
    async with open_engine(modules_dir) as engine:
        outcome = await engine.execute_hook("chat:before_ai", only("prober"))
        statuses = {s.name: s for s in engine.statuses()}
        # Seen from the host: each worker leads its own process group and session.
        groups = {s.pid: (os.getpgid(s.pid), os.getsid(s.pid)) for s in statuses.values() if s.pid}
        assert len(groups) == 2 and all(g == (pid, pid) for pid, g in groups.items())
        assert os.getpgid(0) not in {pgid for pgid, _ in groups.values()}
        other = await engine.execute_hook("chat:before_ai", only("neighbour"))
    assert [(t.module, t.action) for t in outcome.trace] == [("prober", "continue")]
    (probe,) = outcome.extractions
    report = probe.data
    status = statuses["prober"]

    # Its own process group and session, named on the status.
    assert status.pid is not None and report["pid"] == status.pid
    assert report["pgid"] == status.pid and report["sid"] == status.pid
    for s in statuses.values():
        assert s.pid is not None and s.pid != os.getpid()
    # The allow-listed environment: none of the host's secrets.
    assert os.environ["DATABASE_URL"] == SECRETS["DATABASE_URL"]
    assert not set(SECRETS) & set(report["env"]), report["env"]
    assert not [k for k in report["env"] if "KEY" in k or "TOKEN" in k or "SECRET" in k]
    # A private TMPDIR, writable; nothing else is.
    tmpdir = report["tmpdir"]
    assert os.path.basename(tmpdir).startswith("raptscallions-prober-")
    assert report["write_tmpdir"] == "ok"
    assert not await trio.Path(tmpdir).exists(), "the private TMPDIR outlives its worker"
    assert report["write_own_folder"] == "PermissionError"
    assert not (prober / "scratch.txt").exists()
    assert report["write_host_dir"] == "PermissionError"
    assert not (tmp_path / "written-by-module.txt").exists()
    assert report["write_tmp"] == "PermissionError"
    # Landlock: its own folder reads; the repository, another module and the host do not.
    assert status.protections["landlock"] is True
    assert report["read_own_folder"] == "ok"
    assert report["read_repo_readme"] == "PermissionError"
    assert report["read_neighbour"] == "PermissionError"
    assert report["list_neighbour"] == "PermissionError"
    assert report["read_host_file"] == "PermissionError"
    # no_new_privs, and the rest of what the status reports.
    assert report["no_new_privs"] is True
    for protection in (
        "no_new_privs",
        "process_group",
        "env_allowlist",
        "memory_limit",
        "die_with_parent",
        "private_tmp",
    ):
        assert status.protections.get(protection) is True, protection
    # The neighbour was not disturbed by any of it.
    assert other.modifications.system_prompt_additions == ("neighbour",)


async def test_a_module_cannot_read_the_hosts_environment_through_proc(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module(
        "spy",
        """
import os
@module.hook("chat:before_ai")
async def spy(ctx):
    try:
        with open(f"/proc/{os.getppid()}/environ", "rb") as f:
            found = sorted(v.split(b"=")[0].decode() for v in f.read().split(b"\\0") if v)
    except OSError as exc:
        found = [type(exc).__name__]
    return Continue(extractions=[Extraction("spy", {"found": found, "ppid": os.getppid()})])
""",
    )
    async with open_engine(modules_dir) as engine:
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
    (spy,) = outcome.extractions
    assert spy.data["ppid"] == os.getpid()
    # What the host process started with (the environment a deployment's secrets live in).
    assert b"PATH=" in await trio.Path("/proc/self/environ").read_bytes()
    assert spy.data["found"] == ["PermissionError"], spy.data["found"]


async def test_a_leak_past_the_memory_limit_fails_the_call_and_the_module_lives_on(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    """Growing a megabyte at a time until the limit stops it (the fault matrix covers one
    2 GiB allocation)."""
    make_module(
        "hog",
        """
@module.hook("chat:before_ai")
async def hog(ctx):
    if ctx.message.content == "allocate":
        leak = []
        while True:
            leak.append(bytearray(1024 * 1024))
    return Continue(system_prompt_additions=["hog"])
""",
        limits={"maxMemoryMB": 64},
    )
    make_module("neighbour", NEIGHBOUR)
    async with open_engine(modules_dir, restart_policy=RestartPolicy(initial=5)) as engine:
        pid = engine.status("hog").pid
        failed = await engine.execute_hook("chat:before_ai", only("hog", message="allocate"))
        after = await engine.execute_hook("chat:before_ai", only("hog", "neighbour"))
        status = engine.status("hog")
    assert [(t.module, t.action) for t in failed.trace] == [("hog", "error")]
    assert "exceeded its memory limit (limits.maxMemoryMB = 64)" in (failed.trace[0].error or "")
    assert status.status == "ready" and status.pid == pid and status.restart_count == 0
    assert after.modifications.system_prompt_additions == ("hog", "neighbour")


ENGINE_IN_A_CHILD = """
import sys
import trio
from raptscallions.engine import open_engine

async def main():
    async with open_engine(sys.argv[1]) as engine:
        print(" ".join(str(s.pid) for s in engine.statuses()), flush=True)
        await trio.sleep_forever()

trio.run(main)
"""


async def test_workers_exit_when_the_engine_process_is_killed(
    make_module: ModuleMaker, modules_dir: Path, tmp_path: Path
) -> None:
    for name in ("one", "two"):
        make_module(name, NEIGHBOUR)
    script = tmp_path / "engine_child.py"
    script.write_text(ENGINE_IN_A_CHILD)
    proc = await trio.lowlevel.open_process(
        [sys.executable, str(script), str(modules_dir)],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        line = b""
        with trio.fail_after(30):
            while not line.endswith(b"\n"):
                chunk = await proc.stdout.receive_some(1024)
                assert chunk, "the engine process ended before reporting its workers"
                line += chunk
        pids = [int(p) for p in line.split()]
        assert len(pids) == 2 and all(alive(pid) for pid in pids)
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
        killed = trio.current_time()
        await wait_until(lambda: not any(alive(pid) for pid in pids), within=5)
        assert trio.current_time() - killed < 3
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        if proc.stdout is not None:
            await proc.stdout.aclose()


async def test_a_worker_outlives_the_thread_that_spawned_it(
    make_module: ModuleMaker, modules_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # trio spawns processes from its thread cache, whose idle threads exit after
    # IDLE_TIMEOUT (10 s). Kept alive while the worker starts, then let go at once, so that
    # the test takes a second rather than ten.
    idle_timeout = "trio._core._thread_cache.IDLE_TIMEOUT"
    monkeypatch.setattr(idle_timeout, 3600)
    make_module("steady", NEIGHBOUR)
    async with open_engine(modules_dir, restart_policy=RestartPolicy(initial=5)) as engine:
        before = engine.status("steady")
        monkeypatch.setattr(idle_timeout, 0.05)
        async with trio.open_nursery() as nursery:
            # Give every idle thread a job: each then idles again briefly, and exits.
            for _ in range(8):
                nursery.start_soon(trio.to_thread.run_sync, time.sleep, 0.05)
        await trio.sleep(0.5)
        after = engine.status("steady")
        outcome = await engine.execute_hook("chat:before_ai", only("steady"))
    assert after.status == "ready" and after.restart_count == 0, after.last_error
    assert after.pid == before.pid
    assert [(t.module, t.action) for t in outcome.trace] == [("steady", "continue")]


async def test_shutdown_drains_non_blocking_calls_runs_on_unload_and_leaves_no_process(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    observer = """
import trio
@module.hook("chat:on_message")
async def observe(ctx):
    await trio.sleep(DELAY)
    ctx.emit("observed", {"text": ctx.message.content})

@module.on_unload
async def goodbye():
    print("on_unload ran")
"""
    make_module("observer", observer.replace("DELAY", "0.4"), hooks=["chat:on_message"])
    make_module("stuck", observer.replace("DELAY", "60"), hooks=["chat:on_message"])
    drain = 1.0
    async with open_engine(modules_dir, drain_timeout=drain) as engine:
        pids = [s.pid for s in engine.statuses()]
        for i in range(5):
            outcome = await engine.execute_hook(
                "chat:on_message", mock_context(hook="chat:on_message", message=f"m{i}")
            )
            assert {t.action for t in outcome.trace} == {"dispatched"}
        sink = engine.sink
        assert isinstance(sink, MemorySink)
        assert not sink.extractions, "the observers were awaited by the caller"
        leaving = trio.current_time()
    took = trio.current_time() - leaving
    observed = sorted(r.data["text"] for r in sink.extractions if r.module == "observer")
    assert observed == [f"m{i}" for i in range(5)], "non-blocking calls were not drained"
    assert not [r for r in sink.extractions if r.module == "stuck"]
    unloaded = {e.module for e in sink.logs if e.message == "on_unload ran"}
    assert unloaded == {"observer", "stuck"}
    # Bounded: the stuck calls held shutdown up by the drain bounds, not by their 60 s.
    assert 0.3 <= took < 2 * drain + 2.0, took
    for pid in pids:
        assert pid is not None and not alive(pid)
