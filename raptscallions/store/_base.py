"""The Store protocol: what the engine and the pipelines need of a database.

Two backends implement it and pass one test suite: SQLite (the embedded default) and
PostgreSQL. Ids are opaque text (the host platform's), there are no foreign keys to tables
the module system does not own, and every method is async (trio), never blocking the loop.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any, Literal, Protocol

import attrs

from ..sdk._context import LogLevel, utcnow
from ..sdk._db import ExtractionQuery, StoredExtraction
from ..sdk._errors import RaptscallionsError

ScopeType = Literal["global", "group", "class", "tool"]
SCOPE_TYPES: tuple[ScopeType, ...] = ("global", "group", "class", "tool")


class StoreError(RaptscallionsError):
    """The database refused or failed an operation (the message says which and why)."""


@attrs.frozen
class ConfigRow:
    """One scoped configuration of a module (`scope_id` None for the global scope)."""

    module: str
    scope_type: ScopeType
    scope_id: str | None
    config: dict[str, Any]
    enabled: bool | None = None
    updated_at: datetime = attrs.field(factory=utcnow)


@attrs.frozen
class LogRow:
    module: str
    level: LogLevel
    message: str
    data: dict[str, Any] = attrs.field(factory=dict)
    session_id: str | None = None
    request_id: str | None = None
    created_at: datetime = attrs.field(factory=utcnow)
    id: str | None = attrs.field(factory=lambda: uuid.uuid4().hex)  # set up front: retries


@attrs.frozen
class SessionRow:
    id: str
    user_id: str
    tool_id: str
    state: Literal["active", "paused", "completed"] = "active"
    class_id: str | None = None
    group_id: str | None = None
    started_at: datetime = attrs.field(factory=utcnow)
    ended_at: datetime | None = None
    # What the pipelines need to resume the session in any process: the tool, group, class
    # and assignment it was started with (JSON, as the wire encodes them).
    context: dict[str, Any] = attrs.field(factory=dict)


MessageStatus = Literal["ok", "failed", "blocked"]


@attrs.frozen
class MessageRow:
    """A stored message. `status` is ``failed`` for a user message whose AI call failed: it
    was said, but not answered; a retry of it settles the mark rather than storing it again.
    ``blocked`` marks a user message that a module blocked before the AI, and the direct
    response given instead: part of the record, never sent to the AI."""

    id: str
    session_id: str
    role: Literal["user", "assistant", "system"]
    content: str
    seq: int
    created_at: datetime = attrs.field(factory=utcnow)
    status: MessageStatus = "ok"


@attrs.frozen
class NewMessage:
    """A message to append to a session; the store assigns its `seq`."""

    role: Literal["user", "assistant", "system"]
    content: str
    status: MessageStatus = "ok"
    id: str = attrs.field(factory=lambda: uuid.uuid4().hex)
    created_at: datetime = attrs.field(factory=utcnow)


@attrs.frozen
class ModuleState:
    """An operator's enable/disable of a module, kept so that every server follows it."""

    module: str
    disabled: bool
    reason: str | None = None
    updated_at: datetime = attrs.field(factory=utcnow)


RunState = Literal["pending", "complete", "failed", "blocked"]


@attrs.frozen
class RunRow:
    """One run of a product tool: its input, and once finished its state and output."""

    id: str
    tool_id: str
    user_id: str
    input: dict[str, Any] = attrs.field(factory=dict)
    state: RunState = "pending"
    output: dict[str, Any] | None = None
    reason: str | None = None
    error: str | None = None
    class_id: str | None = None
    group_id: str | None = None
    created_at: datetime = attrs.field(factory=utcnow)
    completed_at: datetime | None = None


