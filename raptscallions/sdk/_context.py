"""What a hook handler sees: `HookContext` and its parts, frozen attrs classes.

Field names are the spec's in snake case; `HookContext.class_` travels as ``class`` on the
wire. The data is immutable (dicts inside are the caller's to treat as read-only); handlers
change the conversation by returning results, never by mutating the context. The runtime
parts (`emit`, `log`, `db`) are bound by whoever runs the handler: the worker, or the
in-process test runner.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

import attrs

if TYPE_CHECKING:
    from ._db import ModuleDatabase

Role = Literal["student", "teacher", "admin"]
MessageRole = Literal["user", "assistant", "system"]
LogLevel = Literal["debug", "info", "warning", "error"]


def utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC, so that arithmetic on them never raises."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _aware_or_none(value: datetime | None) -> datetime | None:
    return None if value is None else _aware(value)


@attrs.frozen
class User:
    id: str
    role: Role = "student"
    email: str = ""
    name: str = ""


@attrs.frozen
class Group:
    """An organisational unit (district, school, department). `path` lists the ids from the
    root to this group, separated by ``/`` or ``.`` (ltree style)."""

    id: str
    name: str = ""
    path: str = ""

    def path_ids(self) -> tuple[str, ...]:
        """The group ids from the root to this group, this group last."""
        ids = [part for part in self.path.replace(".", "/").split("/") if part]
        if not ids or ids[-1] != self.id:
            ids.append(self.id)
        return tuple(ids)


@attrs.frozen
class Class:
    id: str
    name: str = ""


@attrs.frozen
class Assignment:
    id: str
    name: str = ""
    config: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class ToolDefinition:
    behavior: str = ""
    model: str = ""
    constraints: dict[str, Any] | None = None
    modules: tuple[str, ...] | None = None
    meta: dict[str, Any] | None = None


@attrs.frozen
class Tool:
    id: str
    name: str = ""
    type: Literal["chat", "product"] = "chat"
    definition: ToolDefinition = attrs.field(factory=ToolDefinition)


@attrs.frozen
class Session:
    id: str
    state: Literal["active", "paused", "completed"] = "active"
    started_at: datetime = attrs.field(factory=utcnow, converter=_aware)
    message_count: int = 0


@attrs.frozen
class Message:
    """A chat message. In `HookContext.messages` (the history) `created_at` is set; the
    message being handled (`HookContext.message`) may lack it."""

    id: str
    role: MessageRole
    content: str
    seq: int = 0
    created_at: datetime | None = attrs.field(default=None, converter=_aware_or_none)


def parse_datetime(value: Any) -> datetime:
    """A timezone-aware datetime from an ISO 8601 string, a datetime or epoch seconds."""
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, str):
        result = datetime.fromisoformat(value)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        result = datetime.fromtimestamp(value, UTC)
    else:
        raise ValueError(f"expected an ISO 8601 datetime string (got {value!r:.40})")
    return _aware(result)


def _message_from_raw(raw: Any) -> Message:
    if isinstance(raw, Message):
        return raw
    if not isinstance(raw, Mapping):
        raise ValueError(f"a message must be a mapping (got {type(raw).__name__})")
    created = raw.get("created_at")
    return Message(
        id=str(raw["id"]),
        role=raw["role"],
        content=str(raw["content"]),
        seq=int(raw.get("seq", 0)),
        created_at=None if created is None else parse_datetime(created),
    )


class Messages(Sequence[Message]):
    """The conversation history: an immutable sequence of `Message`.

    Decoded lazily: a context that arrives over the wire keeps the history as plain data until
    a handler first looks at it, and encodes it back unchanged if it never did. Most handlers
    read only the current message, and a long history is most of a context's bytes.
    """

    __slots__ = ("_items", "_raw")

    def __init__(self, items: Iterable[Message | Mapping[str, Any]] = ()) -> None:
        self._raw: list[Any] | None = None
        self._items: tuple[Message, ...] | None = None
        if isinstance(items, Messages):
            self._raw, self._items = items._raw, items._items
        else:
            self._items = tuple(_message_from_raw(m) for m in items)

    @classmethod
    def from_raw(cls, raw: list[Any]) -> Messages:
        """Wrap wire data without decoding it yet."""
        if not isinstance(raw, list):
            raise ValueError(f"messages must be a list (got {type(raw).__name__})")
        new = cls.__new__(cls)
        new._raw, new._items = raw, None
        return new

    def _decoded(self) -> tuple[Message, ...]:
        if self._items is None:
            self._items = tuple(_message_from_raw(m) for m in self._raw or ())
        return self._items

    def raw(self) -> list[Any] | None:
        """The undecoded wire data, if the history was never decoded."""
        return self._raw if self._items is None else None

    def __len__(self) -> int:
        return (
            len(self._raw)
            if self._items is None and self._raw is not None
            else len(self._decoded())
        )

    @overload
    def __getitem__(self, index: int) -> Message: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Message, ...]: ...
    def __getitem__(self, index: int | slice) -> Message | tuple[Message, ...]:
        return self._decoded()[index]

    def __iter__(self) -> Iterator[Message]:
        return iter(self._decoded())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Messages | tuple | list):
            return self._decoded() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._decoded())

    def __repr__(self) -> str:
        return f"Messages({list(self._decoded())!r})"


def _to_messages(value: Iterable[Message | Mapping[str, Any]]) -> Messages:
    return value if isinstance(value, Messages) else Messages(value)


@attrs.frozen
class Run:
    """One run of a product tool."""

    id: str
    state: Literal["pending", "complete", "failed", "blocked"] = "pending"
    created_at: datetime = attrs.field(factory=utcnow, converter=_aware)


class HookRuntime(Protocol):
    """What binds a context to the process running the handler."""

    def emit(self, type: str, data: Mapping[str, Any]) -> None: ...

    def log(self, level: LogLevel, message: str, data: Mapping[str, Any]) -> None: ...

    @property
    def db(self) -> ModuleDatabase: ...


class _UnboundRuntime:
    def _fail(self) -> Any:
        raise RuntimeError(
            "this HookContext is not bound to a runtime: emit, log and db work inside a hook "
            "call (the engine or raptscallions.sdk.testing.run_hook binds them)"
        )

    def emit(self, type: str, data: Mapping[str, Any]) -> None:
        self._fail()

    def log(self, level: LogLevel, message: str, data: Mapping[str, Any]) -> None:
        self._fail()

    @property
    def db(self) -> ModuleDatabase:
        return self._fail()  # type: ignore[no-any-return]


UNBOUND: HookRuntime = _UnboundRuntime()


class Logger:
    """`ctx.log`: structured logging per module; keyword arguments become the record's data."""

    __slots__ = ("_runtime",)

    def __init__(self, runtime: HookRuntime) -> None:
        self._runtime = runtime

    def debug(self, message: str, **data: Any) -> None:
        self._runtime.log("debug", message, data)

    def info(self, message: str, **data: Any) -> None:
        self._runtime.log("info", message, data)

    def warning(self, message: str, **data: Any) -> None:
        self._runtime.log("warning", message, data)

    warn = warning  # the spec's name

    def error(self, message: str, **data: Any) -> None:
        self._runtime.log("error", message, data)


