"""The web UI (`raptscallions/web/static/`) in Chromium against the real server.

Each test opens a fresh page and logs in; they share one server (and so its database), so
each uses names of its own (users, classes) where that matters. Screenshots of every page go
to `test-artifacts/screenshots/`.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import yaml
from playwright.sync_api import Locator, Page, expect

from .conftest import PHONE, SECRET_VALUE, Server

BUILT_IN = ("pii-filter", "safety-filter", "struggle-detector")


def version_of(name: str) -> str:
    """The version in the repository's module.yaml (the server serves copies of them)."""
    manifest = Path(__file__).resolve().parents[2] / "modules" / name / "module.yaml"
    return str(yaml.safe_load(manifest.read_text())["version"])


def login(page: Page, server: Server, route: str = "#/modules") -> None:
    page.goto(f"{server.url}/{route}")
    page.get_by_test_id("login-token").fill(server.token)
    page.get_by_test_id("login-submit").click()
    expect(page.get_by_test_id("nav")).to_be_visible()
    expect(page.get_by_test_id("live-indicator")).to_have_text("live")


def card(page: Page, name: str) -> Locator:
    return page.get_by_test_id(f"module-card-{name}")


def field(page: Page, path: str) -> Locator:
    return page.locator(f'[data-path="{path}"]')


def open_config(page: Page, module: str) -> None:
    page.goto(f"{page.url.split('#')[0]}#/modules/{module}")
    expect(page.get_by_test_id("config-form")).to_be_visible()
    expect(page.get_by_test_id("config-row-status")).not_to_be_empty()


def start_chat(page: Page, user_id: str, **fields: str) -> None:
    page.get_by_test_id("nav-chat").click()
    page.get_by_test_id("chat-user-id").fill(user_id)
    for testid, value in fields.items():
        page.get_by_test_id(testid).fill(value)
    page.get_by_test_id("chat-start").click()
    expect(page.get_by_test_id("chat-session-id")).not_to_be_empty()


def send(page: Page, text: str) -> Locator:
    """Send `text` in the playground; the turn, once its reply is shown."""
    turns = page.get_by_test_id("chat-turn")
    before = turns.count()
    page.get_by_test_id("chat-input").fill(text)
    page.get_by_test_id("chat-send").click()
    turn = turns.nth(before)
    expect(turn.get_by_test_id("chat-reply")).to_be_visible()
    return turn


def assert_controls_labelled(page: Page) -> None:
    """Every visible form control has an accessible name (a label or aria-label)."""
    unnamed = page.evaluate(
        """() => [...document.querySelectorAll("input, select, textarea, button")]
            .filter((el) => el.offsetParent !== null || el.getClientRects().length)
            .filter((el) => !(el.labels?.length || el.getAttribute("aria-label")
                              || (el.tagName === "BUTTON" && el.textContent.trim())))
            .map((el) => el.outerHTML.slice(0, 120))"""
    )
    assert not unnamed, f"form controls without a name: {unnamed}"


def wait_until(check: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what} after {timeout} s")
        time.sleep(0.1)


def assert_no_horizontal_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width}px wide on a {PHONE['width']}px screen"


def shot(page: Page, screenshots: Path, name: str, *, bottom: bool = False) -> None:
    """The whole page; or, with `bottom`, what the screen shows scrolled to the end (the
    chat, whose sticky composer a whole-page picture would show mid-page)."""
    if bottom:
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        page.screenshot(path=str(screenshots / f"{name}.png"))
    else:
        page.evaluate("window.scrollTo(0, 0)")  # the sticky header then stays on top
        page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)


