"""The server with a real OpenAI-compatible provider (the test kit's stub, over loopback)
chosen by RAPTSCALLIONS_AI_BASE_URL: what reaches the provider has passed the modules, and a
provider that fails is a 502 ``ai_error``.

The stub runs in this test's trio run, so the test speaks to the server with an async client
(a blocking call would stop the stub from answering)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sys
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import trio

from raptscallions.testing.openai_stub import OpenAIStub

from .conftest import REPO, SERVING, START_TIMEOUT_S, STUDENT, TOKEN, TUTOR

KEY = "sk-test-provider-key"


async def wait_for_url(log: Path) -> str:
    with trio.fail_after(START_TIMEOUT_S):
        while True:
            found = SERVING.search(await trio.Path(log).read_text(errors="replace"))
            if found:
                return found.group(1)
            await trio.sleep(0.05)


async def test_the_provider_gets_only_what_the_modules_let_through_and_its_failure_is_502(
    tmp_path: Path,
) -> None:
    modules = tmp_path / "modules"
    shutil.copytree(
        REPO / "modules" / "pii-filter",
        modules / "pii-filter",
        ignore=shutil.ignore_patterns("tests"),
    )
    stub = OpenAIStub(api_key=KEY)
    log = tmp_path / "server.log"
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        env = {k: v for k, v in os.environ.items() if not k.startswith("RAPTSCALLIONS_")}
        env |= {
            "RAPTSCALLIONS_ADMIN_TOKEN": TOKEN,
            "RAPTSCALLIONS_AI_BASE_URL": base_url,
            "RAPTSCALLIONS_AI_API_KEY": KEY,
            "RAPTSCALLIONS_AI_MODEL": "stub-model",
            "PYTHONUNBUFFERED": "1",
        }
        command = [
            sys.executable, "-m", "raptscallions.web", "--port", "0", "--modules", str(modules),
            "--db", f"sqlite:///{tmp_path / 'server.db'}",
        ]  # fmt: skip
        with log.open("wb") as out:
            process: trio.Process = await nursery.start(
                partial(trio.run_process, command, env=env, stdout=out, stderr=out, check=False)
            )
            url = await wait_for_url(log)
            headers = {"Authorization": f"Bearer {TOKEN}"}
            async with httpx.AsyncClient(base_url=url, headers=headers, timeout=30.0) as http:
                created = await http.post("/api/sessions", json={"user": STUDENT, "tool": TUTOR})
                assert created.status_code == 201, created.text
                messages = f"/api/sessions/{created.json()['id']}/messages"
                body: dict[str, Any] = {"user_id": STUDENT["id"], "content": "I'm sam@example.com"}

                reply = await http.post(messages, json=body)
                assert reply.status_code == 200, reply.text
                assert reply.json()["response"] == "stub: I'm [EMAIL]"
                assert reply.json()["model"] == "stub-model"
                [request] = stub.requests
                assert request.authorization == f"Bearer {KEY}"
                assert "sam@example.com" not in str(request.body)

                stub.fail_next(401)
                failed = await http.post(messages, json=body)
                assert failed.status_code == 502, failed.text
                error = failed.json()
                assert error["error"] == "ai_error"
                assert "401" in error["message"] and KEY not in error["message"]
                assert re.search(r"openai-compatible\(127\.0\.0\.1:\d+\)", error["message"])
            process.send_signal(signal.SIGTERM)
            with trio.fail_after(30):
                assert await process.wait() == 0
        nursery.cancel_scope.cancel()
