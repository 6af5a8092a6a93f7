"""``/api/keys``: an operator makes, lists and revokes the gateway's API keys (admin token);
a key is shown once, stored as a hash, and maps to a tool."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

from .conftest import GatewayServer

FIELDS = {"id", "name", "tool_id", "created_at", "last_used_at", "revoked_at"}


def test_a_key_is_shown_once_listed_without_it_and_revoked(echo_server: GatewayServer) -> None:
    made = echo_server.make_key("keys-tutor", name="Homework helper")
    assert set(made) == FIELDS | {"key"}
    assert made["key"].startswith("rsk-") and len(made["key"]) > 40
    assert made["name"] == "Homework helper" and made["tool_id"] == "keys-tutor"
    datetime.fromisoformat(made["created_at"])
    assert made["last_used_at"] is None and made["revoked_at"] is None

    listed = {k["id"]: k for k in echo_server.check(echo_server.admin.get("/api/keys"))}
    assert set(listed[made["id"]]) == FIELDS
    assert made["key"] not in str(listed)
    assert hashlib.sha256(made["key"].encode()).hexdigest() not in str(listed)

    client = echo_server.client(made["key"])
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    used = {k["id"]: k for k in echo_server.check(echo_server.admin.get("/api/keys"))}
    assert used[made["id"]]["last_used_at"] is not None

    revoked = echo_server.check(echo_server.admin.delete(f"/api/keys/{made['id']}"))
    assert revoked["id"] == made["id"] and revoked["revoked_at"] is not None
    again = echo_server.check(echo_server.admin.delete(f"/api/keys/{made['id']}"))
    assert again["revoked_at"] == revoked["revoked_at"]  # revoking twice changes nothing
    after = echo_server.check(echo_server.admin.get("/api/keys"))
    assert made["id"] not in {k["id"] for k in after}
    everything = echo_server.check(
        echo_server.admin.get("/api/keys", params={"include_revoked": "true"})
    )
    assert made["id"] in {k["id"] for k in everything}


def test_only_the_hash_is_stored(echo_server: GatewayServer) -> None:
    made = echo_server.make_key("keys-hash")
    database = Path(echo_server.log_path).parent / "server.db"
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT * FROM api_keys WHERE id = ?", (made["id"],)).fetchall()
    assert made["key"] not in str(rows)
    assert hashlib.sha256(made["key"].encode()).hexdigest() in str(rows)


def test_keys_need_the_admin_token_and_a_key_does_not_open_the_admin_api(
    echo_server: GatewayServer,
) -> None:
    made = echo_server.make_key("keys-auth")
    anonymous = echo_server.admin.get("/api/keys", headers={"Authorization": ""})
    assert anonymous.status_code == 401
    with_key = echo_server.admin.get(
        "/api/keys", headers={"Authorization": f"Bearer {made['key']}"}
    )
    assert with_key.status_code == 401 and with_key.json()["error"] == "unauthorized"


def test_bad_requests_are_refused_in_the_admin_shape(echo_server: GatewayServer) -> None:
    admin = echo_server.admin
    for body, field in (
        ({"name": "x"}, "$.tool_id"),
        ({"tool_id": "t"}, "$.name"),
        ({"name": "", "tool_id": "t"}, "$.name"),
        ({"name": "x", "tool_id": 3}, "$.tool_id"),
        ({"name": "x", "tool_id": "t", "scope": "all"}, "$.scope"),
        ({"name": "x" * 201, "tool_id": "t"}, "$.name"),
    ):
        response = admin.post("/api/keys", json=body)
        assert response.status_code == 400, (body, response.text)
        assert response.json()["error"] == "bad_request" and response.json()["field"] == field
    assert admin.post("/api/keys", content=b"[]").status_code == 400
    assert admin.get("/api/keys", params={"limit": "3"}).status_code == 400
    missing = admin.delete("/api/keys/no-such-key")
    assert missing.status_code == 404 and missing.json()["error"] == "key_not_found"
    assert admin.put("/api/keys/x").status_code == 405
