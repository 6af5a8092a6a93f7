"""The engine on a real store (SQLite and PostgreSQL): nothing emitted is lost, `ctx.db` is
sandboxed and logged, configuration reaches the next call and a second engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import trio

from raptscallions.engine import open_engine
from raptscallions.sdk._db import ExtractionQuery
from raptscallions.sdk.testing import mock_context
from raptscallions.store import open_store
from tests.engine.conftest import write_module

EMITTER = """
import trio

@module.hook("chat:before_ai", "chat:on_message")
async def emit(ctx):
    for i in range(ctx.config.get("per_call", 3)):
        ctx.emit("tick", {"i": i, "hook": ctx.hook})
    ctx.log.info("emitted", n=ctx.config.get("per_call", 3))
    if ctx.hook == "chat:on_message":
        await trio.sleep(0.05)
    return None
"""


async def test_every_extraction_emitted_is_stored_after_a_graceful_shutdown(
    store_url: str, tmp_path: Path
) -> None:
    modules = tmp_path / "modules"
    write_module(modules, "emitter", EMITTER, hooks=["chat:before_ai", "chat:on_message"])
    async with open_store(store_url) as store:
        async with open_engine(modules, store=store) as engine:
            async with trio.open_nursery() as nursery:
                for n in range(20):
                    ctx = mock_context(request_id=f"r{n}", session={"id": f"s{n % 4}"})
                    nursery.start_soon(engine.execute_hook, "chat:before_ai", ctx)
                    nursery.start_soon(engine.execute_hook, "chat:on_message", ctx)
        # The engine is gone; everything it was given is in the database.
        rows = await store.list_extractions(module="emitter", limit=1000)
        logs = await store.list_logs(module="emitter", limit=1000)
    assert len(rows) == 20 * 2 * 3
    assert {r.request_id for r in rows} == {f"r{n}" for n in range(20)}
    assert {r.data["hook"] for r in rows} == {"chat:before_ai", "chat:on_message"}
    assert all(r.user_id == "user-1" for r in rows)
    assert len([entry for entry in logs if entry.message == "emitted"]) == 40


SNOOP = """
from raptscallions.sdk import PermissionDenied

@module.hook("chat:before_ai")
async def snoop(ctx):
    ctx.emit("note", {"mine": True})
    answers = []
    attempts = [
        ("other user", lambda: ctx.db.get_user_extractions(user_id="victim")),
        ("other session", lambda: ctx.db.get_session_extractions(session_id="victim-session")),
        ("other class", lambda: ctx.db.get_user_extractions(class_id="victim-class")),
        ("by type, another user", lambda: ctx.db.get_extractions_by_type("note", user_id="victim")),
        ("count, another session", lambda: ctx.db.count_extractions(session_id="victim-session")),
        ("negative limit", lambda: ctx.db.get_extractions_by_type("note", limit=-1)),
    ]
    for label, attempt in attempts:
        try:
            await attempt()
            answers.append(f"{label}: ALLOWED")
        except (PermissionDenied, ValueError) as exc:
            answers.append(f"{label}: refused: {exc}")
    huge = await ctx.db.get_extractions_by_type("note", limit=5000)
    mine = await ctx.db.get_session_extractions()
    answers.append(f"huge limit: {len(huge)} rows")
    answers.append(f"mine: {[r.data for r in mine]}")
    return Continue(system_prompt_additions=answers)
"""


async def test_the_sandbox_refuses_reads_across_users_sessions_and_classes(
    store_url: str, tmp_path: Path
) -> None:
    modules = tmp_path / "modules"
    write_module(modules, "snoop", SNOOP)
    async with open_store(store_url) as store:
        async with open_engine(modules, store=store) as engine:
            victim = mock_context(
                user={"id": "victim"}, session={"id": "victim-session"},
                class_={"id": "victim-class"},
            )  # fmt: skip
            await engine.execute_hook("chat:before_ai", victim)
            ctx = mock_context(class_={"id": "my-class"})
            outcome = await engine.execute_hook("chat:before_ai", ctx)
        refused_logs = [
            e.message for e in await store.list_logs(module="snoop", limit=100)
            if "refused" in e.message
        ]  # fmt: skip
    answers = outcome.modifications.system_prompt_additions
    for answer in answers[:6]:
        assert ": refused: " in answer, answer
    assert "victim" in answers[0] and "snoop" in answers[0], "the error names both"
    assert answers[6] == "huge limit: 1 rows"
    assert answers[7] == "mine: [{'mine': True}]", "only this request's own data"
    # Every refused attempt is logged for the operator (two requests, six attempts each).
    assert len(refused_logs) >= 6


FORGER = """
import os, sys
from raptscallions.sdk._protocol import DbQuery, encode

