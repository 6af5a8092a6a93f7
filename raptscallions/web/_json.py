"""The JSON the server speaks: request bodies and query parameters in, raptscallions objects
out, and the response shapes of docs/http-api.md.

Rules of this file: a parser either returns a well-typed value or raises `BadRequest` naming
the field (``$.user.id``), what it must be and what it got; nothing here does I/O. Unknown
keys are refused rather than ignored, so that a typo is an error and not a silent default.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from typing import Any, Final, Literal, cast, get_args

from ..chat import ChatReply, ChatSession, HookStep, ProductRun
from ..engine import ModuleStatus, OutcomeExtraction
from ..sdk import Assignment, Class, Group, Manifest, StoredExtraction, Tool, ToolDefinition, User
from ..store import ConfigRow, LogRow, MessageRow, RunRow
from ._errors import BadRequest

Role = Literal["student", "teacher", "admin"]
ROLES: Final[tuple[str, ...]] = get_args(Role)
LEVELS: Final = ("debug", "info", "warning", "error")

# ---------------------------------------------------------------- values


def parse_json(raw: bytes) -> Any:
    """The parsed body (any JSON value). Raises BadRequest: not UTF-8 JSON, or NaN/Infinity."""
    if not raw.strip():
        raise BadRequest("the request body is empty: send a JSON object")
    try:
        return json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise BadRequest(f"the request body is not valid JSON: {exc}") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_object(raw: bytes) -> dict[str, Any]:
    """The parsed body, which must be a JSON object. Raises BadRequest (see `parse_json`)."""
    body = parse_json(raw)
    if not isinstance(body, dict):
        raise BadRequest(f"the request body must be a JSON object (got {type(body).__name__})")
    return body


def obj(raw: object, where: str, example: str) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise BadRequest(
            f"{where} must be a JSON object like {example} (got {_show(raw)})", field=where
        )
    return raw


def only_keys(raw: Mapping[str, Any], where: str, allowed: Collection[str]) -> None:
    unknown = sorted(set(raw) - set(allowed))
    if unknown:
        raise BadRequest(
            f"{where} has unknown key(s) {', '.join(map(repr, unknown))}; the keys it may have "
            f"are {', '.join(sorted(allowed))}",
            field=f"{where}.{unknown[0]}",
        )


def text(raw: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = raw.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        need = "a non-empty string" if required else "a string"
        raise BadRequest(
            f"{where}.{key} must be {need} (got {_show(value)})", field=f"{where}.{key}"
        )
    return value


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    shown = json.dumps(value, default=str)
    return shown if len(shown) <= 60 else shown[:57] + "..."


# ---------------------------------------------------------------- request bodies

USER_KEYS: Final = ("id", "role", "email", "name")
TOOL_KEYS: Final = ("id", "name", "type", "definition")
DEFINITION_KEYS: Final = ("behavior", "model", "modules", "constraints", "meta")


def parse_user(raw: object, where: str = "$.user") -> User:
    """``{"id": "u1", "role": "student", "email": "", "name": ""}`` (role default student)."""
    user = obj(raw, where, '{"id": "u1", "role": "student"}')
    only_keys(user, where, USER_KEYS)
    role = user.get("role", "student")
    if role not in ROLES:
        raise BadRequest(
            f"{where}.role must be one of {', '.join(ROLES)} (got {_show(role)})",
            field=f"{where}.role",
        )
    return User(
        id=text(user, "id", where, required=True),
        role=cast(Role, role),
        email=text(user, "email", where),
        name=text(user, "name", where),
    )


def parse_tool(raw: object, default_type: Literal["chat", "product"]) -> Tool:
    """``{"id": "t1", "name": "Tutor", "type": "chat", "definition": {"behavior": "...",
    "model": "", "modules": null, "constraints": null, "meta": null}}``."""
    where = "$.tool"
    tool = obj(raw, where, '{"id": "t1", "definition": {"behavior": "..."}}')
    only_keys(tool, where, TOOL_KEYS)
    kind = tool.get("type", default_type)
    if kind not in ("chat", "product"):
        raise BadRequest(
            f"{where}.type must be chat or product (got {_show(kind)})", field=f"{where}.type"
        )
    dwhere = f"{where}.definition"
    definition = obj(tool.get("definition", {}), dwhere, '{"behavior": "..."}')
    only_keys(definition, dwhere, DEFINITION_KEYS)
    modules = definition.get("modules")
    if modules is not None and (
        not isinstance(modules, list) or not all(isinstance(m, str) and m for m in modules)
    ):
        raise BadRequest(
            f"{dwhere}.modules must be a list of module names, or null (got {_show(modules)})",
            field=f"{dwhere}.modules",
        )
    for key in ("constraints", "meta"):
        if definition.get(key) is not None and not isinstance(definition[key], dict):
            raise BadRequest(
                f"{dwhere}.{key} must be an object, or null (got {_show(definition[key])})",
                field=f"{dwhere}.{key}",
            )
    return Tool(
        id=text(tool, "id", where, required=True),
        name=text(tool, "name", where),
        type=cast(Literal["chat", "product"], kind),
        definition=ToolDefinition(
            behavior=text(definition, "behavior", dwhere),
            model=text(definition, "model", dwhere),
            modules=None if modules is None else tuple(modules),
            constraints=definition.get("constraints"),
            meta=definition.get("meta"),
        ),
    )


def parse_scope(body: Mapping[str, Any]) -> dict[str, Any]:
    """The optional ``group``, ``class`` and ``assignment`` of a session or a run, as keyword
    arguments for `start_session` and `ProductService.run`."""
    scope: dict[str, Any] = {}
    if body.get("group") is not None:
        group = obj(body["group"], "$.group", '{"id": "g1", "path": "district/school"}')
        only_keys(group, "$.group", ("id", "name", "path"))
        scope["group"] = Group(
            id=text(group, "id", "$.group", required=True),
            name=text(group, "name", "$.group"),
            path=text(group, "path", "$.group"),
        )
    if body.get("class") is not None:
        class_ = obj(body["class"], "$.class", '{"id": "c1"}')
        only_keys(class_, "$.class", ("id", "name"))
        scope["class_"] = Class(
            id=text(class_, "id", "$.class", required=True), name=text(class_, "name", "$.class")
        )
    if body.get("assignment") is not None:
        assignment = obj(body["assignment"], "$.assignment", '{"id": "a1"}')
        only_keys(assignment, "$.assignment", ("id", "name", "config"))
        config = assignment.get("config", {})
        if not isinstance(config, dict):
            raise BadRequest(
                f"$.assignment.config must be an object (got {_show(config)})",
                field="$.assignment.config",
            )
        scope["assignment"] = Assignment(
            id=text(assignment, "id", "$.assignment", required=True),
            name=text(assignment, "name", "$.assignment"),
            config=config,
        )
    return scope


def message_user(body: Mapping[str, Any]) -> User:
    """The sender of a message: ``"user": {...}``, or just ``"user_id"`` (a student)."""
    if "user" in body and "user_id" in body:
        raise BadRequest('say who sends the message once: "user_id" or "user", not both')
    if "user" in body:
        return parse_user(body["user"])
    if "user_id" in body:
        user_id = body["user_id"]
        if not isinstance(user_id, str) or not user_id.strip():
            raise BadRequest(
                f"$.user_id must be a non-empty string (got {_show(user_id)})", field="$.user_id"
            )
        return User(id=user_id)
    raise BadRequest('say who sends the message: "user_id": "u1" or "user": {"id": "u1", ...}')


def content_of(body: Mapping[str, Any]) -> str:
    content = body.get("content")
    if not isinstance(content, str):
        raise BadRequest(
            f'a message needs "content": "<text>" (got {_show(content)})', field="$.content"
        )
    return content


# ---------------------------------------------------------------- query parameters


def check_params(params: Mapping[str, str], allowed: Collection[str]) -> None:
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        accepted = ", ".join(sorted(allowed)) if allowed else "none"
        raise BadRequest(
            f"unknown query parameter(s) {', '.join(map(repr, unknown))}; this endpoint "
            f"accepts: {accepted}"
        )


def param(params: Mapping[str, str], name: str) -> str | None:
    """A query parameter's value; absent and empty are the same (None)."""
    value = params.get(name)
    return value if value else None


