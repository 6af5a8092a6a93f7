"""Versioned migrations: applied at open, once, atomically, into the connection's schema."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
import trio

from raptscallions.store import StoreError, open_store
from raptscallions.store._migrations import (
    MIGRATIONS,
    TABLE,
    Migration,
    check_sequence,
    migrate_postgres,
    migrate_sqlite,
)
from raptscallions.store._sqlite import sqlite_path

from .conftest import PgServer, applied_migrations, raw, with_schema

TABLES = {"extractions", "module_configs", "module_logs", "sessions", "messages", TABLE}
INDEXES = {
    "module_configs_scope_key",
    "module_logs_module",
    "extractions_user_session",
    "extractions_user_type",
    "extractions_user_class",
    "extractions_module",
    "messages_session_seq",
}


async def test_opening_twice_applies_nothing_the_second_time(fresh_url: str) -> None:
    async with open_store(fresh_url) as first:
        assert applied_migrations(first) == tuple(m.version for m in MIGRATIONS)
        recorded = await raw(first, f"SELECT version, name, applied_at FROM {TABLE}")
    async with open_store(fresh_url) as second:
        assert applied_migrations(second) == ()
        assert await raw(second, f"SELECT version, name, applied_at FROM {TABLE}") == recorded
    assert [(v, n) for v, n, _ in recorded] == [(m.version, m.name) for m in MIGRATIONS]


async def test_the_tables_and_indexes_exist(fresh_url: str) -> None:
    async with open_store(fresh_url) as store:
        if fresh_url.startswith("sqlite"):
            tables = await raw(store, "SELECT name FROM sqlite_master WHERE type = 'table'")
            indexes = await raw(store, "SELECT name FROM sqlite_master WHERE type = 'index'")
        else:
            where = "schemaname = current_schema()"
            tables = await raw(store, f"SELECT tablename FROM pg_tables WHERE {where}")
            indexes = await raw(store, f"SELECT indexname FROM pg_indexes WHERE {where}")
    assert TABLES <= {name for (name,) in tables}
    assert INDEXES <= {name for (name,) in indexes}


async def test_the_schema_itself_keeps_one_global_row_and_valid_scopes(fresh_url: str) -> None:
    stamp = "'2024-01-01T00:00:00.000000+00:00'"
    columns = "(id, module_name, scope_type, scope_id, config, created_at, updated_at)"

    def insert(row_id: str, scope_type: str, scope_id: str) -> str:
        return (
            f"INSERT INTO module_configs {columns} VALUES "
            f"('{row_id}', 'm', '{scope_type}', {scope_id}, '{{}}', {stamp}, {stamp})"
        )

    async with open_store(fresh_url) as store:
        await raw(store, insert("1", "global", "NULL"))
        for statement in (
            insert("2", "global", "NULL"),  # a second global row (NULLS NOT DISTINCT)
            insert("3", "school", "'x'"),  # an unknown scope type
            insert("4", "global", "'x'"),  # a global row with a scope id
            insert("5", "class", "NULL"),  # a class row without one
        ):
            with pytest.raises(StoreError, match="raw failed: "):
                await raw(store, statement)
        await raw(store, insert("6", "class", "'x'"))
        assert await raw(store, "SELECT id FROM module_configs ORDER BY id") == [("1",), ("6",)]


async def test_a_database_from_a_newer_build_is_refused(fresh_url: str) -> None:
    async with open_store(fresh_url) as store:
        columns = "(version, name, applied_at)"
        await raw(store, f"INSERT INTO {TABLE} {columns} VALUES (99, 'x', {_now(fresh_url)})")
    with pytest.raises(StoreError, match="schema is at version 99, newer than this raptscallions"):
        async with open_store(fresh_url):
            pass


async def test_engines_opening_together_apply_each_migration_once(fresh_url: str) -> None:
    applied: list[tuple[int, ...]] = []

    async def open_one() -> None:
        async with open_store(fresh_url) as store:
            applied.append(applied_migrations(store))

    async with trio.open_nursery() as nursery:
        for _ in range(4):
            nursery.start_soon(open_one)
    # Each migration is its own transaction: different openers may apply different ones,
    # but each is applied exactly once, in order.
    versions = [v for one in applied for v in one]
    assert sorted(versions) == [m.version for m in MIGRATIONS]
    assert all(list(one) == sorted(one) for one in applied)


async def test_engines_opening_one_new_sqlite_file_together_all_open(tmp_path: Path) -> None:
    # Switching a new file to WAL races between connections: SQLite can report "database
    # is locked" at once, without waiting, to the losers (a few times in a hundred with four
    # openers). Each opener must wait its turn instead, so every one of them opens.
    for n in range(40):
        url = f"sqlite:///{tmp_path / f'new{n}.db'}"
        opened: list[tuple[int, ...]] = []

        async def open_one(url: str = url, opened: list[tuple[int, ...]] = opened) -> None:
            async with open_store(url) as store:
                opened.append(applied_migrations(store))

        async with trio.open_nursery() as nursery:
            for _ in range(4):
                nursery.start_soon(open_one)
        assert sorted(v for one in opened for v in one) == [m.version for m in MIGRATIONS]


async def test_tables_go_to_the_connections_default_schema(pg: PgServer) -> None:
    schema = pg.create_schema()
    try:
        async with open_store(with_schema(pg.base_url, schema)) as store:
            assert await raw(store, "SELECT to_regclass('extractions')::text") == [("extractions",)]
        found = pg.admin.execute(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = %s"
            " AND table_schema = %s",
            (TABLE, schema),
        ).fetchall()
        assert found == [(schema,)]
    finally:
        pg.drop_schema(schema)


async def test_a_search_path_without_a_schema_is_a_clear_error(pg: PgServer) -> None:
    with pytest.raises(StoreError, match=r"search_path .* names no existing schema"):
        async with open_store(with_schema(pg.base_url, "rs_test_does_not_exist")):
            pass


# ---------------------------------------------------------------------- the runner itself


ONE = Migration(1, "one", ("CREATE TABLE one (x INTEGER)",), ("CREATE TABLE one (x INTEGER)",))
TWO = Migration(2, "two", ("CREATE TABLE two (x INTEGER)",), ("CREATE TABLE two (x INTEGER)",))
BROKEN = Migration(
    2,
    "broken",
    ("CREATE TABLE two (x INTEGER)", "CREATE TABLE two (x INTEGER)"),
    ("CREATE TABLE two (x INTEGER)", "CREATE TABLE two (x INTEGER)"),
)


@contextmanager
def runner(url: str) -> Iterator[tuple[Any, Any]]:
    """(migrate(migrations), tables()) on a raw connection to `url`."""
    if url.startswith("sqlite"):
        lite = sqlite3.connect(sqlite_path(url), isolation_level=None)
        try:
            yield (
                lambda migrations: migrate_sqlite(lite, migrations),
                lambda: {n for (n,) in lite.execute("SELECT name FROM sqlite_master")},
            )
        finally:
            lite.close()
        return
    with psycopg.connect(url, autocommit=True) as conn:
        yield (
            lambda migrations: migrate_postgres(conn, migrations),
            lambda: {
                n
                for (n,) in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                ).fetchall()
            },
        )


def test_only_pending_migrations_run_in_order(fresh_url: str) -> None:
    with runner(fresh_url) as (migrate, tables):
        assert migrate([ONE]) == [1]
        assert migrate([ONE, TWO]) == [2]
        assert migrate([ONE, TWO]) == []
        assert {"one", "two", TABLE} <= tables()


def test_a_failing_migration_leaves_nothing_behind(fresh_url: str) -> None:
    with runner(fresh_url) as (migrate, tables):
        with pytest.raises((sqlite3.Error, psycopg.Error)):
            migrate([ONE, BROKEN])
        assert "one" in tables() and "two" not in tables()  # ONE committed, BROKEN rolled back
        assert migrate([ONE, TWO]) == [2]


def test_a_migration_known_by_another_name_is_refused(fresh_url: str) -> None:
    with runner(fresh_url) as (migrate, _):
        migrate([ONE])
        renamed = Migration(1, "renamed", ONE.sqlite, ONE.postgres)
        with pytest.raises(StoreError, match=r"records migration 1 as 'one'.*as 'renamed'"):
            migrate([renamed])


def test_versions_must_run_without_gaps() -> None:
    check_sequence([ONE, TWO])
    with pytest.raises(ValueError, match="without gaps"):
        check_sequence([TWO])


def _now(url: str) -> str:
    return "'2024-01-01T00:00:00.000000+00:00'" if url.startswith("sqlite") else "now()"
