"""The engine with real worker processes: isolation, ordering, timeouts, observers, status."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import trio

from raptscallions.engine import open_engine
from raptscallions.sdk import ModuleLoadError
from raptscallions.sdk.testing import mock_context

from .conftest import ModuleMaker, alive

REPO_MODULES = Path(__file__).resolve().parents[2] / "modules"

TAG_PID = """
import os
@module.hook("chat:before_ai")
async def tag(ctx):
    return Continue(system_prompt_additions=[f"{ctx.config['tag']}:{os.getpid()}"])
"""


async def test_each_module_runs_in_its_own_process(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    for name in ("alpha", "beta", "gamma"):
        make_module(name, TAG_PID, defaults={"tag": name})
    async with open_engine(modules_dir) as engine:
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
        pids = {s.name: s.pid for s in engine.statuses()}
    seen = dict(a.split(":") for a in outcome.modifications.system_prompt_additions)
    assert set(seen) == {"alpha", "beta", "gamma"}
    assert {int(pid) for pid in seen.values()} == set(pids.values())
    assert os.getpid() not in {int(p) for p in seen.values()}
    assert len(set(seen.values())) == 3
    for pid in pids.values():
        assert pid is not None and not alive(pid), "workers must be gone after the engine"


async def test_priorities_and_dependencies_hold_across_processes(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    code = """
@module.hook("chat:before_ai")
async def tag(ctx):
    return Continue(system_prompt_additions=[ctx.config["tag"]],
                    message=ctx.message.content + "|" + ctx.config["tag"])
"""
    make_module("late", code, defaults={"tag": "late"}, priorities={"chat:before_ai": 90})
    make_module("early", code, defaults={"tag": "early"}, priorities={"chat:before_ai": 1})
    # "needs-late" has the lowest priority but must run after "late".
    make_module(
        "needs-late",
        code,
        defaults={"tag": "needs-late"},
        priorities={"chat:before_ai": 0},
        dependencies=["late"],
    )
    make_module("mid-a", code, defaults={"tag": "mid-a"})
    make_module("mid-b", code, defaults={"tag": "mid-b"})
    async with open_engine(modules_dir) as engine:
        outcome = await engine.execute_hook("chat:before_ai", mock_context(message="m"))
    order = ["early", "mid-a", "mid-b", "late", "needs-late"]
    assert list(outcome.modifications.system_prompt_additions) == order
    assert [t.module for t in outcome.trace] == order
    # Each module saw the message as modified by all before it.
    assert outcome.modifications.message == "m|" + "|".join(order)


async def test_a_module_past_its_timeout_fails_within_the_timeout_while_others_proceed(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module(
        "sleepy",
        """
@module.hook("chat:before_ai")
async def slow(ctx):
    await trio.sleep(30)
""",
        timeouts={"chat:before_ai": 300},
    )
    (modules_dir / "sleepy" / "module.py").write_text(
        "import trio\n" + (modules_dir / "sleepy" / "module.py").read_text()
    )
    make_module(
        "quick",
        """
@module.hook("chat:after_ai")
async def fast(ctx):
    return Continue(response="quick")
""",
        hooks=["chat:after_ai"],
    )
    async with open_engine(modules_dir) as engine:
        timings: dict[str, float] = {}
        outcomes = {}

        async def slow_call() -> None:
            start = trio.current_time()
            outcomes["slow"] = await engine.execute_hook("chat:before_ai", mock_context())
            timings["slow"] = trio.current_time() - start

        async def quick_calls() -> None:
            await trio.sleep(0.05)
            start = trio.current_time()
            for _ in range(20):
                outcomes["quick"] = await engine.execute_hook("chat:after_ai", mock_context())
            timings["quick"] = trio.current_time() - start

        async with trio.open_nursery() as nursery:
            nursery.start_soon(slow_call)
            nursery.start_soon(quick_calls)
        status = engine.status("sleepy")
    slow = outcomes["slow"]
    assert slow.action == "continue"  # failure: open (the default) skips the module
    assert [(t.module, t.action) for t in slow.trace] == [("sleepy", "timeout")]
    assert "300" in (slow.trace[0].error or "")
    assert 0.3 <= timings["slow"] < 0.3 + 0.7
    assert outcomes["quick"].modifications.response == "quick"
    assert timings["quick"] < timings["slow"], "the quick module was held up by the slow one"
    assert status.counters["chat:before_ai"].timeouts == 1


async def test_failure_closed_blocks_with_a_safe_message(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module(
        "fragile",
        """
