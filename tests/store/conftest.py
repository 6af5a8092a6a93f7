"""Fixtures for the store tests: every `store` test runs on SQLite and on a real PostgreSQL.

PostgreSQL: `RAPTSCALLIONS_TEST_DATABASE_URL` (default postgresql://postgres@127.0.0.1:5432/test).
The run creates a schema of its own (`rs_test_<hex>`), connects with `search_path` set to it,
and drops it at the end; migration tests get a fresh schema each. With CI set, an unreachable
server fails the tests; locally they are skipped, with the reason. The terminal summary says
how many PostgreSQL tests ran.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from raptscallions.store import Store, open_store
from raptscallions.store._postgres import PostgresStore
from raptscallions.store._sql import redact
from raptscallions.store._sqlite import SqliteStore

URL_ENV = "RAPTSCALLIONS_TEST_DATABASE_URL"
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", "postgresql"]
TABLES = (
    "extractions",
    "module_logs",
    "module_configs",
    "sessions",
    "messages",
    "runs",
    "module_states",
    "api_keys",
)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def with_schema(url: str, schema: str) -> str:
    """`url` connecting with `search_path` set to `schema` (libpq's `options` parameter)."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


class PgServer:
    """The PostgreSQL of this test run: an admin connection and the run's schema."""

    def __init__(self, base_url: str, admin: psycopg.Connection[Any]) -> None:
        self.base_url = base_url
        self.admin = admin
        self.schema = self.create_schema()
        self.url = with_schema(base_url, self.schema)

    def create_schema(self) -> str:
        name = f"rs_test_{uuid.uuid4().hex[:12]}"
        self.admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
        return name

    def drop_schema(self, name: str) -> None:
        self.admin.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))

    def truncate(self) -> None:
        """Empty the run schema's tables (if a store has created them yet)."""
        rows = self.admin.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = %s AND table_name = ANY(%s)",
            (self.schema, list(TABLES)),
        ).fetchall()
        if rows:
            tables = sql.SQL(", ").join(sql.Identifier(self.schema, name) for (name,) in rows)
            self.admin.execute(sql.SQL("TRUNCATE {}").format(tables))


_pg_server: PgServer | None = None
_pg_outcomes: Counter[str] = Counter()
_pg_nodeids: set[str] = set()


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    """The run's PostgreSQL (fails under CI, skips locally, if there is none)."""
    global _pg_server
    base = os.environ.get(URL_ENV, DEFAULT_URL)
    try:
        admin = psycopg.connect(base, autocommit=True, connect_timeout=3)
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split())
        message = (
            f"PostgreSQL is not reachable at {redact(base)} ({reason}); start it "
            f"(pg_ctlcluster <version> main start) or point {URL_ENV} at one"
        )
        if in_ci():
            pytest.fail(
                f"CI is set, so the PostgreSQL store tests must run: {message}", pytrace=False
            )
        pytest.skip(message)
    with admin:
        server = PgServer(base, admin)
        _pg_server = server
        try:
            yield server
        finally:
            server.drop_schema(server.schema)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL for each backend, with empty tables."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    server: PgServer = request.getfixturevalue("pg")
    server.truncate()
    return server.url


@pytest.fixture(params=BACKENDS)
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for each backend where no migration has run yet (PostgreSQL: a new schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    server: PgServer = request.getfixturevalue("pg")
    schema = server.create_schema()
    try:
        yield with_schema(server.base_url, schema)
    finally:
        server.drop_schema(schema)


@pytest.fixture
async def store(store_url: str) -> AsyncIterator[Store]:
    async with open_store(store_url) as opened:
        yield opened


async def raw(store: Store, query: str) -> list[tuple[Any, ...]]:
    """Run SQL on the store's own connection (a test's look under the protocol)."""
    if isinstance(store, SqliteStore):

        def on_sqlite(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
            return conn.execute(query).fetchall()

        return await store.call("raw", on_sqlite)
    assert isinstance(store, PostgresStore)

    def on_postgres(conn: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
        cursor = conn.execute(query)
        return cursor.fetchall() if cursor.description else []

    return await store.call("raw", on_postgres)


def applied_migrations(store: Store) -> tuple[int, ...]:
    assert isinstance(store, SqliteStore | PostgresStore)
    return store.applied_migrations


def _uses_postgresql(item: pytest.Item) -> bool:
    if "pg" in getattr(item, "fixturenames", ()):
        return True
    callspec = getattr(item, "callspec", None)
    params = callspec.params if callspec is not None else {}
    return "postgresql" in (params.get("store_url"), params.get("fresh_url"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    _pg_nodeids.update(item.nodeid for item in items if _uses_postgresql(item))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.nodeid not in _pg_nodeids:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        _pg_outcomes[report.outcome] += 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _pg_outcomes:
        return
    counts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(_pg_outcomes.items()))
    if _pg_server is None:
        terminalreporter.write_line(f"PostgreSQL store tests did NOT run (no server): {counts}")
    else:
        where = f"{redact(_pg_server.base_url)}, schema {_pg_server.schema}"
        terminalreporter.write_line(f"PostgreSQL store tests ran against {where}: {counts}")
