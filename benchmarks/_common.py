"""Shared pieces of the benchmarks: the context, the module set, percentiles, output."""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from raptscallions.sdk import HookContext
from raptscallions.sdk.testing import mock_context

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def context_4k() -> HookContext:
    """A ~4 KB context: 20 history messages, a student message with an email in it."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    history = [
        {
            "id": f"m{i}",
            "role": "user" if i % 2 == 0 else "assistant",
            "content": (
                "Can you explain why the denominator stays the same when adding fractions?"
                if i % 2 == 0
                else "Sure! When the pieces are the same size, you only count how many."
            ),
            "seq": i,
            "created_at": (start + timedelta(seconds=30 * i)).isoformat(),
        }
        for i in range(20)
    ]
    return mock_context(
        messages=history,
        message="I think 3/4 + 1/4 = 4/8? my email is sam.lee@example.com",
        session={"message_count": 21},
    )


@contextmanager
def chain_dir() -> Iterator[Path]:
    """A modules folder holding the 3-module chain: pii-filter, safety-filter, tagger."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "pii-filter").symlink_to(REPO / "modules" / "pii-filter")
        (root / "safety-filter").symlink_to(REPO / "modules" / "safety-filter")
        (root / "tagger").symlink_to(HERE / "modules" / "tagger")
        yield root


def percentiles(samples_us: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples_us, n=100, method="inclusive")
    return cuts[49], cuts[98]


def row(name: str, *cells: str) -> str:
    return f"  {name:<34}" + "".join(f"{c:>14}" for c in cells)
