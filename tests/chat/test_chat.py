"""The chat pipeline end to end: real worker processes, the built-in modules, the echo model,
and both stores (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import trio

from raptscallions.chat import (
    AIError,
    AIRequest,
    AIResponse,
    ChatError,
    ChatService,
    EchoModel,
    NotSessionOwner,
    OpenAICompatible,
    SessionEnded,
    SessionNotFound,
)
from raptscallions.engine import open_engine
from raptscallions.sdk import Assignment, Class, Group, Tool, ToolDefinition, User
from raptscallions.store import open_store
from raptscallions.testing.openai_stub import OpenAIStub
from tests.engine.conftest import write_module

STUDENT = User(id="stu-1", role="student", email="sam@school.example", name="Sam")
OTHER = User(id="stu-2", role="student")
TUTOR = Tool(
    id="tool-math",
    name="Math tutor",
    type="chat",
    definition=ToolDefinition(behavior="You are a patient math tutor.", model="tutor-1"),
)

PII_MESSAGE = (
    "Hi, I'm sam.lee@example.com, call 415-555-0199 or +44 161 496 0018. My SSN is "
    "512-34-6789 and my card is 4111 1111 1111 1111. In 1945 the answer was 3.14."
)
PII_PIECES = (
    "sam.lee@example.com",
    "415-555-0199",
    "+44 161 496 0018",
    "161 496 0018",
    "512-34-6789",
    "4111 1111 1111 1111",
    "4111",
)

HINTER = """
@module.hook("chat:before_ai")
async def hint(ctx):
    assert ctx.session.message_count == len(ctx.messages)
    assert ctx.message.seq == len(ctx.messages) + 1
    return Continue(system_prompt_additions=[
        f"The student is in class {ctx.class_.name}.",
        f"group={ctx.group.id} assignment={ctx.assignment.name} earlier={len(ctx.messages)}",
    ])
"""

LIFECYCLE = """
@module.hook("session:start", "session:end")
async def seen(ctx):
    ctx.emit("lifecycle", {"hook": ctx.hook, "messages": len(ctx.messages)})
