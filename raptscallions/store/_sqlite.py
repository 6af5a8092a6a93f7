"""The SQLite backend: the embedded default, one file in WAL mode, no server.

Rules of this file: one stdlib `sqlite3` connection (autocommit mode, explicit transactions),
used by one worker thread at a time (a `CapacityLimiter(1)`), never from the trio thread; a
cancelled call interrupts its statement (`Connection.interrupt`). Timestamps are fixed-width
ISO-8601 UTC text and JSON is text (see `_sql`). Configuration changes are announced in this
process only: to every `config_changes()` listener of a store on the same file.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from typing import Any, Final, TypeVar

import trio

from ._base import StoreError
from ._blocking import Interrupt, run_blocking
from ._migrations import migrate_sqlite
from ._sql import SqlStore, Tx, ts_text, utc

T = TypeVar("T")

BUSY_TIMEOUT_S: Final = 5.0


# ------------------------------------------------------------------ change broadcast


class _Subscriber:
    def __init__(self) -> None:
        self.token = trio.lowlevel.current_trio_token()
        self.pending: deque[str] = deque()
        self.wakeup = trio.Event()
        self.closed = False

    def push(self, name: str) -> None:  # in the subscriber's trio thread
        self.pending.append(name)
        self.wakeup.set()

    def __aiter__(self) -> _Subscriber:
        return self

    async def __anext__(self) -> str:
        while not self.pending:
            if self.closed:
                raise StoreError("config_changes failed: the listener is closed")
            self.wakeup = trio.Event()
            await self.wakeup.wait()
        return self.pending.popleft()


class _Broadcast:
    """Names of changed modules, to the listeners of every store on one database file."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: set[_Subscriber] = set()

    def publish(self, name: str) -> None:
        """From any thread (the worker that committed the change)."""
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            with contextlib.suppress(trio.RunFinishedError):
                subscriber.token.run_sync_soon(subscriber.push, name)

    @asynccontextmanager
    async def subscribe(self) -> AsyncIterator[AsyncIterator[str]]:
        subscriber = _Subscriber()
        with self._lock:
            self._subscribers.add(subscriber)
        try:
            yield subscriber
        finally:
            with self._lock:
                self._subscribers.discard(subscriber)
            subscriber.closed = True


_broadcasts: dict[str, _Broadcast] = {}
_broadcasts_lock = threading.Lock()


def _broadcast_for(path: str) -> _Broadcast:
    if path == ":memory:":
        return _Broadcast()  # a database of its own
    key = os.path.realpath(path)
    with _broadcasts_lock:
        return _broadcasts.setdefault(key, _Broadcast())


# ------------------------------------------------------------------ the store


class _SqliteTx:
    json_param = "?"
    config_key = "(module_name, scope_type, COALESCE(scope_id, ''))"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.changed: list[str] = []

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return self.conn.execute(sql, params).fetchall()

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(sql, params).rowcount

    def run_many(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, params)

    def ts(self, value: datetime) -> str:
        return ts_text(value)

    def read_ts(self, value: Any) -> datetime:
        return utc(datetime.fromisoformat(value))

    def read_json(self, value: Any) -> Any:
        return None if value is None else json.loads(value)

    def config_changed(self, module: str) -> None:
        self.changed.append(module)

    def lock_session(self, session_id: str) -> None:
        pass  # a write transaction (BEGIN IMMEDIATE) is the database's one writer already


