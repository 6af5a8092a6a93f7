"""The Store protocol, on both backends (`store` runs each test on SQLite and PostgreSQL)."""

from __future__ import annotations

import socket
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import psycopg
import pytest
import trio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raptscallions.sdk._db import ExtractionQuery, StoredExtraction, matches
from raptscallions.store import (
    ConfigRow,
    LogRow,
    MessageRow,
    SessionRow,
    Store,
    StoreError,
    open_store,
)
from raptscallions.store._postgres import PostgresStore
from raptscallions.store._sql import redact
from raptscallions.store._sqlite import SqliteStore

from .conftest import PgServer, raw, with_schema

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
PER_EXAMPLE = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def extraction(
    id: str,
    *,
    user: str | None = "u1",
    session: str | None = "s1",
    class_: str | None = "c1",
    type: str = "topic",
    module: str = "m",
    at: datetime = T0,
    data: dict[str, Any] | None = None,
) -> StoredExtraction:
    return StoredExtraction(
        id=id,
        module=module,
        type=type,
        data={"n": id} if data is None else data,
        created_at=at,
        user_id=user,
        session_id=session,
        class_id=class_,
        run_id="r1",
        request_id="q1",
    )


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# ---------------------------------------------------------------------- opening


async def test_the_url_picks_the_backend(store: Store, store_url: str) -> None:
    expected = SqliteStore if store_url.startswith("sqlite") else PostgresStore
    assert isinstance(store, expected)


async def test_an_unsupported_scheme_names_the_url_and_the_schemes() -> None:
    with pytest.raises(StoreError) as caught:
        async with open_store("mysql://admin:secret@db.example/app"):
            pass
    message = str(caught.value)
    assert "mysql://admin:***@db.example/app" in message
    assert "secret" not in message
    assert "sqlite://" in message and "postgresql://" in message


@pytest.mark.parametrize("url", ["sqlite://host/x.db", "sqlite:///"])
async def test_a_bad_sqlite_url_is_refused(url: str) -> None:
    with pytest.raises(StoreError, match=r"use sqlite:///relative/path\.db"):
        async with open_store(url):
            pass


async def test_sqlite_in_memory_and_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with open_store("sqlite:///:memory:") as memory:
        await memory.insert_extractions([extraction("a")])
        assert len(await memory.list_extractions()) == 1
    monkeypatch.chdir(tmp_path)
    async with open_store("sqlite:///relative.db") as relative:
        await relative.insert_extractions([extraction("a")])
        assert (await raw(relative, "PRAGMA journal_mode")) == [("wal",)]
    assert (tmp_path / "relative.db").exists()


async def test_a_postgresql_that_is_down_is_a_store_error_naming_host_and_port() -> None:
    port = unused_port()
    with trio.fail_after(10):
        with pytest.raises(StoreError) as caught:
            async with open_store(f"postgresql://postgres@127.0.0.1:{port}/test"):
                pass
    assert f"127.0.0.1:{port}" in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


