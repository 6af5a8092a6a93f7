"""The fault matrix, with real worker processes: each way a module can fail, under
``failure: open`` and ``failure: closed`` (and ``required: true``).

For every fault: the failing call gets the right outcome and trace, the module's failure is
counted (never as a pass), the other modules keep answering, and the engine keeps running
(the failed module recovers, by restart where its process had to go).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import attrs
import pytest
import trio

from raptscallions.engine import Engine, HookOutcome, MemorySink, RestartPolicy, open_engine
from raptscallions.engine._executor import FAILURE_REASON, SAFE_RESPONSE
from raptscallions.sdk import ModuleLoadError
from raptscallions.sdk.testing import mock_context

from .conftest import ModuleMaker, alive

HEADER = "from raptscallions.sdk import *\nmodule = define_module()\n"
FAST_RESTARTS = RestartPolicy(initial=0.05, cap=0.2, jitter=0)
CANCEL_GRACE = 0.3
HANG_TIMEOUT_MS = 400
# Long enough that a call failing "at once" cannot be confused with one failing at its timeout.
LONG_TIMEOUT_MS = 10_000
MAX_FRAME = 64 * 1024

STEADY = """
@module.hook("chat:before_ai", "chat:after_ai")
async def answer(ctx):
    if ctx.hook == "chat:after_ai":
        return Continue(response="steady")
    return Continue(system_prompt_additions=["steady"])
"""

# A faulty module behaves until it is sent the message "fault". `{fault}` is indented into
# the handler; `{prelude}` goes at the top level (import errors, on_load).
FAULTY = """
import gc, os, struct, sys
import trio
{prelude}
@module.hook("chat:before_ai")
{kind}def handle(ctx):
    if ctx.message.content == "fault":
{fault}
    return Continue(system_prompt_additions=[ctx.config["tag"]])
"""

WRITE_RAW = """
def write_raw(frame):
    # The worker's channel to the host holds the protocol socket; write past the SDK.
    channel = next(o for o in gc.get_objects() if type(o).__name__ == "Channel")
    os.write(channel.sock.fileno(), frame)
