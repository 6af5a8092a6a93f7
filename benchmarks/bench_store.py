"""How many extractions per second the engine's store writer persists (`StoreSink`, batches
of 500), on SQLite and on PostgreSQL.

Figures: store_writes_sqlite, store_writes_postgres (extractions/s). PostgreSQL is the one
at ``RAPTSCALLIONS_BENCH_DATABASE_URL`` (default postgresql://postgres@127.0.0.1:5432/test),
in a schema of its own that is dropped afterwards; when it cannot be reached the figure is
reported without values.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from typing import Any

import trio

from raptscallions.engine._records import CallIdentity, make_extraction
from raptscallions.engine._writer import StoreSink
from raptscallions.store import open_store

from ._common import Options, Result, result, row

PG_URL = os.environ.get(
    "RAPTSCALLIONS_BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"
)


async def writes_per_second(url: str, count: int, runs: int) -> list[float]:
    identity = CallIdentity("req-1", "user-1", session_id="session-1", class_id="class-1")
    rates = []
    async with open_store(url) as store:
        sink = StoreSink(store)
        async with trio.open_nursery() as nursery:
            await nursery.start(sink.run)
            for _ in range(runs):
                records = [
                    make_extraction("bench", "topic", {"i": i, "topic": "fractions"}, identity)
                    for i in range(count)
                ]
                start = time.perf_counter()
                for record in records:
                    sink.add_extraction(record)
                await sink.flush()
                rates.append(count / (time.perf_counter() - start))
            nursery.cancel_scope.cancel()
    return rates


def _pg_schema(admin_url: str) -> tuple[Any, str] | None:
    try:
        import psycopg
        from psycopg import sql
    except ImportError:
        return None
    try:
        conn = psycopg.connect(admin_url, autocommit=True, connect_timeout=3)
    except psycopg.Error as exc:
        print(f"  PostgreSQL not reachable ({' '.join(str(exc).split())[:120]})")
        return None
    schema = f"rs_bench_{uuid.uuid4().hex[:12]}"
    conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    return conn, schema


def main(argv: list[str] | None = None) -> list[Result]:
    opts = Options(argv or [])
    count = opts.n(10_000, 300)
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = trio.run(writes_per_second, f"sqlite:///{tmp}/bench.db", count, opts.runs)
    postgres: list[float] = []
    made = _pg_schema(PG_URL)
    if made is not None:
        conn, schema = made
        url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
        try:
            postgres = trio.run(writes_per_second, url, count, opts.runs)
        finally:
            from psycopg import sql

            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(
                sql.Identifier(schema)))  # fmt: skip
            conn.close()
    print(row("", "extractions/s"))
    print(row("SQLite", f"{max(sqlite):.0f}"))
    print(row("PostgreSQL", f"{max(postgres):.0f}" if postgres else "not reachable"))
    return [
        result("store_writes_sqlite", "extractions/s", sqlite),
        result("store_writes_postgres", "extractions/s", postgres),
    ]


if __name__ == "__main__":
    main(sys.argv[1:])