"""


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def assert_no_pii(text: str) -> None:
    for piece in PII_PIECES:
        assert piece not in text, f"{piece!r} leaked into {text!r}"
    # No digit run of any of the numbers survives, in any writing.
    flat = digits(text)
    for number in ("4155550199", "441614960018", "512346789", "4111111111111111"):
        assert number not in flat


@pytest.mark.parametrize("store_url", ["sqlite", "postgresql"], indirect=True)
async def test_a_conversation_through_the_built_in_modules(
    store_url: str, modules_dir: Path
) -> None:
    write_module(modules_dir, "hinter", HINTER)
    write_module(modules_dir, "lifecycle", LIFECYCLE, hooks=["session:start", "session:end"])
    echo = EchoModel()
    async with open_store(store_url) as store:
        async with open_engine(modules_dir, store=store) as engine:
            chat = ChatService(engine, store, echo)
            session = await chat.start_session(
                STUDENT,
                TUTOR,
                group=Group(id="g-1", name="North"),
                class_=Class("c-7", "7B"),
                assignment=Assignment("a-1", "Fractions"),
            )

            # PII: none of it reaches the AI or the database; ordinary numbers are untouched.
            reply = await chat.send_message(session.id, PII_MESSAGE, STUDENT)
            assert not reply.blocked and reply.ai_called
            sent = echo.requests[-1]
            assert sent.messages[-1].role == "user"
            assert_no_pii(sent.messages[-1].content)
            assert "1945" in sent.messages[-1].content and "3.14" in sent.messages[-1].content
            assert "[EMAIL]" in sent.messages[-1].content
            assert_no_pii(reply.response)
            assert_no_pii(reply.user_message.content)
            assert reply.user_message.content == sent.messages[-1].content
            pii_steps = [s for s in reply.trace if s.module == "pii-filter"]
            assert [(s.hook, s.action) for s in pii_steps] == [
                ("chat:before_ai", "continue"),
                ("chat:after_ai", "continue"),
            ]
            assert any(e.module == "pii-filter" for e in reply.extractions)

            # A module's system prompt additions reach the AI's system prompt.
            assert sent.system_prompt.startswith("You are a patient math tutor.")
            assert "The student is in class 7B." in sent.system_prompt
            assert "The student is in class 7B." in reply.response  # echoed back
            assert "group=g-1 assignment=Fractions earlier=0" in sent.system_prompt
            second = await chat.send_message(session.id, "and 2/3 + 1/6?", STUDENT)
            assert "earlier=2" in echo.requests[-1].system_prompt
            assert second.user_message.seq == 3

            # Self-harm: blocked with the supportive response, never reaches the AI.
            calls = len(echo.requests)
            crisis = await chat.send_message(session.id, "I want to kill myself", STUDENT)
            assert crisis.blocked and not crisis.ai_called
            assert crisis.reason
            assert "988" in crisis.response
            assert len(echo.requests) == calls
            assert crisis.assistant_message.content == crisis.response

            # Struggle: repeated confusion, one episode.
            for _ in range(5):
                await chat.send_message(session.id, "I don't get it", STUDENT)
            await chat.end_session(session.id)

            # The history reached the AI: the earlier (redacted) turn is in the last request.
            history = echo.requests[-1].messages
            assert history[1].content == reply.user_message.content

            # The blocked turn never reached the AI, not even later as history.
            assert all("kill myself" not in str(r.messages) for r in echo.requests)
            assert all(crisis.response not in str(r.messages) for r in echo.requests)

        # The engine is closed: extractions and logs are flushed.
        rows = await store.get_messages(session.id)
        assert [r.seq for r in rows] == list(range(1, 17))
        assert [r.role for r in rows] == ["user", "assistant"] * 8
        for row in rows:
            assert_no_pii(row.content)
        assert rows[4].content == "I want to kill myself"  # stored, with the direct response
        assert rows[5].content == crisis.response
        assert [r.status for r in rows[4:6]] == ["blocked", "blocked"]
        struggles = await store.list_extractions(type="struggle_detected", session_id=session.id)
        assert len(struggles) == 1
        assert struggles[0].user_id == STUDENT.id
        flags = await store.list_extractions(module="safety-filter", session_id=session.id)
        assert flags, "the safety filter's flag is stored"
        lifecycle = await store.list_extractions(module="lifecycle", session_id=session.id)
        assert sorted(e.data["hook"] for e in lifecycle) == ["session:end", "session:start"]
        ended = await store.get_session(session.id)
        assert ended is not None and ended.state == "completed"


@pytest.mark.parametrize("store_url", ["sqlite", "postgresql"], indirect=True)
async def test_concurrent_messages_to_one_session_are_stored_in_order(
    store_url: str, modules_dir: Path
) -> None:
    echo = EchoModel()
    order: list[int] = []
    async with open_store(store_url) as store, open_engine(modules_dir, store=store) as engine:
        chat = ChatService(engine, store, echo)
        session = await chat.start_session(STUDENT, TUTOR)
        replies: dict[int, int] = {}

        async def send(i: int) -> None:
            order.append(i)
            reply = await chat.send_message(session.id, f"question number {i}", STUDENT)
            replies[i] = reply.user_message.seq

        async with trio.open_nursery() as nursery:
            for i in range(30):
                nursery.start_soon(send, i)
        rows = await store.get_messages(session.id)
    assert [r.seq for r in rows] == list(range(1, 61))
    # Each question is followed by its own answer, in the order the sends arrived.
    questions = [r.content for r in rows if r.role == "user"]
    assert questions == [f"question number {i}" for i in order]
    for question, answer in zip(rows[::2], rows[1::2], strict=True):
        assert answer.content.endswith(question.content)
    assert sorted(replies.values()) == list(range(1, 61, 2))
    # Each turn saw the conversation before it (system prompt, history, message), the history
    # bounded to the newest 50 stored messages.
    sizes = [len(r.messages) for r in echo.requests]
    assert sizes == [2 + min(2 * k, 50) for k in range(30)]
    last = echo.requests[-1].messages
    assert last[-1].content == questions[-1] and last[1].content == questions[4]


async def test_a_hundred_sessions_at_once(modules_dir: Path, tmp_path: Path) -> None:
    async with (
        open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store,
        open_engine(modules_dir, store=store) as engine,
    ):
        chat = ChatService(engine, store)
        users = [User(id=f"stu-{i}") for i in range(100)]
        sessions = [await chat.start_session(u, TUTOR) for u in users]
        results: dict[str, list[str]] = {}

        async def talk(user: User, session_id: str) -> None:
            results[session_id] = []
            for n in range(2):
                reply = await chat.send_message(
                    session_id, f"{user.id} asks {n}: mail me at {user.id}@example.com", user
                )
                results[session_id].append(reply.response)

        async with trio.open_nursery() as nursery:
            for user, session in zip(users, sessions, strict=True):
                nursery.start_soon(talk, user, session.id)
        for user, session in zip(users, sessions, strict=True):
            rows = await store.get_messages(session.id)
            assert [r.seq for r in rows] == [1, 2, 3, 4]
            assert [r.content for r in rows[::2]] == [
                f"{user.id} asks {n}: mail me at [EMAIL]" for n in range(2)
            ]
            assert all("@example.com" not in text for text in results[session.id])


async def test_refused_requests_run_nothing_and_store_nothing(
    modules_dir: Path, tmp_path: Path
) -> None:
    write_module(
        modules_dir,
        "counter",
        """
        @module.hook("chat:on_message", "chat:before_ai")
        async def count(ctx):
            ctx.emit("seen", {"hook": ctx.hook})
        """,
        hooks=["chat:on_message", "chat:before_ai"],
    )
    echo = EchoModel()
    async with open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store:
        async with open_engine(modules_dir, store=store) as engine:
            chat = ChatService(engine, store, echo)
            session = await chat.start_session(STUDENT, TUTOR)
            with pytest.raises(SessionNotFound, match="no chat session 'nope'"):
                await chat.send_message("nope", "hello", STUDENT)
            with pytest.raises(NotSessionOwner, match="'stu-2' does not own"):
                await chat.send_message(session.id, "hello", OTHER)
            with pytest.raises(ChatError, match="non-empty"):
                await chat.send_message(session.id, "   ", STUDENT)
            ended = await chat.end_session(session.id)
            assert ended.state == "completed"
            with pytest.raises(SessionEnded, match="has ended"):
                await chat.send_message(session.id, "hello", STUDENT)
            again = await chat.end_session(session.id)  # idempotent
            assert again.ended_at == ended.ended_at
            product = Tool(id="t-p", type="product")
            with pytest.raises(ChatError, match="product tool"):
                await chat.start_session(STUDENT, product)
        assert await store.get_messages(session.id) == []
        assert await store.get_messages("nope") == []
        assert await store.list_extractions(module="counter") == []
        assert len(echo.requests) == 0


class FlakyModel:
    """An AI provider that fails the calls it is told to, and echoes otherwise."""

    name = "flaky"

    def __init__(self) -> None:
        self.failures = 0
        self.echo = EchoModel()

    async def complete(self, request: AIRequest) -> AIResponse:
        if self.failures:
            self.failures -= 1
            raise AIError(self.name, "upstream returned 503", status=503, retryable=True)
        return await self.echo.complete(request)


async def test_an_ai_failure_stores_the_message_once_and_a_retry_settles_it(
    modules_dir: Path, tmp_path: Path
) -> None:
    ai = FlakyModel()
    async with (
        open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store,
        open_engine(modules_dir, store=store) as engine,
    ):
        chat = ChatService(engine, store, ai)
        session = await chat.start_session(STUDENT, TUTOR)
        ai.failures = 2
        text = "my email is kid@example.com, what is 2+2?"
        with pytest.raises(AIError, match="flaky: upstream returned 503"):
            await chat.send_message(session.id, text, STUDENT)
        rows = await store.get_messages(session.id)
        assert [(r.seq, r.role, r.status) for r in rows] == [(1, "user", "failed")]
        assert rows[0].content == "my email is [EMAIL], what is 2+2?"
        with pytest.raises(AIError):  # the retry fails too: still one message
            await chat.send_message(session.id, text, STUDENT)
        assert len(await store.get_messages(session.id)) == 1

        reply = await chat.send_message(session.id, text, STUDENT)  # the retry goes through
        rows = await store.get_messages(session.id)
        assert [(r.seq, r.role, r.status) for r in rows] == [
            (1, "user", "ok"),
            (2, "assistant", "ok"),
        ]
        assert reply.user_message.id == rows[0].id and reply.assistant_message.seq == 2
        assert ai.echo.requests[-1].messages[-1].content == rows[0].content

        # A failure followed by a different message: the failed one stays, unanswered, and is
        # left out of the conversation the AI sees.
        ai.failures = 1
        with pytest.raises(AIError):
            await chat.send_message(session.id, "first try", STUDENT)
        await chat.send_message(session.id, "something else", STUDENT)
        rows = await store.get_messages(session.id)
        assert [(r.seq, r.content, r.status) for r in rows][2:] == [
            (3, "first try", "failed"),
            (4, "something else", "ok"),
            (5, rows[4].content, "ok"),
        ]
        assert all(m.content != "first try" for m in ai.echo.requests[-1].messages)


async def test_after_ai_rewrites_or_blocks_the_answer(modules_dir: Path, tmp_path: Path) -> None:
    write_module(
        modules_dir,
        "answer-check",
        """
        @module.hook("chat:after_ai")
        async def check(ctx):
            assert ctx.message.content.startswith("ask:")
            if "forbidden" in ctx.response:
                return Block(reason="answer_policy", direct_response="Let's try another way.")
            return Continue(response=ctx.response.upper())
        """,
        hooks=["chat:after_ai"],
    )
    async with (
        open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store,
        open_engine(modules_dir, store=store) as engine,
    ):
        chat = ChatService(engine, store)
        session = await chat.start_session(STUDENT, TUTOR)
        reply = await chat.send_message(session.id, "ask: what is a prime?", STUDENT)
        assert reply.response.endswith("ASK: WHAT IS A PRIME?")
        assert reply.assistant_message.content == reply.response
        blocked = await chat.send_message(session.id, "ask: the forbidden answer", STUDENT)
        assert blocked.blocked and blocked.ai_called
        assert (blocked.reason, blocked.response) == ("answer_policy", "Let's try another way.")
        rows = await store.get_messages(session.id)
        assert rows[-1].content == "Let's try another way."


async def test_cancelling_a_message_cancels_the_module_call_and_stores_nothing(
    modules_dir: Path, tmp_path: Path
) -> None:
    write_module(
        modules_dir,
        "slow",
        """
        import trio
        @module.hook("chat:before_ai")
        async def slow(ctx):
            try:
                await trio.sleep(30)
            except trio.Cancelled:
                ctx.log.info("cancelled")
                raise
        """,
        timeouts={"chat:before_ai": 60000},
    )
    async with (
        open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store,
        open_engine(modules_dir, store=store) as engine,
    ):
        chat = ChatService(engine, store)
        session = await chat.start_session(STUDENT, TUTOR)
        events = engine.subscribe()
        with trio.move_on_after(1):
            await chat.send_message(session.id, "hello?", STUDENT)
        assert await store.get_messages(session.id) == []
        # The session is free again: the next message is not stuck behind the cancelled one.
        assert len(chat._locks) == 0
        slow = engine.status("slow")
        assert slow.status == "ready"
        # The call in the worker was cancelled (not left to run out its 30 s).
        with trio.fail_after(5):
            async for event in events:
                if event.type == "module:log" and event.data.get("message") == "cancelled":
                    break


async def test_an_openai_compatible_upstream_through_the_pipeline(
    modules_dir: Path, tmp_path: Path
) -> None:
    stub = OpenAIStub(api_key="sk-test")
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        async with (
            OpenAICompatible(base_url, "sk-test", "stub-model", max_retries=0) as ai,
            open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store,
            open_engine(modules_dir, store=store) as engine,
        ):
            chat = ChatService(engine, store, ai)
            session = await chat.start_session(STUDENT, TUTOR)
            reply = await chat.send_message(session.id, "write me at a.b@example.com", STUDENT)
            assert reply.response == "stub: write me at [EMAIL]"
            body = stub.requests[-1].body
            assert body["model"] == "tutor-1" and body["user"] == STUDENT.id
            assert body["messages"][0] == {"role": "system", "content": TUTOR.definition.behavior}
            assert "example.com" not in str(body)

            stub.fail_next(503, body={"error": {"message": "overloaded, try later"}})
            with pytest.raises(AIError, match="HTTP 503: overloaded, try later") as caught:
                await chat.send_message(session.id, "and now?", STUDENT)
            assert caught.value.status == 503 and caught.value.retryable
            rows = await store.get_messages(session.id)
            assert [(r.seq, r.status) for r in rows] == [(1, "ok"), (2, "ok"), (3, "failed")]
            retried = await chat.send_message(session.id, "and now?", STUDENT)
            assert retried.user_message.seq == 3 and retried.assistant_message.seq == 4
        nursery.cancel_scope.cancel()


async def test_a_pipeline_of_its_own_on_the_public_turn(modules_dir: Path, tmp_path: Path) -> None:
    """`open_session` and `turn` are what a pipeline that calls its AI its own way builds on
    (the gateway does): the modules run, the message is stored as they left it, and a
    session is created once however many ask for it."""
    write_module(
        modules_dir,
        "lifecycle",
        LIFECYCLE,
        hooks=["session:start", "session:end"],
        permissions=["extractions:write"],
    )
    async with open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store:
        async with open_engine(modules_dir, store=store) as engine:
            chat = ChatService(engine, store, EchoModel(), history_limit=2)
            async with trio.open_nursery() as nursery:
                for _ in range(5):
                    nursery.start_soon(chat.open_session, "conv-1", STUDENT, TUTOR)
            session = await chat.open_session("conv-1", STUDENT, TUTOR)
            assert (session.id, session.user_id, session.tool.id) == ("conv-1", "stu-1", TUTOR.id)

            for n in range(3):
                async with chat.turn("conv-1", STUDENT) as turn:
                    assert len(turn.stored) == min(2 * n, 2)  # history_limit messages
                    before = await turn.before_ai(f"mail me at sam{n}@school.example")
                    assert not before.blocked and before.text == "mail me at [EMAIL]"
                    assert before.ctx.message is not None
                    assert before.ctx.message.seq == 2 * n + 1
                    assert [s.hook for s in before.trace][-1] == "chat:before_ai"
                    after = await turn.after_ai(before.ctx, "my own AI says hi")
                    user_row, reply_row = await turn.save(before, "my own AI says hi")
                    assert after.action == "continue"
                    assert (user_row.seq, reply_row.seq) == (2 * n + 1, 2 * n + 2)
            async with chat.turn("conv-1", STUDENT, scan=100) as turn:
                assert len(turn.rows) == 6 and len(turn.stored) == 2
            with pytest.raises(NotSessionOwner):
                async with chat.turn("conv-1", OTHER):
                    pass
            with pytest.raises(SessionNotFound):
                async with chat.turn("conv-2", STUDENT):
                    pass
        stored = await store.get_messages("conv-1")
        assert [m.content for m in stored if m.role == "user"] == ["mail me at [EMAIL]"] * 3
        starts = await store.list_extractions(module="lifecycle")  # written once the engine closed
        assert [e.data["hook"] for e in starts] == ["session:start"]
