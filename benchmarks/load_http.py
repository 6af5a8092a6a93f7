"""A bounded load test of the HTTP server: many chat sessions at once for a while, with one
module hot-reloaded and one crashing midway; then every message is checked in the database.

`python -m benchmarks.load_http [--sessions 200] [--seconds 30] [--db URL]` prints the
figures; `tests/load` runs it and asserts what must hold: no 5xx, every message stored exactly
once and in order, no worker left behind.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import textwrap
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import httpx
import trio

from ._server import Server, worker_pids_under

REPO = Path(__file__).resolve().parent.parent
BUILTINS = ("pii-filter", "safety-filter", "struggle-detector")
TOKEN = "load-test-token"

FLAKY = """\
import os
from raptscallions.sdk import Continue, define_module

module = define_module()


@module.hook("chat:before_ai")
async def check(ctx):
    if "crash the flaky module" in ctx.message.content:
        os._exit(3)  # a crash mid-call: the engine restarts the module
    return None
"""

RELOADED = """\
from raptscallions.sdk import define_module

module = define_module()
GENERATION = {generation}


@module.hook("chat:on_message")
async def observe(ctx):
    ctx.log.debug("seen", generation=GENERATION)
"""


def manifest(name: str, hooks: list[str]) -> str:
    return textwrap.dedent(f"""\
        name: {name}
        version: 1.0.0
        description: a module of the load test
        hooks: [{", ".join(hooks)}]
        """)


def make_modules(root: Path) -> Path:
    modules = root / "modules"
    for name in BUILTINS:
        shutil.copytree(REPO / "modules" / name, modules / name,
                        ignore=shutil.ignore_patterns("tests"))  # fmt: skip
    (modules / "flaky").mkdir()
    (modules / "flaky" / "module.yaml").write_text(manifest("flaky", ["chat:before_ai"]))
    (modules / "flaky" / "module.py").write_text(FLAKY)
    (modules / "reloaded").mkdir()
    (modules / "reloaded" / "module.yaml").write_text(manifest("reloaded", ["chat:on_message"]))
    (modules / "reloaded" / "module.py").write_text(RELOADED.format(generation=1))
    return modules


@attrs.define
class Figures:
    sessions: int
    seconds: float
    sent: int = 0
    ok: int = 0
    blocked: int = 0
    statuses: Counter[int] = attrs.field(factory=Counter)
    transport_errors: int = 0
    error_kinds: Counter[str] = attrs.field(factory=Counter)
    latencies_ms: list[float] = attrs.field(factory=list)
    reload_seen: bool = False
    crash_seen: bool = False
    # What each session's student sent and had acknowledged, and whether it was blocked.
    sent_by_session: dict[str, list[tuple[str, bool]]] = attrs.field(factory=dict)

    def summary(self) -> dict[str, Any]:
        lat = sorted(self.latencies_ms)

        def pct(p: float) -> float:
            return round(lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else 0.0

        return {
            "sessions": self.sessions,
            "seconds": self.seconds,
            "messages_sent": self.sent,
            "messages_ok": self.ok,
            "messages_per_s": round(self.ok / self.seconds, 1),
            "blocked": self.blocked,
            "statuses": dict(sorted(self.statuses.items())),
            "transport_errors": self.transport_errors,
            "error_kinds": dict(self.error_kinds),
            "latency_ms": {"p50": pct(0.5), "p90": pct(0.9), "p99": pct(0.99),
                           "mean": round(statistics.fmean(lat), 1) if lat else 0.0},
            "reload_seen": self.reload_seen,
            "crash_seen": self.crash_seen,
        }  # fmt: skip


async def drive(url: str, *, sessions: int, seconds: float, modules: Path) -> Figures:
    """`sessions` students chatting at once for `seconds`; a third of the way in, the
    `reloaded` module's code changes (hot reload); half way, one message crashes `flaky`."""
    figures = Figures(sessions, seconds)
    limits = httpx.Limits(max_connections=sessions + 10, max_keepalive_connections=sessions + 10)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(
        base_url=url, headers=headers, timeout=60.0, limits=limits
    ) as client:
        tool = {"id": "load-tool", "definition": {"behavior": "You are a tutor."}}
        ids: list[str] = []
        for i in range(sessions):
            r = await client.post("/api/sessions", json={"user": {"id": f"s{i}"}, "tool": tool})
            r.raise_for_status()
            ids.append(r.json()["id"])
        start = trio.current_time()
        stop_at = start + seconds

        async def student(i: int, session_id: str) -> None:
            sent: list[tuple[str, bool]] = []
            figures.sent_by_session[session_id] = sent
            n = 0
            while trio.current_time() < stop_at:
                text = f"s{i}-m{n} what is {n} + {i}? mail me at s{i}@example.com"
                began = time.perf_counter()
                try:
                    r = await client.post(
                        f"/api/sessions/{session_id}/messages",
                        json={"user_id": f"s{i}", "content": text},
                    )
                except httpx.TransportError as exc:
                    figures.transport_errors += 1
                    figures.error_kinds[f"{type(exc).__name__}: {exc}"[:120]] += 1
                    continue
                figures.sent += 1
                figures.statuses[r.status_code] += 1
                if r.status_code == 200:
                    figures.ok += 1
                    figures.latencies_ms.append((time.perf_counter() - began) * 1000)
                    blocked = bool(r.json()["blocked"])
                    sent.append((text, blocked))
                    figures.blocked += blocked
                n += 1

        async def disturb() -> None:
            await trio.sleep(seconds / 3)
            (modules / "reloaded" / "module.py").write_text(RELOADED.format(generation=2))
            await trio.sleep(seconds / 6)
            r = await client.post("/api/sessions", json={"user": {"id": "crasher"}, "tool": tool})
            crash_session = r.json()["id"]
            r = await client.post(
                f"/api/sessions/{crash_session}/messages",
                json={"user_id": "crasher", "content": "crash the flaky module"},
            )
            figures.statuses[r.status_code] += 1
            figures.sent += 1
            if r.status_code == 200:
                figures.ok += 1
                figures.sent_by_session.setdefault(crash_session, []).append(
                    ("crash the flaky module", bool(r.json()["blocked"]))
                )
                trace = r.json()["trace"]
                figures.crash_seen = any(
                    s["module"] == "flaky" and s["action"] == "error" for s in trace
                )

        async with trio.open_nursery() as nursery:
            nursery.start_soon(disturb)
            for i, session_id in enumerate(ids):
                nursery.start_soon(student, i, session_id)
        modules_now = (await client.get("/api/modules")).json()
        by_name = {m["name"]: m for m in modules_now}
        figures.reload_seen = by_name["reloaded"]["generation"] > 1
    return figures


