"""The Store's SQL, shared by both backends: `SqlStore` implements the protocol over one
primitive, `_transact(op, fn)`, which a backend provides (a worker thread, a connection, a
transaction, errors turned into StoreError).

Rules of this file: SQL uses `?` placeholders and no other `?` or `%` (the PostgreSQL backend
turns `?` into `%s`). Timestamps are stored in UTC; a naive datetime is read as UTC, as on the
wire. JSON is stored as `json.dumps` text (NaN refused), so a dict reads back equal to what
was written. Every method checks its arguments before touching the database.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import Any, Final, Protocol, TypeVar, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import attrs

from ..sdk._context import LogLevel, utcnow
from ..sdk._db import ExtractionQuery, StoredExtraction
from ._base import (
    SCOPE_TYPES,
    ApiKeyRow,
    ConfigRow,
    LogRow,
    MessageRow,
    MessageStatus,
    ModuleState,
    NewMessage,
    RunRow,
    RunState,
    ScopeType,
    SessionRow,
    StoreError,
)

T = TypeVar("T")
R = TypeVar("R")

EXTRACTION_COLUMNS: Final = (
    "id, module, type, data, created_at, user_id, session_id, run_id, class_id, request_id"
)
LOG_COLUMNS: Final = "id, module_name, level, message, data, session_id, request_id, created_at"
LOG_LEVELS: Final = ("debug", "info", "warning", "error")  # lowest first
CONFIG_COLUMNS: Final = "module_name, scope_type, scope_id, config, enabled, updated_at"
SESSION_COLUMNS: Final = (
    "id, user_id, tool_id, state, class_id, group_id, started_at, ended_at, context"
)
MESSAGE_COLUMNS: Final = "id, session_id, role, content, seq, created_at, status"
RUN_COLUMNS: Final = (
    "id, tool_id, user_id, input, state, output, reason, error, class_id, group_id,"
    " created_at, completed_at"
)
API_KEY_COLUMNS: Final = "id, name, tool_id, key_hash, created_at, last_used_at, revoked_at"
MESSAGE_STATUSES: Final = ("ok", "failed", "blocked")
RUN_STATES: Final = ("pending", "complete", "failed", "blocked")

# list_configs order: by module, then from the broadest scope to the narrowest.
_CONFIG_ORDER: Final = (
    "module_name, CASE scope_type WHEN 'global' THEN 0 WHEN 'group' THEN 1 "
    "WHEN 'class' THEN 2 ELSE 3 END, scope_id"
)
_CHUNK: Final = 500  # ids per IN (...) list


# ------------------------------------------------------------------ values


def new_id() -> str:
    return uuid.uuid4().hex


def redact(url: str) -> str:
    """`url` without its password (in the authority or a `password=` query parameter)."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if parts.password is not None:
            userinfo, _, hostport = netloc.rpartition("@")
            netloc = f"{userinfo.split(':', 1)[0]}:***@{hostport}"
        query = parts.query
        if "password" in query:
            pairs = parse_qsl(query, keep_blank_values=True)
            query = urlencode([(k, "***" if k == "password" else v) for k, v in pairs], safe="*")
        if (netloc, query) == (parts.netloc, parts.query):
            return url
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return url.split("://", 1)[0] + "://..."


def utc(value: datetime) -> datetime:
    """`value` as an aware UTC datetime (a naive one is taken to be UTC already)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def ts_text(value: datetime) -> str:
    """SQLite's form: `2024-05-01T12:00:00.000000+00:00`, fixed width, so text order is
    time order."""
    return utc(value).isoformat(timespec="microseconds")


def dump_json(value: Any, op: str, what: str) -> str:
    """Raises: StoreError naming `op` and `what` if `value` is not JSON."""
    try:
        return json.dumps(value, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        raise StoreError(f"{op} failed: {what} is not JSON-serializable ({exc})") from None


def check_scope(op: str, module: str, scope_type: str, scope_id: str | None) -> None:
    """Raises: StoreError unless `scope_type` is known and `scope_id` is None exactly for
    the global scope (and a non-empty string otherwise)."""
    if scope_type not in SCOPE_TYPES:
        raise StoreError(
            f"{op} failed for module {module!r}: scope_type must be one of "
            f"{', '.join(SCOPE_TYPES)} (got {scope_type!r})"
        )
    if scope_type == "global":
        if scope_id is not None:
            raise StoreError(
                f"{op} failed for module {module!r}: scope_id must be None for the global "
                f"scope (got {scope_id!r})"
            )
    elif not isinstance(scope_id, str) or not scope_id:
        raise StoreError(
            f"{op} failed for module {module!r}: scope_id must be a non-empty string for "
            f"the {scope_type} scope (got {scope_id!r})"
        )


def check_limit(op: str, limit: int) -> None:
    """Raises: StoreError unless `limit` is a non-negative integer."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise StoreError(f"{op} failed: limit must be a non-negative integer (got {limit!r})")


