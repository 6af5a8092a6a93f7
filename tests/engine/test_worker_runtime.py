"""The lean call path, with real worker processes.

In a worker: a handler runs eagerly and, when it suspends, keeps its task while another
reader serves the socket (other calls go on meanwhile); sync handlers run in threads; a call
cancelled while suspended is cancelled in the worker, which stays up; a flood of calls in
one write is answered, each call with its own result. On the host: the caller that waits
reads the socket for everyone, and hands that on when its own answer is in; what a worker
sends while no call is in flight still arrives.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
import trio

from raptscallions.engine import MemorySink, open_engine
from raptscallions.engine._spawner import ForkServer, spawn_process
from raptscallions.engine._worker import worker_env
from raptscallions.sdk._manifest import load_manifest
from raptscallions.sdk._protocol import (
    DEFAULT_MAX_FRAME,
    FrameCodec,
    HookDone,
    Load,
    LoadFailed,
    Log,
    Ready,
    Shutdown,
    encode,
    encode_execute,
)
from raptscallions.sdk._results import Continue
from raptscallions.sdk.testing import mock_context

from .conftest import ModuleMaker, alive

HOOK = "chat:before_ai"


async def wait_until(predicate: Any, *, within: float = 5.0) -> None:
    """Poll `predicate`: logs and processes have no event to wait on."""
    with trio.fail_after(within):
        while True:
            if predicate():
                return
            await trio.sleep(0.02)


def only(*modules: str, message: str = "hello", hook: str = HOOK) -> Any:
    return mock_context(hook=hook, message=message, tool={"definition": {"modules": modules}})


def additions(outcome: Any) -> tuple[str, ...]:
    return tuple(outcome.modifications.system_prompt_additions)


SUSPENDER = """
import trio
@module.hook("chat:before_ai")
async def handle(ctx):
    text = ctx.message.content
    if text == "slow":
        ctx.emit("step", {"at": "before"})
        await trio.sleep(0.4)
        ctx.emit("step", {"at": "after"})
        return Continue(system_prompt_additions=["slow done"])
    return Continue(system_prompt_additions=["fast " + text])
"""


async def test_a_handler_that_suspends_lets_the_worker_serve_other_calls_meanwhile(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("suspender", SUSPENDER)
    finished: list[str] = []
    async with open_engine(modules_dir) as engine:
        pid = engine.status("suspender").pid
        outcomes: dict[str, Any] = {}

        async def call(text: str) -> None:
            outcomes[text] = await engine.execute_hook(HOOK, only("suspender", message=text))
            finished.append(text)

        async with trio.open_nursery() as nursery:
            nursery.start_soon(call, "slow")
            await trio.sleep(0.1)  # the slow call is suspended in the worker by now
            for i in range(20):
                nursery.start_soon(call, f"f{i}")
        status = engine.status("suspender")
    assert finished[-1] == "slow", "the fast calls waited for the suspended one"
    assert additions(outcomes["slow"]) == ("slow done",)
    assert [e.data["at"] for e in outcomes["slow"].extractions] == ["before", "after"]
    for i in range(20):
        assert additions(outcomes[f"f{i}"]) == (f"fast f{i}",)
        assert outcomes[f"f{i}"].extractions == ()
    assert status.pid == pid and status.restart_count == 0


SYNC = """
import threading, time
@module.hook("chat:before_ai")
def blocking(ctx):
    if ctx.message.content == "slow":
        time.sleep(0.4)
    ctx.emit("thread", {"name": threading.current_thread().name})
    return Continue(system_prompt_additions=["sync " + ctx.message.content])

@module.hook("chat:after_ai")
async def quick(ctx):
    return Continue(response="quick")
"""


async def test_a_sync_handler_runs_in_a_thread_while_the_worker_goes_on(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("sync", SYNC, hooks=[HOOK, "chat:after_ai"])
    order: list[str] = []
    async with open_engine(modules_dir) as engine:
        outcomes: dict[str, Any] = {}

        async def slow() -> None:
            outcomes["slow"] = await engine.execute_hook(HOOK, only("sync", message="slow"))
            order.append("slow")

        async def quick() -> None:
            await trio.sleep(0.1)
            outcomes["quick"] = await engine.execute_hook(
                "chat:after_ai", only("sync", hook="chat:after_ai")
            )
            order.append("quick")

        async with trio.open_nursery() as nursery:
            nursery.start_soon(slow)
            nursery.start_soon(quick)
        again = await engine.execute_hook(HOOK, only("sync", message="again"))
    assert order == ["quick", "slow"]
    assert additions(outcomes["slow"]) == ("sync slow",)
    assert outcomes["quick"].modifications.response == "quick"
    (thread,) = outcomes["slow"].extractions
    assert thread.type == "thread" and thread.data["name"] != "MainThread"
    assert additions(again) == ("sync again",)


CANCELLABLE = """
import trio
@module.hook("chat:before_ai")
async def wait(ctx):
    if ctx.message.content == "hang":
        try:
            await trio.sleep(60)
        finally:
            ctx.log.info("cleaned up " + ctx.request_id)
    return Continue(system_prompt_additions=["ok"])
