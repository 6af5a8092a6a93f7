"""What the engine keeps of modules' activity: extractions and log entries, and the in-memory
sink that holds them until a store does (and for tests to read)."""

from __future__ import annotations

import uuid
from collections import deque
from typing import Any, Protocol

import attrs
import trio

from ..sdk._context import HookContext, parse_datetime, utcnow
from ..sdk._convert import converter
from ..sdk._db import ExtractionQuery, Identity, StoredExtraction, matches, scope_query
from ..sdk._manifest import Manifest
from ..store._base import LogRow


def new_id() -> str:
    """A fresh opaque id, unique across processes and restarts."""
    return uuid.uuid4().hex


@attrs.frozen
class CallIdentity:
    """Who a call is for, taken by the host from the request (never from the worker)."""

    request_id: str
    user_id: str
    session_id: str | None = None
    class_id: str | None = None
    run_id: str | None = None

    @classmethod
    def of(cls, ctx: HookContext) -> CallIdentity:
        return cls(
            request_id=ctx.request_id,
            user_id=ctx.user.id,
            session_id=ctx.session.id if ctx.session else None,
            class_id=ctx.class_.id if ctx.class_ else None,
            run_id=ctx.run.id if ctx.run else None,
        )


LogEntry = LogRow  # one record type for a module's log line, in memory and in the store


class Sink(Protocol):
    """Where extractions and module logs go (a store, or memory)."""

    def add_extraction(self, record: StoredExtraction) -> None: ...

    def add_log(self, entry: LogEntry) -> None: ...

    async def query_extractions(self, query: ExtractionQuery) -> list[StoredExtraction]: ...

    async def count_extractions(self, query: ExtractionQuery) -> int: ...


def make_extraction(
    module: str, type: str, data: dict[str, Any], identity: CallIdentity | None
) -> StoredExtraction:
    return StoredExtraction(
        id=new_id(),
        module=module,
        type=type,
        data=data,
        created_at=utcnow(),
        user_id=identity.user_id if identity else None,
        session_id=identity.session_id if identity else None,
        run_id=identity.run_id if identity else None,
        class_id=identity.class_id if identity else None,
        request_id=identity.request_id if identity else None,
    )


DB_TIMEOUT_S = 5.0


async def answer_db(
    sink: Sink, manifest: Manifest, identity: CallIdentity, method: str, params: dict[str, Any]
) -> Any:
    """Answer a worker's `ctx.db` call for the request it is serving.

    The identity comes from the host's record of the call, never from the worker; the sandbox
    rules and the manifest's permissions are applied by `scope_query`.

    Raises:
        PermissionDenied, ValueError: the query is refused (the module gets the message).
        TooSlowError: the store did not answer within 5 s.
    """
    if params.get("since") is not None:
        params = {**params, "since": parse_datetime(params["since"])}
    bound = Identity(identity.user_id, identity.session_id, identity.class_id)
    query = scope_query(manifest.name, method, params, bound, manifest.permissions)
    with trio.fail_after(DB_TIMEOUT_S):
        if method == "count_extractions":
            return await sink.count_extractions(query)
        rows = await sink.query_extractions(query)
    return [converter.unstructure(row) for row in rows]


class MemorySink:
    """Keeps the latest extractions and logs in memory (bounded; the oldest go first)."""

    def __init__(self, *, max_extractions: int = 100_000, max_logs: int = 100_000) -> None:
        self.extractions: deque[StoredExtraction] = deque(maxlen=max_extractions)
        self.logs: deque[LogEntry] = deque(maxlen=max_logs)

    def add_extraction(self, record: StoredExtraction) -> None:
        self.extractions.append(record)

    def add_log(self, entry: LogEntry) -> None:
        self.logs.append(entry)

    async def query_extractions(self, query: ExtractionQuery) -> list[StoredExtraction]:
        rows = [r for r in self.extractions if matches(r, query)]
        rows.sort(key=lambda r: r.created_at, reverse=True)
        return rows[: query.limit]

    async def count_extractions(self, query: ExtractionQuery) -> int:
        return sum(1 for r in self.extractions if matches(r, query))