def extraction_where(
    query: ExtractionQuery, ts: Callable[[datetime], Any]
) -> tuple[str, list[Any]]:
    """The WHERE clause of `raptscallions.sdk._db.matches`: user equality always, the other
    filters when not None, `since` inclusive. A NULL column never equals a parameter, as None
    never equals a string in `matches`."""
    clauses = ["user_id = ?"]
    params: list[Any] = [query.user_id]
    for column, value in (
        ("session_id", query.session_id),
        ("class_id", query.class_id),
        ("type", query.type),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if query.since is not None:
        clauses.append("created_at >= ?")
        params.append(ts(query.since))
    return " AND ".join(clauses), params


def equality_where(filters: Iterable[tuple[str, Any]]) -> tuple[str, list[Any]]:
    """`column = ? AND ...` for the filters whose value is not None."""
    used = [(column, value) for column, value in filters if value is not None]
    if not used:
        return "1 = 1", []
    return " AND ".join(f"{column} = ?" for column, _ in used), [v for _, v in used]


def _scope_where(scope_id: str | None) -> tuple[str, list[Any]]:
    # `scope_id IS NULL` rather than IS NOT DISTINCT FROM, which PostgreSQL cannot index.
    if scope_id is None:
        return "module_name = ? AND scope_type = ? AND scope_id IS NULL", []
    return "module_name = ? AND scope_type = ? AND scope_id = ?", [scope_id]


def unique_by_id(op: str, kind: str, rows: Iterable[tuple[str, R]]) -> dict[str, R]:
    """`rows` (id, row) by id; the same row twice is kept once.

    Raises: StoreError if one id comes with two different rows.
    """
    by_id: dict[str, R] = {}
    for row_id, row in rows:
        if by_id.setdefault(row_id, row) != row:
            raise StoreError(f"{op} failed: two different {kind}s in one batch have id {row_id!r}")
    return by_id


def not_stored(
    op: str,
    kind: str,
    rows: Mapping[str, R],
    stored: Mapping[str, R],
    as_stored: Callable[[R], R],
) -> list[R]:
    """The rows to insert: those not in `stored` yet. A row stored already and equal (once
    `as_stored`, i.e. its data through JSON) is skipped, so a batch retried after an
    ambiguous failure (a commit whose answer was lost) is written once.

    Raises: StoreError if an id is stored with different content (ids must be unique).
    """
    for row_id, row in stored.items():
        if as_stored(rows[row_id]) != row:
            raise StoreError(
                f"{op} failed: {kind} id {row_id!r} is already stored with different content "
                f"({kind} ids must be unique)"
            )
    return [row for row_id, row in rows.items() if row_id not in stored]


# ------------------------------------------------------------------ transactions


class Tx(Protocol):
    """One transaction of a backend, in the worker thread."""

    json_param: str  # the placeholder of a JSON value (`?`, or `?::json`)
    config_key: str  # the ON CONFLICT target of module_configs' scope key

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]: ...
    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Execute; the number of rows changed."""
        ...

    def run_many(self, sql: str, params: Sequence[Sequence[Any]]) -> None: ...
    def ts(self, value: datetime) -> Any:
        """The parameter for a timestamp."""
        ...

    def read_ts(self, value: Any) -> datetime: ...
    def read_json(self, value: Any) -> Any: ...
    def config_changed(self, module: str) -> None:
        """Announce a change of `module`'s configuration once the transaction commits."""
        ...

    def lock_session(self, session_id: str) -> None:
        """Hold the session's lock until the transaction ends (writers of one session's
        messages queue here, in any process)."""
        ...


