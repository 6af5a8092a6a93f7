"""Writing extractions and module logs to the store in batches, off the hot path.

Workers' records land in a bounded buffer (a sync append); one task writes them in batches,
when a batch is full or an interval has passed, and on shutdown. If the database is down the
writes retry with backoff and the buffer holds; records that still cannot be kept (the buffer
is full, or the store stays down past the shutdown deadline) are counted and reported as
lost, never dropped silently.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, Final, TypeVar

import attrs
import trio

from ..sdk._db import ExtractionQuery, StoredExtraction
from ..sdk._errors import RaptscallionsError
from ..store._base import LogRow, Store

log = logging.getLogger("raptscallions.store")
T = TypeVar("T")

RETRY_INITIAL: Final = 0.1
RETRY_CAP: Final = 5.0


@attrs.define
class WriterStats:
    written_extractions: int = 0
    written_logs: int = 0
    retries: int = 0
    lost_extractions: int = 0
    lost_logs: int = 0
    last_error: str | None = None

    @property
    def lost(self) -> int:
        return self.lost_extractions + self.lost_logs


class _Buffer:
    def __init__(self, capacity: int) -> None:
        self.rows: deque[Any] = deque()
        self.capacity = capacity


class StoreSink:
    """The engine's sink when it has a store: batches writes, answers `ctx.db` reads."""

    def __init__(
        self,
        store: Store,
        *,
        max_batch: int = 500,
        interval: float = 0.2,
        max_buffer: int = 100_000,
        on_loss: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.max_batch = max_batch
        self.interval = interval
        self.stats = WriterStats()
        self._extractions = _Buffer(max_buffer)
        self._logs = _Buffer(max_buffer)
        self._wake = trio.Event()
        self._lock = trio.Lock()
        self._on_loss = on_loss or (lambda text: log.error("%s", text))
        self._closed = False

    @property
    def pending(self) -> int:
        return len(self._extractions.rows) + len(self._logs.rows)

    # ---------------------------------------------------------------- Sink

    def add_extraction(self, record: StoredExtraction) -> None:
        self._add(self._extractions, record, "extraction")

    def add_log(self, entry: LogRow) -> None:
        self._add(self._logs, entry, "log")

    def _add(self, buffer: _Buffer, row: Any, kind: str) -> None:
        if len(buffer.rows) >= buffer.capacity:
            if kind == "extraction":
                self.stats.lost_extractions += 1
            else:
                self.stats.lost_logs += 1
            if self.stats.lost in (1, 10, 100, 1000) or self.stats.lost % 10_000 == 0:
                self._on_loss(
                    f"store buffer full ({buffer.capacity} {kind}s waiting; the database is "
                    f"down or too slow): {self.stats.lost} record(s) lost so far"
                )
            return
        buffer.rows.append(row)
        if len(buffer.rows) >= self.max_batch:
            self._wake.set()

    async def query_extractions(self, query: ExtractionQuery) -> list[StoredExtraction]:
        await self.flush()  # a module reads what it (or its request) just wrote
        return await self.store.query_extractions(query)

    async def count_extractions(self, query: ExtractionQuery) -> int:
        await self.flush()
        return await self.store.count_extractions(query)

    # ---------------------------------------------------------------- writing

    async def run(self, *, task_status: trio.TaskStatus[None] = trio.TASK_STATUS_IGNORED) -> None:
        """The writer task: flush on a full batch or every `interval` seconds."""
        task_status.started()
        while True:
            with trio.move_on_after(self.interval):
                await self._wake.wait()
            self._wake = trio.Event()
            await self.flush()

    async def flush(self, *, deadline: float | None = None) -> None:
        """Write everything buffered now, retrying with backoff while the store fails.

        With `deadline` (a trio clock time), gives up then and leaves the rest buffered.
        Cancellation: rows of an interrupted batch go back to the buffer's front.
        """
        async with self._lock:
            delay = RETRY_INITIAL
            while self._extractions.rows or self._logs.rows:
                try:
                    await self._write_batch(self._extractions, self.store.insert_extractions)
                    await self._write_batch(self._logs, self.store.insert_logs)
                    delay = RETRY_INITIAL
                except RaptscallionsError as exc:
                    self.stats.retries += 1
                    self.stats.last_error = str(exc)
                    if self.stats.retries in (1, 10) or self.stats.retries % 100 == 0:
                        log.warning("store write failed (retrying, %d rows waiting): %s",
                                    self.pending, exc)  # fmt: skip
                    if deadline is not None and trio.current_time() + delay > deadline:
                        return
                    await trio.sleep(delay)
                    delay = min(RETRY_CAP, delay * 2)

    async def _write_batch(self, buffer: _Buffer, insert: Callable[[Sequence[Any]], Any]) -> None:
        if not buffer.rows:
            return
        batch = [buffer.rows.popleft() for _ in range(min(self.max_batch, len(buffer.rows)))]
        try:
            await insert(batch)
        except BaseException:
            buffer.rows.extendleft(reversed(batch))
            raise
        if buffer is self._extractions:
            self.stats.written_extractions += len(batch)
        else:
            self.stats.written_logs += len(batch)

    async def close(self, *, grace_s: float = 10.0) -> None:
        """Flush what is left (for at most `grace_s`); report what could not be written."""
        await self.flush(deadline=trio.current_time() + grace_s)
        lost_x, lost_l = len(self._extractions.rows), len(self._logs.rows)
        if lost_x or lost_l:
            self.stats.lost_extractions += lost_x
            self.stats.lost_logs += lost_l
            self._on_loss(
                f"could not write {lost_x} extraction(s) and {lost_l} log line(s) before "
                f"shutdown: {self.stats.last_error}"
            )
