"""`open_store(url)`: the one way to a Store, choosing the backend by the URL's scheme."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Final

from ._base import Store, StoreError
from ._sql import redact
from ._sqlite import open_sqlite

DEFAULT_URL: Final = "sqlite:///raptscallions.db"
SCHEMES: Final = ("sqlite", "postgresql", "postgres")


@asynccontextmanager
async def open_store(
    url: str = DEFAULT_URL, *, pool_size: int = 10, connect_timeout: float = 10.0
) -> AsyncIterator[Store]:
    """Open the database at `url`, applying pending migrations; close it on exit.

    `sqlite:///relative/path.db`, `sqlite:////absolute/path.db`, `sqlite:///:memory:`: the
    embedded default (stdlib sqlite3, WAL mode). `postgresql://user@host:port/dbname` (or
    `postgres://`): psycopg 3 with a pool of at most `pool_size` connections; the tables live
    in the connection's default schema (`?options=-c%20search_path%3Dmyschema` picks one).

        async with open_store("sqlite:///raptscallions.db") as store:
            await store.set_config(ConfigRow("pii-filter", "global", None, {"mode": "mask"}))

    Raises:
        StoreError: an unsupported URL (naming it, password hidden, and the schemes
            supported), a database that cannot be opened or reached (naming host:port), or a
            failed migration.

    Cancellation: see the backend's opener; closing is shielded.
    """
    scheme = url.partition("://")[0].lower() if "://" in url else ""
    if scheme == "sqlite":
        async with open_sqlite(url) as sqlite_store:
            yield sqlite_store
    elif scheme in ("postgresql", "postgres"):
        from ._postgres import open_postgres  # psycopg only for those who use it

        async with open_postgres(
            url, pool_size=pool_size, connect_timeout=connect_timeout
        ) as pg_store:
            yield pg_store
    else:
        raise StoreError(
            f"unsupported store URL {redact(url)!r}: the supported schemes are "
            f"{', '.join(s + '://' for s in SCHEMES)} (e.g. sqlite:///raptscallions.db or "
            "postgresql://user@localhost:5432/dbname)"
        )
