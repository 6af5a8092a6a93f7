"""API keys of the OpenAI-compatible gateway: made, listed and revoked under ``/api/keys``
(admin token), and checked on every ``/v1`` request (`KeyRing.authenticate`).

Rules of this file: a key is shown once, in the answer that makes it; only its sha256 is
stored (a key is 256 random bits, so a plain hash is enough), and a presented key's hash is
compared in constant time. A revoked key opens nothing. ``last_used_at`` is recorded at most
once a minute per key, so that a busy application does not turn every request into a write.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..store import ApiKeyRow, Store, StoreError
from ._errors import BadRequest, NotFound, api_error
from ._json import bool_param, check_params, only_keys, parse_json, text, when
from ._response import Json

log = logging.getLogger("raptscallions.web")

KEY_PREFIX: Final = "rsk-"
TOUCH_EVERY: Final = timedelta(seconds=60)
MAX_NAME: Final = 200

Handler = Callable[[Request], Awaitable[Response]]


def new_key() -> str:
    """A fresh key: the prefix and 256 random bits, URL-safe."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_hash(key: str | bytes) -> str:
    raw = key.encode() if isinstance(key, str) else key
    return hashlib.sha256(raw).hexdigest()


def key_json(row: ApiKeyRow) -> dict[str, Any]:
    """A key as the API shows it: never the key, nor its hash."""
    return {
        "id": row.id,
        "name": row.name,
        "tool_id": row.tool_id,
        "created_at": when(row.created_at),
        "last_used_at": when(row.last_used_at),
        "revoked_at": when(row.revoked_at),
    }


class KeyRing:
    """The gateway's keys, in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def create(self, name: str, tool_id: str) -> tuple[ApiKeyRow, str]:
        """A new key for `tool_id`: the row as stored and the key (to show once).

        Raises: StoreError."""
        key = new_key()
        row = await self.store.create_api_key(
            ApiKeyRow(id=uuid.uuid4().hex, name=name, tool_id=tool_id, key_hash=key_hash(key))
        )
        return row, key

    async def authenticate(self, presented: bytes) -> ApiKeyRow | None:
        """The live key `presented` is, or None (unknown or revoked).

        Raises: StoreError: the database failed (the request cannot be checked)."""
        digest = key_hash(presented)
        row = await self.store.find_api_key_by_hash(digest)
        if row is None or not hmac.compare_digest(row.key_hash.encode(), digest.encode()):
            return None
        if row.revoked_at is not None:
            return None
        now = datetime.now(UTC)
        if row.last_used_at is None or now - row.last_used_at >= TOUCH_EVERY:
            try:
                await self.store.touch_api_key(row.id, at=now)
            except StoreError as exc:  # the request is good; only the record of it is late
                log.warning("could not record the use of API key %s: %s", row.id, exc)
        return row


def _answering(handler: Handler) -> Handler:
    """Errors the client can act on become their JSON answer (docs/http-api.md)."""

    async def handle(request: Request) -> Response:
        try:
            return await handler(request)
        except Exception as exc:
            error = api_error(exc)
            if error is None:
                raise
            return error.response()

    handle.__name__ = handler.__name__
    return handle


def _name(body: dict[str, Any], key: str) -> str:
    value = text(body, key, "$", required=True)
    if len(value) > MAX_NAME:
        raise BadRequest(f"$.{key} may have at most {MAX_NAME} characters", field=f"$.{key}")
    return value


class KeyEndpoints:
    """``POST /api/keys``, ``GET /api/keys``, ``DELETE /api/keys/{key_id}``."""

    def __init__(self, ring: KeyRing) -> None:
        self.ring = ring

    def routes(self) -> list[Route]:
        return [
            Route("/api/keys", _answering(self.keys), methods=["GET", "POST"]),
            Route("/api/keys/{key_id}", _answering(self.revoke), methods=["DELETE"]),
        ]

    async def keys(self, request: Request) -> Response:
        if request.method == "POST":
            return await self.create(request)
        return await self.list(request)

    async def create(self, request: Request) -> Response:
        check_params(request.query_params, ())
        body = parse_json(await request.body())
        if not isinstance(body, dict):
            raise BadRequest(
                'the body must be a JSON object like {"name": "homework app", "tool_id": '
                '"math-tutor"}'
            )
        only_keys(body, "$", ("name", "tool_id"))
        row, key = await self.ring.create(_name(body, "name"), _name(body, "tool_id"))
        return Json({**key_json(row), "key": key}, status_code=201)

    async def list(self, request: Request) -> Response:
        query = request.query_params
        check_params(query, ("include_revoked",))
        include = bool_param(query, "include_revoked") or False
        rows = await self.ring.store.list_api_keys(include_revoked=include)
        return Json([key_json(row) for row in rows])

    async def revoke(self, request: Request) -> Response:
        check_params(request.query_params, ())
        key_id = request.path_params["key_id"]
        row = await self.ring.store.revoke_api_key(key_id)
        if row is None:
            raise NotFound("key_not_found", f"no API key {key_id!r}: GET /api/keys lists them")
        return Json(key_json(row))