async def test_the_postgres_scheme_is_accepted_too(pg: PgServer) -> None:
    url = pg.url.replace("postgresql://", "postgres://", 1)
    async with open_store(url) as store:
        assert isinstance(store, PostgresStore)
        assert store.schema == pg.schema


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://u:pw@h:5432/db", "postgresql://u:***@h:5432/db"),
        ("postgresql://h/db?user=u&password=pw", "postgresql://h/db?user=u&password=***"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_urls_are_shown_without_passwords(url: str, shown: str) -> None:
    assert redact(url) == shown


async def test_a_closed_store_says_so(store_url: str) -> None:
    async with open_store(store_url) as store:
        pass
    with pytest.raises(StoreError, match="list_logs failed: the store is closed"):
        await store.list_logs()


# ---------------------------------------------------------------------- extractions


async def test_extractions_round_trip_newest_first(store: Store) -> None:
    rows = [
        extraction("a", at=T0, data={"nested": {"list": [1, 2.5, None, True], "é": "ü"}}),
        extraction("b", at=T0 + timedelta(seconds=1), user=None, session=None, class_=None),
        extraction("c", at=T0 + timedelta(microseconds=1)),
    ]
    await store.insert_extractions(rows)
    assert await store.list_extractions() == [rows[1], rows[2], rows[0]]
    assert await store.list_extractions(user_id="u1", limit=1) == [rows[2]]
    assert await store.list_extractions(module="other") == []
    for row in await store.list_extractions():
        assert row.created_at.tzinfo is not None and row.created_at.utcoffset() == timedelta(0)


async def test_timestamps_are_stored_as_instants(store: Store) -> None:
    plus_two = timezone(timedelta(hours=2))
    naive = datetime(2024, 5, 1, 12, 0)  # read as UTC, as on the wire
    await store.insert_extractions(
        [extraction("a", at=T0.astimezone(plus_two)), extraction("b", at=naive + timedelta(1))]
    )
    rows = await store.list_extractions()
    assert [r.created_at for r in rows] == [T0 + timedelta(1), T0]
    assert all(r.created_at.tzinfo == UTC for r in rows)


async def test_query_applies_every_filter(store: Store) -> None:
    rows = [
        extraction("a", at=T0),
        extraction("b", at=T0 + timedelta(seconds=1), session="s2"),
        extraction("c", at=T0 + timedelta(seconds=2), class_="c2", type="mood"),
        extraction("d", at=T0 + timedelta(seconds=3), user="u2"),
    ]
    await store.insert_extractions(rows)

    async def ids(**filters: Any) -> list[str]:
        found = await store.query_extractions(ExtractionQuery(user_id="u1", **filters))
        return [r.id for r in found]

    assert await ids() == ["c", "b", "a"]
    assert await ids(session_id="s1") == ["c", "a"]
    assert await ids(class_id="c1") == ["b", "a"]
    assert await ids(type="topic") == ["b", "a"]
    assert await ids(since=T0 + timedelta(seconds=1)) == ["c", "b"]  # since is inclusive
    assert await ids(limit=2) == ["c", "b"]
    assert await ids(limit=0) == []
    assert await store.count_extractions(ExtractionQuery(user_id="u1", limit=1)) == 3
    assert await store.count_extractions(ExtractionQuery(user_id="u2")) == 1
    assert await store.count_extractions(ExtractionQuery(user_id="nobody")) == 0


USERS = st.sampled_from(["u1", "u2"])
TIMES = st.sampled_from([T0 + timedelta(seconds=s) for s in (0, 0, 1, 2, 60)]) | st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))]),
)
ROW_FIELDS = st.fixed_dictionaries(
    {
        "user": st.none() | USERS,
        "session": st.sampled_from([None, "s1", "s2"]),
        "class_": st.sampled_from([None, "c1", "c2"]),
        "type": st.sampled_from(["topic", "mood"]),
        "at": TIMES,
    }
)
QUERIES = st.builds(
    ExtractionQuery,
    user_id=USERS,
    session_id=st.sampled_from([None, "s1", "s2"]),
    class_id=st.sampled_from([None, "c1", "c2"]),
    type=st.sampled_from([None, "topic", "mood"]),
    since=st.none() | TIMES,
    limit=st.integers(min_value=0, max_value=12),
)


@PER_EXAMPLE
@given(fields=st.lists(ROW_FIELDS, max_size=25), queries=st.lists(QUERIES, min_size=1, max_size=4))
async def test_queries_agree_with_the_sandbox_matches(
    store_url: str, fields: list[dict[str, Any]], queries: list[ExtractionQuery]
) -> None:
    async with open_store(store_url) as store:  # per example: trio fixtures live one example
        await _check_queries(store, fields, queries)


async def _check_queries(
    store: Store, fields: list[dict[str, Any]], queries: list[ExtractionQuery]
) -> None:
    token = uuid.uuid4().hex[:8]  # this example's rows only, however the tables are shared

    def mine(user: str | None) -> str | None:
        return None if user is None else f"{token}:{user}"

    rows = [
        extraction(f"{token}:{i:03d}", **{**f, "user": mine(f["user"])})
        for i, f in enumerate(fields)
    ]
    await store.insert_extractions(rows)
    for query in queries:
        query = attrs.evolve(query, user_id=f"{token}:{query.user_id}")
        expected = sorted(
            (r for r in rows if matches(r, query)), key=lambda r: (r.created_at, r.id), reverse=True
        )
        assert await store.query_extractions(query) == expected[: query.limit]
        assert await store.count_extractions(query) == len(expected)


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
OBJECTS = st.dictionaries(st.text(), JSON, max_size=5)


@PER_EXAMPLE
@given(data=OBJECTS, config=OBJECTS)
async def test_json_round_trips_exactly(
    store_url: str, data: dict[str, Any], config: dict[str, Any]
) -> None:
    async with open_store(store_url) as store:
        await _check_json(store, data, config)