"""


@attrs.frozen
class Fault:
    id: str
    fault: str = "pass"
    prelude: str = ""
    sync: bool = False
    fields: dict[str, Any] = attrs.field(factory=dict)
    # At load: the module never becomes ready; `error` is in its last_error.
    at_load: bool = False
    # At call: the trace actions the failed call may show, and what its error says.
    actions: frozenset[str] = frozenset({"error"})
    error: str = ""
    # Whether the worker process must go (and the module come back by restart).
    restarts: bool = False
    timeout_ms: int = LONG_TIMEOUT_MS


# A worker that ends mid-call fails the call as an error: it was ready when the call began.
GONE = frozenset({"error"})

FAULTS = [
    Fault(
        "import-error",
        prelude="import module_that_does_not_exist",
        at_load=True,
        error="module_that_does_not_exist",
    ),
    Fault(
        "on-load-raises",
        prelude=(
            "@module.on_load\nasync def setup(config):\n"
            "    raise RuntimeError('cannot start: model missing')"
        ),
        at_load=True,
        error="cannot start: model missing",
    ),
    Fault(
        "crash-mid-call",
        fault="await trio.sleep(0.05)\nos._exit(9)",
        actions=GONE,
        error="code 9",
        restarts=True,
    ),
    Fault(
        "hang-async",
        fault="await trio.sleep(60)",
        actions=frozenset({"timeout"}),
        error=f"{HANG_TIMEOUT_MS}",
        timeout_ms=HANG_TIMEOUT_MS,
    ),
    Fault(
        "hang-sync-cpu-loop",
        fault="while True:\n    pass",
        sync=True,
        actions=frozenset({"timeout"}),
        error=f"{HANG_TIMEOUT_MS}",
        restarts=True,
        timeout_ms=HANG_TIMEOUT_MS,
    ),
    Fault(
        "malformed-reply",
        prelude=WRITE_RAW,
        fault="write_raw(struct.pack('>II', 13, 9) + b'not json!')\nawait trio.sleep(60)",
        actions=GONE,
        error="malformed",
        restarts=True,
    ),
    Fault(
        "oversized-reply",
        fault="return Continue(message='x' * 1_000_000)",
        error="exceeds",
    ),
    Fault(
        "oversized-raw-frame",
        prelude=WRITE_RAW,
        fault="write_raw(struct.pack('>II', 1_000_000, 2) + b'{}')\nawait trio.sleep(60)",
        actions=GONE,
        error="exceeds",
        restarts=True,
    ),
    Fault(
        "memory-blow-up",
        fault="bytearray(2 * 1024 ** 3)",
        fields={"limits": {"maxMemoryMB": 64}},
        error="exceeded its memory limit (limits.maxMemoryMB = 64)",
    ),
    Fault("exit-without-reply", fault="sys.exit(0)", actions=GONE, error="exited", restarts=True),
]


def faulty_code(fault: Fault) -> str:
    return FAULTY.format(
        prelude=fault.prelude,
        kind="" if fault.sync else "async ",
        fault=textwrap.indent(fault.fault, " " * 8),
    )


def only(*modules: str, message: str = "hello", hook: str = "chat:before_ai") -> Any:
    """A context that only `modules` take part in."""
    return mock_context(hook=hook, message=message, tool={"definition": {"modules": modules}})


def trace_of(outcome: HookOutcome) -> list[tuple[str, str]]:
    return [(t.module, t.action) for t in outcome.trace]


async def wait_until(predicate: Callable[[], bool], *, within: float = 10.0) -> None:
    """Poll `predicate`: process and module states have no event to wait on."""
    with trio.fail_after(within):
        while True:
            if predicate():
                return
            await trio.sleep(0.02)


def restarted(engine: Engine, name: str, *, after: int) -> Callable[[], bool]:
    """Whether `name` serves again, from a generation later than `after`."""

    def check() -> bool:
        status = engine.status(name)
        return status.status == "ready" and status.generation > after

    return check


def gone(pid: int) -> bool:
    return not alive(pid)


async def steady_answers(engine: Engine) -> None:
    outcome = await engine.execute_hook("chat:after_ai", only("steady", hook="chat:after_ai"))
    assert outcome.action == "continue"
    assert outcome.modifications.response == "steady"


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.id)
async def test_fault(fault: Fault, make_module: ModuleMaker, modules_dir: Path) -> None:
    make_module("steady", STEADY, hooks=["chat:before_ai", "chat:after_ai"],
                priorities={"chat:before_ai": 90})  # fmt: skip
    timeouts = {"chat:before_ai": fault.timeout_ms}
    for variant in ("open", "closed"):
        make_module(f"f-{variant}", faulty_code(fault), failure=variant, timeouts=timeouts,
                    defaults={"tag": f"f-{variant}"}, **fault.fields)  # fmt: skip
    async with open_engine(
        modules_dir,
        restart_policy=FAST_RESTARTS,
        cancel_grace=CANCEL_GRACE,
        max_frame=MAX_FRAME,
    ) as engine:
        steady_before = engine.status("steady")
        assert steady_before.status == "ready"
        before = {v: engine.status(f"f-{v}") for v in ("open", "closed")}
        if fault.at_load:
            for status in before.values():
                assert status.status == "error" and status.pid is None
                assert fault.error in (status.last_error or "")
            message = "hello"  # the module is not there to fault; any call finds it not ready
        else:
            assert all(s.status == "ready" for s in before.values())
            message = "fault"

        outcomes: dict[str, HookOutcome] = {}
        elapsed: dict[str, float] = {}
        probes: list[float] = []

        async def call(variant: str) -> None:
            start = trio.current_time()
            outcomes[variant] = await engine.execute_hook(
                "chat:before_ai", only(f"f-{variant}", "steady", message=message)
            )
            elapsed[variant] = trio.current_time() - start

        async def probe_steady() -> None:
            # The other module answers, undelayed, while the faulty ones fail.
            while True:
                start = trio.current_time()
                await steady_answers(engine)
                probes.append(trio.current_time() - start)
                if len(outcomes) == 2:
                    return
                await trio.sleep(0.01)

        async with trio.open_nursery() as nursery:
            nursery.start_soon(call, "open")
            nursery.start_soon(call, "closed")
            nursery.start_soon(probe_steady)

        opened, closed = outcomes["open"], outcomes["closed"]
        expected = frozenset({"not_ready"}) if fault.at_load else fault.actions
        # failure: open skips the module, and the chain goes on to the next one.
        assert opened.action == "continue"
        assert [m for m, _ in trace_of(opened)] == ["f-open", "steady"]
        assert opened.trace[0].action in expected, trace_of(opened)
        assert opened.trace[1].action == "continue"
        assert opened.modifications.system_prompt_additions == ("steady",)
        assert opened.modifications.message is None
        # failure: closed blocks with the safe message, and the chain stops there.
        assert closed.action == "block"
        assert closed.reason == FAILURE_REASON
        assert closed.direct_response == SAFE_RESPONSE
        assert [m for m, _ in trace_of(closed)] == ["f-closed"]
        assert closed.trace[0].action in expected, trace_of(closed)
        for outcome in (opened, closed):
            if not fault.at_load:
                assert fault.error in (outcome.trace[0].error or ""), outcome.trace[0]
        for variant, took in elapsed.items():
            if fault.timeout_ms == HANG_TIMEOUT_MS:
                # Given up at the deadline: neither before it nor after the grace period.
                assert 0.35 <= took < HANG_TIMEOUT_MS / 1000 + 0.5, (variant, took)
            else:
                assert took < 2.0, f"{variant}: the failure took {took:.2f} s to surface"
        assert probes, "the steady module was not called during the fault"
        assert max(probes) < 0.3, f"the steady module was held up: {max(probes):.3f} s"

        for variant in ("open", "closed"):
            name = f"f-{variant}"
            old = before[variant]
            if fault.at_load:
                status = engine.status(name)
                assert status.status == "error" and status.pid is None
                continue
            if fault.restarts:
                # The process had to go: it is gone, and a new one took its place.
                await wait_until(restarted(engine, name, after=old.generation))
                assert old.pid is not None and not alive(old.pid)
            status = engine.status(name)
            assert status.status == "ready"
            assert status.restart_count == (1 if fault.restarts else 0)
            if fault.restarts:
                assert status.pid != old.pid
                assert status.last_error
            else:
                assert status.pid == old.pid and status.generation == old.generation
            counters = status.counters["chat:before_ai"]
            assert counters.calls == 1
            if fault.timeout_ms == HANG_TIMEOUT_MS:
                assert (counters.timeouts, counters.errors) == (1, 0)
            else:
                assert (counters.timeouts, counters.errors) == (0, 1)
            # Recovered: the module answers normally again.
            again = await engine.execute_hook("chat:before_ai", only(name))
            assert trace_of(again) == [(name, "continue")]
            assert again.modifications.system_prompt_additions == (name,)

        # The other module never noticed.
        steady = engine.status("steady")
        assert steady.status == "ready"
        assert steady.pid == steady_before.pid and steady.restart_count == 0
        await steady_answers(engine)
        pids = [s.pid for s in engine.statuses() if s.pid is not None]
    for pid in pids:
        assert not alive(pid)


async def test_a_sync_cpu_loop_is_killed_within_the_grace_period(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    """The caller is answered at the deadline; the worker that cannot give the call up is
    killed (its whole process group, helpers too) right after the grace period."""
    make_module(
        "spinner",
        """
