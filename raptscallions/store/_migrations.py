"""Versioned schema migrations, applied when a store opens.

Rules of this file: a released migration never changes (add a new one); versions run 1, 2, ...
without gaps. Each migration is applied in its own transaction together with its row in
`raptscallions_migrations(version, name, applied_at)`, under a lock (SQLite: `BEGIN IMMEDIATE`;
PostgreSQL: an advisory lock per schema), so engines that start together apply it once, and a
failing migration leaves nothing behind. Tables go in the connection's default schema
(PostgreSQL: the first existing schema of `search_path`). Ids are opaque TEXT (the host
platform's) and no foreign key points at a table raptscallions does not own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs

from ..sdk._context import utcnow
from ._base import StoreError
from ._sql import ts_text

if TYPE_CHECKING:
    import psycopg


@attrs.frozen
class Migration:
    """One step of the schema, in each backend's dialect (statements run in order)."""

    version: int
    name: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]


_SQLITE_INITIAL: Final = (
    """
    CREATE TABLE module_configs (
        id TEXT NOT NULL PRIMARY KEY,
        module_name TEXT NOT NULL,
        scope_type TEXT NOT NULL CHECK (scope_type IN ('global', 'group', 'class', 'tool')),
        scope_id TEXT,
        config TEXT NOT NULL DEFAULT '{}',
        enabled INTEGER CHECK (enabled IN (0, 1)),
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CONSTRAINT module_configs_global_scope CHECK ((scope_type = 'global') = (scope_id IS NULL))
    )
    """,
    # SQLite has no NULLS NOT DISTINCT: the global row (scope_id NULL) is kept unique this way.
    """
    CREATE UNIQUE INDEX module_configs_scope_key
        ON module_configs (module_name, scope_type, COALESCE(scope_id, ''))
    """,
    """
    CREATE TABLE module_logs (
        id TEXT NOT NULL PRIMARY KEY,
        module_name TEXT NOT NULL,
        level TEXT NOT NULL,
        message TEXT NOT NULL,
        data TEXT,
        session_id TEXT,
        request_id TEXT,
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX module_logs_module ON module_logs (module_name, created_at DESC)",
    "CREATE INDEX module_logs_created ON module_logs (created_at DESC)",
    """
    CREATE TABLE extractions (
        id TEXT NOT NULL PRIMARY KEY,
        module TEXT NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL,
        user_id TEXT,
        session_id TEXT,
        run_id TEXT,
        class_id TEXT,
        request_id TEXT,
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX extractions_user_session ON extractions (user_id, session_id, created_at)",
    "CREATE INDEX extractions_user_type ON extractions (user_id, type, created_at)",
    "CREATE INDEX extractions_user_class ON extractions (user_id, class_id, created_at)",
    "CREATE INDEX extractions_module ON extractions (module, created_at)",
    "CREATE INDEX extractions_created ON extractions (created_at)",
    """
    CREATE TABLE sessions (
        id TEXT NOT NULL PRIMARY KEY,
        user_id TEXT NOT NULL,
        tool_id TEXT NOT NULL,
        class_id TEXT,
        group_id TEXT,
        state TEXT NOT NULL DEFAULT 'active'
            CHECK (state IN ('active', 'paused', 'completed')),
        started_at TEXT NOT NULL,
        ended_at TEXT
    )
    """,
    "CREATE INDEX sessions_user ON sessions (user_id, started_at)",
    """
    CREATE TABLE messages (
        id TEXT NOT NULL PRIMARY KEY,
        session_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
        content TEXT NOT NULL,
        seq INTEGER NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
    # An index of its own (not a table constraint), so that it has this name as on PostgreSQL.
    "CREATE UNIQUE INDEX messages_session_seq ON messages (session_id, seq)",
)

# JSON (not JSONB) keeps the text as written: JSONB would turn 1e300 into an integer.
_POSTGRES_INITIAL: Final = (
    """
    CREATE TABLE module_configs (
        id TEXT PRIMARY KEY,
        module_name TEXT NOT NULL,
        scope_type TEXT NOT NULL CHECK (scope_type IN ('global', 'group', 'class', 'tool')),
        scope_id TEXT,
        config JSON NOT NULL DEFAULT '{}',
        enabled BOOLEAN,
        created_by TEXT,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        CONSTRAINT module_configs_global_scope
            CHECK ((scope_type = 'global') = (scope_id IS NULL)),
        CONSTRAINT module_configs_scope_key
            UNIQUE NULLS NOT DISTINCT (module_name, scope_type, scope_id)
    )
    """,
    """
    CREATE TABLE module_logs (
        id TEXT PRIMARY KEY,
        module_name TEXT NOT NULL,
        level TEXT NOT NULL,
        message TEXT NOT NULL,
        data JSON,
        session_id TEXT,
        request_id TEXT,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )
    """,
    "CREATE INDEX module_logs_module ON module_logs (module_name, created_at DESC)",
    "CREATE INDEX module_logs_created ON module_logs (created_at DESC)",
    """
    CREATE TABLE extractions (
        id TEXT PRIMARY KEY,
        module TEXT NOT NULL,
        type TEXT NOT NULL,
        data JSON NOT NULL,
        user_id TEXT,
        session_id TEXT,
        run_id TEXT,
        class_id TEXT,
        request_id TEXT,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )
    """,
    "CREATE INDEX extractions_user_session ON extractions (user_id, session_id, created_at)",
    "CREATE INDEX extractions_user_type ON extractions (user_id, type, created_at)",
    "CREATE INDEX extractions_user_class ON extractions (user_id, class_id, created_at)",
    "CREATE INDEX extractions_module ON extractions (module, created_at)",
    "CREATE INDEX extractions_created ON extractions (created_at)",
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        tool_id TEXT NOT NULL,
        class_id TEXT,
        group_id TEXT,
        state TEXT NOT NULL DEFAULT 'active'
            CHECK (state IN ('active', 'paused', 'completed')),
        started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        ended_at TIMESTAMPTZ
    )
    """,
    "CREATE INDEX sessions_user ON sessions (user_id, started_at)",
    """
    CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
        content TEXT NOT NULL,
        seq BIGINT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        CONSTRAINT messages_session_seq UNIQUE (session_id, seq)
    )
    """,
)

# The pipelines: what a session needs to be resumed by any process (its tool, group, class and
# assignment, as JSON), messages marked when their AI call failed (a retry settles the mark
# instead of storing the message twice), and the runs of product tools.
_SQLITE_PIPELINES: Final = (
    "ALTER TABLE sessions ADD COLUMN context TEXT NOT NULL DEFAULT '{}'",
    """
    ALTER TABLE messages ADD COLUMN status TEXT NOT NULL DEFAULT 'ok'
        CHECK (status IN ('ok', 'failed', 'blocked'))
    """,
    """
    CREATE TABLE runs (
        id TEXT NOT NULL PRIMARY KEY,
        tool_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        class_id TEXT,
        group_id TEXT,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'complete', 'failed', 'blocked')),
        input TEXT NOT NULL DEFAULT '{}',
        output TEXT,
        reason TEXT,
        error TEXT,
        created_at TEXT NOT NULL,
        completed_at TEXT
    )
    """,
    "CREATE INDEX runs_user ON runs (user_id, created_at)",
    "CREATE INDEX runs_tool ON runs (tool_id, created_at)",
)

_POSTGRES_PIPELINES: Final = (
    "ALTER TABLE sessions ADD COLUMN context JSON NOT NULL DEFAULT '{}'",
    """
    ALTER TABLE messages ADD COLUMN status TEXT NOT NULL DEFAULT 'ok'
        CHECK (status IN ('ok', 'failed', 'blocked'))
    """,
    """
    CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        tool_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        class_id TEXT,
        group_id TEXT,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'complete', 'failed', 'blocked')),
        input JSON NOT NULL DEFAULT '{}',
        output JSON,
        reason TEXT,
        error TEXT,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        completed_at TIMESTAMPTZ
    )
    """,
    "CREATE INDEX runs_user ON runs (user_id, created_at)",
    "CREATE INDEX runs_tool ON runs (tool_id, created_at)",
)

# Several servers on one database: a session's turn is leased in its row (so one server at a
# time handles its next message, whichever server the message reached), and an operator's
# enable/disable of a module is kept (so every server, and a restarted one, follows it).
_SQLITE_SERVING: Final = (
    "ALTER TABLE sessions ADD COLUMN turn_owner TEXT",
    "ALTER TABLE sessions ADD COLUMN turn_until TEXT",
    """
    CREATE TABLE module_states (
        module_name TEXT NOT NULL PRIMARY KEY,
        disabled INTEGER NOT NULL CHECK (disabled IN (0, 1)),
        reason TEXT,
        updated_at TEXT NOT NULL
    )
    """,
)

_POSTGRES_SERVING: Final = (
    "ALTER TABLE sessions ADD COLUMN turn_owner TEXT",
    "ALTER TABLE sessions ADD COLUMN turn_until TIMESTAMPTZ",
    """
    CREATE TABLE module_states (
        module_name TEXT PRIMARY KEY,
        disabled BOOLEAN NOT NULL,
        reason TEXT,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )
    """,
)

# The OpenAI-compatible gateway: API keys, each mapped to a tool, kept as a hash (the key is
# shown once). A revoked key stays, for the record.
_SQLITE_API_KEYS: Final = (
    """
    CREATE TABLE api_keys (
        id TEXT NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        tool_id TEXT NOT NULL,
        key_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
    )
    """,
    "CREATE UNIQUE INDEX api_keys_key_hash ON api_keys (key_hash)",
)

_POSTGRES_API_KEYS: Final = (
    """
    CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        tool_id TEXT NOT NULL,
        key_hash TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_used_at TIMESTAMPTZ,
        revoked_at TIMESTAMPTZ,
        CONSTRAINT api_keys_key_hash UNIQUE (key_hash)
    )
    """,
)

MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(1, "initial schema", _SQLITE_INITIAL, _POSTGRES_INITIAL),
    Migration(
        2,
        "pipelines: session context, message status, product runs",
        _SQLITE_PIPELINES,
        _POSTGRES_PIPELINES,
    ),
    Migration(
        3,
        "serving: session turn leases, module states",
        _SQLITE_SERVING,
        _POSTGRES_SERVING,
    ),
    Migration(4, "gateway: API keys", _SQLITE_API_KEYS, _POSTGRES_API_KEYS),
)

