"""`raptscallions bench load`: the HTTP load test (200 sessions for 30 s by default; pass
`--extra --sessions N --seconds S`), printing throughput, latency and what was checked."""

from __future__ import annotations

from collections.abc import Sequence

from .load_http import main as load_main


def main(argv: Sequence[str]) -> None:
    load_main(argv)