import subprocess, sys
@module.hook("chat:before_ai")
def spin(ctx):
    helper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    ctx.emit("helper", {"pid": helper.pid})
    while True:
        pass
""",
        timeouts={"chat:before_ai": HANG_TIMEOUT_MS},
    )
    async with open_engine(
        modules_dir, restart_policy=RestartPolicy(initial=5, jitter=0), cancel_grace=CANCEL_GRACE
    ) as engine:
        pid = engine.status("spinner").pid
        assert pid is not None
        start = trio.current_time()
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
        answered = trio.current_time() - start
        assert trace_of(outcome) == [("spinner", "timeout")]
        await wait_until(lambda: not alive(pid), within=3)
        killed = trio.current_time() - start
        sink = engine.sink
        assert isinstance(sink, MemorySink)
        (helper,) = [e.data["pid"] for e in sink.extractions if e.type == "helper"]
        await wait_until(lambda: not alive(helper), within=2)
        status = engine.status("spinner")
    assert HANG_TIMEOUT_MS / 1000 <= answered < HANG_TIMEOUT_MS / 1000 + 0.3
    # Killed once the grace period after the deadline ran out, not later.
    assert killed < HANG_TIMEOUT_MS / 1000 + CANCEL_GRACE + 0.5, killed
    assert status.status == "restarting"
    assert "did not give up a cancelled call" in (status.last_error or "")


async def test_a_required_module_fails_closed_while_down_and_while_quarantined(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    """`required: true`: its hooks fail closed whenever it is not ready (restarting,
    quarantined), where an optional module would be skipped (the test above). A tool's
    module list cannot leave a required module out, so every call here includes it."""
    code = faulty_code(Fault("crash", fault="os._exit(9)"))
    make_module("guard", code, required=True, defaults={"tag": "guard"})
    make_module("steady", STEADY, hooks=["chat:before_ai", "chat:after_ai"])
    policy = RestartPolicy(initial=0.5, jitter=0, max_restarts=1, window=60)
    async with open_engine(modules_dir, restart_policy=policy) as engine:
        crashed = await engine.execute_hook("chat:before_ai", only("guard", message="fault"))
        assert crashed.trace[0].action in GONE
        # Down, waiting for its restart: the required module blocks, even for a tool that
        # lists only another module.
        for ctx in (only("guard"), only("steady")):
            down = await engine.execute_hook("chat:before_ai", ctx)
            assert engine.status("guard").status == "restarting"
            assert trace_of(down) == [("guard", "not_ready")]
            assert down.action == "block"
            assert down.reason == FAILURE_REASON and down.direct_response == SAFE_RESPONSE
        await wait_until(lambda: engine.status("guard").status == "ready")

        # A second crash within the window quarantines the module.
        await engine.execute_hook("chat:before_ai", only("guard", message="fault"))
        status = engine.status("guard")
        assert status.status == "disabled"
        assert "quarantined" in (status.reason or "")
        quarantined = await engine.execute_hook("chat:before_ai", only("guard", "steady"))
        assert quarantined.action == "block" and quarantined.reason == FAILURE_REASON
        assert trace_of(quarantined) == [("guard", "not_ready")]
        await steady_answers(engine)

        await engine.enable("guard")
        back = await engine.execute_hook("chat:before_ai", only("guard", "steady"))
        assert back.action == "continue"
        assert back.modifications.system_prompt_additions == ("guard", "steady")


@pytest.mark.parametrize(
    ("code", "error", "start_timeout"),
    [
        ("import module_that_does_not_exist\n", "module_that_does_not_exist", 30),
        (
            """