def _enter_wal(conn: sqlite3.Connection) -> None:
    """Switch `conn`'s file to WAL mode, waiting out other connections doing the same.

    Changing the journal mode of a fresh file takes an exclusive lock, and SQLite reports
    "database is locked" at once (without its busy handler) when another connection holds
    it, as when several engines open one new file together. So the switch is retried for
    up to `BUSY_TIMEOUT_S`, as the busy handler would.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.001
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def sqlite_path(url: str) -> str:
    """The file of a `sqlite:///relative/path.db`, `sqlite:////absolute/path.db` or
    `sqlite:///:memory:` URL (SQLAlchemy's convention; `sqlite://` alone is in memory too).

    Raises: StoreError for any other form.
    """
    scheme, _, rest = url.partition("://")
    if scheme.lower() != "sqlite":
        raise StoreError(f"not a SQLite URL: {url!r}")
    if rest == "":
        return ":memory:"
    if not rest.startswith("/") or rest == "/":
        raise StoreError(
            f"bad SQLite URL {url!r}: use sqlite:///relative/path.db, "
            "sqlite:////absolute/path.db or sqlite:///:memory:"
        )
    return rest[1:]


@asynccontextmanager
async def open_sqlite(url: str) -> AsyncIterator[SqliteStore]:
    """Open (creating it if needed) and migrate the database of a `sqlite://` URL; close it
    on exit.

    Raises:
        StoreError: a bad URL, a file that cannot be opened, or a failed migration.

    Cancellation: opening interrupts a migration in progress (it is rolled back); closing is
    shielded.
    """
    path = sqlite_path(url)

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        try:
            _enter_wal(conn)
            # WAL with NORMAL: a commit survives a crash of the process (not of the machine
            # losing power before the next checkpoint); FULL would fsync every commit.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        except BaseException:
            conn.close()
            raise
        return conn

    try:
        conn = await trio.to_thread.run_sync(connect)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the SQLite database {path!r}: {exc}") from None
    store = SqliteStore(url, path, conn)
    try:
        applied = await store.call("migrate", migrate_sqlite, write=False)
        store.applied_migrations = tuple(applied)
        yield store
    finally:
        await store.aclose()


class SqliteStore(SqlStore):
    """The Store on one SQLite file. Open it with `open_store("sqlite:///path.db")`.

    `config_changes()` sees the changes made through any store of this process on the same
    file (an in-process broadcast), not those of other processes.
    """

    def __init__(self, url: str, path: str, conn: sqlite3.Connection) -> None:
        self.url = url
        self.path = path
        self.applied_migrations: tuple[int, ...] = ()
        """The migration versions applied when this store opened (empty: none was due)."""
        self._conn = conn
        self._limiter = trio.CapacityLimiter(1)
        self._broadcast = _broadcast_for(path)
        self._closed = False

    async def aclose(self) -> None:
        """Close the connection once the call in progress (if any) is done.

        Cancellation: shielded; the connection is always closed.
        """
        if self._closed:
            return
        self._closed = True
        with trio.CancelScope(shield=True):
            await run_blocking(lambda _: self._conn.close(), self._limiter)

    def config_changes(self) -> AbstractAsyncContextManager[AsyncIterator[str]]:
        """Names of modules whose configuration changed through a store of this process on
        the same database file, from entering the context on.

        Cancellation: waiting for the next name is cancellable.
        """
        return self._broadcast.subscribe()

    async def call(
        self, op: str, fn: Callable[[sqlite3.Connection], T], *, write: bool = True
    ) -> T:
        """Run `fn(conn)` in the store's worker thread, in a `BEGIN IMMEDIATE` transaction if
        `write` (committed if `fn` returns, rolled back if it raises). For maintenance and
        tests: the store's methods go through the same path.

        Raises:
            StoreError: "`op` failed: ..." for a database error, or the store is closed.

        Cancellation: as `SqlStore` methods.
        """
        return await self._run(op, lambda tx: fn(tx.conn), write=write)

    async def _transact(self, op: str, fn: Callable[[Tx], T], *, write: bool) -> T:
        return await self._run(op, fn, write=write)

    async def _run(self, op: str, fn: Callable[[_SqliteTx], T], *, write: bool) -> T:
        """The one way to the connection.

        Cancellation: the running statement is interrupted and the transaction rolled back
        (a call that completed meanwhile stays done); then `Cancelled` is raised.
        """
        if self._closed:
            raise StoreError(f"{op} failed: the store is closed")
        conn = self._conn

        def work(interrupt: Interrupt) -> T:
            if conn.in_transaction:  # left by a failed rollback: never build on it
                conn.execute("ROLLBACK")
            tx = _SqliteTx(conn)
            interrupt.arm(conn.interrupt)
            try:
                if write:
                    conn.execute("BEGIN IMMEDIATE")
                result = fn(tx)
                if write:
                    conn.execute("COMMIT")
            except BaseException:
                interrupt.disarm()  # an interrupt must not hit the rollback
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            finally:
                interrupt.disarm()
            # Announced from the worker, right after the commit: even if the caller is
            # cancelled now, a change that is made is announced.
            for module in tx.changed:
                self._broadcast.publish(module)
            return result

        try:
            return await run_blocking(work, self._limiter)
        except (sqlite3.Error, OverflowError) as exc:
            raise StoreError(f"{op} failed: {exc}") from None
