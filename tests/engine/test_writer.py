"""Batched writes to the store: retries while the database is down, nothing lost silently."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import trio

from raptscallions.engine._records import make_extraction
from raptscallions.engine._writer import StoreSink
from raptscallions.sdk._db import ExtractionQuery, StoredExtraction
from raptscallions.store import LogRow, Store, StoreError, open_store


class Outage:
    """A real store whose inserts fail while `down` (the database unreachable)."""

    def __init__(self, store: Store, *, failures: int = 0) -> None:
        self.store = store
        self.failures = failures
        self.attempts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    async def insert_extractions(self, rows: Sequence[StoredExtraction]) -> None:
        self.attempts += 1
        if self.failures:
            self.failures -= 1
            raise StoreError("insert_extractions failed: connection refused")
        await self.store.insert_extractions(rows)

    async def insert_logs(self, rows: Sequence[LogRow]) -> None:
        if self.failures:
            raise StoreError("insert_logs failed: connection refused")
        await self.store.insert_logs(rows)


def rows(n: int) -> list[StoredExtraction]:
    return [make_extraction("m", "t", {"i": i}, None) for i in range(n)]


async def count(store: Store) -> int:
    return len(await store.list_extractions(module="m", limit=1000))


async def test_writes_retry_until_the_database_is_back(tmp_path: Path) -> None:
    async with open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as real:
        flaky = Outage(real, failures=3)
        losses: list[str] = []
        sink = StoreSink(flaky, max_batch=10, interval=0.01, on_loss=losses.append)
        for row in rows(25):
            sink.add_extraction(row)
        sink.add_log(LogRow("m", "info", "hello"))
        await sink.flush()
        assert flaky.attempts >= 3 + 3  # three failures, then the three batches
        assert sink.stats.retries == 3
        assert sink.stats.written_extractions == 25 and sink.stats.written_logs == 1
        assert sink.pending == 0 and losses == [] and sink.stats.lost == 0
        assert await count(real) == 25


async def test_reads_see_buffered_writes(tmp_path: Path) -> None:
    async with open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as real:
        sink = StoreSink(real, interval=60)
        sink.add_extraction(make_extraction("m", "t", {}, None))
        assert sink.pending == 1
        assert await sink.count_extractions(ExtractionQuery(user_id="nobody")) == 0
        assert sink.pending == 0, "a read flushes first, so a module reads its own writes"


async def test_what_cannot_be_written_by_shutdown_is_counted_and_reported(tmp_path: Path) -> None:
    async with open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as real:
        down = Outage(real, failures=10**9)
        losses: list[str] = []
        sink = StoreSink(down, on_loss=losses.append)
        for row in rows(7):
            sink.add_extraction(row)
        start = trio.current_time()
        await sink.close(grace_s=0.5)
        assert trio.current_time() - start < 2
        assert sink.stats.lost_extractions == 7
        assert losses and "7 extraction(s)" in losses[-1] and "connection refused" in losses[-1]


async def test_a_full_buffer_counts_and_reports_what_it_drops(tmp_path: Path) -> None:
    async with open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as real:
        losses: list[str] = []
        sink = StoreSink(real, max_buffer=5, on_loss=losses.append)
        for row in rows(8):
            sink.add_extraction(row)
        assert sink.pending == 5
        assert sink.stats.lost_extractions == 3
        assert losses and "buffer full" in losses[0]
        await sink.close()
        assert await count(real) == 5