def _stored_by_id(tx: Tx, table: str, columns: str, ids: Sequence[str]) -> list[Sequence[Any]]:
    found: list[Sequence[Any]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        found += tx.rows(f"SELECT {columns} FROM {table} WHERE id IN ({marks})", chunk)
    return found


def _extraction(tx: Tx, row: Sequence[Any]) -> StoredExtraction:
    return StoredExtraction(
        id=row[0],
        module=row[1],
        type=row[2],
        data=tx.read_json(row[3]),
        created_at=tx.read_ts(row[4]),
        user_id=row[5],
        session_id=row[6],
        run_id=row[7],
        class_id=row[8],
        request_id=row[9],
    )


def _log(tx: Tx, row: Sequence[Any]) -> LogRow:
    data = tx.read_json(row[4])
    return LogRow(
        id=row[0],
        module=row[1],
        level=cast(LogLevel, row[2]),
        message=row[3],
        data={} if data is None else data,
        session_id=row[5],
        request_id=row[6],
        created_at=tx.read_ts(row[7]),
    )


def _config(tx: Tx, row: Sequence[Any]) -> ConfigRow:
    return ConfigRow(
        module=row[0],
        scope_type=cast(ScopeType, row[1]),
        scope_id=row[2],
        config=tx.read_json(row[3]),
        enabled=None if row[4] is None else bool(row[4]),
        updated_at=tx.read_ts(row[5]),
    )


def _session(tx: Tx, row: Sequence[Any]) -> SessionRow:
    return SessionRow(
        id=row[0],
        user_id=row[1],
        tool_id=row[2],
        state=row[3],
        class_id=row[4],
        group_id=row[5],
        started_at=tx.read_ts(row[6]),
        ended_at=None if row[7] is None else tx.read_ts(row[7]),
        context=tx.read_json(row[8]) or {},
    )


def _message(tx: Tx, row: Sequence[Any]) -> MessageRow:
    return MessageRow(
        id=row[0],
        session_id=row[1],
        role=row[2],
        content=row[3],
        seq=row[4],
        created_at=tx.read_ts(row[5]),
        status=row[6],
    )


def _state(tx: Tx, row: Sequence[Any]) -> ModuleState:
    return ModuleState(
        module=row[0], disabled=bool(row[1]), reason=row[2], updated_at=tx.read_ts(row[3])
    )


def _run(tx: Tx, row: Sequence[Any]) -> RunRow:
    return RunRow(
        id=row[0],
        tool_id=row[1],
        user_id=row[2],
        input=tx.read_json(row[3]) or {},
        state=row[4],
        output=tx.read_json(row[5]),
        reason=row[6],
        error=row[7],
        class_id=row[8],
        group_id=row[9],
        created_at=tx.read_ts(row[10]),
        completed_at=None if row[11] is None else tx.read_ts(row[11]),
    )


def _api_key(tx: Tx, row: Sequence[Any]) -> ApiKeyRow:
    return ApiKeyRow(
        id=row[0],
        name=row[1],
        tool_id=row[2],
        key_hash=row[3],
        created_at=tx.read_ts(row[4]),
        last_used_at=None if row[5] is None else tx.read_ts(row[5]),
        revoked_at=None if row[6] is None else tx.read_ts(row[6]),
    )


def _is_sha256_hex(value: object) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


class SqlStore:
    """The Store protocol in SQL, over a backend's `_transact`."""

    url: str

    async def _transact(self, op: str, fn: Callable[[Tx], T], *, write: bool) -> T:
        """Run `fn` in a transaction in a worker thread (committed if `fn` returns).

        Raises:
            StoreError: "`op` failed: ..." for a database error.
        """
        raise NotImplementedError

    def config_changes(self) -> AbstractAsyncContextManager[AsyncIterator[str]]:
        raise NotImplementedError

    # -------------------------------------------------------- extractions and logs

    async def insert_extractions(self, rows: Sequence[StoredExtraction]) -> None:
        """Write a batch in one transaction. A row stored already (same id, same content)
        is skipped, so that a batch retried after an ambiguous failure is written once.

        Raises:
            StoreError: a database error, data that is not JSON, or an id stored with
                different content; then nothing of the batch is written.

        Cancellation: the batch is written wholly or not at all.
        """
        op = "insert_extractions"
        batch = unique_by_id(
            op, "extraction", ((r.id, attrs.evolve(r, created_at=utc(r.created_at))) for r in rows)
        )
        if not batch:
            return
        data = {r.id: dump_json(r.data, op, f"the data of extraction {r.id!r}") for r in rows}

        def insert(tx: Tx) -> None:
            found = _stored_by_id(tx, "extractions", EXTRACTION_COLUMNS, list(batch))
            stored = {row[0]: _extraction(tx, row) for row in found}
            new = not_stored(
                op,
                "extraction",
                batch,
                stored,
                lambda r: attrs.evolve(r, data=json.loads(data[r.id])),
            )
            if new:
                tx.run_many(
                    "INSERT INTO extractions (id, module, type, data, user_id, session_id,"
                    f" run_id, class_id, request_id, created_at) VALUES (?, ?, ?,"
                    f" {tx.json_param}, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            r.id,
                            r.module,
                            r.type,
                            data[r.id],
                            r.user_id,
                            r.session_id,
                            r.run_id,
                            r.class_id,
                            r.request_id,
                            tx.ts(r.created_at),
                        )
                        for r in new
                    ],
                )

        await self._transact(op, insert, write=True)

    async def insert_logs(self, rows: Sequence[LogRow]) -> None:
        """Write a batch in one transaction; a row without an id gets a fresh one. Rows with
        ids stored already are handled as by `insert_extractions`.

        Raises:
            StoreError: a database error or data that is not JSON; nothing is written.

        Cancellation: the batch is written wholly or not at all.
        """
        op = "insert_logs"
        normalized = [
            attrs.evolve(r, id=r.id or new_id(), created_at=utc(r.created_at)) for r in rows
        ]
        batch = unique_by_id(op, "log", ((cast(str, r.id), r) for r in normalized))
        if not batch:
            return
        data = {
            row_id: dump_json(r.data, op, f"the data of a log of module {r.module!r}")
            for row_id, r in batch.items()
        }

        def insert(tx: Tx) -> None:
            found = _stored_by_id(tx, "module_logs", LOG_COLUMNS, list(batch))
            stored = {row[0]: _log(tx, row) for row in found}
            new = not_stored(
                op,
                "log",
                batch,
                stored,
                lambda r: attrs.evolve(r, data=json.loads(data[cast(str, r.id)])),
            )
            if new:
                tx.run_many(
                    "INSERT INTO module_logs (id, module_name, level, message, data, session_id,"
                    f" request_id, created_at) VALUES (?, ?, ?, ?, {tx.json_param}, ?, ?, ?)",
                    [
                        (
                            r.id,
                            r.module,
                            r.level,
                            r.message,
                            data[cast(str, r.id)],
                            r.session_id,
                            r.request_id,
                            tx.ts(r.created_at),
                        )
                        for r in new
                    ],
                )

        await self._transact(op, insert, write=True)

    async def query_extractions(self, query: ExtractionQuery) -> list[StoredExtraction]:
        """Rows passing `raptscallions.sdk._db.matches(row, query)`, newest first (ties by id,
        descending), at most `query.limit`.

        Raises:
            StoreError: a database error or a negative limit.
        """
        op = "query_extractions"
        check_limit(op, query.limit)

        def select(tx: Tx) -> list[StoredExtraction]:
            where, params = extraction_where(query, tx.ts)
            found = tx.rows(
                f"SELECT {EXTRACTION_COLUMNS} FROM extractions WHERE {where}"
                " ORDER BY created_at DESC, id DESC LIMIT ?",
                [*params, query.limit],
            )
            return [_extraction(tx, row) for row in found]

        return await self._transact(op, select, write=False)

    async def count_extractions(self, query: ExtractionQuery) -> int:
        """How many rows pass `matches(row, query)` (the limit does not apply).

        Raises:
            StoreError: a database error.
        """

        def count(tx: Tx) -> int:
            where, params = extraction_where(query, tx.ts)
            (row,) = tx.rows(f"SELECT count(*) FROM extractions WHERE {where}", params)
            return int(row[0])

        return await self._transact("count_extractions", count, write=False)

    async def list_extractions(
        self,
        *,
        module: str | None = None,
        type: str | None = None,
        session_id: str | None = None,
        user_id: str | None = None,
        before: tuple[datetime, str] | None = None,
        limit: int = 100,
    ) -> list[StoredExtraction]:
        """For operators (not sandboxed): rows with every filter given, newest first (by
        `created_at`, then `id`), older than the cursor `before` if given.

        Raises:
            StoreError: a database error or a negative limit.
        """
        op = "list_extractions"
        check_limit(op, limit)
        where, params = equality_where(
            [("module", module), ("type", type), ("session_id", session_id), ("user_id", user_id)]
        )

        def select(tx: Tx) -> list[StoredExtraction]:
            clause, extra = where, list(params)
            if before is not None:
                at = tx.ts(before[0])
                clause += " AND (created_at < ? OR (created_at = ? AND id < ?))"
                extra += [at, at, before[1]]
            found = tx.rows(
                f"SELECT {EXTRACTION_COLUMNS} FROM extractions WHERE {clause}"
                " ORDER BY created_at DESC, id DESC LIMIT ?",
                [*extra, limit],
            )
            return [_extraction(tx, row) for row in found]

        return await self._transact(op, select, write=False)

    async def list_logs(
        self,
        *,
        module: str | None = None,
        level: str | None = None,
        min_level: LogLevel | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 100,
    ) -> list[LogRow]:
        """Log rows with every filter given, newest first: `level` exactly, or `min_level`
        and above; `since` and `until` bound `created_at` (inclusive).

        Raises:
            StoreError: a database error, a negative limit or an unknown `min_level`.
        """
        op = "list_logs"
        check_limit(op, limit)
        if min_level is not None and min_level not in LOG_LEVELS:
            raise StoreError(
                f"{op} failed: min_level must be one of {', '.join(LOG_LEVELS)} (got {min_level!r})"
            )
        where, params = equality_where([("module_name", module), ("level", level)])

        def select(tx: Tx) -> list[LogRow]:
            clause, extra = where, list(params)
            if min_level is not None:
                levels = LOG_LEVELS[LOG_LEVELS.index(min_level) :]
                clause += f" AND level IN ({', '.join('?' * len(levels))})"
                extra += levels
            if since is not None:
                clause += " AND created_at >= ?"
                extra.append(tx.ts(since))
            if until is not None:
                clause += " AND created_at <= ?"
                extra.append(tx.ts(until))
            found = tx.rows(
                f"SELECT {LOG_COLUMNS} FROM module_logs WHERE {clause}"
                " ORDER BY created_at DESC, id DESC LIMIT ?",
                [*extra, limit],
            )
            return [_log(tx, row) for row in found]

        return await self._transact(op, select, write=False)

    # -------------------------------------------------------- scoped configuration

    async def get_config(
        self, module: str, scope_type: ScopeType, scope_id: str | None
    ) -> ConfigRow | None:
        """The row of (module, scope_type, scope_id), or None.

        Raises:
            StoreError: a bad scope (see `set_config`) or a database error.
        """
        op = "get_config"
        check_scope(op, module, scope_type, scope_id)
        where, extra = _scope_where(scope_id)

        def select(tx: Tx) -> ConfigRow | None:
            found = tx.rows(
                f"SELECT {CONFIG_COLUMNS} FROM module_configs WHERE {where}",
                [module, scope_type, *extra],
            )
            return _config(tx, found[0]) if found else None

        return await self._transact(op, select, write=False)

    async def set_config(self, row: ConfigRow) -> ConfigRow:
        """Insert or replace the row of (module, scope_type, scope_id) — one global row per
        module — and announce the change. `updated_at` is the time of this write.

        Returns the row as stored.

        Raises:
            StoreError: an unknown scope_type, a scope_id that is not None for the global
                scope (or missing for another), a config that is not a JSON object, or a
                database error.

        Cancellation: the change is made (and announced) wholly or not at all.
        """
        op = "set_config"
        check_scope(op, row.module, row.scope_type, row.scope_id)
        if not isinstance(row.config, dict):
            raise StoreError(
                f"{op} failed for module {row.module!r}: config must be a dict "
                f"(got {type(row.config).__name__})"
            )
        if row.enabled is not None and not isinstance(row.enabled, bool):
            raise StoreError(
                f"{op} failed for module {row.module!r}: enabled must be True, False or None "
                f"(got {row.enabled!r})"
            )
        text = dump_json(row.config, op, f"the config of module {row.module!r}")
        now = utc(utcnow())

        def upsert(tx: Tx) -> None:
            tx.run(
                "INSERT INTO module_configs (id, module_name, scope_type, scope_id, config,"
                f" enabled, created_at, updated_at) VALUES (?, ?, ?, ?, {tx.json_param}, ?, ?, ?)"
                f" ON CONFLICT {tx.config_key} DO UPDATE SET config = excluded.config,"
                " enabled = excluded.enabled, updated_at = excluded.updated_at",
                (
                    new_id(),
                    row.module,
                    row.scope_type,
                    row.scope_id,
                    text,
                    row.enabled,
                    tx.ts(now),
                    tx.ts(now),
                ),
            )
            tx.config_changed(row.module)

        await self._transact(op, upsert, write=True)
        return attrs.evolve(row, config=json.loads(text), updated_at=now)

    async def delete_config(self, module: str, scope_type: ScopeType, scope_id: str | None) -> bool:
        """Delete the row of (module, scope_type, scope_id) and announce the change.

        Returns whether there was one.

        Raises:
            StoreError: a bad scope (see `set_config`) or a database error.
        """
        op = "delete_config"
        check_scope(op, module, scope_type, scope_id)
        where, extra = _scope_where(scope_id)

        def delete(tx: Tx) -> bool:
            deleted = tx.run(
                f"DELETE FROM module_configs WHERE {where}", [module, scope_type, *extra]
            )
            if deleted:
                tx.config_changed(module)
            return deleted > 0

        return await self._transact(op, delete, write=True)

    async def list_configs(self, module: str | None = None) -> list[ConfigRow]:
        """Every row (or `module`'s), by module, then from the broadest scope to the narrowest.

        Raises:
            StoreError: a database error.
        """
        where, params = equality_where([("module_name", module)])

        def select(tx: Tx) -> list[ConfigRow]:
            found = tx.rows(
                f"SELECT {CONFIG_COLUMNS} FROM module_configs WHERE {where}"
                f" ORDER BY {_CONFIG_ORDER}",
                params,
            )
            return [_config(tx, row) for row in found]

        return await self._transact("list_configs", select, write=False)

    # -------------------------------------------------------- sessions and messages

    async def create_session(self, row: SessionRow) -> SessionRow:
        """Insert a session; returns it as stored.

        Raises:
            StoreError: the id exists already, or a database error.
        """
        op = "create_session"
        if not isinstance(row.context, dict):
            raise StoreError(
                f"{op} failed: context must be a dict (got {type(row.context).__name__})"
            )
        context = dump_json(row.context, op, f"the context of session {row.id!r}")
        row = attrs.evolve(
            row,
            started_at=utc(row.started_at),
            ended_at=None if row.ended_at is None else utc(row.ended_at),
            context=json.loads(context),
        )

        def insert(tx: Tx) -> None:
            if tx.rows("SELECT 1 FROM sessions WHERE id = ?", [row.id]):
                raise StoreError(f"{op} failed: a session with id {row.id!r} exists already")
            tx.run(
                f"INSERT INTO sessions ({SESSION_COLUMNS})"
                f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, {tx.json_param})",
                (
                    row.id,
                    row.user_id,
                    row.tool_id,
                    row.state,
                    row.class_id,
                    row.group_id,
                    tx.ts(row.started_at),
                    None if row.ended_at is None else tx.ts(row.ended_at),
                    context,
                ),
            )

        await self._transact(op, insert, write=True)
        return row

    async def get_session(self, session_id: str) -> SessionRow | None:
        """Raises: StoreError: a database error."""

        def select(tx: Tx) -> SessionRow | None:
            found = tx.rows(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", [session_id])
            return _session(tx, found[0]) if found else None

        return await self._transact("get_session", select, write=False)

    async def end_session(self, session_id: str) -> SessionRow | None:
        """Mark the session completed, ended now (a session ended already keeps its end time).

        Returns the session as stored, or None if there is none with this id.

        Raises:
            StoreError: a database error.
        """
        now = utcnow()

        def end(tx: Tx) -> SessionRow | None:
            tx.run(
                "UPDATE sessions SET state = 'completed', ended_at = COALESCE(ended_at, ?)"
                " WHERE id = ?",
                [tx.ts(now), session_id],
            )
            found = tx.rows(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", [session_id])
            return _session(tx, found[0]) if found else None

        return await self._transact("end_session", end, write=True)

    async def add_message(self, row: MessageRow) -> MessageRow:
        """Insert a message; returns it as stored. Messages are not checked against
        `sessions`: a session id is the host platform's.

        Raises:
            StoreError: the id, or the (session_id, seq) pair, exists already; or a
                database error.
        """
        op = "add_message"
        row = attrs.evolve(row, created_at=utc(row.created_at))

        def insert(tx: Tx) -> None:
            if tx.rows("SELECT 1 FROM messages WHERE id = ?", [row.id]):
                raise StoreError(f"{op} failed: a message with id {row.id!r} exists already")
            if tx.rows(
                "SELECT 1 FROM messages WHERE session_id = ? AND seq = ?", [row.session_id, row.seq]
            ):
                raise StoreError(
                    f"{op} failed: session {row.session_id!r} has a message with seq {row.seq} "
                    "already"
                )
            tx.run(
                f"INSERT INTO messages ({MESSAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    row.id,
                    row.session_id,
                    row.role,
                    row.content,
                    row.seq,
                    tx.ts(row.created_at),
                    row.status,
                ),
            )

        await self._transact(op, insert, write=True)
        return row

    async def append_messages(
        self,
        session_id: str,
        messages: Sequence[NewMessage],
        *,
        settle: str | None = None,
        settle_as: MessageStatus = "ok",
    ) -> list[MessageRow]:
        """Append `messages`, in order, with the session's next `seq`s: one more than the
        highest stored, gap-free. The seqs are allocated in the transaction that inserts, under
        a per-session lock (PostgreSQL: an advisory lock; SQLite: the database's one writer),
        so writers in any number of processes never collide. If `settle` is given, the
        session's message with that id must be a failed one, and is marked `settle_as` (ok or
        blocked) first.

        Returns the rows as stored.

        Raises:
            StoreError: `settle` names no failed message of the session, a message id exists
                already, a bad status, or a database error; then nothing is written.

        Cancellation: written wholly or not at all.
        """
        op = "append_messages"
        if settle_as not in ("ok", "blocked"):
            raise StoreError(
                f"{op} failed: settle_as must be 'ok' or 'blocked' (got {settle_as!r})"
            )
        for m in messages:
            if m.status not in MESSAGE_STATUSES:
                raise StoreError(
                    f"{op} failed: status must be one of {MESSAGE_STATUSES} (got {m.status!r})"
                )
            if not isinstance(m.content, str):
                raise StoreError(
                    f"{op} failed: content must be a str (got {type(m.content).__name__})"
                )

        def append(tx: Tx) -> list[MessageRow]:
            tx.lock_session(session_id)
            if settle is not None:
                changed = tx.run(
                    "UPDATE messages SET status = ?"
                    " WHERE id = ? AND session_id = ? AND status = 'failed'",
                    [settle_as, settle, session_id],
                )
                if not changed:
                    raise StoreError(
                        f"{op} failed: session {session_id!r} has no failed message {settle!r} "
                        "to settle (answered already?)"
                    )
            (top,) = tx.rows(
                "SELECT COALESCE(MAX(seq), 0) FROM messages WHERE session_id = ?", [session_id]
            )
            rows = [
                MessageRow(
                    id=m.id,
                    session_id=session_id,
                    role=m.role,
                    content=m.content,
                    seq=int(top[0]) + i,
                    created_at=utc(m.created_at),
                    status=m.status,
                )
                for i, m in enumerate(messages, start=1)
            ]
            if rows and _stored_by_id(tx, "messages", "id", [r.id for r in rows]):
                raise StoreError(f"{op} failed: a message id exists already")
            if rows:
                tx.run_many(
                    f"INSERT INTO messages ({MESSAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            r.id,
                            r.session_id,
                            r.role,
                            r.content,
                            r.seq,
                            tx.ts(r.created_at),
                            r.status,
                        )
                        for r in rows
                    ],
                )
            return rows

        return await self._transact(op, append, write=True)

    async def claim_turn(self, session_id: str, owner: str, *, lease_s: float) -> bool:
        """Take the session's turn for `owner` until now + `lease_s`, if it is free, expired,
        or `owner`'s already (then the lease is renewed). A session not in `sessions` has no
        turn to take: True (the caller's own checks find it missing).

        Raises:
            StoreError: a database error, or a lease that is not a positive number.
        """
        op = "claim_turn"
        if not lease_s > 0:
            raise StoreError(f"{op} failed: lease_s must be positive (got {lease_s!r})")
        now = utcnow()
        until = datetime.fromtimestamp(now.timestamp() + lease_s, UTC)

        def claim(tx: Tx) -> bool:
            changed = tx.run(
                "UPDATE sessions SET turn_owner = ?, turn_until = ? WHERE id = ? AND"
                " (turn_owner IS NULL OR turn_owner = ? OR turn_until IS NULL OR turn_until < ?)",
                [owner, tx.ts(until), session_id, owner, tx.ts(now)],
            )
            if changed:
                return True
            return not tx.rows("SELECT 1 FROM sessions WHERE id = ?", [session_id])

        return await self._transact(op, claim, write=True)

    async def release_turn(self, session_id: str, owner: str) -> None:
        """Give the turn back (if `owner` still holds it).

        Raises: StoreError: a database error.
        """

        def release(tx: Tx) -> None:
            tx.run(
                "UPDATE sessions SET turn_owner = NULL, turn_until = NULL"
                " WHERE id = ? AND turn_owner = ?",
                [session_id, owner],
            )

        await self._transact("release_turn", release, write=True)

    # -------------------------------------------------------- module states

    async def set_module_state(
        self, module: str, *, disabled: bool, reason: str | None = None
    ) -> ModuleState:
        """Record an operator's enable/disable of `module` and announce it (as a change of
        the module's configuration, so every engine on the database re-reads it).

        Raises: StoreError: a database error.
        """
        op = "set_module_state"
        if not isinstance(disabled, bool):
            raise StoreError(f"{op} failed: disabled must be True or False (got {disabled!r})")
        state = ModuleState(module, disabled, reason, utc(utcnow()))

        def upsert(tx: Tx) -> None:
            tx.run(
                "INSERT INTO module_states (module_name, disabled, reason, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (module_name) DO UPDATE SET"
                " disabled = excluded.disabled, reason = excluded.reason,"
                " updated_at = excluded.updated_at",
                [module, disabled, reason, tx.ts(state.updated_at)],
            )
            tx.config_changed(module)

        await self._transact(op, upsert, write=True)
        return state

    async def get_module_state(self, module: str) -> ModuleState | None:
        """Raises: StoreError: a database error."""

        def select(tx: Tx) -> ModuleState | None:
            found = tx.rows(
                "SELECT module_name, disabled, reason, updated_at FROM module_states"
                " WHERE module_name = ?",
                [module],
            )
            return _state(tx, found[0]) if found else None

        return await self._transact("get_module_state", select, write=False)

    async def list_module_states(self) -> list[ModuleState]:
        """Raises: StoreError: a database error."""

        def select(tx: Tx) -> list[ModuleState]:
            found = tx.rows(
                "SELECT module_name, disabled, reason, updated_at FROM module_states"
                " ORDER BY module_name"
            )
            return [_state(tx, row) for row in found]

        return await self._transact("list_module_states", select, write=False)

    # -------------------------------------------------------- product runs

    async def create_run(self, row: RunRow) -> RunRow:
        """Insert a run (normally `pending`); returns it as stored.

        Raises:
            StoreError: the id exists already, input or output that is not JSON, a bad
                state, or a database error.
        """
        op = "create_run"
        if not isinstance(row.input, dict):
            raise StoreError(f"{op} failed: input must be a dict (got {type(row.input).__name__})")
        if row.state not in RUN_STATES:
            raise StoreError(f"{op} failed: state must be one of {RUN_STATES} (got {row.state!r})")
        input_text = dump_json(row.input, op, f"the input of run {row.id!r}")
        output_text = (
            None
            if row.output is None
            else dump_json(row.output, op, f"the output of run {row.id!r}")
        )
        row = attrs.evolve(
            row,
            input=json.loads(input_text),
            output=None if output_text is None else json.loads(output_text),
            created_at=utc(row.created_at),
            completed_at=None if row.completed_at is None else utc(row.completed_at),
        )

        def insert(tx: Tx) -> None:
            if tx.rows("SELECT 1 FROM runs WHERE id = ?", [row.id]):
                raise StoreError(f"{op} failed: a run with id {row.id!r} exists already")
            tx.run(
                f"INSERT INTO runs ({RUN_COLUMNS}) VALUES (?, ?, ?, {tx.json_param}, ?,"
                f" {tx.json_param}, ?, ?, ?, ?, ?, ?)",
                (
                    row.id,
                    row.tool_id,
                    row.user_id,
                    input_text,
                    row.state,
                    output_text,
                    row.reason,
                    row.error,
                    row.class_id,
                    row.group_id,
                    tx.ts(row.created_at),
                    None if row.completed_at is None else tx.ts(row.completed_at),
                ),
            )

        await self._transact(op, insert, write=True)
        return row

    async def finish_run(
        self,
        run_id: str,
        state: RunState,
        *,
        output: dict[str, Any] | None = None,
        reason: str | None = None,
        error: str | None = None,
    ) -> RunRow:
        """Record how a pending run ended (complete, failed or blocked), now.

        Raises:
            StoreError: no such run, a run finished already, a bad state, an output that is
                not JSON, or a database error.
        """
        op = "finish_run"
        if state not in RUN_STATES or state == "pending":
            raise StoreError(
                f"{op} failed: state must be complete, failed or blocked (got {state!r})"
            )
        output_text = (
            None if output is None else dump_json(output, op, f"the output of run {run_id!r}")
        )
        now = utcnow()

        def finish(tx: Tx) -> RunRow:
            # `state = 'pending'` in the UPDATE itself, not checked by a SELECT before it:
            # of two finishers racing (PostgreSQL, read committed), the second waits for the
            # first's row lock, then finds the run finished and changes nothing.
            changed = tx.run(
                f"UPDATE runs SET state = ?, output = {tx.json_param}, reason = ?, error = ?,"
                " completed_at = ? WHERE id = ? AND state = 'pending'",
                [state, output_text, reason, error, tx.ts(now), run_id],
            )
            found = tx.rows(f"SELECT {RUN_COLUMNS} FROM runs WHERE id = ?", [run_id])
            if not found or (not changed and found[0][4] == "pending"):
                raise StoreError(f"{op} failed: no run with id {run_id!r}")
            if not changed:
                raise StoreError(f"{op} failed: run {run_id!r} is {found[0][4]} already")
            return _run(tx, found[0])

        return await self._transact(op, finish, write=True)

    async def get_run(self, run_id: str) -> RunRow | None:
        """Raises: StoreError: a database error."""

        def select(tx: Tx) -> RunRow | None:
            found = tx.rows(f"SELECT {RUN_COLUMNS} FROM runs WHERE id = ?", [run_id])
            return _run(tx, found[0]) if found else None

        return await self._transact("get_run", select, write=False)

    async def list_runs(
        self, *, user_id: str | None = None, tool_id: str | None = None, limit: int = 100
    ) -> list[RunRow]:
        """Runs with every filter given, newest first.

        Raises:
            StoreError: a database error or a negative limit.
        """
        op = "list_runs"
        check_limit(op, limit)
        where, params = equality_where([("user_id", user_id), ("tool_id", tool_id)])

        def select(tx: Tx) -> list[RunRow]:
            found = tx.rows(
                f"SELECT {RUN_COLUMNS} FROM runs WHERE {where}"
                " ORDER BY created_at DESC, id DESC LIMIT ?",
                [*params, limit],
            )
            return [_run(tx, row) for row in found]

        return await self._transact(op, select, write=False)

    # -------------------------------------------------------- API keys

    async def create_api_key(self, row: ApiKeyRow) -> ApiKeyRow:
        """Insert a gateway API key; returns it as stored.

        Raises:
            StoreError: an empty id, name or tool_id, a `key_hash` that is not a lowercase
                sha256 hex digest, an id or a hash stored already, or a database error.
        """
        op = "create_api_key"
        for field in ("id", "name", "tool_id"):
            value = getattr(row, field)
            if not isinstance(value, str) or not value:
                raise StoreError(f"{op} failed: {field} must be a non-empty string (got {value!r})")
        if not _is_sha256_hex(row.key_hash):
            raise StoreError(
                f"{op} failed: key_hash must be the key's sha256 as 64 lowercase hex digits "
                "(the key itself is never stored)"
            )
        row = attrs.evolve(
            row,
            created_at=utc(row.created_at),
            last_used_at=None if row.last_used_at is None else utc(row.last_used_at),
            revoked_at=None if row.revoked_at is None else utc(row.revoked_at),
        )

        def insert(tx: Tx) -> None:
            if tx.rows("SELECT 1 FROM api_keys WHERE id = ?", [row.id]):
                raise StoreError(f"{op} failed: an API key with id {row.id!r} exists already")
            if tx.rows("SELECT 1 FROM api_keys WHERE key_hash = ?", [row.key_hash]):
                raise StoreError(f"{op} failed: an API key with this hash exists already")
            tx.run(
                f"INSERT INTO api_keys ({API_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    row.id,
                    row.name,
                    row.tool_id,
                    row.key_hash,
                    tx.ts(row.created_at),
                    None if row.last_used_at is None else tx.ts(row.last_used_at),
                    None if row.revoked_at is None else tx.ts(row.revoked_at),
                ),
            )

        await self._transact(op, insert, write=True)
        return row

    async def list_api_keys(self, *, include_revoked: bool = False) -> list[ApiKeyRow]:
        """The keys, oldest first (ties by id); revoked ones only with `include_revoked`.

        Raises: StoreError: a database error.
        """
        where = "1 = 1" if include_revoked else "revoked_at IS NULL"

        def select(tx: Tx) -> list[ApiKeyRow]:
            found = tx.rows(
                f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE {where} ORDER BY created_at, id"
            )
            return [_api_key(tx, row) for row in found]

        return await self._transact("list_api_keys", select, write=False)

    async def find_api_key_by_hash(self, key_hash: str) -> ApiKeyRow | None:
        """The key whose hash is `key_hash`, revoked or not (the caller checks
        `revoked_at`), or None.

        Raises: StoreError: a database error.
        """
        if not isinstance(key_hash, str):
            return None

        def select(tx: Tx) -> ApiKeyRow | None:
            found = tx.rows(
                f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE key_hash = ?", [key_hash]
            )
            return _api_key(tx, found[0]) if found else None

        return await self._transact("find_api_key_by_hash", select, write=False)

    async def touch_api_key(self, key_id: str, *, at: datetime | None = None) -> None:
        """Set the key's `last_used_at` to `at` (default now); a later time already stored
        is kept, so that racing requests never move it back. No key with this id: nothing.

        Raises: StoreError: a database error.
        """
        when = utc(at if at is not None else utcnow())

        def touch(tx: Tx) -> None:
            tx.run(
                "UPDATE api_keys SET last_used_at = ?"
                " WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                [tx.ts(when), key_id, tx.ts(when)],
            )

        await self._transact("touch_api_key", touch, write=True)

    async def revoke_api_key(self, key_id: str) -> ApiKeyRow | None:
        """Revoke the key now; a key revoked already keeps its first revocation time.

        Returns the key as stored, or None when there is no key with this id.

        Raises: StoreError: a database error.
        """
        now = utcnow()

        def revoke(tx: Tx) -> ApiKeyRow | None:
            tx.run(
                "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?",
                [tx.ts(now), key_id],
            )
            found = tx.rows(f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE id = ?", [key_id])
            return _api_key(tx, found[0]) if found else None

        return await self._transact("revoke_api_key", revoke, write=True)

    async def get_messages(self, session_id: str, *, limit: int = 1000) -> list[MessageRow]:
        """The session's latest `limit` messages, in `seq` order (oldest first).

        Raises:
            StoreError: a database error or a negative limit.
        """
        op = "get_messages"
        check_limit(op, limit)

        def select(tx: Tx) -> list[MessageRow]:
            found = tx.rows(
                f"SELECT {MESSAGE_COLUMNS} FROM (SELECT {MESSAGE_COLUMNS} FROM messages"
                " WHERE session_id = ? ORDER BY seq DESC LIMIT ?) AS latest ORDER BY seq",
                [session_id, limit],
            )
            return [_message(tx, row) for row in found]

        return await self._transact(op, select, write=False)
