"""A short demonstration: start the engine over the modules, pass a few messages through.

Stands in for `serve` until the HTTP server exists. Every module runs in its own worker
process, exactly as it will behind the server.
"""

from __future__ import annotations

from pathlib import Path

import trio

from .engine import open_engine
from .sdk.testing import mock_context
from .store import open_store
from .store._sql import redact

SAMPLES = (
    "Hi! Can you help me with fractions? My email is sam.lee@example.com",
    "Call me at (555) 123-4567 if the answer is 3.14159",
    "My card is 4111 1111 1111 1111, is that safe to share?",
    "I want to kill myself",
    "What year did WWII end? I think 1945",
)


async def _demo(modules_dir: Path, database: str) -> int:
    shown = redact(database)
    print(f"raptscallions: store {shown}; starting the modules in {modules_dir} ...")
    start = trio.current_time()
    async with open_store(database) as store, open_engine(modules_dir, store=store) as engine:
        took = trio.current_time() - start
        for s in engine.statuses():
            mark = "✓" if s.status == "ready" else "✗"
            detail = f"pid {s.pid}" if s.pid else (s.last_error or "")
            print(f"  {mark} {s.name:<18} {s.version or '-':<8} {s.status:<9} {detail}")
        print(f"  ({took:.2f} s to start)\n")
        print("The HTTP server is not built yet; passing sample messages through the modules:")
        for text in SAMPLES:
            outcome = await engine.execute_hook("chat:before_ai", mock_context(message=text))
            print(f"\n  student:   {text}")
            for t in outcome.trace:
                print(f"    {t.module:<16} {t.action:<9} {t.duration_ms:6.2f} ms")
            if outcome.action == "block":
                print(f"  blocked ({outcome.reason}): {outcome.direct_response}")
            else:
                print(f"  to the AI: {outcome.modifications.message or text}")
            kinds = ", ".join(f"{e.module}:{e.type}" for e in outcome.extractions)
            if kinds:
                print(f"  extractions: {kinds}")
    async with open_store(database) as store:
        stored = await store.list_extractions(limit=1000)
    print(f"\n{len(stored)} extraction(s) now in {shown} (newest first):")
    for row in stored[:5]:
        print(f"  {row.created_at:%H:%M:%S} {row.module}:{row.type} {row.data}")
    return 0


def run_demo(modules_dir: Path, database: str) -> int:
    return trio.run(_demo, modules_dir, database)