@module.hook("chat:before_ai")
async def boom(ctx):
    raise ValueError("no good")
""",
        failure="closed",
    )
    async with open_engine(modules_dir) as engine:
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
        logs = [e for e in engine.sink.logs if e.module == "fragile"]  # type: ignore[attr-defined]
    assert outcome.action == "block"
    assert outcome.reason == "module_failure"
    assert outcome.direct_response
    assert outcome.trace[0].action == "error"
    assert "ValueError: no good" in (outcome.trace[0].error or "")
    assert "module.py:" in (outcome.trace[0].error or ""), "the error names the file and line"
    assert any("traceback" in e.data for e in logs)


async def test_observers_never_delay_the_caller(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module(
        "observer",
        """
import trio
@module.hook("chat:on_message")
async def watch(ctx):
    await trio.sleep(1.0)
    ctx.emit("observed", {"text": ctx.message.content})
""",
        hooks=["chat:on_message"],
    )
    async with open_engine(modules_dir) as engine:
        events = engine.subscribe()
        start = trio.current_time()
        outcome = await engine.execute_hook("chat:on_message", mock_context(message="hi"))
        elapsed = trio.current_time() - start
        assert [(t.module, t.action) for t in outcome.trace] == [("observer", "dispatched")]
        assert elapsed < 0.5
        with trio.fail_after(5):
            async for event in events:
                if event.type == "extraction":
                    break
        events.close()
    (record,) = engine.sink.extractions  # type: ignore[attr-defined]
    assert record.module == "observer" and record.data == {"text": "hi"}
    assert record.user_id == "user-1" and record.session_id == "session-1"


async def test_emit_and_log_reach_the_host_and_the_outcome(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module(
        "chatty",
        """
@module.hook("chat:before_ai")
async def talk(ctx):
    ctx.emit("first", {"n": 1})
    ctx.log.info("hello", n=2)
    print("printed line")
    return Continue(extractions=[Extraction("second", {"n": 3})])
""",
    )
    async with open_engine(modules_dir) as engine:
        with engine.subscribe() as events:
            outcome = await engine.execute_hook("chat:before_ai", mock_context())
            seen = []
            with trio.move_on_after(2):
                async for event in events:
                    seen.append(event.type)
                    if seen.count("extraction") == 2 and seen.count("module:log") == 2:
                        break
    assert [(e.module, e.type, e.data) for e in outcome.extractions] == [
        ("chatty", "first", {"n": 1}),
        ("chatty", "second", {"n": 3}),
    ]
    stored = [(r.type, r.request_id) for r in engine.sink.extractions]  # type: ignore[attr-defined]
    assert stored == [("first", "test-request"), ("second", "test-request")]
    messages = [(e.level, e.message, e.data) for e in engine.sink.logs]  # type: ignore[attr-defined]
    assert ("info", "hello", {"n": 2}) in messages
    assert ("info", "printed line", {"stream": "stdout"}) in messages
    assert seen.count("extraction") == 2 and seen.count("module:log") == 2


async def test_a_folder_that_fails_to_load_is_reported_and_the_others_load(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("good", TAG_PID, defaults={"tag": "good"})
    make_module("broken-import", "import does_not_exist\n")
    make_module(
        "bad-onload",
        """
@module.on_load
async def setup(config):
    raise RuntimeError("cannot start")
@module.hook("chat:before_ai")
async def h(ctx):
    return None