"""


async def test_a_call_cancelled_while_suspended_is_cancelled_in_the_worker(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("waiter", CANCELLABLE, timeouts={HOOK: 300})
    async with open_engine(modules_dir, cancel_grace=1.0) as engine:
        pid = engine.status("waiter").pid
        sink = engine.sink
        assert isinstance(sink, MemorySink)
        # By its deadline.
        timed_out = await engine.execute_hook(HOOK, only("waiter", message="hang"))
        # By its caller.
        ctx = mock_context(
            request_id="by-caller", message="hang", tool={"definition": {"modules": ["waiter"]}}
        )
        with trio.move_on_after(0.2) as scope:
            await engine.execute_hook(HOOK, ctx)
        assert scope.cancelled_caught
        await wait_until(
            lambda: len([e for e in sink.logs if e.message.startswith("cleaned up")]) == 2
        )
        await trio.sleep(1.2)  # past the grace period: a worker that ignored it is gone
        after = await engine.execute_hook(HOOK, only("waiter"))
        status = engine.status("waiter")
    assert [(t.module, t.action) for t in timed_out.trace] == [("waiter", "timeout")]
    cleaned = sorted(e.message for e in sink.logs if e.message.startswith("cleaned up"))
    assert cleaned == ["cleaned up by-caller", "cleaned up test-request"]
    assert additions(after) == ("ok",)
    assert status.pid == pid and status.restart_count == 0, status.last_error


LEADER = """
import trio
@module.hook("chat:before_ai")
async def sleepy(ctx):
    await trio.sleep(float(ctx.message.content))
    return Continue(system_prompt_additions=[ctx.message.content])
"""


async def test_calls_in_flight_are_answered_whoever_reads_the_socket(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    """The first call reads for the others; when it times out, or its caller gives up,
    the calls still waiting are answered all the same, and at once."""
    make_module("sleepy", LEADER, timeouts={HOOK: 300})
    async with open_engine(modules_dir) as engine:
        took: dict[str, float] = {}
        outcomes: dict[str, Any] = {}

        async def call(delay: str, give_up: float | None = None) -> None:
            start = trio.current_time()
            with trio.move_on_after(give_up if give_up is not None else 30):
                outcomes[delay] = await engine.execute_hook(HOOK, only("sleepy", message=delay))
            took[delay] = trio.current_time() - start

        for _ in range(3):
            outcomes.clear()
            async with trio.open_nursery() as nursery:
                nursery.start_soon(call, "5")  # leads, then times out at 0.3 s
                nursery.start_soon(call, "4", 0.1)  # its caller gives up
                await trio.sleep(0.02)
                for delay in ("0", "0.05", "0.2", "0.25"):
                    nursery.start_soon(call, delay)
            assert [t.action for t in outcomes["5"].trace] == ["timeout"]
            assert "4" not in outcomes and took["4"] < 0.2
            for delay in ("0", "0.05", "0.2", "0.25"):
                assert additions(outcomes[delay]) == (delay,)
                assert took[delay] < float(delay) + 0.15, (delay, took[delay])
        status = engine.status("sleepy")
    assert status.restart_count == 0


ECHO = """
import trio
@module.hook("chat:before_ai")
async def echo(ctx):
    n = int(ctx.message.content)
    if n % 7 == 0:
        await trio.sleep(0)  # suspends: finished by a task of its own
    if n % 11 == 0:
        raise ValueError(f"no {n}")
    return Continue(system_prompt_additions=[str(n)])
