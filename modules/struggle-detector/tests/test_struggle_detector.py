"""The struggle-detector, run in-process as the engine would run it.

The folder is loaded once per test (`load_module_folder`), so `module.state` persists across
the calls of one test and never leaks between tests. Every message carries an explicit
timestamp: the sliding window is measured on the messages' own time, not the wall clock.
"""

from __future__ import annotations

import inspect
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from raptscallions.sdk import ConfigError, Continue, Extraction, Module
from raptscallions.sdk.testing import LogRecord, load_module_folder, mock_context, run_hook

FOLDER = Path(__file__).resolve().parent.parent
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

STRUGGLING = [
    "I don't understand",
    "I'm so confused",
    "I'm stuck on this one",
    "ugh",
    "idk",
    "I give up",
    "This makes no sense",
    "I need help",
    "this is so stupid",
    "I still can't see how that works",
]
BENIGN = [
    "Thanks, that makes sense!",
    "What is 7 x 8?",
    "Hello",
    "Can you explain photosynthesis?",
    "That was helpful, I understand now",
    "I know the answer is 56",
    "Let's do the next question",
]


@pytest.fixture
def detector() -> Module:
    return load_module_folder(FOLDER)


async def say(
    detector: Module,
    text: str,
    minute: float,
    *,
    session: str = "session-1",
    role: str = "user",
    config: dict[str, Any] | None = None,
) -> list[Extraction]:
    """Send one chat message at T0 + `minute`; the struggle flags it raised."""
    ctx = mock_context(
        hook="chat:on_message",
        message={"content": text, "role": role},
        timestamp=T0 + timedelta(minutes=minute),
        session={"id": session, "started_at": T0 - timedelta(minutes=10)},
    )
    result, extractions, _ = await run_hook(detector, "chat:on_message", ctx, config=config)
    assert result == Continue(), "an observer never changes the conversation"
    assert all(e.type == "struggle_detected" for e in extractions)
    return extractions


async def end(detector: Module, session: str = "session-1") -> None:
    ctx = mock_context(hook="session:end", session={"id": session}, message=None)
    result, extractions, _ = await run_hook(detector, "session:end", ctx)
    assert result == Continue() and extractions == []


async def test_the_default_threshold_is_three_without_any_config(detector: Module) -> None:
    assert await say(detector, "I don't understand", 0) == []
    assert await say(detector, "I'm stuck", 1) == []
    flags = await say(detector, "ugh", 2)
    assert len(flags) == 1


async def test_fewer_signs_than_the_threshold_raise_nothing(detector: Module) -> None:
    assert await say(detector, "I'm confused", 0) == []
    assert await say(detector, "Thanks", 1) == []
    assert await say(detector, "I'm stuck", 2) == []
    assert await say(detector, "OK, next one", 3) == []


async def test_reaching_the_threshold_flags_once_without_leaking_the_text(
    detector: Module,
) -> None:
    texts = ["I'm so confused", "I'm stuck on question 4", "I need help with my essay"]
    flags: list[Extraction] = []
    for minute, text in enumerate(texts):
        flags += await say(detector, text, minute)
    assert len(flags) == 1
    data = flags[0].data
    assert data["session_id"] == "session-1"
    assert [i["type"] for i in data["indicators"]] == ["confusion", "stuck", "help"]
    assert [i["at"] for i in data["indicators"]] == [
        (T0 + timedelta(minutes=m)).isoformat() for m in range(3)
    ]
    assert all(set(i) == {"type", "at"} for i in data["indicators"])
    assert data["count"] == 3 and data["threshold"] == 3 and data["window_minutes"] == 5
    assert data["session_duration_seconds"] == 12 * 60
    dumped = json.dumps(data).casefold()
    for word in ("confused", "question", "essay", "help with"):
        assert word not in dumped


async def test_the_flag_is_logged(detector: Module) -> None:
    logs: list[LogRecord] = []
    for minute, text in enumerate(["idk", "ugh", "I give up"]):
        ctx = mock_context(
            hook="chat:on_message", message=text, timestamp=T0 + timedelta(minutes=minute)
        )
        logs += (await run_hook(detector, "chat:on_message", ctx)).logs
    assert [(r.level, r.message, r.data) for r in logs] == [
        ("info", "struggle detected", {"session_id": "session-1", "count": 3})
    ]


async def test_runs_from_its_folder_path_with_its_manifest() -> None:
    ctx = mock_context(hook="chat:on_message", message="I give up", timestamp=T0)
    _, extractions, _ = await run_hook(FOLDER, "chat:on_message", ctx, config={"threshold": 1})
    assert [e.type for e in extractions] == ["struggle_detected"]
    _, extractions, _ = await run_hook(str(FOLDER), "chat:on_message", ctx)
    assert extractions == [], "a fresh load each time; default threshold 3"