@module.on_load
async def setup(config):
    raise RuntimeError("cannot start: model missing")
@module.hook("chat:before_ai")
async def handle(ctx):
    return None
""",
            "cannot start: model missing",
            30,
        ),
        (
            """
import trio
@module.on_load
async def setup(config):
    await trio.sleep(30)
@module.hook("chat:before_ai")
async def handle(ctx):
    return None
""",
            "did not finish loading within 2 s",
            2,
        ),
    ],
    ids=["import-error", "on-load-raises", "slow-start"],
)
async def test_a_required_module_that_cannot_load_refuses_the_engine(
    code: str, error: str, start_timeout: float, make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("steady", STEADY, hooks=["chat:before_ai", "chat:after_ai"])
    make_module("needed", code, required=True)
    start = trio.current_time()
    with pytest.raises(ModuleLoadError) as info:
        async with open_engine(modules_dir, start_timeout=start_timeout):
            pytest.fail("the engine must not start without its required module")
    assert "needed" in str(info.value) and error in str(info.value)
    assert trio.current_time() - start < 10


async def test_a_slow_start_during_reload_keeps_the_old_generation_answering(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    """The new generation's on_load takes ~1 s: every call meanwhile is answered by the old
    one, for failure open and closed alike."""
    code = """
import trio
@module.on_load
async def setup(config):
    await trio.sleep(DELAY)