""",
    )
    make_module("orphan", TAG_PID, defaults={"tag": "x"}, dependencies=["missing-one"])
    make_module("cyc-a", TAG_PID, defaults={"tag": "a"}, dependencies=["cyc-b"])
    make_module("cyc-b", TAG_PID, defaults={"tag": "b"}, dependencies=["cyc-a"])
    (modules_dir / "bad-manifest").mkdir()
    (modules_dir / "bad-manifest" / "module.yaml").write_text("name: bad-manifest\nversion: 1\n")
    async with open_engine(modules_dir) as engine:
        statuses = {s.name: s for s in engine.statuses()}
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
    assert statuses["good"].status == "ready"
    for name in ("broken-import", "bad-onload", "orphan", "cyc-a", "cyc-b", "bad-manifest"):
        assert statuses[name].status == "error", name
        assert statuses[name].last_error
    assert "does_not_exist" in (statuses["broken-import"].last_error or "")
    assert "cannot start" in (statuses["bad-onload"].last_error or "")
    assert "missing-one" in (statuses["orphan"].last_error or "")
    assert "cyc-a -> cyc-b" in (statuses["cyc-a"].last_error or "")
    assert "$.version" in (statuses["bad-manifest"].last_error or "")
    good = [t for t in outcome.trace if t.module == "good"]
    assert good and good[0].action == "continue"
    assert {t.action for t in outcome.trace if t.module != "good"} == {"not_ready"}


async def test_a_required_module_that_cannot_load_stops_the_engine_starting(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module("needed", "import nope\n", required=True)
    with pytest.raises(ModuleLoadError, match="needed"):
        async with open_engine(modules_dir):
            pytest.fail("the engine must not start")


async def test_control_reload_disable_enable_and_config(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    folder = make_module(
        "greeter",
        """
@module.hook("chat:before_ai")
async def greet(ctx):
    return Continue(message=ctx.config["greeting"] + " v1")
""",
        config={"type": "object", "properties": {"greeting": {"type": "string"}}},
        defaults={"greeting": "hello"},
    )
    async with open_engine(modules_dir) as engine:
        with engine.subscribe() as events:
            first = await engine.execute_hook("chat:before_ai", mock_context())
            assert first.modifications.message == "hello v1"
            gen1 = engine.status("greeter")

            await engine.update_config("greeter", {"greeting": "hi"})
            assert (
                await engine.execute_hook("chat:before_ai", mock_context())
            ).modifications.message == "hi v1"
            with pytest.raises(Exception, match="greeting"):
                await engine.update_config("greeter", {"greeting": 5})

            (folder / "module.py").write_text(
                (folder / "module.py").read_text().replace(" v1", " v2")
            )
            await engine.reload("greeter")
            gen2 = engine.status("greeter")
            assert gen2.generation == gen1.generation + 1 and gen2.pid != gen1.pid
            out = await engine.execute_hook("chat:before_ai", mock_context())
            assert out.modifications.message == "hi v2", "config survives a reload"

            await engine.disable("greeter")
            assert engine.status("greeter").status == "disabled"
            off = await engine.execute_hook("chat:before_ai", mock_context())
            assert off.trace == () and off.modifications.message is None
            await engine.enable("greeter")
            assert engine.status("greeter").status == "ready"
            types = []
            while True:
                with trio.move_on_after(0.2):
                    types.append((await events.receive()).type)
                    continue
                break
    for expected in (
        "module:config_updated",
        "module:reloading",
        "module:reloaded",
        "module:disabled",
        "module:enabled",
    ):
        assert expected in types
    assert not alive(gen1.pid or 0) and not alive(gen2.pid or 0)


async def test_a_worker_crash_fails_calls_in_flight_at_once(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module(
        "crasher",
        """
import os, trio
@module.hook("chat:before_ai")
async def die(ctx):
    await trio.sleep(0.1)
    os._exit(7)
""",
        timeouts={"chat:before_ai": 20000},
    )
    async with open_engine(modules_dir) as engine:
        start = trio.current_time()
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
        elapsed = trio.current_time() - start
        status = engine.status("crasher")
    assert elapsed < 2, "the call failed when the worker died, not at its 20 s timeout"
    assert outcome.trace[0].action == "error"
    assert "code 7" in (outcome.trace[0].error or "")
    assert status.status in ("restarting", "ready")
    assert "code 7" in (status.last_error or "")


async def test_db_reads_are_scoped_to_the_request(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module(
        "reader",
        """
@module.hook("chat:before_ai")
async def read(ctx):
    ctx.emit("note", {"n": 1})
    mine = await ctx.db.get_session_extractions()
    count = await ctx.db.count_extractions(type="note")
    try:
        await ctx.db.get_user_extractions(user_id="someone-else")
        denied = "no"
    except PermissionDenied as exc:
        denied = str(exc)
    return Continue(system_prompt_additions=[str(len(mine)), str(count), denied])
