"""Building hook contexts for the pipelines, and keeping a session's parts in the store.

A session row keeps the tool, group, class and assignment it was started with (as the wire
encodes them), so that any process can rebuild the context of its next message.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ..engine import HookOutcome
from ..sdk._context import (
    Assignment,
    Class,
    Group,
    Message,
    Messages,
    Tool,
    User,
)
from ..sdk._convert import converter
from ..store import MessageRow
from ._ai import AIMessage

DEFAULT_BLOCK_RESPONSE: Final = "I can't help with that request."


@attrs.frozen
class Scope:
    """Where a request comes from, besides the user: what scoped configuration keys on."""

    tool: Tool
    group: Group | None = None
    class_: Class | None = None
    assignment: Assignment | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "tool": converter.unstructure(self.tool),
            "group": None if self.group is None else converter.unstructure(self.group),
            "class": None if self.class_ is None else converter.unstructure(self.class_),
            "assignment": (
                None if self.assignment is None else converter.unstructure(self.assignment)
            ),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Scope:
        def part(kind: type[Any], key: str) -> Any:
            value = raw.get(key)
            return None if value is None else converter.structure(value, kind)

        return cls(
            tool=converter.structure(raw["tool"], Tool),
            group=part(Group, "group"),
            class_=part(Class, "class"),
            assignment=part(Assignment, "assignment"),
        )


def new_id() -> str:
    return uuid.uuid4().hex


def history(rows: Iterable[MessageRow]) -> Messages:
    """The conversation as modules see it, oldest first: the stored messages, blocked turns
    included (a module may care that a student was stopped before), but not a user message
    whose AI call failed (it was never answered)."""
    return Messages(
        Message(id=r.id, role=r.role, content=r.content, seq=r.seq, created_at=r.created_at)
        for r in rows
        if r.status != "failed"
    )


def ai_history(rows: Iterable[MessageRow]) -> list[AIMessage]:
    """The conversation as the AI sees it: only what reached it and was answered. A turn
    blocked before the AI never reaches it, not even later as history."""
    return [AIMessage(r.role, r.content) for r in rows if r.status == "ok"]


@attrs.frozen
class HookStep:
    """What one module did in one hook of a request (a `TraceEntry` with its hook)."""

    hook: str
    module: str
    action: str
    duration_ms: float = 0.0
    error: str | None = None


def steps(hook: str, outcome: HookOutcome) -> tuple[HookStep, ...]:
    return tuple(HookStep(hook, t.module, t.action, t.duration_ms, t.error) for t in outcome.trace)


def system_prompt(behavior: str, additions: Iterable[str]) -> str:
    """The tool's behavior, then what modules added (the spec's layout)."""
    extra = [a for a in additions if a]
    if not extra:
        return behavior
    added = "Additional context:\n" + "\n".join(extra)
    return f"{behavior}\n\n{added}" if behavior else added


def check_user(user: object) -> User:
    if not isinstance(user, User):
        raise TypeError(f"user must be a raptscallions.sdk.User (got {type(user).__name__})")
    return user