TABLE: Final = "raptscallions_migrations"

_SQLITE_TABLE: Final = f"""
    CREATE TABLE IF NOT EXISTS {TABLE} (
        version INTEGER NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
    )
"""
_POSTGRES_TABLE: Final = f"""
    CREATE TABLE IF NOT EXISTS {TABLE} (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )
"""


def check_sequence(migrations: Sequence[Migration]) -> None:
    """Raises: ValueError unless versions run 1, 2, ... (a programming error)."""
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migration versions must run 1, 2, ... without gaps (got {versions})")


check_sequence(MIGRATIONS)


def pending(done: Mapping[int, str], migrations: Sequence[Migration]) -> list[Migration]:
    """The migrations not in `done` (version → name, as recorded), in order.

    Raises:
        StoreError: the database records a migration this build does not know (it was
            migrated by a newer raptscallions) or knows by another name.
    """
    known = {m.version: m for m in migrations}
    for version, name in sorted(done.items()):
        migration = known.get(version)
        if migration is None:
            raise StoreError(
                f"the database schema is at version {max(done)}, newer than this raptscallions "
                f"knows (up to {len(migrations)}): upgrade raptscallions, or use another database"
            )
        if migration.name != name:
            raise StoreError(
                f"the database records migration {version} as {name!r} but this raptscallions "
                f"knows it as {migration.name!r}: the database was migrated by another build"
            )
    return [m for m in migrations if m.version not in done]


