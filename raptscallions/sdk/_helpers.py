"""The spec's context helpers, for the questions most modules ask."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from ._context import HookContext, Message, _aware, utcnow

Replacement = str | Callable[[re.Match[str]], str]
PatternSpec = (
    tuple[str | re.Pattern[str], Replacement] | Mapping[str, str | re.Pattern[str] | Replacement]
)


def is_student(ctx: HookContext) -> bool:
    return ctx.user.role == "student"


def is_teacher(ctx: HookContext) -> bool:
    return ctx.user.role == "teacher"


def get_user_message_count(ctx: HookContext) -> int:
    """How many messages in the history the user wrote."""
    return sum(1 for m in ctx.messages if m.role == "user")


def get_recent_messages(ctx: HookContext, count: int) -> tuple[Message, ...]:
    """The last `count` messages of the history (fewer if there are fewer; none if count <= 0)."""
    if count <= 0:
        return ()
    return tuple(ctx.messages[-count:])


def is_first_message(ctx: HookContext) -> bool:
    """Whether the message being handled is the first of its session."""
    return ctx.session is not None and ctx.session.message_count == 1


def get_session_duration(ctx: HookContext, *, now: datetime | None = None) -> float:
    """Seconds since the session started (0 without a session); a naive `now` is UTC."""
    if ctx.session is None:
        return 0.0
    end = utcnow() if now is None else _aware(now)
    return max(0.0, (end - ctx.session.started_at).total_seconds())


def contains_pattern(text: str, patterns: Iterable[str | re.Pattern[str]]) -> bool:
    """Whether `text` contains any pattern: a str matches as a case-insensitive substring, a
    compiled pattern with `search`."""
    lowered: str | None = None
    for pattern in patterns:
        if isinstance(pattern, str):
            if lowered is None:
                lowered = text.casefold()
            if pattern.casefold() in lowered:
                return True
        elif pattern.search(text):
            return True
    return False


def redact_patterns(text: str, patterns: Iterable[PatternSpec]) -> str:
    """Replace every match of each pattern in turn.

    Each entry is ``(pattern, replacement)`` or ``{"pattern": ..., "replacement": ...}``; a
    str pattern is a regular expression; a replacement may be a function of the match. Every
    occurrence is replaced (the spec's global flag is implied).
    """
    result = text
    for spec in patterns:
        if isinstance(spec, Mapping):
            pattern, replacement = spec["pattern"], spec["replacement"]
        else:
            pattern, replacement = spec
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
        if not isinstance(compiled, re.Pattern):
            raise TypeError(f"redact_patterns: {pattern!r} is not a pattern")
        result = compiled.sub(replacement, result)  # type: ignore[arg-type]
    return result