async def test_later_signs_in_the_same_episode_raise_nothing_new(detector: Module) -> None:
    flags: list[Extraction] = []
    for minute, text in enumerate(STRUGGLING[:8]):
        flags += await say(detector, text, minute)
    assert len(flags) == 1


async def test_a_new_episode_after_the_window_passes_flags_again(detector: Module) -> None:
    flags: list[Extraction] = []
    for minute in (0, 1, 2):
        flags += await say(detector, "I'm stuck", minute)
        flags += await say(detector, "ugh", minute + 0.5)
    assert len(flags) == 1
    # More than windowMinutes (5) later: the old signs have left the window.
    assert await say(detector, "I don't understand", 10) == []
    assert await say(detector, "I'm confused", 11) == []
    second = await say(detector, "I give up", 12)
    assert len(second) == 1
    assert [i["type"] for i in second[0].data["indicators"]] == ["confusion", "confusion", "stuck"]


async def test_a_calm_message_after_the_window_ends_the_episode(detector: Module) -> None:
    for minute in (0, 1, 2):
        await say(detector, "idk", minute)
    assert await say(detector, "Thanks, that makes sense!", 30) == []
    flags: list[Extraction] = []
    for minute in (31, 32, 33):
        flags += await say(detector, "I'm lost", minute)
    assert len(flags) == 1


async def test_signs_spread_wider_than_the_window_never_add_up(detector: Module) -> None:
    flags: list[Extraction] = []
    for minute in (0, 6, 12, 18, 24):
        flags += await say(detector, "I'm stuck", minute)
    assert flags == []


async def test_a_sign_exactly_one_window_old_still_counts(detector: Module) -> None:
    assert await say(detector, "I'm stuck", 0) == []
    assert await say(detector, "ugh", 2.5) == []
    assert len(await say(detector, "idk", 5)) == 1


async def test_sessions_are_independent(detector: Module) -> None:
    assert await say(detector, "I'm stuck", 0, session="a") == []
    assert await say(detector, "I'm stuck", 0, session="b") == []
    assert await say(detector, "ugh", 1, session="a") == []
    assert await say(detector, "ugh", 1, session="b") == []
    flags = await say(detector, "idk", 2, session="a")
    assert [f.data["session_id"] for f in flags] == ["a"]
    assert await say(detector, "Thanks, that makes sense!", 2, session="b") == []
    flags = await say(detector, "I give up", 3, session="b")
    assert [f.data["session_id"] for f in flags] == ["b"]


async def test_session_end_forgets_the_session(detector: Module) -> None:
    await say(detector, "I'm stuck", 0)
    await say(detector, "ugh", 1)
    await end(detector)
    assert await say(detector, "idk", 2) == [], "the count starts again from zero"
    assert await say(detector, "I'm lost", 3) == []
    assert len(await say(detector, "I give up", 4)) == 1


async def test_session_end_forgets_the_last_message(detector: Module) -> None:
    await say(detector, "What is 7 x 8?", 0)
    await say(detector, "What is 7 x 8?", 1)
    await end(detector)
    await say(detector, "What is 7 x 8?", 2)
    assert await say(detector, "What is 7 x 8?", 3) == [], "only one repetition since the end"


async def test_session_end_of_another_session_changes_nothing(detector: Module) -> None:
    await say(detector, "I'm stuck", 0)
    await say(detector, "ugh", 1)
    await end(detector, session="other")
    await end(detector, session="never-seen")
    assert len(await say(detector, "idk", 2)) == 1


async def test_session_end_after_an_episode_allows_a_new_flag(detector: Module) -> None:
    for minute, text in enumerate(["idk", "ugh", "I'm stuck"]):
        await say(detector, text, minute)
    await end(detector)
    flags: list[Extraction] = []
    for minute, text in enumerate(["idk", "ugh", "I'm stuck"], start=3):
        flags += await say(detector, text, minute)
    assert len(flags) == 1


@pytest.mark.parametrize("threshold", [1, 2, 5])
async def test_config_threshold(detector: Module, threshold: int) -> None:
    config = {"threshold": threshold}
    counts = []
    for minute, text in enumerate(STRUGGLING[:6]):
        flags = await say(detector, text, minute * 0.5, config=config)
        counts.append(len(flags))
    assert counts.index(1) == threshold - 1
    assert sum(counts) == 1


async def test_config_window_minutes(detector: Module) -> None:
    config = {"windowMinutes": 1}
    assert await say(detector, "I'm stuck", 0, config=config) == []
    assert await say(detector, "ugh", 1.5, config=config) == []
    assert await say(detector, "idk", 3, config=config) == [], "each sign left alone"
    assert await say(detector, "I give up", 3.5, config=config) == []
    flags = await say(detector, "I'm lost", 3.9, config=config)
    assert len(flags) == 1 and flags[0].data["window_minutes"] == 1