@attrs.frozen
class HookContext:
    """Everything a handler knows about the request it is serving.

    `config` is the module's effective configuration for this request (defaults, then global,
    group, class and tool overrides). `emit`, `log` and `db` act on behalf of the module.
    """

    request_id: str
    hook: str
    user: User
    tool: Tool
    timestamp: datetime = attrs.field(factory=utcnow, converter=_aware)
    group: Group | None = None
    class_: Class | None = None
    assignment: Assignment | None = None
    session: Session | None = None
    messages: Messages = attrs.field(factory=Messages, converter=_to_messages)
    message: Message | None = None
    response: str | None = None
    run: Run | None = None
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    config: dict[str, Any] = attrs.field(factory=dict)
    _runtime: HookRuntime = attrs.field(
        default=UNBOUND, eq=False, repr=False, alias="runtime", kw_only=True
    )

    def emit(self, type: str, data: Mapping[str, Any] | None = None) -> None:
        """Record an extraction (stored, and shown to teachers' dashboards).

        Raises:
            PermissionDenied: the manifest grants neither ``extractions:write`` nor
                ``events:emit``.
        """
        self._runtime.emit(type, {} if data is None else data)

    @property
    def log(self) -> Logger:
        return Logger(self._runtime)

    @property
    def db(self) -> ModuleDatabase:
        """Sandboxed, read-only access to extractions of this request's user and session."""
        return self._runtime.db

    def bind(self, runtime: HookRuntime) -> HookContext:
        """This context with `emit`, `log` and `db` acting through `runtime`."""
        return attrs.evolve(self, runtime=runtime)
