"""The PostgreSQL backend: psycopg 3 and its (sync) connection pool, used from trio through
worker threads.

Rules of this file: every call borrows a pooled connection in a worker thread, holding one
token of a `CapacityLimiter` as large as the pool, and runs in one transaction (committed when
the call returns). A cancelled call cancels its query on the server (`cancel_safe()` from
another thread) and the connection goes back to the pool in working order. Configuration
changes are announced with NOTIFY on `CHANNEL`, in the writing transaction, with the payload
`{"schema": ..., "module": ...}`; a listener LISTENs on a connection of its own and keeps only
its own schema's changes (a channel is database-wide). Driver errors become StoreError.
"""

from __future__ import annotations

import json
import math
import os
from collections import deque
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from functools import partial
from typing import Any, Final, TypeVar

import psycopg
import trio
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout

from ._base import StoreError
from ._blocking import Interrupt, Interrupted, run_blocking
from ._migrations import migrate_postgres
from ._sql import SqlStore, Tx, redact, utc

T = TypeVar("T")

CHANNEL: Final = "raptscallions_config"
MIN_SERVER_VERSION: Final = 150000  # UNIQUE NULLS NOT DISTINCT keeps the global row unique
POLL_S: Final = 0.25  # how long a listener's wait may outlive its cancellation
CANCEL_TIMEOUT_S: Final = 5.0

Conn = psycopg.Connection[Any]


def server_address(url: str) -> str:
    """`host:port` of a PostgreSQL URL, for messages.

    Raises: StoreError if the URL cannot be parsed.
    """
    try:
        params = conninfo_to_dict(url)
    except psycopg.Error as exc:
        raise StoreError(f"bad PostgreSQL URL {redact(url)!r}: {_reason(exc)}") from None
    host = params.get("host") or os.environ.get("PGHOST") or "localhost"
    port = params.get("port") or os.environ.get("PGPORT") or "5432"
    return f"{host}:{port}"


def _reason(exc: BaseException) -> str:
    """The driver's message, on one line."""
    diag = getattr(exc, "diag", None)
    text = (diag.message_primary if diag is not None else None) or str(exc) or type(exc).__name__
    return " ".join(text.split())


class _PgTx:
    json_param = "?::json"
    config_key = "(module_name, scope_type, scope_id)"

    def __init__(self, conn: Conn, schema: str) -> None:
        self.conn = conn
        self.schema = schema

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return list(self.conn.execute(self._sql(sql), params).fetchall())

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(self._sql(sql), params).rowcount

    def run_many(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(self._sql(sql), params)

    def ts(self, value: datetime) -> datetime:
        return utc(value)

    def read_ts(self, value: Any) -> datetime:
        return utc(value)

    def read_json(self, value: Any) -> Any:
        return value  # psycopg parses json columns

    def config_changed(self, module: str) -> None:
        payload = json.dumps({"schema": self.schema, "module": module})
        self.conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))

    def lock_session(self, session_id: str) -> None:
        # Per schema and session; a hash collision only makes two sessions queue together.
        self.conn.execute(
            "SELECT pg_advisory_xact_lock(hashtext(%s), hashtext(current_schema() || '/' || %s))",
            ("raptscallions.messages", session_id),
        )


def _configure(conn: Conn) -> None:
    # Timestamps come back in UTC whatever the server's or the role's TimeZone.
    conn.execute("SET TIME ZONE 'UTC'")
    conn.commit()


