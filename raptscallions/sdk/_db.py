"""`ctx.db`: the sandboxed, read-only view of stored extractions a module may have.

The rules live here so that the in-memory fake (tests) and the host's store answer alike: the
identity (user, session, class) is bound from the request the module is serving, an id left
None means the current request's, and asking for another user's or session's data is refused.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any, Final, Literal, Protocol

import attrs

from ._errors import PermissionDenied

MAX_LIMIT: Final = 1000
DEFAULT_LIMIT: Final = 100
QUERY_TIMEOUT_S: Final = 5.0

DbMethod = Literal[
    "get_session_extractions",
    "get_user_extractions",
    "get_extractions_by_type",
    "count_extractions",
]


@attrs.frozen
class StoredExtraction:
    id: str
    module: str
    type: str
    data: dict[str, Any]
    created_at: datetime
    user_id: str | None = None
    session_id: str | None = None
    run_id: str | None = None
    class_id: str | None = None
    request_id: str | None = None


class ModuleDatabase(Protocol):
    async def get_session_extractions(
        self, session_id: str | None = None
    ) -> list[StoredExtraction]: ...

    async def get_user_extractions(
        self, user_id: str | None = None, class_id: str | None = None
    ) -> list[StoredExtraction]: ...

    async def get_extractions_by_type(
        self,
        type: str,
        *,
        session_id: str | None = None,
        user_id: str | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[StoredExtraction]: ...

    async def count_extractions(
        self,
        *,
        type: str | None = None,
        session_id: str | None = None,
        user_id: str | None = None,
        since: datetime | None = None,
    ) -> int: ...


@attrs.frozen
class Identity:
    """Who a request is for; bound by the host from the request, never from the module."""

    user_id: str
    session_id: str | None = None
    class_id: str | None = None


@attrs.frozen
class ExtractionQuery:
    """A checked query: every filter the store must apply. None means "no filter"."""

    user_id: str
    session_id: str | None = None
    class_id: str | None = None
    type: str | None = None
    since: datetime | None = None
    limit: int = DEFAULT_LIMIT


READ_PERMISSION: Final = "extractions:read"
SESSION_PERMISSION: Final = "sessions:read"
WRITE_PERMISSIONS: Final = ("extractions:write", "events:emit")


def check_emit_allowed(module: str, permissions: Collection[str] | None) -> None:
    """Raises PermissionDenied unless the manifest lets the module emit (None: no manifest)."""
    if permissions is not None and not any(p in permissions for p in WRITE_PERMISSIONS):
        raise PermissionDenied(
            f"module {module!r} called ctx.emit but its module.yaml grants neither "
            "'extractions:write' nor 'events:emit' (add one under permissions)"
        )


def scope_query(
    module: str,
    method: str,
    params: dict[str, Any],
    bound: Identity,
    permissions: Collection[str] | None,
) -> ExtractionQuery:
    """Turn a module's `ctx.db` call into a query confined to the request it is serving.

    Raises:
        PermissionDenied: a missing permission, or an id that is not the request's own.
        ValueError: an unknown method or a bad parameter.
    """

    def need(*perms: str) -> None:
        if permissions is not None and not any(p in permissions for p in perms):
            raise PermissionDenied(
                f"module {module!r} called ctx.db.{method} but its module.yaml does not grant "
                f"{' or '.join(repr(p) for p in perms)} (add it under permissions)"
            )

    def own(kind: str, asked: Any, mine: str | None) -> str | None:
        if asked is None:
            return mine
        if not isinstance(asked, str):
            raise ValueError(f"ctx.db.{method}: {kind} must be a string (got {asked!r:.40})")
        if asked != mine:
            raise PermissionDenied(
                f"module {module!r} asked ctx.db.{method} for {kind} {asked!r:.64}, which is "
                f"not the current request's; a module may only read its own request's data"
            )
        return asked

    def session_required(session_id: str | None) -> str:
        if session_id is None:
            raise PermissionDenied(f"module {module!r} called ctx.db.{method} outside a session")
        return session_id

    def session_filter() -> str | None:
        # Optional here: None means "all of the user's sessions", not "the current one".
        asked = params.get("session_id")
        return None if asked is None else own("session_id", asked, bound.session_id)

    user_id = bound.user_id
    if method != "get_session_extractions":
        own("user_id", params.get("user_id"), bound.user_id)
    if method == "get_session_extractions":
        need(SESSION_PERMISSION, READ_PERMISSION)
        session_id = session_required(own("session_id", params.get("session_id"), bound.session_id))
        return ExtractionQuery(user_id=user_id, session_id=session_id, limit=MAX_LIMIT)
    if method == "get_user_extractions":
        need(READ_PERMISSION)
        class_id = own("class_id", params.get("class_id"), bound.class_id)
        return ExtractionQuery(user_id=user_id, class_id=class_id, limit=MAX_LIMIT)
    if method == "get_extractions_by_type":
        need(READ_PERMISSION)
        type_ = params.get("type")
        if not isinstance(type_, str) or not type_:
            raise ValueError(f"ctx.db.{method}: type must be a non-empty string")
        return ExtractionQuery(
            user_id=user_id, session_id=session_filter(), type=type_, limit=_limit(params, method)
        )
    if method == "count_extractions":
        need(READ_PERMISSION)
        type_ = params.get("type")
        if type_ is not None and not isinstance(type_, str):
            raise ValueError(f"ctx.db.{method}: type must be a string")
        since = params.get("since")
        if since is not None and not isinstance(since, datetime):
            raise ValueError(f"ctx.db.{method}: since must be a datetime")
        if since is not None and since.tzinfo is None:
            # As on the wire (the converter reads a naive datetime as UTC), so that the fake
            # and the host answer alike instead of the fake failing to compare.
            since = since.replace(tzinfo=UTC)
        return ExtractionQuery(
            user_id=user_id, session_id=session_filter(), type=type_, since=since
        )
    raise ValueError(f"unknown ctx.db method {method!r}")


def _limit(params: dict[str, Any], method: str) -> int:
    limit = params.get("limit", DEFAULT_LIMIT)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"ctx.db.{method}: limit must be a positive integer (got {limit!r})")
    return min(limit, MAX_LIMIT)


def matches(row: StoredExtraction, query: ExtractionQuery) -> bool:
    """Whether `row` passes every filter of `query` (the in-memory backends' WHERE)."""
    return (
        row.user_id == query.user_id
        and (query.session_id is None or row.session_id == query.session_id)
        and (query.class_id is None or row.class_id == query.class_id)
        and (query.type is None or row.type == query.type)
        and (query.since is None or row.created_at >= query.since)
    )
