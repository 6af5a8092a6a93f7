"""In-process stand-ins for what the engine provides a handler: a recording runtime for
`emit` and `log`, and an in-memory `ctx.db` that applies the same sandbox rules as the host."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any

import attrs

from .._context import HookContext, LogLevel, utcnow
from .._db import (
    DEFAULT_LIMIT,
    Identity,
    ModuleDatabase,
    StoredExtraction,
    check_emit_allowed,
    matches,
    scope_query,
)
from .._errors import HookError
from .._results import Extraction


@attrs.frozen
class LogRecord:
    level: LogLevel
    message: str
    data: dict[str, Any]


class FakeDatabase:
    """Stored extractions for `ctx.db` in tests; empty unless seeded."""

    def __init__(self, rows: Iterable[StoredExtraction] = ()) -> None:
        self.rows: list[StoredExtraction] = list(rows)

    def add(self, *rows: StoredExtraction) -> None:
        self.rows.extend(rows)

    def bind(
        self, module: str, identity: Identity, permissions: Collection[str] | None
    ) -> ModuleDatabase:
        return _BoundFakeDatabase(self, module, identity, permissions)


class _BoundFakeDatabase:
    def __init__(
        self,
        fake: FakeDatabase,
        module: str,
        identity: Identity,
        permissions: Collection[str] | None,
    ) -> None:
        self._fake = fake
        self._module = module
        self._identity = identity
        self._permissions = permissions

    def _select(self, method: str, params: dict[str, Any]) -> list[StoredExtraction]:
        query = scope_query(self._module, method, params, self._identity, self._permissions)
        rows = [r for r in self._fake.rows if matches(r, query)]
        rows.sort(key=lambda r: r.created_at, reverse=True)
        return rows[: query.limit]

    async def get_session_extractions(
        self, session_id: str | None = None
    ) -> list[StoredExtraction]:
        return self._select("get_session_extractions", {"session_id": session_id})

    async def get_user_extractions(
        self, user_id: str | None = None, class_id: str | None = None
    ) -> list[StoredExtraction]:
        return self._select("get_user_extractions", {"user_id": user_id, "class_id": class_id})

    async def get_extractions_by_type(
        self,
        type: str,
        *,
        session_id: str | None = None,
        user_id: str | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[StoredExtraction]:
        return self._select(
            "get_extractions_by_type",
            {"type": type, "session_id": session_id, "user_id": user_id, "limit": limit},
        )

    async def count_extractions(
        self,
        *,
        type: str | None = None,
        session_id: str | None = None,
        user_id: str | None = None,
        since: Any = None,
    ) -> int:
        query = scope_query(
            self._module,
            "count_extractions",
            {"type": type, "session_id": session_id, "user_id": user_id, "since": since},
            self._identity,
            self._permissions,
        )
        return sum(1 for r in self._fake.rows if matches(r, query))


def identity_of(ctx: HookContext) -> Identity:
    return Identity(
        user_id=ctx.user.id,
        session_id=ctx.session.id if ctx.session else None,
        class_id=ctx.class_.id if ctx.class_ else None,
    )


class RecordingRuntime:
    """Binds a context in tests: records extractions and logs, answers `db` from a fake.

    `permissions` None means "no manifest": every capability is allowed.
    """

    def __init__(
        self,
        *,
        module: str = "test-module",
        permissions: Collection[str] | None = None,
        identity: Identity | None = None,
        database: FakeDatabase | None = None,
    ) -> None:
        self.module = module
        self.permissions = permissions
        self.identity = identity or Identity(user_id="user-1", session_id="session-1")
        self.database = database if database is not None else FakeDatabase()
        self.extractions: list[Extraction] = []
        self.logs: list[LogRecord] = []

    def emit(self, type: str, data: Mapping[str, Any]) -> None:
        check_emit_allowed(self.module, self.permissions)
        extraction = Extraction(type, _json_dict(data, f"ctx.emit({type!r})"))
        self.extractions.append(extraction)
        self.store(extraction)

    def store(self, extraction: Extraction) -> None:
        """Keep `extraction` in the fake database, as the engine keeps it in the store (so a
        later `ctx.db` read in the same test sees it)."""
        ident = self.identity
        self.database.add(
            StoredExtraction(
                id=f"fake-{len(self.database.rows) + 1}",
                module=self.module,
                type=extraction.type,
                data=extraction.data,
                created_at=utcnow(),
                user_id=ident.user_id,
                session_id=ident.session_id,
                class_id=ident.class_id,
            )
        )

    def log(self, level: LogLevel, message: str, data: Mapping[str, Any]) -> None:
        self.logs.append(LogRecord(level, str(message), _json_dict(data, "ctx.log")))

    @property
    def db(self) -> ModuleDatabase:
        return self.database.bind(self.module, self.identity, self.permissions)


def _json_dict(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """A JSON-compatible copy of `data`: what crosses the wire from a real worker."""
    if not isinstance(data, Mapping):
        raise HookError(f"{where}: data must be a dict (got {type(data).__name__})")
    try:
        result: dict[str, Any] = json.loads(json.dumps(dict(data), default=_default))
    except (TypeError, ValueError) as exc:
        raise HookError(f"{where}: data must be JSON-serialisable: {exc}") from None
    return result


def _default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")