@module.hook("chat:before_ai")
async def handle(ctx):
    return Continue(system_prompt_additions=["VERSION"])
"""
    folders = {
        variant: make_module(
            f"slow-{variant}",
            code.replace("DELAY", "0").replace("VERSION", "v1"),
            failure=variant,
        )
        for variant in ("open", "closed")
    }

    def edit(delay: float, version: str) -> None:
        for folder in folders.values():
            new = code.replace("DELAY", str(delay)).replace("VERSION", version)
            (folder / "module.py").write_text(HEADER + textwrap.dedent(new))

    async with open_engine(modules_dir) as engine:
        old = {v: engine.status(f"slow-{v}") for v in folders}
        # (variant, started, ended, outcome) of each call
        seen: list[tuple[str, float, float, HookOutcome]] = []
        reloading_seen: set[str] = set()

        async def stream(variant: str, done: trio.Event) -> None:
            name = f"slow-{variant}"
            while not done.is_set():
                start = trio.current_time()
                outcome = await engine.execute_hook("chat:before_ai", only(name))
                seen.append((variant, start, trio.current_time(), outcome))
                if engine.status(name).status == "reloading":
                    reloading_seen.add(variant)
                await trio.sleep(0.005)

        async def reload(variant: str, took: dict[str, float]) -> None:
            start = trio.current_time()
            await engine.reload(f"slow-{variant}")
            took[variant] = trio.current_time() - start

        edit(1.0, "v2")
        took: dict[str, float] = {}
        done = trio.Event()
        async with trio.open_nursery() as nursery:
            for variant in folders:
                nursery.start_soon(stream, variant, done)
                nursery.start_soon(stream, variant, done)
            await trio.sleep(0.1)
            reload_start = trio.current_time()
            async with trio.open_nursery() as reloads:
                for variant in folders:
                    reloads.start_soon(reload, variant, took)
            await trio.sleep(0.1)
            done.set()

        for variant, duration in took.items():
            assert duration >= 1.0, f"{variant}: the reload did not wait for on_load"
        for variant, _, _, outcome in seen:
            assert trace_of(outcome) == [(f"slow-{variant}", "continue")], outcome.trace
            assert outcome.action == "continue"
        for variant in folders:
            answers = [
                (start, end, o.modifications.system_prompt_additions)
                for v, start, end, o in seen
                if v == variant
            ]
            during = [
                a for start, _, a in answers if reload_start + 0.2 < start < reload_start + 0.9
            ]
            assert during and set(during) == {("v1",)}, "the old generation stopped answering"
            assert answers[-1][2] == ("v2",)
            # Once a call was answered by the new generation, every later call is too.
            switched = min(end for _, end, a in answers if a == ("v2",))
            assert all(a == ("v2",) for start, _, a in answers if start > switched)
        assert reloading_seen == set(folders)
        for variant, status in old.items():
            now = engine.status(f"slow-{variant}")
            assert now.status == "ready" and now.pid != status.pid
            assert status.pid is not None
            await wait_until(partial(gone, status.pid))
