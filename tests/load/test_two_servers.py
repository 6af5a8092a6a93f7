"""Two `serve` processes on one PostgreSQL behave as one deployment behind a load balancer:
a config change, disable or enable made through either is in effect on both for the next
message, and one session's messages sent through both are stored once each, in order, with
gap-free seq."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from benchmarks._server import Server, worker_pids_under
from tests.store.conftest import PgServer, with_schema
from tests.store.conftest import pg as pg

REPO = Path(__file__).resolve().parents[2]
TOKEN = "two-servers-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TOOL = {"id": "tutor", "definition": {"behavior": "You are a tutor."}}


@pytest.fixture
def servers(pg: PgServer, tmp_path: Path) -> Iterator[tuple[Server, Server]]:
    modules = tmp_path / "modules"
    for name in ("pii-filter", "safety-filter", "struggle-detector"):
        shutil.copytree(REPO / "modules" / name, modules / name,
                        ignore=shutil.ignore_patterns("tests"))  # fmt: skip
    schema = pg.create_schema()
    url = with_schema(pg.base_url, schema)
    started: list[Server] = []
    try:
        for name in ("a", "b"):
            started.append(Server(modules, url, TOKEN, tmp_path / f"{name}.log"))
        yield started[0], started[1]
        for server in started:
            assert server.stop() == 0, server.output()
        started.clear()
        assert worker_pids_under(modules) == set()
    finally:
        for server in started:
            server.stop()
        pg.drop_schema(schema)


def eventually(what: str, probe: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        found = probe()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout:g} s")
        time.sleep(0.05)


def test_config_and_state_changes_through_either_reach_both(
    servers: tuple[Server, Server],
) -> None:
    a, b = (httpx.Client(base_url=s.url, headers=AUTH, timeout=30) for s in servers)
    with a, b:
        session = b.post("/api/sessions", json={"user": {"id": "u1"}, "tool": TOOL}).json()
        # A stricter PII config saved through A is in effect on B's next message.
        put = a.put("/api/modules/pii-filter/config", json={"customPatterns": [r"\bSTU-\d+\b"]})
        assert put.status_code == 200, put.text

        def redacted_on_b() -> bool:
            reply = b.post(
                f"/api/sessions/{session['id']}/messages",
                json={"user_id": "u1", "content": "I am STU-4821"},
            ).json()
            return "STU-4821" not in reply["user_message"]["content"]

        eventually("the config saved through A, in effect on B", redacted_on_b)

        # Disable through B, seen on A; enable through A, seen on B.
        assert b.post("/api/modules/struggle-detector/disable").status_code == 200

        def status_on(client: httpx.Client) -> str:
            return str(client.get("/api/modules/struggle-detector").json()["status"])

        eventually("disabled on A", lambda: status_on(a) == "disabled")
        assert a.post("/api/modules/struggle-detector/enable").status_code == 200
        eventually("enabled on B", lambda: status_on(b) == "ready")


def test_one_sessions_messages_through_both_are_ordered_and_stored_once(
    servers: tuple[Server, Server],
) -> None:
    urls = [s.url for s in servers]
    sent: list[str] = []

    async def main() -> str:
        async with (
            httpx.AsyncClient(base_url=urls[0], headers=AUTH, timeout=60) as a,
            httpx.AsyncClient(base_url=urls[1], headers=AUTH, timeout=60) as b,
        ):
            r = await a.post("/api/sessions", json={"user": {"id": "u1"}, "tool": TOOL})
            session_id: str = r.json()["id"]

            async def send(client: httpx.AsyncClient, i: int) -> None:
                text = f"message {i} via {'a' if client is a else 'b'}"
                reply = await client.post(
                    f"/api/sessions/{session_id}/messages",
                    json={"user_id": "u1", "content": text},
                )
                assert reply.status_code == 200, reply.text
                sent.append(text)

            async with trio.open_nursery() as nursery:
                for i in range(30):
                    nursery.start_soon(send, a if i % 2 else b, i)
            return session_id

    session_id = trio.run(main)
    with httpx.Client(base_url=urls[1], headers=AUTH) as client:
        rows = client.get(f"/api/sessions/{session_id}/messages").json()
    assert [r["seq"] for r in rows] == list(range(1, 61))
    users = [r["content"] for r in rows if r["role"] == "user"]
    assert sorted(users) == sorted(sent)  # each stored exactly once
    for question, answer in zip(rows[::2], rows[1::2], strict=True):
        assert question["role"] == "user" and answer["role"] == "assistant"
        assert answer["content"].endswith(question["content"])
