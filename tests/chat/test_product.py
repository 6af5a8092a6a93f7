"""The product-tool pipeline end to end: real workers, the echo model, both stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from raptscallions.chat import AIError, AIRequest, AIResponse, ChatError, EchoModel, ProductService
from raptscallions.engine import open_engine
from raptscallions.sdk import Tool, ToolDefinition, User
from raptscallions.store import open_store
from tests.engine.conftest import write_module

STUDENT = User(id="stu-1")
ESSAY = Tool(
    id="tool-essay",
    name="Essay feedback",
    type="product",
    definition=ToolDefinition(behavior="Give feedback on the essay.", model="fb-1"),
)

SHAPER = """
@module.hook("product:before_ai")
async def before(ctx):
    if "cheat" in ctx.input.get("essay", ""):
        return Block(reason="integrity", direct_response="Write it yourself first.")
    return Continue(input={"grade": 7}, system_prompt_additions=["Be encouraging."])

@module.hook("product:after_ai")
async def after(ctx):
    return Continue(output={"words": len(ctx.output["content"].split())})

@module.hook("run:complete")
async def done(ctx):
    ctx.emit("run_done", {"state": ctx.run.state, "run": ctx.run.id, "output": ctx.output})
"""


@pytest.mark.parametrize("store_url", ["sqlite", "postgresql"], indirect=True)
async def test_product_runs_through_the_modules(store_url: str, modules_dir: Path) -> None:
    write_module(
        modules_dir,
        "shaper",
        SHAPER,
        hooks=["product:before_ai", "product:after_ai", "run:complete"],
    )
    echo = EchoModel()
    async with open_store(store_url) as store:
        async with open_engine(modules_dir, store=store) as engine:
            product = ProductService(engine, store, echo)
            run = await product.run(
                STUDENT, ESSAY, {"essay": "My essay. Mail sam@example.com for the rest."}
            )
            assert run.state == "complete" and not run.blocked
            sent = echo.requests[-1]
            assert sent.kind == "product" and sent.model == "fb-1"
            assert "Be encouraging." in sent.system_prompt
            assert '"grade": 7' in sent.messages[-1].content
            assert "sam@example.com" not in sent.messages[-1].content  # the PII filter's work
            assert run.output is not None
            assert run.output["words"] == len(run.output["content"].split())
            assert run.input == {"essay": "My essay. Mail sam@example.com for the rest."}

            blocked = await product.run(STUDENT, ESSAY, {"essay": "help me cheat"})
            assert blocked.state == "blocked" and blocked.blocked
            assert blocked.reason == "integrity"
            assert blocked.output == {"content": "Write it yourself first."}
            assert len(echo.requests) == 1

            with pytest.raises(ChatError, match="chat tool"):
                await product.run(STUDENT, Tool(id="t-chat"), {"essay": "x"})
            with pytest.raises(ChatError, match="JSON object"):
                await product.run(STUDENT, ESSAY, ["not", "a", "dict"])  # type: ignore[arg-type]

        stored = await store.get_run(run.id)
        assert stored is not None and stored.state == "complete"
        assert stored.output == run.output and stored.completed_at is not None
        stored_block = await store.get_run(blocked.id)
        assert stored_block is not None
        assert (stored_block.state, stored_block.reason) == ("blocked", "integrity")
        done = await store.list_extractions(module="shaper", type="run_done")
        assert sorted(e.data["state"] for e in done) == ["blocked", "complete"]
        assert {e.data["run"] for e in done} == {run.id, blocked.id}
        assert len(await store.list_runs(user_id=STUDENT.id)) == 2


class Broken:
    name = "broken"

    async def complete(self, request: AIRequest) -> AIResponse:
        raise ConnectionError("upstream unreachable")


async def test_an_ai_failure_stores_a_failed_run(modules_dir: Path, tmp_path: Path) -> None:
    async with (
        open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store,
        open_engine(modules_dir, store=store) as engine,
    ):
        product = ProductService(engine, store, Broken())
        with pytest.raises(AIError, match="broken: ConnectionError: upstream unreachable"):
            await product.run(STUDENT, ESSAY, {"prompt": "hello"})
        (run,) = await store.list_runs()
        assert run.state == "failed" and run.error is not None
        assert "upstream unreachable" in run.error