async def _check_json(store: Store, data: dict[str, Any], config: dict[str, Any]) -> None:
    token = uuid.uuid4().hex
    await store.insert_extractions([extraction(token, user=token, data=data)])
    (stored,) = await store.list_extractions(user_id=token)
    assert stored.data == data
    assert _types(stored.data) == _types(data)
    written = await store.set_config(ConfigRow(token, "global", None, config))
    assert written.config == config
    read = await store.get_config(token, "global", None)
    assert read is not None and read.config == config and _types(read.config) == _types(config)


def _types(value: Any) -> Any:
    """`value`'s shape with each leaf's type: 1 and 1.0 are equal, but not the same JSON."""
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_types(v) for v in value]
    return type(value)


async def test_a_retried_batch_is_written_once(store: Store) -> None:
    rows = [extraction("a"), extraction("b")]
    await store.insert_extractions(rows)
    await store.insert_extractions([*rows, extraction("c"), extraction("c")])
    assert sorted(r.id for r in await store.list_extractions()) == ["a", "b", "c"]


async def test_an_id_stored_with_other_content_fails_the_whole_batch(store: Store) -> None:
    await store.insert_extractions([extraction("a")])
    with pytest.raises(StoreError, match=r"insert_extractions failed: extraction id 'a' is"):
        await store.insert_extractions([extraction("new"), extraction("a", type="other")])
    with pytest.raises(StoreError, match="two different extractions in one batch have id 'b'"):
        await store.insert_extractions([extraction("b"), extraction("b", type="other")])
    assert [r.id for r in await store.list_extractions()] == ["a"]


async def test_data_that_is_not_json_fails_before_writing(store: Store) -> None:
    for bad in ({"x": float("nan")}, {"x": object()}):
        with pytest.raises(StoreError, match="insert_extractions failed: the data of extraction"):
            await store.insert_extractions([extraction("ok"), extraction("bad", data=bad)])
    assert await store.list_extractions() == []


async def test_concurrent_calls_do_not_interfere(store: Store) -> None:
    async def write(n: int) -> None:
        await store.insert_extractions([extraction(f"x{n:02d}-{i}") for i in range(5)])
        await store.count_extractions(ExtractionQuery(user_id="u1"))

    async with trio.open_nursery() as nursery:
        for n in range(30):
            nursery.start_soon(write, n)
    assert await store.count_extractions(ExtractionQuery(user_id="u1")) == 150


async def test_a_negative_limit_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="query_extractions failed: limit must be"):
        await store.query_extractions(ExtractionQuery(user_id="u1", limit=-1))


# ---------------------------------------------------------------------- logs


async def test_logs_round_trip_with_ids_and_filters(store: Store) -> None:
    logs = [
        LogRow("m", "info", "one", {"k": [1]}, session_id="s", request_id="r", created_at=T0),
        LogRow("m", "error", "two", created_at=T0 + timedelta(seconds=1)),
        LogRow("n", "info", "three", created_at=T0 + timedelta(seconds=2), id="given"),
    ]
    await store.insert_logs(logs)
    stored = await store.list_logs()
    assert [r.message for r in stored] == ["three", "two", "one"]
    assert all(r.id for r in stored) and stored[0].id == "given"
    assert [attrs.evolve(r, id=None) for r in reversed(stored)] == [
        attrs.evolve(r, id=None) for r in logs
    ]
    assert [r.message for r in await store.list_logs(module="m")] == ["two", "one"]
    assert [r.message for r in await store.list_logs(level="info")] == ["three", "one"]
    assert [r.message for r in await store.list_logs(module="m", level="info")] == ["one"]
    assert len(await store.list_logs(limit=1)) == 1
    await store.insert_logs([logs[2]])  # the same row again: written once
    assert len(await store.list_logs()) == 3


# ---------------------------------------------------------------------- configuration


async def test_two_global_set_configs_leave_one_row(store: Store) -> None:
    first = await store.set_config(ConfigRow("m", "global", None, {"a": 1}, enabled=True))
    second = await store.set_config(ConfigRow("m", "global", None, {"a": 2}))
    assert await raw(store, "SELECT count(*) FROM module_configs") == [(1,)]
    assert await store.get_config("m", "global", None) == second
    assert second.config == {"a": 2} and second.enabled is None
    assert second.updated_at >= first.updated_at


