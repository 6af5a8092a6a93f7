"""The JSON both example apps speak: request bodies to raptscallions objects, results and
errors to JSON responses.

Requests are read by the server's own parsers (`raptscallions.web._json`: `parse_user`,
`parse_scope`, `message_user`, `content_of`, and `parse_tool` below). Responses are narrower
views of the server's response shapes: the same values, with the fields docs/embedding.md
lists for the examples (a session names its tool by ``tool_id``).

Errors map to statuses: a malformed request 400, an unknown session or module 404, another
user's session 403, an ended session 409, a failed AI provider 502, an engine or database
that is not available 503. Each body is ``{"error": <kind>, "message": <what to do>}``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from raptscallions.chat import (
    AIError,
    ChatError,
    ChatReply,
    ChatSession,
    NotSessionOwner,
    SessionEnded,
    SessionNotFound,
)
from raptscallions.engine import ModuleStatus, UnknownModule
from raptscallions.sdk import StoredExtraction, Tool
from raptscallions.store import LogRow, StoreError
from raptscallions.web import _json
from raptscallions.web._errors import BadRequest

SESSION_FIELDS = ("id", "user_id", "tool_id", "state", "started_at", "ended_at")
REPLY_FIELDS = ("session_id", "response", "blocked", "reason", "ai_called", "model",
                "user_message", "extractions", "trace")  # fmt: skip
MESSAGE_FIELDS = ("seq", "content")
STATUS_FIELDS = ("name", "version", "status", "reason", "hooks", "pid", "generation",
                 "restart_count", "last_error", "required", "counters")  # fmt: skip
EXTRACTION_FIELDS = ("id", "module", "type", "data", "created_at", "user_id", "session_id")
LOG_FIELDS = ("module", "level", "message", "data", "session_id", "created_at")


# ---------------------------------------------------------------- requests


async def json_body(request: Request) -> dict[str, Any]:
    return _json.parse_object(await request.body())


async def optional_body(request: Request) -> dict[str, Any]:
    """The body as an object, or {} when there is none."""
    raw = await request.body()
    return _json.parse_object(raw) if raw else {}


def parse_tool(raw: object) -> Tool:
    """``{"id": "t1", "name": "Tutor", "definition": {"behavior": "...", "model": "",
    "modules": null}}`` (a chat tool unless ``type`` says otherwise)."""
    return _json.parse_tool(raw, "chat")


def limit_of(request: Request, default: int = 100) -> int:
    return _json.int_param(request.query_params, "limit", default, 1, 1000)


# ---------------------------------------------------------------- responses


def _pick(full: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    return {field: full[field] for field in fields}


def session_json(session: ChatSession) -> dict[str, Any]:
    return _pick({**_json.session_json(session), "tool_id": session.tool.id}, SESSION_FIELDS)


def reply_json(reply: ChatReply) -> dict[str, Any]:
    full = _json.reply_json(reply)
    return {
        **_pick(full, REPLY_FIELDS),
        "user_message": _pick(full["user_message"], MESSAGE_FIELDS),
    }


def status_json(status: ModuleStatus) -> dict[str, Any]:
    return _pick(_json.module_json(status), STATUS_FIELDS)


def extraction_json(row: StoredExtraction) -> dict[str, Any]:
    return _pick(_json.extraction_json(row), EXTRACTION_FIELDS)


def log_json(row: LogRow) -> dict[str, Any]:
    return _pick(_json.log_json(row), LOG_FIELDS)


# ---------------------------------------------------------------- errors

# Most specific first: NotSessionOwner and SessionNotFound are ChatErrors too.
_STATUSES: tuple[tuple[type[Exception], int, str], ...] = (
    (BadRequest, 400, "bad_request"),
    (SessionNotFound, 404, "session_not_found"),
    (UnknownModule, 404, "module_not_found"),
    (NotSessionOwner, 403, "not_session_owner"),
    (SessionEnded, 409, "session_ended"),
    (ChatError, 400, "bad_request"),
    (AIError, 502, "ai_error"),
    (StoreError, 503, "database_unavailable"),
)


def error_response(exc: Exception) -> JSONResponse | None:
    """The JSON response for an error the client can act on, or None (a bug: let it be a 500
    and be logged)."""
    for kind, status, name in _STATUSES:
        if isinstance(exc, kind):
            return JSONResponse({"error": name, "message": str(exc)}, status_code=status)
    return None