"""


@pytest.mark.parametrize("forked", [True, False], ids=["forked", "new-interpreter"])
async def test_a_flood_of_calls_in_one_write_is_answered_call_by_call(
    make_module: ModuleMaker, modules_dir: Path, tmp_path: Path, forked: bool
) -> None:
    """400 calls in a single write, straight on the protocol: every call gets its own
    answer (eager, suspended and failing ones alike), and the worker shuts down cleanly."""
    folder = make_module("echo", ECHO)
    manifest = load_manifest(folder)
    tmp = tmp_path / "worker-tmp"
    tmp.mkdir()
    async with trio.open_nursery() as nursery:
        spawned: Any = None
        if forked:
            server = ForkServer(nursery, env=worker_env())
            spawned = await server.spawn(
                cwd=str(folder), tmpdir=str(tmp), max_frame=DEFAULT_MAX_FRAME, python=sys.executable
            )
            assert spawned is not None, "the fork server did not start a worker"
        else:
            spawned = await spawn_process(
                sys.executable,
                cwd=str(folder),
                env=worker_env({"TMPDIR": str(tmp)}),
                max_frame=DEFAULT_MAX_FRAME,
            )
        proc, raw = spawned
        sock = trio.SocketStream(trio.socket.from_stdlib_socket(raw))
        codec = FrameCodec()
        got: list[Any] = []

        async def receive(until: Any) -> None:
            with trio.fail_after(20):
                while not until():
                    data = await sock.receive_some(1 << 20)
                    assert data, "the worker closed the socket"
                    codec.receive_data(data)
                    got.extend(codec.take())

        await sock.send_all(encode(Load("echo", str(folder), dict(manifest.raw), {})))
        await receive(lambda: any(isinstance(m, Ready | LoadFailed) for m in got))
        assert isinstance(got[0], Ready), got
        got.clear()
        n = 400
        ctxs = [encode_execute(i, HOOK, None, _body(str(i))) for i in range(1, n + 1)]
        await sock.send_all(b"".join(ctxs))

        def done() -> list[HookDone]:
            return [m for m in got if isinstance(m, HookDone)]

        await receive(lambda: len(done()) >= n)
        answers = {d.id: d for d in done()}
        assert sorted(answers) == list(range(1, n + 1))
        for i, d in answers.items():
            if i % 11 == 0:
                assert (
                    d.result is None
                    and d.error_type == "ValueError"
                    and f"no {i}" in (d.error or "")
                )
            else:
                assert d.error is None and d.result == Continue(system_prompt_additions=[str(i)])
        failures = [m for m in got if isinstance(m, Log) and m.level == "error"]
        assert sorted(m.call_id or 0 for m in failures) == [i for i in answers if i % 11 == 0]
        await sock.send_all(encode(Shutdown()))
        with trio.fail_after(10):
            code = await proc.wait()
        assert code == 0
        await sock.aclose()
        nursery.cancel_scope.cancel()
    assert not alive(proc.pid)


def _body(text: str) -> bytes:
    from raptscallions.engine._executor import Payload

    return Payload(mock_context(message=text)).body


PROBE = """
import os, resource, socket, sys, stat
@module.hook("chat:before_ai")
async def probe(ctx):
    status = open("/proc/self/status").read()
    vm = int(next(l for l in status.splitlines() if l.startswith("VmSize:")).split()[1]) * 1024
    sockets = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            if stat.S_ISSOCK(os.fstat(int(fd)).st_mode):
                s = socket.socket(fileno=os.dup(int(fd)))
                sockets.append(int(s.type))
                s.close()
        except OSError:
            pass
    def denied(path):
        try:
            open(path, "rb").read(1)
            return False
        except OSError:
            return True
    try:
        big = bytearray(2 * 1024 ** 3)
        fits = True
    except MemoryError:
        fits = False
    return Continue(extractions=[Extraction("probe", {
        "forked": sys.modules["__main__"].__spec__.name == "raptscallions.sdk._forkserver",
        "limit": resource.getrlimit(resource.RLIMIT_AS)[0],
        "vmsize": vm,
        "no_new_privs": "NoNewPrivs:\\t1" in status,
        "ppid": os.getppid(), "pid": os.getpid(),
        "pgid": os.getpgid(0), "sid": os.getsid(0),
        "cwd": os.getcwd(), "tmpdir": os.environ.get("TMPDIR", ""),
        "cmdline": open("/proc/self/cmdline", "rb").read().decode().split("\\0"),
        "sockets": sockets,
        "host_environ_denied": denied(f"/proc/{os.getppid()}/environ"),
        "neighbour_denied": denied(ctx.config["neighbour"]),
        "two_gib_fits": fits,
    })])
