"""Filtering and paging of logs and extractions (`raptscallions.web._queries`) on a real
SQLite store, against the same rows filtered by brute force: minimum levels, time windows,
cursors (ties on the time included) and the widening of the store query when a page needs
rows from deeper down."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from raptscallions.sdk import StoredExtraction
from raptscallions.store import LogRow, open_store
from raptscallions.web._json import LEVELS, cursor_key, decode_cursor
from raptscallions.web._queries import ExtractionFilter, LogFilter, find_extractions, find_logs

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def extraction(n: int) -> StoredExtraction:
    # Every third row shares its time with the one before: the id breaks the tie.
    return StoredExtraction(
        id=f"x{n:04d}",
        module="m-a" if n % 2 else "m-b",
        type="note" if n % 5 else "flag",
        data={"n": n},
        created_at=T0 + timedelta(seconds=n - (n % 3 == 2)),
        user_id="u1",
        session_id="s1" if n < 300 else "s2",
    )


def log(n: int) -> LogRow:
    return LogRow(
        module="m-a" if n % 3 else "m-b",
        level=LEVELS[n % 4],
        message=f"line {n}",
        created_at=T0 + timedelta(seconds=n),
        id=f"l{n:04d}",
    )


@pytest.mark.parametrize("limit", [1, 7, 50])
@pytest.mark.parametrize(
    "f",
    [
        ExtractionFilter(),
        ExtractionFilter(module="m-a"),
        ExtractionFilter(type="flag", session_id="s2"),
    ],
    ids=["all", "module", "type-session"],
)
async def test_paging_extractions_visits_every_row_once_in_order(
    tmp_path: Path, limit: int, f: ExtractionFilter
) -> None:
    rows = [extraction(n) for n in range(450)]
    async with open_store(f"sqlite:///{tmp_path / 'q.db'}") as store:
        await store.insert_extractions(rows)
        wanted = sorted(
            (r for r in rows if (f.module in (None, r.module))
             and (f.type in (None, r.type)) and (f.session_id in (None, r.session_id))),
            key=cursor_key, reverse=True,
        )  # fmt: skip
        seen: list[str] = []
        before = None
        while True:
            page, cursor = await find_extractions(store, f, limit, before)
            assert len(page) <= limit
            seen += [r.id for r in page]
            if cursor is None:
                break
            assert len(page) == limit
            before = decode_cursor(cursor)
        assert seen == [r.id for r in wanted]


@pytest.mark.parametrize("limit", [1, 3, 100])
@pytest.mark.parametrize("level", [None, *LEVELS])
async def test_logs_by_minimum_level_and_window(
    tmp_path: Path, limit: int, level: str | None
) -> None:
    rows = [log(n) for n in range(300)]
    since, until = T0 + timedelta(seconds=40), T0 + timedelta(seconds=90)
    async with open_store(f"sqlite:///{tmp_path / 'q.db'}") as store:
        await store.insert_logs(rows)
        for f in (
            LogFilter(level=level),
            LogFilter(module="m-b", level=level),
            LogFilter(level=level, until=until),
            LogFilter(level=level, since=since, until=until),
            LogFilter(module="m-a", level=level, since=since),
        ):
            floor = 0 if f.level is None else LEVELS.index(f.level)
            wanted = [
                r.id for r in sorted(rows, key=lambda r: r.created_at, reverse=True)
                if LEVELS.index(r.level) >= floor and f.module in (None, r.module)
                and (f.since is None or r.created_at >= f.since)
                and (f.until is None or r.created_at <= f.until)
            ][:limit]  # fmt: skip
            assert [r.id for r in await find_logs(store, f, limit)] == wanted, f