def migrate_sqlite(
    conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS
) -> list[int]:
    """Apply the pending migrations to an autocommit (`isolation_level=None`) connection.

    Returns the versions applied now (empty when the schema was up to date).

    Raises:
        StoreError: see `pending`.
        sqlite3.Error: a statement failed (its migration is rolled back).
    """
    applied: list[int] = []
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(_SQLITE_TABLE)
            done = dict(conn.execute(f"SELECT version, name FROM {TABLE}").fetchall())
            todo = pending(done, migrations)
            if todo:
                for statement in todo[0].sqlite:
                    conn.execute(statement)
                conn.execute(
                    f"INSERT INTO {TABLE} (version, name, applied_at) VALUES (?, ?, ?)",
                    (todo[0].version, todo[0].name, ts_text(utcnow())),
                )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if not todo:
            return applied
        applied.append(todo[0].version)


def migrate_postgres(
    conn: psycopg.Connection[Any], migrations: Sequence[Migration] = MIGRATIONS
) -> list[int]:
    """Apply the pending migrations through a non-autocommit connection.

    Returns the versions applied now (empty when the schema was up to date).

    Raises:
        StoreError: no schema to create tables in, or see `pending`.
        psycopg.Error: a statement failed (its migration is rolled back).
    """
    applied: list[int] = []
    while True:
        with conn.transaction():
            row = conn.execute("SELECT current_schema(), current_setting('search_path')").fetchone()
            if row is None or row[0] is None:
                path = row[1] if row else "?"
                raise StoreError(
                    f"no schema to create raptscallions' tables in: search_path ({path}) names "
                    "no existing schema; create the schema or fix `options=-c search_path=...`"
                )
            # Per schema, so that separate deployments in one database do not wait on each other.
            conn.execute(
                "SELECT pg_advisory_xact_lock(hashtext(%s), hashtext(current_schema()))", (TABLE,)
            )
            conn.execute(_POSTGRES_TABLE)
            done: dict[int, str] = {
                version: name
                for version, name in conn.execute(f"SELECT version, name FROM {TABLE}").fetchall()
            }
            todo = pending(done, migrations)
            if todo:
                for statement in todo[0].postgres:
                    conn.execute(statement)
                conn.execute(
                    f"INSERT INTO {TABLE} (version, name) VALUES (%s, %s)",
                    (todo[0].version, todo[0].name),
                )
        if not todo:
            return applied
        applied.append(todo[0].version)
