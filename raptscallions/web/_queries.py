"""Logs and extractions as the API filters and pages them, over the Store's list methods.

The Store filters logs by module and exact level, and extractions by equality, newest first
with a limit; it has no minimum level, no time window and no cursor. So this file asks for
more rows than it needs and filters the rest here: a minimum level is one query per level
(merged), and a time window or a cursor widens the query (4x each round) until the page is
full, the rows run out, or `SCAN_CAP` rows have been read. Exact below the cap; past it a
page may come back short (the cap bounds the work a request can cause).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

import attrs

from ..sdk import StoredExtraction
from ..store import LogRow, Store
from ._json import LEVELS, Cursor, aware, cursor_key, encode_cursor

SCAN_CAP: Final = 20_000


@attrs.frozen
class LogFilter:
    module: str | None = None
    level: str | None = None  # the minimum
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # inclusive

    def admits(self, row: LogRow) -> bool:
        at = aware(row.created_at)
        return (self.since is None or at >= self.since) and (self.until is None or at <= self.until)


def _log_key(row: LogRow) -> tuple[datetime, str]:
    return aware(row.created_at), row.id or ""


async def _newest_logs(store: Store, f: LogFilter, fetch: int) -> tuple[list[LogRow], bool]:
    """The newest rows of the module at or above the level (at least the newest `fetch`, or
    all of them), and whether that is all of them."""
    levels: Sequence[str | None] = [None] if f.level is None else LEVELS[LEVELS.index(f.level) :]
    merged: list[LogRow] = []
    complete = True
    for level in levels:
        rows = await store.list_logs(module=f.module, level=level, limit=fetch)
        complete = complete and len(rows) < fetch
        merged.extend(rows)
    merged.sort(key=_log_key, reverse=True)
    # Complete: every matching row is here. Otherwise only the newest `fetch` are certain
    # (a level that filled its `fetch` may have newer rows than another level's oldest).
    return (merged if complete else merged[:fetch]), complete


async def find_logs(store: Store, f: LogFilter, limit: int) -> list[LogRow]:
    """Rows matching `f`, newest first, at most `limit`."""
    windowed = f.since is not None or f.until is not None
    fetch = limit
    while True:
        rows, complete = await _newest_logs(store, f, fetch)
        found = [row for row in rows if f.admits(row)]
        past_since = f.since is not None and bool(rows) and aware(rows[-1].created_at) < f.since
        if not windowed or len(found) >= limit or complete or past_since or fetch >= SCAN_CAP:
            return found[:limit]
        fetch = min(fetch * 4, SCAN_CAP)


@attrs.frozen
class ExtractionFilter:
    module: str | None = None
    type: str | None = None
    session_id: str | None = None
    user_id: str | None = None


async def find_extractions(
    store: Store, f: ExtractionFilter, limit: int, before: Cursor | None
) -> tuple[list[StoredExtraction], str | None]:
    """One page (newest first) of the rows matching `f` that come after the cursor `before`,
    and the cursor of the next page (None when there is none)."""
    fetch = limit + 1 if before is None else max(4 * (limit + 1), 200)
    while True:
        rows = await store.list_extractions(
            module=f.module,
            type=f.type,
            session_id=f.session_id,
            user_id=f.user_id,
            limit=fetch,
        )
        after = rows if before is None else [r for r in rows if cursor_key(r) < before]
        if len(after) > limit or len(rows) < fetch or fetch >= SCAN_CAP:
            break
        fetch = min(fetch * 4, SCAN_CAP)
    page = after[:limit]
    more = len(after) > limit
    return page, encode_cursor(page[-1]) if more and page else None
