"""Fixtures for the browser tests: the real server (`python -m raptscallions.web`) on a copy
of the built-in modules and a fresh SQLite database, and Debian's Chromium driven by
Playwright (which downloads no browser of its own).

Without Chromium the tests are skipped locally and fail under CI (`CI` set), where
`.ci/run` installs it. Screenshots go to `test-artifacts/screenshots/` at the repository root.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs
import httpx
import pytest
from playwright.sync_api import Browser, Page, Route, ViewportSize, sync_playwright

REPO = Path(__file__).resolve().parents[2]
MODULES = REPO / "modules"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
CHROMIUM = Path(os.environ.get("RAPTSCALLIONS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "browser-test-token"
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 15.0
URL_PATTERN = re.compile(r"http://127\.0\.0\.1:\d+")
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}


@attrs.frozen
class Server:
    """The running server: its base URL (no trailing slash) and admin token."""

    url: str
    token: str
    log: Path

    def api(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A request to the API with the admin token, as a script would make it."""
        headers = {"Authorization": f"Bearer {self.token}"}
        return httpx.request(method, self.url + path, headers=headers, timeout=10.0, **kwargs)


def _tail(log: Path, lines: int = 40) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no output)"


def _wait_for_url(proc: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        found = URL_PATTERN.search(log.read_text(errors="replace"))
        if found:
            return found.group(0)
        if proc.poll() is not None:
            raise RuntimeError(
                f"the server exited with {proc.returncode} before printing its URL:\n{_tail(log)}"
            )
        time.sleep(0.05)
    raise RuntimeError(f"the server printed no URL within {START_TIMEOUT_S} s:\n{_tail(log)}")


def _wait_until_healthy(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}:\n{_tail(log)}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"/healthz did not answer 200 within {START_TIMEOUT_S} s:\n{_tail(log)}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
        raise RuntimeError(
            f"the server did not stop within {STOP_TIMEOUT_S} s of SIGTERM"
        ) from None


SECRET_VALUE = "sk-browser-test-never-shown"


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, chromium: Path) -> Iterator[Server]:
    """`python -m raptscallions.web` on a copy of modules/ (without their tests); stopped
    with SIGTERM at the end of the test module."""
    root = tmp_path_factory.mktemp("web")
    modules = root / "modules"
    shutil.copytree(
        MODULES, modules, ignore=shutil.ignore_patterns("tests", "__pycache__", "*.pyc")
    )
    log = root / "server.log"
    env = {
        **os.environ,
        "RAPTSCALLIONS_ADMIN_TOKEN": TOKEN,
        "PYTHONUNBUFFERED": "1",
        "OPENAI_API_KEY": SECRET_VALUE,  # granted to the safety-filter below
    }
    command = [
        sys.executable, "-m", "raptscallions.web",
        "--port", "0",
        "--db", f"sqlite:///{root}/db.sqlite",
        "--modules", str(modules),
        "--grant-secret", "safety-filter=OPENAI_API_KEY",
    ]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=root)
    try:
        url = _wait_for_url(proc, log)
        _wait_until_healthy(url, proc, log)
        yield Server(url=url, token=TOKEN, log=log)
    finally:
        _stop(proc)


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _page(browser: Browser, viewport: ViewportSize) -> Iterator[Page]:
    context = browser.new_context(viewport=viewport)
    context.set_default_timeout(10_000)
    outside: list[str] = []

    def local_only(route: Route) -> None:
        # The UI must work offline: nothing may come from another host (no CDN).
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", local_only)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        yield page
    finally:
        context.close()
    assert not errors, f"uncaught errors in the page: {errors}"
    assert not outside, f"the page fetched from other hosts: {outside}"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh desktop-sized page; an uncaught script error in it fails the test."""
    yield from _page(browser, DESKTOP)


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A fresh page of a phone's size (390×844)."""
    yield from _page(browser, PHONE)


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