def test_login_and_module_cards(page: Page, server: Server, screenshots: Path) -> None:
    page.goto(server.url + "/")
    page.get_by_test_id("login-token").fill("not-the-token")
    page.get_by_test_id("login-submit").click()
    expect(page.get_by_test_id("login-message")).to_contain_text("not accepted")
    shot(page, screenshots, "login")

    login(page, server)
    assert page.evaluate("Object.values(sessionStorage)") == [server.token]
    expect(page.get_by_test_id("module-list").locator("article")).to_have_count(3)
    for name in BUILT_IN:
        expect(card(page, name).get_by_test_id("module-status")).to_have_text("ready")
        expect(card(page, name).get_by_test_id("module-version")).to_have_text(version_of(name))
        expect(card(page, name).get_by_test_id("module-restarts")).to_have_text("0")
        expect(card(page, name).get_by_test_id("module-last-error")).to_have_text("none")
        expect(card(page, name).get_by_test_id("module-protections")).not_to_be_empty()
    expect(card(page, "pii-filter").get_by_test_id("module-required")).to_be_visible()
    expect(card(page, "safety-filter").get_by_test_id("module-required")).to_have_count(0)
    expect(card(page, "pii-filter").get_by_test_id("module-hooks")).to_contain_text(
        "chat:before_ai"
    )
    expect(card(page, "struggle-detector").get_by_test_id("module-hooks")).to_contain_text(
        "chat:on_message"
    )
    expect(page.get_by_test_id("modules-summary")).to_have_text("3 modules · 3 ready")
    # Secrets by name only: the safety-filter's granted key and the one it declares but lacks.
    secrets = card(page, "safety-filter").get_by_test_id("module-secrets")
    expect(secrets).to_contain_text("✓ OPENAI_API_KEY")
    expect(secrets).to_contain_text("✗ MODERATION_API_KEY")
    expect(card(page, "pii-filter").get_by_test_id("module-secrets")).to_have_count(0)
    assert SECRET_VALUE not in page.content()
    shot(page, screenshots, "modules")


def test_a_refused_token_returns_to_the_login(page: Page, server: Server) -> None:
    login(page, server)
    page.evaluate("sessionStorage.setItem('raptscallions.adminToken', 'revoked')")
    page.get_by_test_id("nav-logs").click()
    expect(page.get_by_test_id("login")).to_be_visible()
    expect(page.get_by_test_id("login-message")).to_contain_text("401")
    assert page.evaluate("Object.keys(sessionStorage).length") == 0


def test_config_form_saves_a_value_that_applies_to_the_next_message(
    page: Page, server: Server, screenshots: Path
) -> None:
    login(page, server)
    open_config(page, "pii-filter")
    patterns = field(page, "$.customPatterns")
    expect(patterns.get_by_test_id("field-help")).to_contain_text("regular expressions")
    expect(field(page, "$.kinds").get_by_label("phone")).to_be_checked()
    expect(field(page, "$.redactResponses").get_by_role("switch")).to_be_checked()
    patterns.get_by_test_id("list-add").click()
    field(page, "$.customPatterns[0]").locator("input").fill(r"STU-\d+")
    page.get_by_test_id("config-save").click()
    expect(page.get_by_test_id("config-status")).to_contain_text("Saved")
    expect(patterns.get_by_test_id("set-here")).to_be_visible()
    expect(page.get_by_test_id("config-rows")).to_contain_text("global")
    assert_controls_labelled(page)
    shot(page, screenshots, "module-config")

    # Stored as an override of that one field; still there after a reload.
    stored = server.api("GET", "/api/modules/pii-filter/config").json()
    assert stored["config"] == {"customPatterns": [r"STU-\d+"]}
    page.reload()
    expect(page.get_by_test_id("config-form")).to_be_visible()
    expect(field(page, "$.customPatterns[0]").locator("input")).to_have_value(r"STU-\d+")

    start_chat(page, "student-config")
    turn = send(page, "My student number is STU-4821, what is my grade?")
    expect(turn.get_by_test_id("chat-sent-as")).to_contain_text("[REDACTED]")
    expect(turn.get_by_test_id("chat-sent-as")).not_to_contain_text("STU-4821")
    expect(turn.get_by_test_id("chat-reply")).not_to_contain_text("STU-4821")


