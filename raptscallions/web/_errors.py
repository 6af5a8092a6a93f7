"""The server's errors as the client sees them: a status, a code, a message, maybe a field.

Rules of this file: every error a request can cause maps to one row of the table in
docs/http-api.md; anything that maps to none is a bug of ours (a 500, logged). The
most specific class comes first (`RequiredModuleError` is a `ConfigError`; `SessionNotFound`
and `NotSessionOwner` are `ChatError`s).
"""

from __future__ import annotations

import re
from typing import Any

from ..chat import (
    AIError,
    ChatError,
    NotSessionOwner,
    SessionBusy,
    SessionEnded,
    SessionNotFound,
)
from ..engine import RequiredModuleError, UnknownModule
from ..sdk import ConfigError, ManifestError, ModuleLoadError
from ..store import StoreError
from ._response import Json


class ApiError(Exception):
    """An answer other than success: ``{"error": code, "message": ..., "field"?: ...}``."""

    def __init__(self, status: int, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field

    def response(self, headers: dict[str, str] | None = None) -> Json:
        body: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.field is not None:
            body["field"] = self.field
        return Json(body, status_code=self.status, headers=headers)


class BadRequest(ApiError):
    """The body or a query parameter is not what the endpoint expects (400)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(400, "bad_request", message, field=field)


class NotFound(ApiError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(404, code, message)


class InvalidScope(ApiError):
    def __init__(self, message: str) -> None:
        super().__init__(422, "invalid_scope", message)


class BodyTooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            413,
            "body_too_large",
            f"the request body is larger than this server accepts ({limit} bytes); send less "
            "(the operator can raise the limit with --max-body)",
        )


UNAUTHORIZED = ApiError(
    401,
    "unauthorized",
    "this endpoint needs the admin token: send 'Authorization: Bearer <token>' (the token is "
    "RAPTSCALLIONS_ADMIN_TOKEN, or the one 'raptscallions serve' printed at start)",
)

# The first `$.path` in an engine ConfigError: "invalid config for module 'x': $.a[0]: ...".
_FIELD = re.compile(r"(\$(?:\.[^\s.\[:]+|\[\d+\])*): ")


def field_of(message: str) -> str:
    """The JSON path of the first field a config error names (``$`` when it names none)."""
    found = _FIELD.search(message)
    return found.group(1) if found else "$"


def api_error(exc: Exception) -> ApiError | None:
    """The answer for an error the client can act on, or None for a bug of ours."""
    message = str(exc)
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, RequiredModuleError):
        return ApiError(422, "required_module", message)
    if isinstance(exc, ConfigError):
        return ApiError(422, "invalid_config", message, field=field_of(message))
    if isinstance(exc, ManifestError | ModuleLoadError):
        return ApiError(422, "module_load_error", message)
    if isinstance(exc, UnknownModule):
        return NotFound("module_not_found", message)
    if isinstance(exc, SessionNotFound):
        return NotFound("session_not_found", message)
    if isinstance(exc, NotSessionOwner):
        return ApiError(403, "not_session_owner", message)
    if isinstance(exc, SessionEnded):
        return ApiError(409, "session_ended", message)
    if isinstance(exc, SessionBusy):
        return ApiError(409, "session_busy", message)
    if isinstance(exc, ChatError):
        return BadRequest(message)
    if isinstance(exc, AIError):
        return ApiError(502, "ai_error", message)
    if isinstance(exc, StoreError):
        return ApiError(503, "unavailable", f"the database is not available: {message}")
    return None