""",
    )
    async with open_engine(modules_dir) as engine:
        await engine.execute_hook("chat:before_ai", mock_context())
        other = mock_context(user={"id": "user-2"}, session={"id": "session-2"})
        await engine.execute_hook("chat:before_ai", other)
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
    mine, count, denied = outcome.modifications.system_prompt_additions
    assert mine == "2"  # this call's own note and the first call's, not user-2's
    assert count == "3" or count == "2"
    assert "someone-else" in denied and "reader" in denied


async def test_the_builtin_modules_work_through_the_engine() -> None:
    async with open_engine(REPO_MODULES) as engine:
        assert {s.name: s.status for s in engine.statuses()} == {
            "pii-filter": "ready",
            "safety-filter": "ready",
            "struggle-detector": "ready",
        }
        redacted = await engine.execute_hook(
            "chat:before_ai", mock_context(message="email me at sam.lee@example.com")
        )
        assert redacted.action == "continue"
        assert redacted.modifications.message == "email me at [EMAIL]"
        assert [(e.module, e.type) for e in redacted.extractions] == [
            ("pii-filter", "pii_detected")
        ]
        blocked = await engine.execute_hook(
            "chat:before_ai", mock_context(message="I want to kill myself")
        )
        assert blocked.action == "block" and blocked.reason == "safety:self_harm"
        assert "988" in (blocked.direct_response or "")
        assert [t.module for t in blocked.trace] == ["safety-filter"]
        with engine.subscribe() as events:
            for text in ("I don't understand", "I'm stuck", "ugh this is impossible"):
                await engine.execute_hook("chat:on_message", mock_context(message=text))
            with trio.fail_after(5):
                async for event in events:
                    if event.type == "extraction" and event.data["type"] == "struggle_detected":
                        break


@pytest.mark.slow
async def test_idle_workers_stay_up(make_module: ModuleMaker, modules_dir: Path) -> None:
    # Regression: workers must not die with the (cached, short-lived) thread that spawned them.
    make_module("idle", TAG_PID, defaults={"tag": "idle"})
    async with open_engine(modules_dir) as engine:
        before = engine.status("idle")
        await trio.sleep(12)
        after = engine.status("idle")
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
    assert after.status == "ready" and after.pid == before.pid and after.restart_count == 0
    assert outcome.trace[0].action == "continue"


async def test_a_required_module_with_a_broken_manifest_stops_the_engine_starting(
    modules_dir: Path,
) -> None:
    folder = modules_dir / "guard"
    folder.mkdir()
    (folder / "module.yaml").write_text(
        "name: guard\nversion: 1\ndescription: d\nhooks: [chat:before_ai]\nrequired: true\n"
    )
    with pytest.raises(ModuleLoadError, match=r"guard.*\$\.version"):
        async with open_engine(modules_dir):
            pytest.fail("a required module that cannot load must stop the engine")


async def test_shadow_blocks_are_stored_as_would_block(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    make_module(
        "trial",
        """
@module.hook("chat:before_ai")
async def strict(ctx):
    return Block("too strict", "no")
""",
        mode="shadow",
    )
    async with open_engine(modules_dir) as engine:
        outcome = await engine.execute_hook("chat:before_ai", mock_context(message="hi"))
    assert outcome.action == "continue"
    assert [(t.module, t.action) for t in outcome.trace] == [("trial", "shadow_block")]
    stored = [(r.module, r.type, r.data, r.user_id) for r in engine.sink.extractions]  # type: ignore[attr-defined]
    assert stored == [
        ("trial", "would_block", {"reason": "too strict", "direct_response": "no"}, "user-1")
    ]


async def test_a_failed_reload_keeps_the_serving_generation(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    folder = make_module("steady", TAG_PID, defaults={"tag": "steady"})
    async with open_engine(modules_dir) as engine:
        before = engine.status("steady")
        (folder / "module.py").write_text("this is not python\n")
        with pytest.raises(ModuleLoadError):
            await engine.reload("steady")
        after = engine.status("steady")
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
    assert after.generation == before.generation and after.pid == before.pid
    assert after.status == "ready" and "import failed" in (after.last_error or "")
    assert outcome.trace[0].action == "continue"
