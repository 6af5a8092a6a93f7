"""What migration 4 added for the OpenAI-compatible gateway, on both backends: API keys, kept
as hashes, each mapped to a tool, touched when used and revoked for good."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
import trio

from raptscallions.store import ApiKeyRow, Store, StoreError

from .conftest import raw


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def key_row(key_id: str, key: str, **fields: object) -> ApiKeyRow:
    defaults: dict[str, object] = {"name": f"app {key_id}", "tool_id": "math-tutor"}
    return ApiKeyRow(id=key_id, key_hash=digest(key), **(defaults | fields))  # type: ignore[arg-type]


async def test_a_key_is_found_by_its_hash_and_never_stored_in_clear(store: Store) -> None:
    created = await store.create_api_key(key_row("k1", "rsk-secret-one"))
    assert created.created_at.tzinfo is not None
    assert created.last_used_at is None and created.revoked_at is None
    found = await store.find_api_key_by_hash(digest("rsk-secret-one"))
    assert found == created
    assert await store.find_api_key_by_hash(digest("rsk-secret-two")) is None
    rows = await raw(store, "SELECT * FROM api_keys")
    assert "rsk-secret-one" not in repr(rows)
    assert "key_hash" not in repr(created)  # not in logs by accident either


async def test_keys_are_listed_oldest_first_and_revoked_ones_only_on_request(
    store: Store,
) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i, name in enumerate(("b", "a", "c")):
        await store.create_api_key(
            key_row(name, f"rsk-{name}", created_at=start + timedelta(minutes=i))
        )
    assert [k.id for k in await store.list_api_keys()] == ["b", "a", "c"]
    revoked = await store.revoke_api_key("a")
    assert revoked is not None and revoked.revoked_at is not None
    assert [k.id for k in await store.list_api_keys()] == ["b", "c"]
    assert [k.id for k in await store.list_api_keys(include_revoked=True)] == ["b", "a", "c"]
    # Found by hash all the same: the caller tells a revoked key from an unknown one.
    found = await store.find_api_key_by_hash(digest("rsk-a"))
    assert found is not None and found.revoked_at == revoked.revoked_at


async def test_revoking_twice_keeps_the_first_time_and_an_unknown_key_is_none(
    store: Store,
) -> None:
    await store.create_api_key(key_row("k1", "rsk-1"))
    first = await store.revoke_api_key("k1")
    await trio.sleep(0.01)
    second = await store.revoke_api_key("k1")
    assert first is not None and second is not None
    assert second.revoked_at == first.revoked_at
    assert await store.revoke_api_key("nope") is None


async def test_touch_records_the_last_use_and_never_moves_it_back(store: Store) -> None:
    await store.create_api_key(key_row("k1", "rsk-1"))
    later = datetime(2030, 5, 1, 12, 0, tzinfo=UTC)
    await store.touch_api_key("k1", at=later)
    await store.touch_api_key("k1", at=later - timedelta(hours=1))
    found = await store.find_api_key_by_hash(digest("rsk-1"))
    assert found is not None and found.last_used_at == later
    await store.touch_api_key("k1")  # now: earlier than 2030, so kept
    await store.touch_api_key("unknown")  # nothing to touch
    [listed] = await store.list_api_keys()
    assert listed.last_used_at == later


async def test_a_fresh_key_touched_now_reads_back_now(store: Store) -> None:
    await store.create_api_key(key_row("k1", "rsk-1"))
    before = datetime.now(UTC)
    await store.touch_api_key("k1")
    found = await store.find_api_key_by_hash(digest("rsk-1"))
    assert found is not None and found.last_used_at is not None
    assert before - timedelta(seconds=1) <= found.last_used_at <= datetime.now(UTC)


async def test_ids_and_hashes_are_unique(store: Store) -> None:
    await store.create_api_key(key_row("k1", "rsk-1"))
    with pytest.raises(StoreError, match="id 'k1' exists already"):
        await store.create_api_key(key_row("k1", "rsk-2"))
    with pytest.raises(StoreError, match="this hash exists already"):
        await store.create_api_key(key_row("k2", "rsk-1"))
    assert [k.id for k in await store.list_api_keys()] == ["k1"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"key_hash": "rsk-the-key-itself"}, "key_hash must be the key's sha256"),
        ({"key_hash": digest("x").upper()}, "key_hash must be the key's sha256"),
        ({"name": ""}, "name must be a non-empty string"),
        ({"tool_id": ""}, "tool_id must be a non-empty string"),
        ({"id": ""}, "id must be a non-empty string"),
    ],
)
async def test_a_bad_key_row_is_refused(
    store: Store, fields: dict[str, object], message: str
) -> None:
    row = key_row("k1", "rsk-1")
    bad = ApiKeyRow(
        **{
            "id": row.id,
            "name": row.name,
            "tool_id": row.tool_id,
            "key_hash": row.key_hash,
            **fields,
        }  # type: ignore[arg-type]
    )
    with pytest.raises(StoreError, match=message):
        await store.create_api_key(bad)
    assert await store.list_api_keys(include_revoked=True) == []