@asynccontextmanager
async def open_postgres(
    url: str, *, pool_size: int = 10, connect_timeout: float = 10.0
) -> AsyncIterator[PostgresStore]:
    """Connect, migrate, and open a pool of at most `pool_size` connections; close it on exit.

    The URL is libpq's (`postgresql://user:password@host:port/dbname?options=...`); the
    tables live in the connection's default schema (set one with
    `?options=-c%20search_path%3Dmyschema`).

    Raises:
        StoreError: a bad URL, a server that cannot be reached (naming host:port), a server
            older than PostgreSQL 15, or a failed migration.

    Cancellation: waits for a connection attempt in progress (at most `connect_timeout`);
    a migration in progress is cancelled and rolled back. Closing is shielded.
    """
    if pool_size < 1:
        raise StoreError(f"open_store failed: pool_size must be at least 1 (got {pool_size})")
    where = server_address(url)
    timeout_s = max(2, math.ceil(connect_timeout))  # libpq's connect_timeout: whole seconds

    def prepare(interrupt: Interrupt) -> tuple[list[int], str]:
        try:
            conn = psycopg.connect(url, connect_timeout=timeout_s)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {where}: {_reason(exc)}") from None
        with conn:
            interrupt.arm(partial(conn.cancel_safe, timeout=CANCEL_TIMEOUT_S))
            try:
                version = conn.info.server_version
                if version < MIN_SERVER_VERSION:
                    raise StoreError(
                        f"PostgreSQL at {where} is version {version // 10000}; raptscallions "
                        "needs PostgreSQL 15 or newer (for UNIQUE NULLS NOT DISTINCT)"
                    )
                try:
                    applied = migrate_postgres(conn)
                    row = conn.execute("SELECT current_schema()").fetchone()
                except psycopg.Error as exc:
                    raise StoreError(
                        f"migrating the database at {where} failed: {_reason(exc)}"
                    ) from None
            finally:
                interrupt.disarm()
        return applied, str(row[0] if row else "public")

    applied, schema = await run_blocking(prepare, trio.CapacityLimiter(1))
    pool: ConnectionPool[Conn] = ConnectionPool(
        url,
        min_size=1,
        max_size=pool_size,
        open=False,
        configure=_configure,
        check=ConnectionPool.check_connection,
        timeout=connect_timeout,
        kwargs={"connect_timeout": timeout_s},
        name=f"raptscallions {where}",
    )
    try:
        await trio.to_thread.run_sync(partial(pool.open, wait=True, timeout=connect_timeout))
    except (psycopg.Error, PoolTimeout) as exc:
        with trio.CancelScope(shield=True):
            await trio.to_thread.run_sync(pool.close)
        raise StoreError(f"cannot connect to PostgreSQL at {where}: {_reason(exc)}") from None
    except BaseException:
        with trio.CancelScope(shield=True):
            await trio.to_thread.run_sync(pool.close)
        raise
    store = PostgresStore(
        url,
        pool=pool,
        pool_size=pool_size,
        schema=schema,
        where=where,
        connect_timeout=timeout_s,
    )
    store.applied_migrations = tuple(applied)
    try:
        yield store
    finally:
        await store.aclose()


