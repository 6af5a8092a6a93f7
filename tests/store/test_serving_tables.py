"""What migration 3 added for several servers on one database, on both backends: session
turn leases and module states (announced like configuration changes)."""

from __future__ import annotations

import pytest
import trio

from raptscallions.store import SessionRow, Store, StoreError


async def test_a_turn_is_held_by_one_owner_until_released_or_expired(store: Store) -> None:
    await store.create_session(SessionRow("s1", "u1", "t1"))
    assert await store.claim_turn("s1", "a", lease_s=30)
    assert not await store.claim_turn("s1", "b", lease_s=30)
    assert await store.claim_turn("s1", "a", lease_s=30)  # renewed by its owner
    await store.release_turn("s1", "b")  # not b's to give back: no effect
    assert not await store.claim_turn("s1", "b", lease_s=30)
    await store.release_turn("s1", "a")
    assert await store.claim_turn("s1", "b", lease_s=0.2)
    assert not await store.claim_turn("s1", "a", lease_s=30)
    await trio.sleep(0.3)  # b's lease ran out (b died)
    assert await store.claim_turn("s1", "a", lease_s=30)
    # A session the store does not know has no turn to hold.
    assert await store.claim_turn("unknown", "a", lease_s=30)
    with pytest.raises(StoreError, match="lease_s must be positive"):
        await store.claim_turn("s1", "a", lease_s=0)


async def test_claims_race_and_exactly_one_wins(store: Store) -> None:
    await store.create_session(SessionRow("s1", "u1", "t1"))
    winners: list[str] = []

    async def claim(owner: str) -> None:
        if await store.claim_turn("s1", owner, lease_s=30):
            winners.append(owner)

    async with trio.open_nursery() as nursery:
        for i in range(20):
            nursery.start_soon(claim, f"owner-{i}")
    assert len(winners) == 1


async def test_module_states_are_kept_and_announced(store: Store) -> None:
    assert await store.get_module_state("m") is None
    async with store.config_changes() as changes:
        state = await store.set_module_state("m", disabled=True, reason="by an operator")
        with trio.fail_after(5):
            assert await changes.__anext__() == "m"
    stored = await store.get_module_state("m")
    assert stored is not None and stored.disabled and stored.reason == "by an operator"
    assert stored.updated_at == state.updated_at
    await store.set_module_state("m", disabled=False)
    await store.set_module_state("a", disabled=True)
    assert [(s.module, s.disabled, s.reason) for s in await store.list_module_states()] == [
        ("a", True, None),
        ("m", False, None),
    ]
    with pytest.raises(StoreError, match="disabled must be True or False"):
        await store.set_module_state("m", disabled="no")  # type: ignore[arg-type]