def test_invalid_values_are_shown_next_to_their_field(
    page: Page, server: Server, screenshots: Path
) -> None:
    login(page, server)
    open_config(page, "struggle-detector")
    threshold = field(page, "$.threshold")
    expect(threshold.get_by_test_id("field-meta")).to_contain_text("1 to 100")
    threshold.locator("input").fill("0")
    page.get_by_test_id("config-save").click()
    error = threshold.get_by_test_id("field-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("minimum of 1")
    expect(threshold.locator("input")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_test_id("config-error")).to_contain_text("Not saved: a field is invalid")
    expect(field(page, "$.windowMinutes").get_by_test_id("field-error")).to_be_hidden()
    shot(page, screenshots, "module-invalid")
    stored = server.api("GET", "/api/modules/struggle-detector/config").json()
    assert "threshold" not in stored["config"]

    # A required module refuses to be weakened: the refusal is shown as such.
    open_config(page, "pii-filter")
    field(page, "$.kinds").get_by_label("phone").uncheck()
    page.get_by_test_id("config-save").click()
    refusal = page.get_by_test_id("config-refusal")
    expect(refusal).to_be_visible()
    expect(refusal).to_contain_text("Required module")
    expect(refusal).to_contain_text("phone")
    assert server.api("GET", "/api/modules/pii-filter/config").json()["config"].get("kinds") in (
        None,
        ["email", "phone", "ssn", "credit_card"],
    )


def test_chat_shows_redaction_blocking_and_the_trace(
    page: Page, server: Server, screenshots: Path
) -> None:
    login(page, server)
    start_chat(page, "student-chat")
    turn = send(page, "You can email me at sam@example.com about the homework")
    expect(turn.get_by_test_id("chat-sent-as")).to_contain_text("[EMAIL]")
    expect(turn.get_by_test_id("chat-reply")).to_contain_text("[EMAIL]")
    expect(turn.get_by_test_id("chat-sent-as")).not_to_contain_text("sam@example.com")
    expect(turn.get_by_test_id("chat-reply")).not_to_contain_text("sam@example.com")
    expect(turn.get_by_test_id("chat-user-message")).to_contain_text("sam@example.com")
    expect(turn.get_by_test_id("chat-passed")).to_be_visible()
    expect(turn.get_by_test_id("chat-ai-called")).to_contain_text("AI called")
    trace = turn.get_by_test_id("chat-trace")
    expect(trace).to_have_attribute("open", "")
    pii_step = trace.locator('[data-module="pii-filter"][data-hook="chat:before_ai"]')
    expect(pii_step.locator("td.num")).to_have_text(re.compile(r"^\d+\.\d\d$"))
    expect(trace.locator('[data-module="struggle-detector"]')).to_contain_text("dispatched")
    expect(turn.get_by_test_id("chat-extractions")).to_contain_text("pii_detected")

    blocked = send(page, "I want to kill myself")
    expect(blocked.get_by_test_id("chat-blocked")).to_contain_text("Blocked by safety-filter")
    expect(blocked.get_by_test_id("chat-ai-called")).to_have_text("AI not called")
    expect(
        blocked.locator('[data-testid=trace-row][data-module="safety-filter"][data-action="block"]')
    ).to_have_count(1)
    assert_controls_labelled(page)
    shot(page, screenshots, "chat", bottom=True)


def test_status_changes_reach_the_cards_live(page: Page, server: Server, screenshots: Path) -> None:
    login(page, server)
    detector = card(page, "struggle-detector")
    expect(detector.get_by_test_id("module-status")).to_have_text("ready")
    page.evaluate("window.__sameDocument = true")

    # Changed by someone else (a script): only the event stream can tell the page.
    assert server.api("POST", "/api/modules/struggle-detector/disable").status_code == 200
    expect(detector.get_by_test_id("module-status")).to_have_text("disabled")
    expect(detector.get_by_test_id("module-toggle")).to_have_text("Enable")
    expect(page.get_by_test_id("modules-summary")).to_have_text("3 modules · 2 ready")
    shot(page, screenshots, "modules-disabled")
    assert server.api("POST", "/api/modules/struggle-detector/enable").status_code == 200
    expect(detector.get_by_test_id("module-status")).to_have_text("ready")

    # And from the page's own buttons.
    safety = card(page, "safety-filter")
    safety.get_by_test_id("module-toggle").click()
    expect(safety.get_by_test_id("module-status")).to_have_text("disabled")
    safety.get_by_test_id("module-toggle").click()
    expect(safety.get_by_test_id("module-status")).to_have_text("ready")

    pii = card(page, "pii-filter")
    pii.get_by_test_id("module-toggle").click()
    refusal = pii.get_by_test_id("module-message")
    expect(refusal).to_be_visible()
    expect(refusal).to_contain_text("required")
    expect(pii.get_by_test_id("module-status")).to_have_text("ready")
    assert page.evaluate("window.__sameDocument") is True
    shot(page, screenshots, "modules-refusal")


def test_a_scoped_threshold_applies_and_its_log_arrives_live(
    page: Page, server: Server, screenshots: Path
) -> None:
    class_id = f"class-{uuid.uuid4().hex[:6]}"
    login(page, server)
    open_config(page, "struggle-detector")
    page.get_by_test_id("scope-type").select_option("class")
    page.get_by_test_id("scope-id").fill(class_id)
    page.get_by_test_id("scope-load").click()
    expect(page.get_by_test_id("config-row-status")).to_contain_text(class_id)
    field(page, "$.threshold").locator("input").fill("1")
    page.get_by_test_id("config-save").click()
    expect(page.get_by_test_id("config-status")).to_contain_text("Saved")
    expect(page.get_by_test_id("config-rows")).to_contain_text(class_id)
    row = server.api(
        "GET", "/api/modules/struggle-detector/config",
        params={"scope_type": "class", "scope_id": class_id},
    ).json()  # fmt: skip
    assert row["config"] == {"threshold": 1}
    assert (
        "threshold"
        not in server.api("GET", "/api/modules/struggle-detector/config").json()["config"]
    )

    page.get_by_test_id("module-logs-link").click()
    expect(page.get_by_test_id("log-filter-module")).to_have_value("struggle-detector")
    expect(page.get_by_test_id("log-count")).not_to_be_empty()
    before = page.get_by_test_id("log-entry").count()

    # One sign of struggle is enough in this class only; the log line streams in.
    session = server.api(
        "POST", "/api/sessions",
        json={"user": {"id": "student-logs"}, "tool": {"id": "tutor"}, "class": {"id": class_id}},
    ).json()  # fmt: skip
    reply = server.api(
        "POST", f"/api/sessions/{session['id']}/messages",
        json={"user_id": "student-logs", "content": "I'm stuck on this one"},
    )  # fmt: skip
    assert reply.status_code == 200
    entries = page.get_by_test_id("log-entry")
    expect(entries).to_have_count(before + 1)
    expect(entries.first.get_by_test_id("log-message")).to_have_text("struggle detected")
    expect(entries.first.get_by_test_id("log-module")).to_have_text("struggle-detector")
    expect(entries.first.get_by_test_id("log-level")).to_have_text("info")
    shot(page, screenshots, "logs")

    # The level filter: nothing of struggle-detector at warning or above.
    page.get_by_test_id("log-filter-level").select_option("warning")
    expect(page.get_by_test_id("log-entry")).to_have_count(0)
    # Fetched again (once the server has stored it), the entry comes from GET /api/logs.
    wait_until(
        lambda: server.api("GET", "/api/logs", params={"module": "struggle-detector"}).json(),
        "the log entry to be stored",
    )
    page.get_by_test_id("log-filter-level").select_option("info")
    expect(page.get_by_test_id("log-entry").first).to_contain_text("struggle detected")


def test_extractions_filter_and_page(page: Page, server: Server, screenshots: Path) -> None:
    user = f"student-{uuid.uuid4().hex[:6]}"
    session = server.api(
        "POST", "/api/sessions", json={"user": {"id": user}, "tool": {"id": "tutor"}}
    ).json()
    for n in range(3):
        server.api(
            "POST", f"/api/sessions/{session['id']}/messages",
            json={"user_id": user, "content": f"write to me{n}@example.com"},
        ).raise_for_status()  # fmt: skip

    login(page, server, f"#/extractions?limit=2&user_id={user}")
    items = page.get_by_test_id("extraction")
    expect(items).to_have_count(2)
    more = page.get_by_test_id("extractions-more")
    expect(more).to_be_visible()
    more.click()
    expect(items).to_have_count(3)
    expect(more).to_be_hidden()
    for i in range(3):
        expect(items.nth(i).get_by_test_id("extraction-type")).to_have_text("pii_detected")
        expect(items.nth(i)).to_contain_text(user)

    page.get_by_test_id("ex-filter-type").fill("no_such_type")
    page.get_by_test_id("extractions-apply").click()
    expect(items).to_have_count(0)
    expect(page.get_by_test_id("extraction-count")).to_have_text("No extractions match.")
    page.get_by_test_id("ex-filter-type").fill("pii_detected")
    page.get_by_test_id("extractions-apply").click()
    expect(items).to_have_count(2)
    shot(page, screenshots, "extractions")


def test_phone_width(phone: Page, server: Server, screenshots: Path) -> None:
    login(phone, server)
    cards = phone.get_by_test_id("module-list").locator("article")
    expect(cards).to_have_count(3)
    boxes = [cards.nth(i).bounding_box() for i in range(3)]
    tops = []
    for box in boxes:
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        tops.append(box["y"])
    assert tops == sorted(tops) and len(set(tops)) == 3, f"cards not stacked: {tops}"
    assert_no_horizontal_scroll(phone)
    shot(phone, screenshots, "phone-modules")

    open_config(phone, "pii-filter")
    assert_no_horizontal_scroll(phone)
    shot(phone, screenshots, "phone-module")

    start_chat(phone, "student-phone")
    turn = send(phone, "Is 0.5 the same as 1/2? My number is 555-123-4567")
    expect(turn.get_by_test_id("chat-sent-as")).to_contain_text("[PHONE]")
    expect(phone.get_by_test_id("chat-send")).to_be_in_viewport()
    assert_no_horizontal_scroll(phone)
    shot(phone, screenshots, "phone-chat", bottom=True)