def _stored_forms(text: str, blocked: bool) -> set[str]:
    """What a message sent as `text` may be stored as: with its email redacted by the
    pii-filter; a message blocked by a module that runs before it (the safety-filter, so
    that it judges what the student wrote) is kept as written, for the teacher's review."""
    if " mail me at " not in text:
        return {text}
    redacted = text.rsplit(" mail me at ", 1)[0] + " mail me at [EMAIL]"
    return {redacted, text} if blocked else {redacted}


async def check_stored(database: str, figures: Figures) -> list[str]:
    """Every message acknowledged is stored exactly once, in order, with gap-free seq."""
    from raptscallions.store import open_store

    problems: list[str] = []
    async with open_store(database) as store:
        for session_id, sent in figures.sent_by_session.items():
            rows = await store.get_messages(session_id, limit=100_000)
            if [r.seq for r in rows] != list(range(1, len(rows) + 1)):
                problems.append(f"{session_id}: seq not gap-free")
            users = [r for r in rows if r.role == "user"]
            stored = [r.content for r in users]
            if len(stored) != len(sent) or not all(
                content in _stored_forms(text, blocked)
                for content, (text, blocked) in zip(stored, sent, strict=False)
            ):
                problems.append(
                    f"{session_id}: stored user messages differ from those acknowledged "
                    f"({len(users)} stored, {len(sent)} acknowledged)"
                )
            if len(rows) != 2 * len(sent):
                problems.append(f"{session_id}: {len(rows)} rows for {len(sent)} messages")
    return problems


def run(sessions: int, seconds: float, database: str | None, workdir: Path) -> dict[str, Any]:
    modules = make_modules(workdir)
    database = database or f"sqlite:///{workdir / 'load.db'}"
    server = Server(modules, database, TOKEN, workdir / "server.log")
    try:
        workers = {m["pid"] for m in httpx.get(
            f"{server.url}/api/modules", headers={"Authorization": f"Bearer {TOKEN}"}
        ).json() if m["pid"]}  # fmt: skip
        figures = trio.run(lambda: drive(server.url, sessions=sessions, seconds=seconds,
                                         modules=modules))  # fmt: skip
    finally:
        code = server.stop()
    problems = trio.run(check_stored, database, figures)
    left = worker_pids_under(modules)
    result = figures.summary()
    result.update(
        exit_code=code,
        workers_at_start=len(workers),
        workers_left=sorted(left),
        stored_problems=problems[:20],
        stored_problem_count=len(problems),
    )
    return result


def main(argv: Sequence[str] = ()) -> dict[str, Any]:
    p = argparse.ArgumentParser(prog="load_http", description=__doc__)
    p.add_argument("--sessions", type=int, default=200)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    p.add_argument("--json", default=None, help="write the figures to this file")
    args = p.parse_args(list(argv))
    with tempfile.TemporaryDirectory(prefix="rs-load-") as tmp:
        result = run(args.sessions, args.seconds, args.db, Path(tmp))
    print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