def int_param(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = param(params, name)
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit() or not low <= int(raw) <= high:
        raise BadRequest(f"{name} must be a whole number from {low} to {high} (got {raw!r:.30})")
    return int(raw)


def bool_param(params: Mapping[str, str], name: str) -> bool | None:
    raw = param(params, name)
    if raw is None:
        return None
    if raw not in ("true", "false"):
        raise BadRequest(f"{name} must be true or false (got {raw!r:.30})")
    return raw == "true"


def time_param(params: Mapping[str, str], name: str) -> datetime | None:
    """An ISO 8601 time (``2026-12-05T22:49:18Z``); one without a zone is UTC."""
    raw = param(params, name)
    if raw is None:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise BadRequest(
            f"{name} must be an ISO 8601 time like 2026-12-05T22:49:18Z (got {raw!r:.40})"
        ) from None
    return aware(value)


def aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# ---------------------------------------------------------------- cursors

Cursor = tuple[datetime, str]


def encode_cursor(row: StoredExtraction) -> str:
    raw = json.dumps([aware(row.created_at).isoformat(), row.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(raw: str) -> Cursor:
    try:
        data = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        when, row_id = data
        if not isinstance(when, str) or not isinstance(row_id, str):
            raise ValueError("not a cursor")
        return aware(datetime.fromisoformat(when)), row_id
    except (ValueError, TypeError, binascii.Error):
        raise BadRequest(
            f"before must be the 'next' of a previous page of extractions (got {raw!r:.40})"
        ) from None


# ---------------------------------------------------------------- responses


def when(value: datetime | None) -> str | None:
    return None if value is None else aware(value).astimezone(UTC).isoformat()


def finite(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else value


def module_json(status: ModuleStatus, *, detail: bool = False) -> dict[str, Any]:
    """The `Module` object (docs/http-api.md); `detail` adds schema, defaults and config."""
    m: Manifest | None = status.manifest
    hooks = list(status.hooks)
    result: dict[str, Any] = {
        "name": status.name,
        "version": status.version,
        "status": status.status,
        "required": status.required,
        "description": m.description if m else "",
        "display_name": m.display_name if m else None,
        "icon": m.icon if m else None,
        "tags": list(m.tags) if m else [],
        "hooks": hooks,
        "priorities": {h: m.priority(h) for h in hooks} if m else {},
        "blocking": {h: m.is_blocking(h) for h in hooks} if m else {},
        "restart_count": status.restart_count,
        "last_error": status.last_error,
        "last_error_at": when(status.last_error_at),
        "reason": status.reason,
        "loaded_at": when(status.loaded_at),
        "generation": status.generation,
        "pid": status.pid,
        "protections": dict(status.protections),
        "secrets": {  # names only, never values
            "declared": list(status.secrets.declared),
            "granted": list(status.secrets.granted),
            "missing": dict(status.secrets.missing),
            "undeclared": list(status.secrets.undeclared),
        },
        "counters": {
            hook: {
                "calls": c.calls,
                "blocks": c.blocks,
                "errors": c.errors,
                "timeouts": c.timeouts,
                "p50_ms": finite(c.p50_ms),
                "p99_ms": finite(c.p99_ms),
            }
            for hook, c in status.counters.items()
        },
    }
    if detail:
        result["config_schema"] = m.config_schema if m else None
        result["defaults"] = m.default_config() if m else {}
        result["strictness"] = dict(m.strictness) if m else {}
        scope = m.scope if m else None
        result["scope"] = {
            "global": scope.allow_global if scope else False,
            "group": scope.allow_group if scope else False,
            "class": scope.allow_class if scope else False,
            "tool": scope.allow_tool if scope else False,
        }
        result["config"] = status.config
    return result


def config_json(
    module: str, scope_type: str, scope_id: str | None, row: ConfigRow | None
) -> dict[str, Any]:
    return {
        "module": module,
        "scope_type": scope_type,
        "scope_id": scope_id,
        "stored": row is not None,
        "config": dict(row.config) if row is not None else {},
        "enabled": row.enabled if row is not None else None,
        "updated_at": when(row.updated_at) if row is not None else None,
    }


def log_json(row: LogRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "module": row.module,
        "level": row.level,
        "message": row.message,
        "data": row.data,
        "session_id": row.session_id,
        "request_id": row.request_id,
        "created_at": when(row.created_at),
    }


def extraction_json(row: StoredExtraction) -> dict[str, Any]:
    return {
        "id": row.id,
        "module": row.module,
        "type": row.type,
        "data": row.data,
        "user_id": row.user_id,
        "session_id": row.session_id,
        "run_id": row.run_id,
        "class_id": row.class_id,
        "request_id": row.request_id,
        "created_at": when(row.created_at),
    }


def tool_json(tool: Tool) -> dict[str, Any]:
    d = tool.definition
    return {
        "id": tool.id,
        "name": tool.name,
        "type": tool.type,
        "definition": {
            "behavior": d.behavior,
            "model": d.model,
            "modules": None if d.modules is None else list(d.modules),
            "constraints": d.constraints,
            "meta": d.meta,
        },
    }


def session_json(session: ChatSession) -> dict[str, Any]:
    g, c, a = session.group, session.class_, session.assignment
    return {
        "id": session.id,
        "user_id": session.user_id,
        "tool": tool_json(session.tool),
        "state": session.state,
        "started_at": when(session.started_at),
        "ended_at": when(session.ended_at),
        "group": None if g is None else {"id": g.id, "name": g.name, "path": g.path},
        "class": None if c is None else {"id": c.id, "name": c.name},
        "assignment": None if a is None else {"id": a.id, "name": a.name, "config": a.config},
    }


def message_json(row: MessageRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "role": row.role,
        "content": row.content,
        "seq": row.seq,
        "status": row.status,
        "created_at": when(row.created_at),
    }


def _extractions(items: tuple[OutcomeExtraction, ...]) -> list[dict[str, Any]]:
    return [{"module": e.module, "type": e.type, "data": e.data} for e in items]


def _trace(steps: tuple[HookStep, ...]) -> list[dict[str, Any]]:
    return [
        {
            "hook": s.hook,
            "module": s.module,
            "action": s.action,
            "duration_ms": finite(s.duration_ms),
            "error": s.error,
        }
        for s in steps
    ]


def reply_json(reply: ChatReply) -> dict[str, Any]:
    return {
        "session_id": reply.session_id,
        "response": reply.response,
        "blocked": reply.blocked,
        "reason": reply.reason,
        "ai_called": reply.ai_called,
        "model": reply.model,
        "extractions": _extractions(reply.extractions),
        "trace": _trace(reply.trace),
        "user_message": message_json(reply.user_message),
        "assistant_message": message_json(reply.assistant_message),
    }


def run_json(run: ProductRun) -> dict[str, Any]:
    return {
        "id": run.id,
        "state": run.state,
        "input": run.input,
        "output": run.output,
        "blocked": run.blocked,
        "reason": run.reason,
        "extractions": _extractions(run.extractions),
        "trace": _trace(run.trace),
        "model": run.model,
    }


def stored_run_json(row: RunRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "tool_id": row.tool_id,
        "user_id": row.user_id,
        "state": row.state,
        "input": row.input,
        "output": row.output,
        "reason": row.reason,
        "error": row.error,
        "class_id": row.class_id,
        "group_id": row.group_id,
        "created_at": when(row.created_at),
        "completed_at": when(row.completed_at),
    }