"""


async def test_a_forked_worker_is_confined_exactly_like_a_new_one(
    make_module: ModuleMaker, modules_dir: Path, tmp_path: Path
) -> None:
    """The fork server's workers get the sandbox (Landlock, applied before the module is
    imported), the memory limit (computed in the worker, at load), their own process group,
    working directory, TMPDIR and command line, and none of the fork server's sockets: the
    same as a worker started as a new interpreter."""
    neighbour = make_module("neighbour", "pass\n")
    folder = make_module(
        "probe",
        PROBE,
        limits={"maxMemoryMB": 64},
        defaults={"neighbour": str(neighbour / "module.yaml")},
    )
    reports: dict[str, dict[str, Any]] = {}
    protections: dict[str, dict[str, bool]] = {}
    async with open_engine(modules_dir) as engine:
        outcome = await engine.execute_hook(HOOK, only("probe"))
        reports["forked"] = outcome.extractions[0].data
        protections["forked"] = engine.status("probe").protections
        engine.worker_host.spawner = None  # from now on: new interpreters
        await engine.reload("probe")
        outcome = await engine.execute_hook(HOOK, only("probe"))
        reports["new"] = outcome.extractions[0].data
        protections["new"] = engine.status("probe").protections
    assert reports["forked"]["forked"] is True and reports["new"]["forked"] is False
    assert protections["forked"] == protections["new"]
    for protection in ("landlock", "memory_limit", "no_new_privs", "die_with_parent",
                       "process_group", "private_tmp", "closed_fds"):  # fmt: skip
        assert protections["forked"].get(protection) is True, protection
    for kind, report in reports.items():
        assert report["ppid"] == os.getpid(), kind
        assert report["pgid"] == report["pid"] == report["sid"], kind
        assert report["cwd"] == str(folder.resolve()), kind
        assert os.path.basename(report["tmpdir"]).startswith("raptscallions-probe-"), kind
        assert report["cmdline"][1:3] == ["-m", "raptscallions.sdk.worker"], kind
        assert report["no_new_privs"] and report["host_environ_denied"], kind
        assert report["neighbour_denied"], kind
        assert not report["two_gib_fits"], kind
        # The protocol socket and trio's own wake-up pair: never the fork server's
        # (a SOCK_SEQPACKET socket).
        assert socket_kinds(report["sockets"]) == {"stream"}, (kind, report["sockets"])
        headroom = report["limit"] - report["vmsize"]
        assert 0 < headroom <= (64 + 96) * 1024 * 1024, (kind, headroom)
        assert headroom > (64 + 96 - 48) * 1024 * 1024, (kind, headroom)


def socket_kinds(types: list[int]) -> set[str]:
    import socket

    return {"stream" if t == socket.SOCK_STREAM else "other" for t in types}


def forkservers_of(pid: int) -> list[int]:
    """Fork server processes whose parent is `pid`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if b"raptscallions.sdk._forkserver" not in f.read():
                    continue
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
            found.append(int(entry))
    return found


async def test_the_fork_server_runs_only_while_workers_start(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    """Started: the engine's only processes are its workers. A crash brings the fork server
    back (during the backoff), and it goes again once idle."""
    make_module("crashy", '@module.hook("chat:before_ai")\nasync def h(ctx):\n'
                '    import os\n    os._exit(3)\n')  # fmt: skip
    make_module("steady", '@module.hook("chat:before_ai")\nasync def h(ctx):\n'
                '    return Continue(system_prompt_additions=["steady"])\n')  # fmt: skip
    async with open_engine(modules_dir) as engine:
        spawner = engine.worker_host.spawner
        assert spawner is not None
        assert spawner.pid is None and forkservers_of(os.getpid()) == []
        spawner.idle_s = 2.0  # longer than the backoff: the warm one serves the restart
        await engine.execute_hook(HOOK, only("crashy"))  # the worker dies: a restart is due
        await wait_until(lambda: spawner.pid is not None)
        warm = spawner.pid
        await wait_until(lambda: engine.status("crashy").status == "ready", within=10)
        assert spawner.pid == warm
        assert warm is not None
        await wait_until(lambda: spawner.pid is None and not alive(warm), within=5)
        assert forkservers_of(os.getpid()) == []
        assert engine.status("crashy").restart_count == 1


async def test_workers_still_start_when_the_fork_server_is_gone(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("steady", '@module.hook("chat:before_ai")\nasync def h(ctx):\n'
                '    return Continue(system_prompt_additions=["steady"])\n')  # fmt: skip
    async with open_engine(modules_dir) as engine:
        spawner = engine.worker_host.spawner
        assert spawner is not None
        await engine.reload("steady")  # the fork server starts again for it
        first = spawner.pid
        assert first is not None and alive(first)
        os.kill(first, 9)
        await wait_until(lambda: not alive(first))
        for _ in range(2):
            await engine.reload("steady")
            outcome = await engine.execute_hook(HOOK, only("steady"))
            assert additions(outcome) == ("steady",)
        second = spawner.pid
    assert second is not None and second != first
    assert not alive(second), "the fork server outlived its engine"


async def test_what_a_worker_sends_outside_any_call_arrives(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module(
        "chatty",
        """
import threading, time
def later():
    time.sleep(0.3)
    print("from a background thread")
@module.on_load
def start(config):
    threading.Thread(target=later, daemon=True).start()
@module.hook("chat:before_ai")
async def h(ctx):
    return None
""",
    )
    async with open_engine(modules_dir) as engine:
        await engine.execute_hook(HOOK, only("chatty"))  # a call, then nothing
        sink = engine.sink
        assert isinstance(sink, MemorySink)
        await wait_until(lambda: any(e.message == "from a background thread" for e in sink.logs))
