"""Several servers on one database act as one deployment: one session's messages sent
through two of them are stored once each, in order, gap-free (serialised in the database);
an operator's disable/enable and configuration made through one are in effect on the other
(and on a server started later)."""

from __future__ import annotations

from pathlib import Path

import pytest
import trio

from raptscallions.chat import ChatError, ChatService, EchoModel
from raptscallions.engine import Subscription, open_engine
from raptscallions.sdk import Tool, ToolDefinition, User
from raptscallions.sdk.testing import mock_context
from raptscallions.store import open_store

STUDENT = User(id="stu-1")
TUTOR = Tool(id="tutor", definition=ToolDefinition(behavior="You are a tutor."))


@pytest.mark.parametrize("store_url", ["postgresql", "sqlite"], indirect=True)
async def test_one_sessions_messages_through_two_servers(store_url: str, modules_dir: Path) -> None:
    async with (
        open_store(store_url) as store_a,
        open_store(store_url) as store_b,
        open_engine(modules_dir, store=store_a) as engine_a,
        open_engine(modules_dir, store=store_b) as engine_b,
    ):
        a = ChatService(engine_a, store_a, EchoModel())
        b = ChatService(engine_b, store_b, EchoModel())
        session = await a.start_session(STUDENT, TUTOR)

        async def send(service: ChatService, i: int) -> None:
            await service.send_message(session.id, f"question {i} from sam@example.com", STUDENT)

        async with trio.open_nursery() as nursery:
            for i in range(24):
                nursery.start_soon(send, a if i % 2 else b, i)
        rows = await store_a.get_messages(session.id)
    assert [r.seq for r in rows] == list(range(1, 49))
    questions = [r.content for r in rows[::2]]
    assert sorted(questions) == sorted(f"question {i} from [EMAIL]" for i in range(24))
    for question, answer in zip(rows[::2], rows[1::2], strict=True):
        assert question.role == "user" and answer.role == "assistant"
        assert answer.content.endswith(question.content)  # each turn answered in turn


async def next_event(events: Subscription, kind: str, name: str) -> None:
    with trio.fail_after(10):
        async for event in events:
            if event.type == kind and event.data.get("name") == name:
                return


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
async def test_disable_enable_and_config_reach_every_server(
    store_url: str, modules_dir: Path
) -> None:
    async with (
        open_store(store_url) as store_a,
        open_store(store_url) as store_b,
        open_engine(modules_dir, store=store_a) as engine_a,
        open_engine(modules_dir, store=store_b) as engine_b,
    ):
        events_a, events_b = engine_a.subscribe(), engine_b.subscribe()
        await engine_a.disable("struggle-detector")
        await next_event(events_b, "module:disabled", "struggle-detector")
        status = engine_b.status("struggle-detector")
        assert (status.status, status.reason) == ("disabled", "disabled by an operator")

        # A server started now starts with it disabled too.
        async with open_store(store_url) as store_c, open_engine(modules_dir, store=store_c) as c:
            assert c.status("struggle-detector").status == "disabled"

        await engine_b.enable("struggle-detector")
        await next_event(events_a, "module:enabled", "struggle-detector")
        assert engine_a.status("struggle-detector").status == "ready"

        ctx = mock_context(tool=TUTOR)
        assert (await engine_b.effective_config("safety-filter", ctx))["sensitivity"] == "medium"
        await engine_a.set_config("safety-filter", "tool", "tutor", {"sensitivity": "high"})
        await next_event(events_b, "module:config_updated", "safety-filter")
        assert (await engine_b.effective_config("safety-filter", ctx))["sensitivity"] == "high"


async def test_a_dead_servers_turn_expires_and_a_busy_session_says_so(
    tmp_path: Path, modules_dir: Path
) -> None:
    async with (
        open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store,
        open_engine(modules_dir, store=store) as engine,
    ):
        patient = ChatService(engine, store, turn_wait_s=10)
        impatient = ChatService(engine, store, turn_wait_s=0.2)
        session = await patient.start_session(STUDENT, TUTOR)
        # Another server took the turn and died: its lease runs out, then the message goes.
        assert await store.claim_turn(session.id, "dead-server", lease_s=60)
        with pytest.raises(ChatError, match="is busy: another server"):
            await impatient.send_message(session.id, "hello?", STUDENT)
        assert await store.get_messages(session.id) == []
        assert await store.claim_turn(session.id, "dead-server", lease_s=0.3)
        start = trio.current_time()
        reply = await patient.send_message(session.id, "hello?", STUDENT)
        assert trio.current_time() - start >= 0.2
        assert reply.user_message.seq == 1
        # Given back after the message: free for anyone.
        assert await store.claim_turn(session.id, "someone", lease_s=1)
