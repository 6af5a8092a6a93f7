"""`open_raptscallions`: the store, the engine and the pipelines for asyncio code, over the
built-in modules and the echo model."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import TracebackType

import pytest
import trio

from raptscallions.aio import open_raptscallions
from raptscallions.chat import AIRequest, AIResponse, SessionNotFound
from raptscallions.sdk import Tool, ToolDefinition, User

REPO = Path(__file__).resolve().parents[2]
BUILTIN_MODULES = REPO / "modules"
STUDENT = User(id="student-1", role="student")
TUTOR = Tool(id="tutor", name="Tutor", definition=ToolDefinition(behavior="Be a kind tutor."))


def database(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'raptscallions.db'}"


def test_chat_through_the_modules_from_asyncio(tmp_path: Path) -> None:
    async def main() -> None:
        async with open_raptscallions(BUILTIN_MODULES, database=database(tmp_path)) as rapt:
            session = await rapt.chat.start_session(STUDENT, TUTOR)
            reply = await rapt.chat.send_message(
                session.id, "My email is sam.lee@example.com; WWII ended in 1945", STUDENT
            )
            assert not reply.blocked
            assert "[EMAIL]" in reply.response and "sam.lee" not in reply.response
            assert "1945" in reply.response
            assert [(e.module, e.type) for e in reply.extractions] == [
                ("pii-filter", "pii_detected")
            ]
            blocked = await rapt.chat.send_message(session.id, "I want to kill myself", STUDENT)
            assert blocked.blocked and "988" in blocked.response
            messages = await rapt.chat.messages(session.id)
            assert [m.role for m in messages] == ["user", "assistant"] * 2
            ended = await rapt.chat.end_session(session.id)
            assert ended.state == "completed"
            with pytest.raises(SessionNotFound):
                await rapt.chat.send_message("no-such-session", "hello", STUDENT)

    asyncio.run(main())


def test_product_runs_from_asyncio(tmp_path: Path) -> None:
    tool = Tool(id="summary", name="Summary", type="product")

    async def main() -> None:
        async with open_raptscallions(BUILTIN_MODULES, database=database(tmp_path)) as rapt:
            run = await rapt.product.run(STUDENT, tool, {"prompt": "Call 415-555-0199"})
            assert run.state == "complete"
            assert run.output is not None

    asyncio.run(main())


def test_every_async_method_goes_through_the_portal(tmp_path: Path) -> None:
    async def main() -> None:
        async with open_raptscallions(BUILTIN_MODULES, database=database(tmp_path)) as rapt:
            session = await rapt.chat.start_session(STUDENT, TUTOR)
            # Not spelled out on StoreProxy: forwarded, and still awaitable from asyncio.
            row = await rapt.store.get_session(session.id)
            assert row is not None and row.user_id == STUDENT.id
            assert rapt.engine.sink is rapt.engine.wrapped.sink  # plain attributes as they are
            assert rapt.chat.history_limit == 50
            await rapt.chat.send_message(session.id, "I don't get it", STUDENT)
            await rapt.chat.send_message(session.id, "I don't get it", STUDENT)
            for _ in range(100):
                found = await rapt.store.list_extractions(
                    session_id=session.id, type="struggle_detected"
                )
                if found:
                    break
                await asyncio.sleep(0.05)
            assert [e.module for e in found] == ["struggle-detector"]

    asyncio.run(main())


def test_engine_control_and_events_from_asyncio(tmp_path: Path) -> None:
    async def main() -> None:
        async with open_raptscallions(BUILTIN_MODULES, database=database(tmp_path)) as rapt:
            with rapt.engine.subscribe() as events:
                await rapt.engine.disable("struggle-detector")
                assert rapt.engine.status("struggle-detector").status == "disabled"
                await rapt.engine.enable("struggle-detector")
                seen = []
                async with asyncio.timeout(10):
                    async for event in events:
                        seen.append(event.type)
                        if event.type == "module:enabled":
                            break
                assert "module:disabled" in seen
            await rapt.engine.update_config("struggle-detector", {"threshold": 5})
            row = await rapt.engine.get_config("struggle-detector", "global", None)
            assert row is not None and row.config == {"threshold": 5}

    asyncio.run(main())


class ClosingModel:
    """An AI model that owns a resource, opened and closed in trio."""

    name = "closing"

    def __init__(self) -> None:
        self.log: list[str] = []

    async def __aenter__(self) -> ClosingModel:
        trio.lowlevel.current_task()
        self.log.append("open")
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await trio.lowlevel.checkpoint()
        self.log.append("closed")

    async def complete(self, request: AIRequest) -> AIResponse:
        return AIResponse(content=f"closing model saw: {request.messages[-1].content}")


def test_an_ai_model_that_is_a_context_manager_is_opened_and_closed(tmp_path: Path) -> None:
    model = ClosingModel()

    async def main() -> None:
        async with open_raptscallions(
            BUILTIN_MODULES, database=database(tmp_path), ai=model
        ) as rapt:
            session = await rapt.chat.start_session(STUDENT, TUTOR)
            reply = await rapt.chat.send_message(session.id, "hello", STUDENT)
            assert reply.response == "closing model saw: hello"
            assert model.log == ["open"]

    asyncio.run(main())
    assert model.log == ["open", "closed"]