async def test_scoped_rows_are_kept_apart(store: Store) -> None:
    rows = [
        ConfigRow("m", "tool", "t1", {"level": "tool"}, enabled=False),
        ConfigRow("m", "class", "c1", {"level": "class"}),
        ConfigRow("m", "class", "c2", {"level": "class 2"}),
        ConfigRow("m", "group", "g1", {"level": "group"}, enabled=True),
        ConfigRow("m", "global", None, {"level": "global"}),
        ConfigRow("other", "global", None, {}),
    ]
    written = [await store.set_config(row) for row in rows]
    assert await store.list_configs("m") == [
        written[4],
        written[3],
        written[1],
        written[2],
        written[0],
    ]
    assert await store.list_configs() == [*await store.list_configs("m"), written[5]]
    assert await store.get_config("m", "class", "c2") == written[2]
    assert await store.get_config("m", "class", "c3") is None
    assert await store.get_config("nope", "global", None) is None
    updated = await store.set_config(attrs.evolve(written[1], config={"level": "new"}))
    assert updated.updated_at > written[1].updated_at
    assert await store.get_config("m", "class", "c1") == updated
    assert len(await store.list_configs()) == 6


async def test_delete_config(store: Store) -> None:
    await store.set_config(ConfigRow("m", "global", None, {"a": 1}))
    await store.set_config(ConfigRow("m", "class", "c1", {"a": 2}))
    assert await store.delete_config("m", "global", None) is True
    assert await store.delete_config("m", "global", None) is False
    assert await store.get_config("m", "global", None) is None
    assert [r.scope_id for r in await store.list_configs()] == ["c1"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (ConfigRow("m", "school", "x", {}), "scope_type must be one of global, group"),  # type: ignore[arg-type]
        (ConfigRow("m", "global", "x", {}), "scope_id must be None for the global scope"),
        (ConfigRow("m", "class", None, {}), "scope_id must be a non-empty string for the class"),
        (ConfigRow("m", "tool", "", {}), "scope_id must be a non-empty string for the tool"),
        (ConfigRow("m", "global", None, [1]), "config must be a dict"),  # type: ignore[arg-type]
        (ConfigRow("m", "global", None, {}, enabled=1), "enabled must be True, False or None"),  # type: ignore[arg-type]
        (ConfigRow("m", "global", None, {"x": {1, 2}}), "the config of module 'm' is not JSON"),
    ],
)
async def test_set_config_checks_its_row(store: Store, row: ConfigRow, message: str) -> None:
    with pytest.raises(StoreError, match=f"set_config failed.*{message}"):
        await store.set_config(row)
    assert await store.list_configs() == []


async def test_get_and_delete_check_the_scope_too(store: Store) -> None:
    with pytest.raises(StoreError, match="get_config failed for module 'm': scope_id must be None"):
        await store.get_config("m", "global", "x")
    with pytest.raises(StoreError, match="delete_config failed for module 'm': scope_type"):
        await store.delete_config("m", "everywhere", None)  # type: ignore[arg-type]


async def next_change(changes: Any) -> str:
    """The next name, within 1 s."""
    with trio.fail_after(1.0):
        name: str = await changes.__anext__()
        return name


async def test_config_changes_include_this_stores_own(store: Store) -> None:
    async with store.config_changes() as changes:
        await store.set_config(ConfigRow("a", "global", None, {}))
        await store.set_config(ConfigRow("b", "class", "c", {}))
        await store.delete_config("a", "global", None)
        await store.delete_config("a", "global", None)  # nothing deleted: nothing announced
        await store.set_config(ConfigRow("c", "global", None, {}))
        assert [await next_change(changes) for _ in range(4)] == ["a", "b", "a", "c"]


async def test_a_change_through_one_store_is_seen_by_another(store_url: str) -> None:
    async with open_store(store_url) as one, open_store(store_url) as other:
        async with other.config_changes() as changes:
            await one.set_config(ConfigRow("pii-filter", "group", "g1", {"mode": "mask"}))
            assert await next_change(changes) == "pii-filter"
            await one.delete_config("pii-filter", "group", "g1")
            assert await next_change(changes) == "pii-filter"


async def test_waiting_for_changes_is_cancellable(store: Store) -> None:
    async with store.config_changes() as changes:
        started = trio.current_time()
        with trio.move_on_after(0.1) as scope:
            await changes.__anext__()
        assert scope.cancelled_caught
        assert trio.current_time() - started < 1.0
        await store.set_config(ConfigRow("m", "global", None, {}))
        assert await next_change(changes) == "m"  # still listening after the cancellation


async def test_postgres_changes_of_another_schema_are_not_delivered(pg: PgServer) -> None:
    other_schema = pg.create_schema()
    try:
        async with (
            open_store(pg.url) as mine,
            open_store(with_schema(pg.base_url, other_schema)) as theirs,
        ):
            async with mine.config_changes() as changes:
                await theirs.set_config(ConfigRow("theirs", "global", None, {}))
                await mine.set_config(ConfigRow("mine", "global", None, {}))
                assert await next_change(changes) == "mine"
    finally:
        pg.drop_schema(other_schema)