@attrs.frozen
class ApiKeyRow:
    """An API key of the OpenAI-compatible gateway: the application it was given to (`name`)
    and the tool whose scoped configuration applies to its requests. Only the key's hash is
    kept (`key_hash`, sha256 hex); the key itself is shown once, when it is made. A revoked
    key (`revoked_at` set) is kept for the record and opens nothing."""

    id: str
    name: str
    tool_id: str
    key_hash: str = attrs.field(repr=False)
    created_at: datetime = attrs.field(factory=utcnow)
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class Store(Protocol):
    """A database for raptscallions. Open one with `open_store(url)`."""

    url: str

    # -- extractions and logs (written in batches by the engine's writer)
    async def insert_extractions(self, rows: Sequence[StoredExtraction]) -> None: ...
    async def insert_logs(self, rows: Sequence[LogRow]) -> None: ...
    async def query_extractions(self, query: ExtractionQuery) -> list[StoredExtraction]:
        """Rows matching every filter of `query`, newest first, at most `query.limit`."""
        ...

    async def count_extractions(self, query: ExtractionQuery) -> int: ...
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
        """For operators (not sandboxed): newest first (by `created_at`, then `id`);
        `before` is a page's cursor: only rows older than that (created_at, id)."""
        ...

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
        """Newest first: `level` exactly, or `min_level` and above (debug < info < warning
        < error); `since` and `until` bound `created_at`, both inclusive."""
        ...

    # -- scoped configuration
    async def get_config(
        self, module: str, scope_type: ScopeType, scope_id: str | None
    ) -> ConfigRow | None: ...
    async def set_config(self, row: ConfigRow) -> ConfigRow:
        """Insert or replace the row for (module, scope_type, scope_id)."""
        ...

    async def delete_config(
        self, module: str, scope_type: ScopeType, scope_id: str | None
    ) -> bool: ...
    async def list_configs(self, module: str | None = None) -> list[ConfigRow]: ...
    def config_changes(self) -> AbstractAsyncContextManager[AsyncIterator[str]]:
        """Names of modules whose configuration changed, from any engine sharing the
        database (PostgreSQL: LISTEN/NOTIFY; SQLite: this process's own changes)."""
        ...

    # -- sessions and messages (the pipelines)
    async def create_session(self, row: SessionRow) -> SessionRow: ...
    async def get_session(self, session_id: str) -> SessionRow | None: ...
    async def end_session(self, session_id: str) -> SessionRow | None: ...
    async def add_message(self, row: MessageRow) -> MessageRow: ...
    async def get_messages(self, session_id: str, *, limit: int = 1000) -> list[MessageRow]: ...
    async def append_messages(
        self,
        session_id: str,
        messages: Sequence[NewMessage],
        *,
        settle: str | None = None,
        settle_as: MessageStatus = "ok",
    ) -> list[MessageRow]:
        """Append `messages` with the session's next `seq`s (gap-free, allocated in the
        database under a per-session lock, so concurrent writers never collide); first, if
        `settle` names a failed message of the session, mark it `settle_as`."""
        ...

    async def claim_turn(self, session_id: str, owner: str, *, lease_s: float) -> bool:
        """Take (or renew) the session's turn for `owner` for `lease_s` seconds: True unless
        another owner holds an unexpired lease. One server at a time handles a session's
        next message, whichever server it reached."""
        ...

    async def release_turn(self, session_id: str, owner: str) -> None: ...

    # -- module states (an operator's enable/disable, shared by every engine)
    async def set_module_state(
        self, module: str, *, disabled: bool, reason: str | None = None
    ) -> ModuleState: ...
    async def get_module_state(self, module: str) -> ModuleState | None: ...
    async def list_module_states(self) -> list[ModuleState]: ...

    # -- product runs
    async def create_run(self, row: RunRow) -> RunRow: ...
    async def finish_run(
        self,
        run_id: str,
        state: RunState,
        *,
        output: dict[str, Any] | None = None,
        reason: str | None = None,
        error: str | None = None,
    ) -> RunRow: ...
    async def get_run(self, run_id: str) -> RunRow | None: ...
    async def list_runs(
        self, *, user_id: str | None = None, tool_id: str | None = None, limit: int = 100
    ) -> list[RunRow]: ...

    # -- API keys (the OpenAI-compatible gateway)
    async def create_api_key(self, row: ApiKeyRow) -> ApiKeyRow:
        """Insert a key (its id and its hash must both be new); returns it as stored."""
        ...

    async def list_api_keys(self, *, include_revoked: bool = False) -> list[ApiKeyRow]:
        """The keys, oldest first; revoked ones only with `include_revoked`."""
        ...

    async def find_api_key_by_hash(self, key_hash: str) -> ApiKeyRow | None:
        """The key with this hash, revoked or not (the caller checks `revoked_at`)."""
        ...

    async def touch_api_key(self, key_id: str, *, at: datetime | None = None) -> None:
        """Record that the key was used (now, or `at`)."""
        ...

    async def revoke_api_key(self, key_id: str) -> ApiKeyRow | None:
        """Revoke the key (a revoked key keeps its first revocation time); None when there
        is no key with this id."""
        ...