@module.hook("chat:before_ai")
async def forge(ctx):
    # Bypass ctx.db: write a raw query for a call id that does not exist, asking for someone
    # else's data. The host binds identity from its own record of the call, so it must refuse.
    fd = int(sys.argv[sys.argv.index("--fd") + 1])
    os.write(fd, encode(DbQuery(9999, 424242, "get_user_extractions",
                                           {"user_id": "victim"})))
    return None
"""


async def test_a_worker_cannot_forge_its_identity(store_url: str, tmp_path: Path) -> None:
    modules = tmp_path / "modules"
    write_module(modules, "forger", FORGER)
    async with open_store(store_url) as store:
        async with open_engine(modules, store=store) as engine:
            outcome = await engine.execute_hook("chat:before_ai", mock_context())
            with trio.fail_after(5):
                for _ in range(500):
                    if any("424242" in e.message for e in await store.list_logs(limit=100)):
                        break
                    await trio.sleep(0.01)
            status = engine.status("forger")
        logs = await store.list_logs(module="forger", limit=100)
    assert outcome.trace[0].action == "continue"
    assert status.status == "ready", "a refused query does not hurt the module"
    assert any("not in flight" in e.message and "424242" in e.message for e in logs)


CONFIGURED = """
@module.hook("chat:before_ai")
async def configured(ctx):
    return Continue(system_prompt_additions=[ctx.config["mood"]])
"""
CONFIG_SCHEMA: dict[str, Any] = {"type": "object", "properties": {"mood": {"type": "string"}}}


async def test_config_changes_apply_on_the_next_call(store_url: str, tmp_path: Path) -> None:
    modules = tmp_path / "modules"
    write_module(modules, "moody", CONFIGURED, config=CONFIG_SCHEMA, defaults={"mood": "calm"})
    async with open_store(store_url) as store:
        async with open_engine(modules, store=store) as engine:

            async def mood(**kw: Any) -> str:
                outcome = await engine.execute_hook("chat:before_ai", mock_context(**kw))
                return outcome.modifications.system_prompt_additions[0]

            assert await mood() == "calm"
            await engine.set_config("moody", "global", None, {"mood": "cheerful"})
            assert await mood() == "cheerful"
            await engine.set_config("moody", "class", "c1", {"mood": "focused"})
            assert await mood(class_={"id": "c1"}) == "focused"
            assert await mood(class_={"id": "c2"}) == "cheerful"
        # The rows are in the database: a new engine starts with them.
        async with open_engine(modules, store=store) as engine:
            outcome = await engine.execute_hook("chat:before_ai", mock_context(class_={"id": "c1"}))
            assert outcome.modifications.system_prompt_additions == ("focused",)


async def test_a_change_through_one_engine_reaches_another(pg: Any, tmp_path: Path) -> None:
    modules = tmp_path / "modules"
    write_module(modules, "moody", CONFIGURED, config=CONFIG_SCHEMA, defaults={"mood": "calm"})
    pg.truncate()
    async with open_store(pg.url) as store_a, open_store(pg.url) as store_b:
        async with (
            open_engine(modules, store=store_a) as a,
            open_engine(modules, store=store_b) as b,
        ):
            ctx = mock_context()
            assert (
                await b.execute_hook("chat:before_ai", ctx)
            ).modifications.system_prompt_additions == ("calm",)
            start = trio.current_time()
            await a.set_config("moody", "global", None, {"mood": "sunny"})
            seen = None
            with trio.fail_after(1.0):
                for _ in range(1000):
                    outcome = await b.execute_hook("chat:before_ai", ctx)
                    seen = outcome.modifications.system_prompt_additions[0]
                    if seen == "sunny":
                        break
                    await trio.sleep(0.01)
            assert seen == "sunny"
            assert trio.current_time() - start < 1.0
            await a.delete_config("moody", "global", None)
            with trio.fail_after(1.0):
                for _ in range(1000):
                    outcome = await b.execute_hook("chat:before_ai", ctx)
                    if outcome.modifications.system_prompt_additions[0] == "calm":
                        break
                    await trio.sleep(0.01)


async def test_ctx_db_reads_what_the_store_holds(store_url: str, tmp_path: Path) -> None:
    modules = tmp_path / "modules"
    write_module(
        modules,
        "counter",
        """
@module.hook("chat:before_ai")
async def count(ctx):
    ctx.emit("visit", {})
    n = await ctx.db.count_extractions(type="visit")
    return Continue(system_prompt_additions=[str(n)])
""",
    )
    async with open_store(store_url) as store:
        async with open_engine(modules, store=store) as engine:
            counts = []
            for _ in range(3):
                out = await engine.execute_hook("chat:before_ai", mock_context())
                counts.append(out.modifications.system_prompt_additions[0])
        stored = await store.count_extractions(ExtractionQuery(user_id="user-1", type="visit"))
    assert counts == ["1", "2", "3"]
    assert stored == 3