async def test_config_custom_patterns(detector: Module) -> None:
    plain = {"threshold": 1}
    config = {**plain, "customPatterns": [r"\bquadratic formula\b", r"^again\??$"]}
    assert await say(detector, "the quadratic formula", 0, config=plain) == [], "no sign"
    flags = await say(detector, "The QUADRATIC FORMULA, once more", 1, config=config)
    assert [i["type"] for i in flags[0].data["indicators"]] == ["custom"]
    await end(detector)
    flags = await say(detector, "Again?", 2, config=config)
    assert [i["type"] for i in flags[0].data["indicators"]] == ["custom"]


async def test_config_enabled_false_turns_detection_off(detector: Module) -> None:
    config = {"enabled": False}
    for minute, text in enumerate(STRUGGLING[:5]):
        assert await say(detector, text, minute, config=config) == []
    assert detector.state.get("sessions", {}) == {}, "a disabled detector keeps no state"


@pytest.mark.parametrize(
    ("config", "path"),
    [
        ({"threshold": 0}, "$.threshold"),
        ({"threshold": "3"}, "$.threshold"),
        ({"windowMinutes": 0}, "$.windowMinutes"),
        ({"customPatterns": [""]}, "$.customPatterns[0]"),
        ({"treshold": 3}, "treshold"),
    ],
)
async def test_invalid_config_is_refused(
    detector: Module, config: dict[str, Any], path: str
) -> None:
    with pytest.raises(ConfigError) as info:
        await say(detector, "ugh", 0, config=config)
    assert "struggle-detector" in str(info.value) and path in str(info.value)


@pytest.mark.parametrize("role", ["assistant", "system"])
async def test_messages_not_written_by_the_user_are_ignored(detector: Module, role: str) -> None:
    for minute, text in enumerate(["I'm stuck", "ugh", "idk", "I give up"]):
        assert await say(detector, text, minute, role=role) == []
    assert await say(detector, "I'm stuck", 4) == [], "they did not count toward the user's"
    assert await say(detector, "ugh", 5) == []
    assert len(await say(detector, "idk", 6)) == 1


async def test_a_message_without_a_session_is_ignored(detector: Module) -> None:
    for minute in range(4):
        ctx = mock_context(
            hook="chat:on_message",
            message="I give up",
            session=None,
            timestamp=T0 + timedelta(minutes=minute),
        )
        result, extractions, _ = await run_hook(detector, "chat:on_message", ctx)
        assert result == Continue() and extractions == []


async def test_repeating_the_same_message_counts(detector: Module) -> None:
    assert await say(detector, "What is 7 x 8?", 0) == []
    assert await say(detector, "What is 7 x 8?", 1) == []
    assert await say(detector, "what is  7 x 8?", 2) == [], "case and spacing do not matter"
    flags = await say(detector, "WHAT IS 7 X 8?", 3)
    assert len(flags) == 1
    assert [i["type"] for i in flags[0].data["indicators"]] == ["repetition"] * 3


async def test_repetition_needs_consecutive_messages(detector: Module) -> None:
    for minute, text in enumerate(["What is 7 x 8?", "And 6 x 7?", "What is 7 x 8?", "Ok"]):
        assert await say(detector, text, minute) == []


@pytest.mark.parametrize("text", BENIGN)
async def test_benign_messages_are_not_signs(detector: Module, text: str) -> None:
    assert await say(detector, text, 0, config={"threshold": 1}) == []


@pytest.mark.parametrize("text", [*STRUGGLING, "I don’t understand", "I’m lost", "I dunno"])
async def test_each_sign_is_recognised(detector: Module, text: str) -> None:
    assert len(await say(detector, text, 0, config={"threshold": 1})) == 1


async def test_the_state_is_bounded(detector: Module) -> None:
    code = inspect.getmodule(detector.handlers["chat:on_message"])
    assert code is not None
    names = vars(code)
    assert names["MAX_SESSIONS"] == 10_000
    names["MAX_SESSIONS"] = 2  # this test's own generation of the module, loaded for it alone
    for session in ("a", "b"):
        await say(detector, "I'm stuck", 0, session=session)
        await say(detector, "ugh", 1, session=session)
    await say(detector, "Hello", 2, session="c")  # "a", the least recently active, goes
    assert list(detector.state["sessions"]) == ["b", "c"]
    assert len(await say(detector, "idk", 3, session="b")) == 1, "b kept its signs"
    assert await say(detector, "idk", 3, session="a") == [], "a starts again from zero"
    assert list(detector.state["sessions"]) == ["b", "a"]


async def test_two_loads_do_not_share_state() -> None:
    first, second = load_module_folder(FOLDER), load_module_folder(FOLDER)
    await say(first, "I'm stuck", 0)
    await say(first, "ugh", 1)
    assert await say(second, "idk", 2) == []
    assert len(await say(first, "idk", 2)) == 1
