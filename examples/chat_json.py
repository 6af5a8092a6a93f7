"""The JSON both example apps speak: request bodies to raptscallions objects, results and
errors to JSON responses. The apps differ only in how they host the engine (asyncio through
the portal, or trio directly); this file is the part they share.

Errors map to statuses: a malformed request 400, an unknown session or module 404, another
user's session 403, an ended session 409, a failed AI provider 502, an engine or database
that is not available 503. Each body is ``{"error": <kind>, "message": <what to do>}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
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
from raptscallions.sdk import Assignment, Class, Group, StoredExtraction, Tool, ToolDefinition, User
from raptscallions.store import LogRow, StoreError

ROLES = ("student", "teacher", "admin")


class BadRequest(Exception):
    """The request body is not what the endpoint expects (the message says what is)."""


# ---------------------------------------------------------------- requests


async def json_body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise BadRequest("the request body must be JSON") from None
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object")
    return body


def _text(raw: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = raw.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        need = "a non-empty string" if required else "a string"
        raise BadRequest(f"{where}.{key} must be {need} (got {value!r:.60})")
    return value


def _object(raw: object, where: str, example: str) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise BadRequest(f"{where} must be an object like {example} (got {raw!r:.60})")
    return raw


def parse_user(raw: object, where: str = "user") -> User:
    """``{"id": "u1", "role": "student", "email": "", "name": ""}`` (role default student)."""
    user = _object(raw, where, '{"id": "u1", "role": "student"}')
    role = user.get("role", "student")
    if role not in ROLES:
        raise BadRequest(f"{where}.role must be one of {', '.join(ROLES)} (got {role!r:.40})")
    return User(
        id=_text(user, "id", where, required=True),
        role=role,
        email=_text(user, "email", where),
        name=_text(user, "name", where),
    )


def message_user(body: Mapping[str, Any]) -> User:
    """The sender of a message: ``"user": {...}``, or just ``"user_id"`` (a student)."""
    if "user" in body:
        return parse_user(body["user"])
    if isinstance(body.get("user_id"), str) and body["user_id"]:
        return User(id=body["user_id"])
    raise BadRequest('say who sends the message: "user_id": "u1" or "user": {"id": "u1", ...}')


def parse_tool(raw: object) -> Tool:
    """``{"id": "t1", "name": "Tutor", "definition": {"behavior": "...", "model": "",
    "modules": null}}``."""
    tool = _object(raw, "tool", '{"id": "t1", "definition": {"behavior": "..."}}')
    kind = tool.get("type", "chat")
    if kind not in ("chat", "product"):
        raise BadRequest(f"tool.type must be chat or product (got {kind!r:.40})")
    definition = _object(tool.get("definition", {}), "tool.definition", '{"behavior": "..."}')
    modules = definition.get("modules")
    if modules is not None and (
        not isinstance(modules, list) or not all(isinstance(m, str) for m in modules)
    ):
        raise BadRequest("tool.definition.modules must be a list of module names, or null")
    for key in ("constraints", "meta"):
        if definition.get(key) is not None and not isinstance(definition[key], dict):
            raise BadRequest(f"tool.definition.{key} must be an object, or null")
    return Tool(
        id=_text(tool, "id", "tool", required=True),
        name=_text(tool, "name", "tool"),
        type=kind,
        definition=ToolDefinition(
            behavior=_text(definition, "behavior", "tool.definition"),
            model=_text(definition, "model", "tool.definition"),
            modules=None if modules is None else tuple(modules),
            constraints=definition.get("constraints"),
            meta=definition.get("meta"),
        ),
    )


def parse_scope(body: Mapping[str, Any]) -> dict[str, Any]:
    """The optional ``group``, ``class`` and ``assignment`` of a new session, as keyword
    arguments for `start_session`."""
    scope: dict[str, Any] = {}
    if body.get("group") is not None:
        group = _object(body["group"], "group", '{"id": "g1", "path": "district/school"}')
        scope["group"] = Group(
            id=_text(group, "id", "group", required=True),
            name=_text(group, "name", "group"),
            path=_text(group, "path", "group"),
        )
    if body.get("class") is not None:
        class_ = _object(body["class"], "class", '{"id": "c1"}')
        scope["class_"] = Class(
            id=_text(class_, "id", "class", required=True), name=_text(class_, "name", "class")
        )
    if body.get("assignment") is not None:
        assignment = _object(body["assignment"], "assignment", '{"id": "a1"}')
        config = assignment.get("config", {})
        if not isinstance(config, dict):
            raise BadRequest("assignment.config must be an object")
        scope["assignment"] = Assignment(
            id=_text(assignment, "id", "assignment", required=True),
            name=_text(assignment, "name", "assignment"),
            config=config,
        )
    return scope


def content_of(body: Mapping[str, Any]) -> str:
    content = body.get("content")
    if not isinstance(content, str):
        raise BadRequest('a message needs "content": "<text>"')
    return content


# ---------------------------------------------------------------- responses


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def session_json(session: ChatSession) -> dict[str, Any]:
    return {
        "id": session.id,
        "user_id": session.user_id,
        "tool_id": session.tool.id,
        "state": session.state,
        "started_at": _time(session.started_at),
        "ended_at": _time(session.ended_at),
    }


def reply_json(reply: ChatReply) -> dict[str, Any]:
    return {
        "session_id": reply.session_id,
        "response": reply.response,
        "blocked": reply.blocked,
        "reason": reply.reason,
        "ai_called": reply.ai_called,
        "model": reply.model,
        "user_message": {"seq": reply.user_message.seq, "content": reply.user_message.content},
        "extractions": [
            {"module": e.module, "type": e.type, "data": e.data} for e in reply.extractions
        ],
        "trace": [
            {
                "hook": step.hook,
                "module": step.module,
                "action": step.action,
                "duration_ms": step.duration_ms,
                "error": step.error,
            }
            for step in reply.trace
        ],
    }


def status_json(status: ModuleStatus) -> dict[str, Any]:
    return {
        "name": status.name,
        "version": status.version,
        "status": status.status,
        "reason": status.reason,
        "hooks": list(status.hooks),
        "pid": status.pid,
        "generation": status.generation,
        "restart_count": status.restart_count,
        "last_error": status.last_error,
        "required": status.required,
        "counters": {
            hook: {
                "calls": c.calls,
                "blocks": c.blocks,
                "errors": c.errors,
                "timeouts": c.timeouts,
                "p50_ms": c.p50_ms,
                "p99_ms": c.p99_ms,
            }
            for hook, c in status.counters.items()
        },
    }


def extraction_json(row: StoredExtraction) -> dict[str, Any]:
    return {
        "id": row.id,
        "module": row.module,
        "type": row.type,
        "data": row.data,
        "created_at": _time(row.created_at),
        "user_id": row.user_id,
        "session_id": row.session_id,
    }


def log_json(row: LogRow) -> dict[str, Any]:
    return {
        "module": row.module,
        "level": row.level,
        "message": row.message,
        "data": row.data,
        "session_id": row.session_id,
        "created_at": _time(row.created_at),
    }


def limit_of(request: Request, default: int = 100) -> int:
    raw = request.query_params.get("limit", str(default))
    if not raw.isdigit() or not 1 <= int(raw) <= 1000:
        raise BadRequest(f"limit must be a whole number from 1 to 1000 (got {raw!r:.20})")
    return int(raw)


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
