"""struggle-detector: flag a struggling student once per episode.

Each user message is checked for signs of struggle. Signs are kept per session in a sliding
window measured on the messages' own timestamps (not the wall clock, so replays and tests are
deterministic). When the signs within the window reach `threshold`, one `struggle_detected`
is emitted and the session is "in an episode"; no further flag is raised until the window
falls below the threshold again. `session:end` forgets the session. The spec's version had no
default threshold (so it compared against undefined and never fired) and re-emitted on every
later message; both are fixed here.
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

import attrs

from raptscallions.sdk import HookContext, define_module, get_session_duration

module = define_module()

MAX_SESSIONS = 10_000  # bound on the state kept; the least recently active sessions go first

SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "confusion",
            r"\bi\s+(?:still\s+)?(?:do\s*n[o']?t|dont|can[’']?t|cant)\s+"
            r"(?:understand|get\s+it|follow|see\s+(?:how|why))"
            r"|\b(?:so\s+|really\s+|very\s+)?confus(?:ed|ing)\b|\bmakes?\s+no\s+sense\b"
            r"|\bi'?m\s+(?:so\s+|totally\s+|completely\s+)?lost\b|\bwhat\?{2,}",
        ),
        (
            "stuck",
            r"\bstuck\b|\bcan[’']?t\s+figure\b|\bcant\s+figure\b|\bno\s+idea\b"
            r"|\bi\s+give\s+up\b|\bgiving\s+up\b",
        ),
        ("help", r"\b(?:please\s+)?help(?:\s+me)?\b|\bi\s+need\s+help\b"),
        (
            "frustration",
            r"\b(?:ugh+|argh+|grr+)\b|\bthis\s+is\s+(?:so\s+)?(?:stupid|dumb|impossible|pointless)"
            r"|\bi\s+hate\s+(?:this|math|homework)\b|\bi'?m\s+(?:so\s+)?(?:frustrated|annoyed)\b",
        ),
        ("unsure", r"^\s*(?:idk|i\s+dunno|dunno|i\s+don'?t\s+know|\?+)\s*[.!?]*\s*$"),
    )
)


@attrs.define
class SessionState:
    signs: deque[tuple[datetime, str]] = attrs.field(factory=deque)
    in_episode: bool = False
    last_user_message: str | None = None


def _sessions() -> OrderedDict[str, SessionState]:
    sessions: OrderedDict[str, SessionState] | None = module.state.get("sessions")
    if sessions is None:
        sessions = module.state["sessions"] = OrderedDict()
    return sessions


@lru_cache(maxsize=64)
def _custom(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def signs_in(
    text: str, previous: str | None, custom: tuple[re.Pattern[str], ...] = ()
) -> list[str]:
    """The kinds of struggle signs in `text` (a repeated message counts as "repetition")."""
    straight = text.replace("’", "'")  # phones type "don’t"; the patterns spell "don't"
    found = [kind for kind, pattern in SIGNS if pattern.search(straight)]
    if any(p.search(text) for p in custom):
        found.append("custom")
    normalized = " ".join(text.casefold().split())
    if previous is not None and normalized and normalized == previous:
        found.append("repetition")
    return found


@module.on_load
async def setup(config: dict[str, Any]) -> None:
    _custom(tuple(config.get("customPatterns", ())))


@module.hook("chat:on_message")
async def observe(ctx: HookContext) -> None:
    config = ctx.config
    if not config.get("enabled", True) or ctx.session is None or ctx.message is None:
        return
    if ctx.message.role != "user":
        return
    threshold = int(config.get("threshold", 3))
    window = timedelta(minutes=float(config.get("windowMinutes", 5)))
    sessions = _sessions()
    state = sessions.get(ctx.session.id)
    if state is None:
        state = sessions[ctx.session.id] = SessionState()
        while len(sessions) > MAX_SESSIONS:
            sessions.popitem(last=False)
    else:
        sessions.move_to_end(ctx.session.id)

    now = ctx.timestamp
    text = ctx.message.content
    for kind in signs_in(
        text, state.last_user_message, _custom(tuple(config.get("customPatterns", ())))
    ):
        state.signs.append((now, kind))
    state.last_user_message = " ".join(text.casefold().split())
    while state.signs and now - state.signs[0][0] > window:
        state.signs.popleft()

    if len(state.signs) < threshold:
        state.in_episode = False
        return
    if state.in_episode:
        return
    state.in_episode = True
    ctx.emit(
        "struggle_detected",
        {
            "session_id": ctx.session.id,
            "indicators": [{"type": kind, "at": at.isoformat()} for at, kind in state.signs],
            "count": len(state.signs),
            "threshold": threshold,
            "window_minutes": window.total_seconds() / 60,
            "session_duration_seconds": round(get_session_duration(ctx, now=now), 3),
        },
    )
    ctx.log.info("struggle detected", session_id=ctx.session.id, count=len(state.signs))


@module.hook("session:end")
async def forget(ctx: HookContext) -> None:
    if ctx.session is not None:
        _sessions().pop(ctx.session.id, None)