# ---------------------------------------------------------------------- sessions and messages


async def test_sessions(store: Store) -> None:
    session = SessionRow("s1", "u1", "tool", class_id="c1", group_id="g1", started_at=T0)
    assert await store.create_session(session) == session
    assert await store.get_session("s1") == session
    assert await store.get_session("nope") is None
    with pytest.raises(StoreError, match="create_session failed: a session with id 's1' exists"):
        await store.create_session(session)
    ended = await store.end_session("s1")
    assert ended is not None and ended.state == "completed" and ended.ended_at is not None
    assert ended == attrs.evolve(session, state="completed", ended_at=ended.ended_at)
    assert await store.end_session("s1") == ended  # ending again keeps the first end
    assert await store.get_session("s1") == ended
    assert await store.end_session("nope") is None


async def test_messages_in_order_latest_first_when_limited(store: Store) -> None:
    messages = [
        MessageRow(f"m{seq}", "s1", "user" if seq % 2 else "assistant", f"text {seq}", seq)
        for seq in (3, 1, 2, 4)
    ]
    for message in messages:
        assert await store.add_message(message) == message
    await store.add_message(MessageRow("other", "s2", "system", "x", 1))
    assert [m.seq for m in await store.get_messages("s1")] == [1, 2, 3, 4]
    assert [m.seq for m in await store.get_messages("s1", limit=2)] == [3, 4]
    assert (await store.get_messages("s1"))[0] == messages[1]
    assert await store.get_messages("none") == []
    with pytest.raises(
        StoreError, match="add_message failed: session 's1' has a message with seq 2"
    ):
        await store.add_message(MessageRow("new", "s1", "user", "again", 2))
    with pytest.raises(StoreError, match="add_message failed: a message with id 'm1' exists"):
        await store.add_message(MessageRow("m1", "s9", "user", "again", 1))


async def test_a_database_error_names_the_operation(store: Store) -> None:
    bad_role = MessageRow("m", "s", "robot", "x", 1)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="add_message failed: ") as caught:
        await store.add_message(bad_role)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert await store.get_messages("s") == []


# ---------------------------------------------------------------------- cancellation


async def test_a_cancelled_postgres_query_is_cancelled_on_the_server(pg: PgServer) -> None:
    async with open_store(pg.url, pool_size=1) as store:
        assert isinstance(store, PostgresStore)

        def pid(conn: psycopg.Connection[Any]) -> int:
            row = conn.execute("SELECT pg_backend_pid()").fetchone()
            assert row is not None
            return int(row[0])

        def sleep(conn: psycopg.Connection[Any]) -> None:
            conn.execute("SELECT pg_sleep(30)")

        before = await store.call("pid", pid)
        started = trio.current_time()
        with trio.move_on_after(0.2) as scope:
            await store.call("sleep", sleep)
        assert scope.cancelled_caught
        assert trio.current_time() - started < 2.0
        assert await store.call("pid", pid) == before  # the same connection, usable
        await store.insert_extractions([extraction("after")])
        assert len(await store.list_extractions()) >= 1


async def test_a_cancelled_sqlite_query_is_interrupted(tmp_path: Path) -> None:
    async with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        assert isinstance(store, SqliteStore)

        def spin(conn: sqlite3.Connection) -> None:
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
                " SELECT count(*) FROM n"
            ).fetchall()

        started = trio.current_time()
        with trio.move_on_after(0.2) as scope:
            await store.call("spin", spin)
        assert scope.cancelled_caught
        assert trio.current_time() - started < 2.0
        await store.insert_extractions([extraction("after")])
        assert [r.id for r in await store.list_extractions()] == ["after"]


async def test_a_cancelled_write_leaves_all_or_nothing(store: Store) -> None:
    rows = [extraction(f"r{i:04d}") for i in range(2000)]
    with trio.move_on_after(0.001):
        await store.insert_extractions(rows)
    count = await store.count_extractions(ExtractionQuery(user_id="u1"))
    assert count in (0, len(rows))
    await store.insert_extractions(rows)  # a retry completes the batch either way
    assert await store.count_extractions(ExtractionQuery(user_id="u1")) == len(rows)


async def test_a_retry_compares_rows_as_stored(store: Store) -> None:
    row = extraction("a", data={"pair": (1, 2), "when": "now"})  # a tuple is stored as a list
    await store.insert_extractions([row])
    await store.insert_extractions([row])
    (stored,) = await store.list_extractions()
    assert stored.data == {"pair": [1, 2], "when": "now"}