class PostgresStore(SqlStore):
    """The Store on a PostgreSQL database. Open it with `open_store("postgresql://...")`.

    `config_changes()` sees the changes made by every store on the same database and schema,
    in any process.
    """

    def __init__(
        self,
        url: str,
        *,
        pool: ConnectionPool[Conn],
        pool_size: int,
        schema: str,
        where: str,
        connect_timeout: int,
    ) -> None:
        self.url = redact(url)
        self.schema = schema
        """The schema of raptscallions' tables (the connection's default)."""
        self.applied_migrations: tuple[int, ...] = ()
        """The migration versions applied when this store opened (empty: none was due)."""
        self._conninfo = url
        self._pool = pool
        self._where = where
        self._connect_timeout = connect_timeout
        self._limiter = trio.CapacityLimiter(pool_size)
        self._closed = False

    async def aclose(self) -> None:
        """Close the pool (connections in use close when given back).

        Cancellation: shielded; the pool is always closed.
        """
        if self._closed:
            return
        self._closed = True
        with trio.CancelScope(shield=True):
            await trio.to_thread.run_sync(self._pool.close)

    async def call(self, op: str, fn: Callable[[Conn], T]) -> T:
        """Run `fn(conn)` with a pooled connection in a worker thread, in a transaction
        committed when `fn` returns. For maintenance and tests: the store's methods go
        through the same path.

        Raises:
            StoreError: "`op` failed: ..." for a database error, or the store is closed.

        Cancellation: as `SqlStore` methods.
        """
        return await self._run(op, fn)

    async def _transact(self, op: str, fn: Callable[[Tx], T], *, write: bool) -> T:
        return await self._run(op, lambda conn: fn(_PgTx(conn, self.schema)))

    async def _run(self, op: str, fn: Callable[[Conn], T]) -> T:
        """The one way to the pool.

        Cancellation: the query is cancelled on the server and the transaction rolled back
        (a call that completed meanwhile stays done); then `Cancelled` is raised.
        """
        if self._closed:
            raise StoreError(f"{op} failed: the store is closed")
        pool = self._pool

        def work(interrupt: Interrupt) -> T:
            with pool.connection() as conn:
                interrupt.arm(partial(conn.cancel_safe, timeout=CANCEL_TIMEOUT_S))
                try:
                    return fn(conn)
                finally:
                    # Before the commit or rollback, and before another call gets the
                    # connection: neither may be cancelled on our behalf.
                    interrupt.disarm()

        try:
            return await run_blocking(work, self._limiter)
        except PoolTimeout as exc:
            raise StoreError(
                f"{op} failed: no connection to PostgreSQL at {self._where} ({_reason(exc)})"
            ) from None
        except psycopg.OperationalError as exc:
            raise StoreError(f"{op} failed: PostgreSQL at {self._where}: {_reason(exc)}") from None
        except psycopg.Error as exc:
            raise StoreError(f"{op} failed: {_reason(exc)}") from None

    def config_changes(self) -> AbstractAsyncContextManager[AsyncIterator[str]]:
        """Names of modules whose configuration changed in this database and schema (through
        any store, in any process), from entering the context on. A listener holds a
        connection of its own, outside the pool.

        Raises:
            StoreError: on entering, the server cannot be reached; while iterating, the
                connection was lost (changes may have been missed: read the configuration
                again after listening anew).

        Cancellation: waiting for the next name is cancellable (within `POLL_S`).
        """
        return self._listen()

    @asynccontextmanager
    async def _listen(self) -> AsyncIterator[AsyncIterator[str]]:
        limiter = trio.CapacityLimiter(1)  # the listener's connection: one thread at a time

        def connect(interrupt: Interrupt) -> Conn:
            conn = psycopg.connect(
                self._conninfo, autocommit=True, connect_timeout=self._connect_timeout
            )
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                if interrupt.requested:
                    raise Interrupted
            except BaseException:
                conn.close()
                raise
            return conn

        try:
            conn = await run_blocking(connect, limiter)
        except psycopg.Error as exc:
            raise StoreError(
                f"config_changes failed: cannot listen on PostgreSQL at {self._where}: "
                f"{_reason(exc)}"
            ) from None
        listener = _Listener(conn, limiter, self.schema, self._where)
        try:
            yield listener
        finally:
            listener.closed = True
            with trio.CancelScope(shield=True):
                await run_blocking(lambda _: conn.close(), limiter)


class _Listener:
    """The async iterator of `config_changes()`: module names, in the order notified."""

    def __init__(self, conn: Conn, limiter: trio.CapacityLimiter, schema: str, where: str) -> None:
        self.closed = False
        self._conn = conn
        self._limiter = limiter
        self._schema = schema
        self._where = where
        self._pending: deque[str] = deque()

    def __aiter__(self) -> _Listener:
        return self

    async def __anext__(self) -> str:
        while not self._pending:
            if self.closed:
                raise StoreError("config_changes failed: the listener is closed")
            try:
                payloads = await run_blocking(self._poll, self._limiter)
            except psycopg.Error as exc:
                raise StoreError(
                    f"config_changes failed: lost the connection to PostgreSQL at "
                    f"{self._where}: {_reason(exc)}"
                ) from None
            for payload in payloads:
                module = self._module_of(payload)
                if module is not None:
                    self._pending.append(module)
        return self._pending.popleft()

    def _poll(self, interrupt: Interrupt) -> list[str]:
        return [n.payload for n in self._conn.notifies(timeout=POLL_S, stop_after=1)]

    def _module_of(self, payload: str) -> str | None:
        try:
            message = json.loads(payload)
        except ValueError:
            return None  # someone else's NOTIFY on our channel
        if not isinstance(message, dict) or message.get("schema") != self._schema:
            return None
        module = message.get("module")
        return module if isinstance(module, str) else None
