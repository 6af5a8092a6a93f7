"""What migration 2 added for the pipelines, on both backends: session context, message
status with `append_messages` (gap-free seqs allocated in the database), and product runs."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, cast

import attrs
import psycopg
import pytest
import trio

from raptscallions.store import (
    MessageRow,
    NewMessage,
    RunRow,
    RunState,
    SessionRow,
    Store,
    StoreError,
    open_store,
)
from raptscallions.store._migrations import MIGRATIONS, migrate_postgres, migrate_sqlite
from raptscallions.store._sqlite import sqlite_path

from .conftest import applied_migrations, raw

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def store(store: Store) -> AsyncIterator[Store]:
    """The conftest's store, with the `runs` table emptied too (the conftest truncates only
    the tables of migration 1 between PostgreSQL tests)."""
    await raw(store, "DELETE FROM runs")
    yield store


def said(
    content: str, *, role: str = "user", status: str = "ok", id: str | None = None
) -> NewMessage:
    message = NewMessage(role=cast(Any, role), content=content, status=cast(Any, status))
    return message if id is None else attrs.evolve(message, id=id)


async def contents(store: Store, session_id: str) -> list[tuple[int, str, str]]:
    return [(m.seq, m.content, m.status) for m in await store.get_messages(session_id)]


# ---------------------------------------------------------------------- session context


async def test_a_sessions_context_round_trips(store: Store) -> None:
    context = {
        "tool": {"id": "t1", "kind": "chat", "settings": {"temperature": 0.25, "tags": ["a"]}},
        "group": None,
        "class": {"id": "c1", "name": "Ünïcödé ✓"},
        "assignment": {"id": "a1", "due": "2024-06-01", "points": 10, "big": 10**20},
    }
    session = SessionRow("s1", "u1", "t1", class_id="c1", started_at=T0, context=context)
    assert await store.create_session(session) == session
    assert await store.get_session("s1") == session
    ended = await store.end_session("s1")
    assert ended is not None and ended.context == context


async def test_a_context_is_returned_as_stored(store: Store) -> None:
    session = SessionRow("s1", "u1", "t1", started_at=T0, context={"pair": (1, 2)})
    created = await store.create_session(session)
    assert created.context == {"pair": [1, 2]}  # a tuple is stored as a list
    assert await store.get_session("s1") == created


async def test_a_session_without_context_has_an_empty_one(store: Store) -> None:
    created = await store.create_session(SessionRow("s1", "u1", "t1", started_at=T0))
    assert created.context == {}
    fetched = await store.get_session("s1")
    assert fetched is not None and fetched.context == {}


@pytest.mark.parametrize(
    "context",
    [{"when": datetime(2024, 1, 1)}, {"x": float("nan")}, {"s": {1, 2}}, {1j: "key"}],
    ids=["datetime", "nan", "set", "complex-key"],
)
async def test_a_context_that_is_not_json_names_the_session(
    store: Store, context: dict[Any, Any]
) -> None:
    with pytest.raises(
        StoreError,
        match=r"create_session failed: the context of session 's1' is not JSON-serializable",
    ):
        await store.create_session(SessionRow("s1", "u1", "t1", context=context))
    assert await store.get_session("s1") is None


async def test_a_context_that_is_not_a_dict_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="create_session failed: context must be a dict"):
        await store.create_session(SessionRow("s1", "u1", "t1", context=cast(Any, [1, 2])))
    assert await store.get_session("s1") is None


async def test_a_session_row_written_without_context_reads_an_empty_one(store: Store) -> None:
    # As a row written before the column existed, or by SQL that leaves the column out.
    started = "'2024-05-01T12:00:00.000000+00:00'"
    await raw(
        store,
        f"INSERT INTO sessions (id, user_id, tool_id, state, started_at)"
        f" VALUES ('raw', 'u1', 't1', 'active', {started})",
    )
    assert await store.get_session("raw") == SessionRow("raw", "u1", "t1", started_at=T0)


# ---------------------------------------------------------------------- append_messages


async def test_seqs_start_at_one_and_are_gap_free_across_calls(store: Store) -> None:
    first = await store.append_messages("s1", [said("a"), said("b", role="assistant")])
    assert [m.seq for m in first] == [1, 2]
    second = await store.append_messages("s1", [said("c")])
    third = await store.append_messages("s1", [said("d"), said("e"), said("f", role="system")])
    assert [m.seq for m in second + third] == [3, 4, 5, 6]
    other = await store.append_messages("s2", [said("x")])  # seqs are per session
    assert [m.seq for m in other] == [1]
    assert await store.get_messages("s1") == first + second + third
    assert await store.get_messages("s2") == other


async def test_appended_rows_are_returned_as_stored(store: Store) -> None:
    plus_two = timezone(timedelta(hours=2))
    messages = [
        NewMessage("user", "hello", status="failed", id="m1", created_at=T0),
        NewMessage(
            "assistant", "hi", id="m2", created_at=datetime(2024, 5, 1, 14, tzinfo=plus_two)
        ),
        NewMessage("system", "", id="m3", created_at=datetime(2024, 5, 1, 12, 0, 1)),  # naive: UTC
    ]
    rows = await store.append_messages("s1", messages)
    assert rows == [
        MessageRow("m1", "s1", "user", "hello", 1, created_at=T0, status="failed"),
        MessageRow("m2", "s1", "assistant", "hi", 2, created_at=T0),
        MessageRow("m3", "s1", "system", "", 3, created_at=T0 + timedelta(seconds=1)),
    ]
    assert all(m.created_at.utcoffset() == timedelta(0) for m in rows)
    assert await store.get_messages("s1") == rows


async def test_nothing_to_append_appends_nothing(store: Store) -> None:
    assert await store.append_messages("s1", []) == []
    assert await store.get_messages("s1") == []
    assert [m.seq for m in await store.append_messages("s1", [said("a")])] == [1]


async def test_settling_marks_the_failed_message_ok_and_appends_after_it(store: Store) -> None:
    (question,) = await store.append_messages("s1", [said("q", status="failed", id="q1")])
    assert question.status == "failed"
    assert await contents(store, "s1") == [(1, "q", "failed")]
    (answer,) = await store.append_messages("s1", [said("a", role="assistant")], settle="q1")
    assert answer.seq == 2 and answer.status == "ok"
    assert await store.get_messages("s1") == [attrs.evolve(question, status="ok"), answer]
    # The mark is settled: a second retry of the same message is refused.
    with pytest.raises(StoreError, match="append_messages failed: session 's1' has no failed"):
        await store.append_messages("s1", [said("again", role="assistant")], settle="q1")
    assert await contents(store, "s1") == [(1, "q", "ok"), (2, "a", "ok")]


async def test_settling_alone_appends_nothing(store: Store) -> None:
    await store.append_messages("s1", [said("q", status="failed", id="q1")])
    assert await store.append_messages("s1", [], settle="q1") == []
    assert await contents(store, "s1") == [(1, "q", "ok")]


async def test_settling_a_failed_message_that_is_not_the_last(store: Store) -> None:
    await store.append_messages("s1", [said("q", status="failed", id="q1")])
    await store.append_messages("s1", [said("later")])
    (answer,) = await store.append_messages("s1", [said("a", role="assistant")], settle="q1")
    assert answer.seq == 3
    assert await contents(store, "s1") == [(1, "q", "ok"), (2, "later", "ok"), (3, "a", "ok")]


@pytest.mark.parametrize("which", ["ok", "other-session", "unknown"])
async def test_settling_what_is_not_a_failed_message_of_the_session_writes_nothing(
    store: Store, which: str
) -> None:
    await store.append_messages("s1", [said("fine", id="ok1")])
    await store.append_messages("s2", [said("q", status="failed", id="q2")])
    settle = {"ok": "ok1", "other-session": "q2", "unknown": "nope"}[which]
    with pytest.raises(
        StoreError,
        match=f"append_messages failed: session 's1' has no failed message '{settle}' to settle",
    ):
        await store.append_messages("s1", [said("a", role="assistant", id="new")], settle=settle)
    assert await contents(store, "s1") == [(1, "fine", "ok")]
    assert await contents(store, "s2") == [(1, "q", "failed")]  # not settled from s1
    # Nothing was written: the id is free, and the next seq is still 2.
    (row,) = await store.append_messages("s1", [said("a", role="assistant", id="new")])
    assert row.seq == 2


async def test_a_message_id_stored_already_writes_nothing(store: Store) -> None:
    await store.append_messages("s1", [said("q", status="failed", id="q1")])
    await store.append_messages("s2", [said("elsewhere", id="taken")])
    with pytest.raises(StoreError, match="append_messages failed: a message id exists already"):
        await store.append_messages(
            "s1", [said("a", role="assistant", id="fresh"), said("b", id="taken")], settle="q1"
        )
    # Atomic: the settle is rolled back and the first message not stored.
    assert await contents(store, "s1") == [(1, "q", "failed")]
    assert [m.id for m in await store.get_messages("s2")] == ["taken"]
    with pytest.raises(StoreError, match="append_messages failed: a message id exists already"):
        await store.append_messages("s1", [said("c", id="q1")])  # its own session's, too
    assert await contents(store, "s1") == [(1, "q", "failed")]


async def test_one_id_twice_in_one_call_writes_nothing(store: Store) -> None:
    with pytest.raises(StoreError, match="append_messages failed: "):
        await store.append_messages("s1", [said("a", id="dup"), said("b", id="dup")])
    assert await store.get_messages("s1") == []


async def test_a_bad_role_is_refused_by_the_database_and_writes_nothing(store: Store) -> None:
    with pytest.raises(StoreError, match="append_messages failed: "):
        await store.append_messages("s1", [said("a"), said("b", role="robot")])
    assert await store.get_messages("s1") == []


@pytest.mark.parametrize(
    ("message", "settle_as", "error"),
    [
        (said("a", status="pending"), "ok", r"status must be one of .* \(got 'pending'\)"),
        (said("a", status="OK"), "ok", r"status must be one of .* \(got 'OK'\)"),
        (NewMessage("user", cast(Any, b"x")), "ok", r"content must be a str \(got bytes\)"),
        (NewMessage("user", cast(Any, None)), "ok", r"content must be a str \(got NoneType\)"),
        (said("a"), "failed", r"settle_as must be 'ok' or 'blocked' \(got 'failed'\)"),
        (said("a"), "nope", r"settle_as must be 'ok' or 'blocked' \(got 'nope'\)"),
    ],
    ids=[
        "unknown-status",
        "status-case",
        "bytes-content",
        "no-content",
        "settle-as-failed",
        "settle-as-unknown",
    ],
)
async def test_bad_arguments_are_refused_before_touching_the_database(
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    message: NewMessage,
    settle_as: str,
    error: str,
) -> None:
    await store.append_messages("s1", [said("q", status="failed", id="q1")])
    touched: list[str] = []

    async def transact(op: str, fn: Any, *, write: bool) -> Any:
        touched.append(op)
        raise AssertionError("the database was touched")

    with monkeypatch.context() as patched:
        patched.setattr(store, "_transact", transact)
        with pytest.raises(StoreError, match=f"append_messages failed: {error}"):
            await store.append_messages(
                "s1", [said("fine"), message], settle="q1", settle_as=cast(Any, settle_as)
            )
    assert touched == []
    assert await contents(store, "s1") == [(1, "q", "failed")]


async def test_blocked_messages_are_stored_marked(store: Store) -> None:
    rows = await store.append_messages(
        "s1",
        [
            said("forbidden", status="blocked"),
            said("I can't help with that", role="assistant", status="blocked"),
        ],
    )
    assert [(m.seq, m.status) for m in rows] == [(1, "blocked"), (2, "blocked")]
    assert await store.get_messages("s1") == rows


async def test_settling_as_blocked(store: Store) -> None:
    await store.append_messages("s1", [said("q", status="failed", id="q1")])
    (reply,) = await store.append_messages(
        "s1",
        [said("blocked reply", role="assistant", status="blocked")],
        settle="q1",
        settle_as="blocked",
    )
    assert reply.seq == 2
    assert await contents(store, "s1") == [(1, "q", "blocked"), (2, "blocked reply", "blocked")]
    # A blocked message is not a failed one: it cannot be settled again.
    with pytest.raises(StoreError, match="session 's1' has no failed message 'q1' to settle"):
        await store.append_messages("s1", [said("x")], settle="q1")
    assert await contents(store, "s1") == [(1, "q", "blocked"), (2, "blocked reply", "blocked")]


def check_contiguous(calls: list[list[MessageRow]], total: int) -> None:
    """Every call got consecutive seqs, in its own order, and together they are 1..total."""
    for rows in calls:
        seqs = [m.seq for m in rows]
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
        assert [m.content for m in rows] == sorted(m.content for m in rows)
    assert sorted(m.seq for rows in calls for m in rows) == list(range(1, total + 1))


async def test_concurrent_appenders_get_unique_gap_free_seqs(store: Store) -> None:
    calls: list[list[MessageRow]] = []

    async def append(task: int) -> None:
        batch = [said(f"{task:02d}-{i}", role="user" if i else "system") for i in range(3)]
        calls.append(await store.append_messages("s1", batch))

    async with trio.open_nursery() as nursery:
        for task in range(20):
            nursery.start_soon(append, task)
    check_contiguous(calls, 60)
    stored = await store.get_messages("s1")
    assert stored == sorted((m for rows in calls for m in rows), key=lambda m: m.seq)


async def test_two_stores_appending_to_one_session_never_collide(store_url: str) -> None:
    """Two separately opened stores (PostgreSQL: two pools, as two server processes) append
    concurrently: the seqs are allocated in the database, under its lock."""
    calls: list[list[MessageRow]] = []
    errors: list[BaseException] = []

    async def append(target: Store, task: int) -> None:
        batch = [said(f"{task:02d}-{i}") for i in range(3)]
        try:
            calls.append(await target.append_messages("s1", batch))
        except StoreError as exc:  # pragma: no cover - what the test is there to rule out
            errors.append(exc)

    async with open_store(store_url, pool_size=8) as one, open_store(store_url, pool_size=8) as two:
        await raw(one, "DELETE FROM messages")
        async with trio.open_nursery() as nursery:
            for task in range(40):
                nursery.start_soon(append, one if task % 2 else two, task)
        assert errors == []
        check_contiguous(calls, 120)
        assert [m.seq for m in await one.get_messages("s1")] == list(range(1, 121))
        assert await two.get_messages("s1") == await one.get_messages("s1")


async def test_concurrent_retries_settle_a_failed_message_once(store_url: str) -> None:
    outcomes: list[str] = []

    async def retry(target: Store, task: int) -> None:
        try:
            await target.append_messages("s1", [said(f"answer {task}")], settle="q1")
            outcomes.append("settled")
        except StoreError as exc:
            assert "has no failed message 'q1'" in str(exc)
            outcomes.append("refused")

    async with open_store(store_url) as one, open_store(store_url) as two:
        await raw(one, "DELETE FROM messages")
        await one.append_messages("s1", [said("q", status="failed", id="q1")])
        async with trio.open_nursery() as nursery:
            for task in range(10):
                nursery.start_soon(retry, one if task % 2 else two, task)
        assert sorted(outcomes) == ["refused"] * 9 + ["settled"]
        stored = await one.get_messages("s1")
        assert [(m.seq, m.status) for m in stored] == [(1, "ok"), (2, "ok")]


async def test_appending_continues_after_add_message(store: Store) -> None:
    await store.add_message(MessageRow("m1", "s1", "user", "added", 1, created_at=T0))
    first = await store.append_messages("s1", [said("a"), said("b")])
    assert [m.seq for m in first] == [2, 3]
    await store.add_message(MessageRow("m9", "s1", "user", "jumped", 9, status="failed"))
    (after,) = await store.append_messages("s1", [said("c")], settle="m9")
    assert after.seq == 10  # one more than the highest stored
    assert await contents(store, "s1") == [
        (1, "added", "ok"),
        (2, "a", "ok"),
        (3, "b", "ok"),
        (9, "jumped", "ok"),
        (10, "c", "ok"),
    ]
    with pytest.raises(StoreError, match="add_message failed: session 's1' has a message with seq"):
        await store.add_message(MessageRow("m11", "s1", "user", "clash", 10))


async def test_appenders_interleaved_with_add_message(store: Store) -> None:
    calls: list[list[MessageRow]] = []

    async def append(task: int) -> None:
        calls.append(await store.append_messages("s1", [said(f"{task:02d}-{i}") for i in range(2)]))

    async def add(task: int) -> None:
        # In another session: add_message does not queue on the session's lock.
        await store.add_message(MessageRow(f"other-{task}", "s2", "user", "x", task + 1))

    async with trio.open_nursery() as nursery:
        for task in range(10):
            nursery.start_soon(append, task)
            nursery.start_soon(add, task)
    check_contiguous(calls, 20)
    assert [m.seq for m in await store.get_messages("s2")] == list(range(1, 11))


async def test_a_cancelled_append_leaves_all_or_nothing(store: Store) -> None:
    batch = [said(f"m{i:04d}") for i in range(2000)]
    with trio.move_on_after(0.001):
        await store.append_messages("s1", batch)
    stored = await store.get_messages("s1", limit=5000)
    assert len(stored) in (0, len(batch))
    (next_one,) = await store.append_messages("s1", [said("next")])
    assert next_one.seq == len(stored) + 1


# ---------------------------------------------------------------------- runs


def run(id: str, *, user: str = "u1", tool: str = "t1", at: datetime = T0, **kw: Any) -> RunRow:
    return RunRow(id, tool, user, created_at=at, **kw)


async def test_a_created_run_is_pending_and_reads_back_equal(store: Store) -> None:
    row = run("r1", input={"prompt": "hi", "n": [1, 2.5, None]}, class_id="c1", group_id="g1")
    created = await store.create_run(row)
    assert created == row and created.state == "pending"
    assert created.output is None and created.completed_at is None
    assert await store.get_run("r1") == created
    assert await store.get_run("nope") is None


async def test_a_run_without_input_reads_an_empty_one(store: Store) -> None:
    created = await store.create_run(RunRow("r1", "t1", "u1"))
    assert created.input == {} and created.created_at.utcoffset() == timedelta(0)
    assert await store.get_run("r1") == created


async def test_a_run_id_is_unique(store: Store) -> None:
    await store.create_run(run("r1"))
    with pytest.raises(StoreError, match="create_run failed: a run with id 'r1' exists already"):
        await store.create_run(run("r1", tool="t2"))
    stored = await store.get_run("r1")
    assert stored is not None and stored.tool_id == "t1"


@pytest.mark.parametrize(
    ("state", "output", "reason", "error"),
    [
        ("complete", {"text": "done", "score": 0.5, "items": [{"a": 1}]}, None, None),
        ("failed", None, None, "the provider timed out"),
        ("blocked", None, "safety-filter: not for class", None),
        ("complete", {}, "with a note", None),
    ],
)
async def test_finishing_a_run(
    store: Store,
    state: RunState,
    output: dict[str, Any] | None,
    reason: str | None,
    error: str | None,
) -> None:
    created = await store.create_run(run("r1", input={"q": 1}))
    before = datetime.now(UTC)
    finished = await store.finish_run("r1", state, output=output, reason=reason, error=error)
    after = datetime.now(UTC)
    assert finished.completed_at is not None
    assert before <= finished.completed_at <= after
    assert finished == attrs.evolve(
        created,
        state=state,
        output=output,
        reason=reason,
        error=error,
        completed_at=finished.completed_at,
    )
    assert await store.get_run("r1") == finished


async def test_finishing_twice_is_refused(store: Store) -> None:
    await store.create_run(run("r1"))
    finished = await store.finish_run("r1", "complete", output={"x": 1})
    states: tuple[RunState, ...] = ("complete", "failed", "blocked")
    for state in states:
        with pytest.raises(StoreError, match="finish_run failed: run 'r1' is complete already"):
            await store.finish_run("r1", state, error="late")
    assert await store.get_run("r1") == finished


async def test_finishing_an_unknown_run_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="finish_run failed: no run with id 'nope'"):
        await store.finish_run("nope", "complete")
    assert await store.get_run("nope") is None


@pytest.mark.parametrize("state", ["pending", "done", "COMPLETE", ""])
async def test_finishing_to_a_bad_state_is_refused(store: Store, state: str) -> None:
    created = await store.create_run(run("r1"))
    with pytest.raises(
        StoreError, match=f"finish_run failed: state must be complete, failed or blocked .*{state}"
    ):
        await store.finish_run("r1", cast(RunState, state))
    assert await store.get_run("r1") == created


async def test_concurrent_finishes_of_one_run_let_one_win(store_url: str) -> None:
    """Two stores (PostgreSQL: two processes) finishing one run: the first to commit wins,
    the other is refused; never both succeeding with the last write kept."""
    won: list[RunRow] = []
    refused: list[str] = []

    async def finish(target: Store, run_id: str, state: RunState) -> None:
        try:
            won.append(await target.finish_run(run_id, state, reason=state))
        except StoreError as exc:
            refused.append(str(exc))

    async with open_store(store_url) as one, open_store(store_url) as two:
        await raw(one, "DELETE FROM runs")
        for attempt in range(25):
            run_id = f"r{attempt}"
            await one.create_run(run(run_id))
            won.clear()
            refused.clear()
            async with trio.open_nursery() as nursery:
                nursery.start_soon(finish, one, run_id, "complete")
                nursery.start_soon(finish, two, run_id, "failed")
            assert len(won) == 1 and len(refused) == 1, (won, refused)
            assert f"run '{run_id}' is {won[0].state} already" in refused[0]
            assert await one.get_run(run_id) == won[0]


async def test_list_runs_filters_newest_first(store: Store) -> None:
    rows = [
        run("a", user="u1", tool="t1", at=T0),
        run("b", user="u1", tool="t2", at=T0 + timedelta(minutes=1)),
        run("c", user="u2", tool="t1", at=T0 + timedelta(minutes=2)),
        run("d", user="u1", tool="t1", at=T0 + timedelta(minutes=3)),
        run("e", user="u2", tool="t2", at=T0 - timedelta(minutes=1)),
    ]
    for row in rows:
        await store.create_run(row)
    await store.finish_run("a", "complete", output={"k": "v"})

    async def ids(**filters: Any) -> list[str]:
        return [r.id for r in await store.list_runs(**filters)]

    assert await ids() == ["d", "c", "b", "a", "e"]
    assert await ids(user_id="u1") == ["d", "b", "a"]
    assert await ids(tool_id="t1") == ["d", "c", "a"]
    assert await ids(user_id="u1", tool_id="t1") == ["d", "a"]
    assert await ids(user_id="u2", tool_id="t2") == ["e"]
    assert await ids(user_id="nobody") == []
    assert await ids(limit=2) == ["d", "c"]
    assert await ids(user_id="u1", limit=1) == ["d"]
    assert await ids(limit=0) == []
    listed = {r.id: r for r in await store.list_runs()}
    assert listed["a"] == await store.get_run("a") and listed["a"].state == "complete"
    assert listed["b"] == rows[1]


async def test_list_runs_orders_by_the_instant(store: Store) -> None:
    plus_five = timezone(timedelta(hours=5))
    await store.create_run(run("utc", at=T0))
    # 16:30+05:00 is 11:30 UTC: earlier, whatever its wall-clock text says.
    await store.create_run(run("east", at=datetime(2024, 5, 1, 16, 30, tzinfo=plus_five)))
    assert [r.id for r in await store.list_runs()] == ["utc", "east"]


@pytest.mark.parametrize("limit", [-1, True, 1.5])
async def test_list_runs_refuses_a_bad_limit(store: Store, limit: Any) -> None:
    with pytest.raises(StoreError, match="list_runs failed: limit must be a non-negative integer"):
        await store.list_runs(limit=limit)


async def test_run_data_that_is_not_json_is_refused(store: Store) -> None:
    with pytest.raises(
        StoreError, match=r"create_run failed: the input of run 'r1' is not JSON-serializable"
    ):
        await store.create_run(run("r1", input={"when": T0}))
    with pytest.raises(
        StoreError, match=r"create_run failed: the output of run 'r1' is not JSON-serializable"
    ):
        await store.create_run(run("r1", output={"x": float("inf")}))
    assert await store.get_run("r1") is None
    created = await store.create_run(run("r1"))
    with pytest.raises(
        StoreError, match=r"finish_run failed: the output of run 'r1' is not JSON-serializable"
    ):
        await store.finish_run("r1", "complete", output={"s": {1}})
    assert await store.get_run("r1") == created  # still pending


async def test_create_run_refuses_a_bad_state(store: Store) -> None:
    with pytest.raises(StoreError, match="create_run failed: state must be one of"):
        await store.create_run(run("r1", state=cast(RunState, "running")))
    assert await store.get_run("r1") is None


# ---------------------------------------------------------------------- migration 2


async def test_migration_2_upgrades_a_version_1_database(fresh_url: str) -> None:
    session = (
        "INSERT INTO sessions (id, user_id, tool_id, class_id, group_id, state, started_at)"
        " VALUES ('old', 'u1', 't1', 'c1', NULL, 'active', {ts})"
    )
    message = (
        "INSERT INTO messages (id, session_id, role, content, seq, created_at)"
        " VALUES ('old-m', 'old', 'user', 'from version 1', 1, {ts})"
    )
    if fresh_url.startswith("sqlite"):
        lite = sqlite3.connect(sqlite_path(fresh_url), isolation_level=None)
        try:
            assert migrate_sqlite(lite, MIGRATIONS[:1]) == [1]
            ts = "'2024-05-01T12:00:00.000000+00:00'"
            lite.execute(session.format(ts=ts))
            lite.execute(message.format(ts=ts))
        finally:
            lite.close()
    else:
        with psycopg.connect(fresh_url) as conn:
            assert migrate_postgres(conn, MIGRATIONS[:1]) == [1]
            ts = "'2024-05-01T14:00:00+02:00'"
            conn.execute(session.format(ts=ts))
            conn.execute(message.format(ts=ts))
            conn.commit()

    async with open_store(fresh_url) as store:
        assert applied_migrations(store) == tuple(m.version for m in MIGRATIONS[1:])
        assert await store.get_session("old") == SessionRow(
            "old", "u1", "t1", class_id="c1", started_at=T0, context={}
        )
        assert await store.get_messages("old") == [
            MessageRow("old-m", "old", "user", "from version 1", 1, created_at=T0, status="ok")
        ]
        # The old rows take part in what migration 2 added.
        (answer,) = await store.append_messages("old", [said("answer", role="assistant")])
        assert answer.seq == 2
        await store.create_run(run("r1"))
        assert [r.id for r in await store.list_runs()] == ["r1"]
    async with open_store(fresh_url) as again:
        assert applied_migrations(again) == ()
        assert [m.seq for m in await again.get_messages("old")] == [1, 2]
