"""The operators' listings on both stores, against the same rows filtered by brute force:
extractions paged by a (created_at, id) cursor (ties on the time included), logs by exact or
minimum level and a time window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from raptscallions.sdk import StoredExtraction
from raptscallions.store import LogRow, Store, StoreError

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
LEVELS = ("debug", "info", "warning", "error")


def extraction(n: int) -> StoredExtraction:
    # Every third row shares its time with the one before: the id breaks the tie.
    return StoredExtraction(
        id=f"x{n:04d}",
        module="m-a" if n % 2 else "m-b",
        type="note" if n % 5 else "flag",
        data={"n": n},
        created_at=T0 + timedelta(seconds=n - (n % 3 == 2)),
        user_id="u1",
        session_id="s1" if n < 150 else "s2",
    )


def log(n: int) -> LogRow:
    return LogRow(
        module="m-a" if n % 3 else "m-b",
        level=LEVELS[n % 4],  # type: ignore[arg-type]
        message=f"line {n}",
        created_at=T0 + timedelta(seconds=n),
        id=f"l{n:04d}",
    )


@pytest.mark.parametrize("limit", [1, 7, 50])
async def test_paging_extractions_visits_every_row_once_in_order(store: Store, limit: int) -> None:
    rows = [extraction(n) for n in range(200)]
    await store.insert_extractions(rows)
    filters: list[dict[str, Any]] = [{}, {"module": "m-a"}, {"type": "flag", "session_id": "s2"}]
    for f in filters:
        wanted = sorted(
            (r for r in rows if all(getattr(r, k) == v for k, v in f.items())),
            key=lambda r: (r.created_at, r.id),
            reverse=True,
        )
        seen: list[str] = []
        before: tuple[datetime, str] | None = None
        while True:
            page = await store.list_extractions(**f, before=before, limit=limit)
            assert len(page) <= limit
            seen += [r.id for r in page]
            if len(page) < limit:
                break
            before = (page[-1].created_at, page[-1].id)
        assert seen == [r.id for r in wanted], f


@pytest.mark.parametrize("level", [None, *LEVELS])
async def test_logs_by_minimum_level_and_window(store: Store, level: Any) -> None:
    rows = [log(n) for n in range(120)]
    await store.insert_logs(rows)
    since, until = T0 + timedelta(seconds=40), T0 + timedelta(seconds=90)
    filters: list[dict[str, Any]] = [
        {},
        {"module": "m-b"},
        {"until": until},
        {"since": since, "until": until},
        {"module": "m-a", "since": since},
    ]
    for limit in (1, 3, 100):
        for f in filters:
            floor = 0 if level is None else LEVELS.index(level)
            wanted = [
                r.id for r in sorted(rows, key=lambda r: r.created_at, reverse=True)
                if LEVELS.index(r.level) >= floor and f.get("module") in (None, r.module)
                and r.created_at >= f.get("since", r.created_at)
                and r.created_at <= f.get("until", r.created_at)
            ][:limit]  # fmt: skip
            found = await store.list_logs(**f, min_level=level, limit=limit)
            assert [r.id for r in found] == wanted, (f, limit)
    exact = await store.list_logs(level="warning", since=since, limit=1000)
    assert {r.level for r in exact} == {"warning"} and len(exact) == 20


async def test_an_unknown_minimum_level_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="min_level must be one of debug, info, warning, error"):
        await store.list_logs(min_level="loud")  # type: ignore[arg-type]
