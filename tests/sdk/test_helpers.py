"""The spec's context helpers and their edge cases."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from raptscallions.sdk import (
    HookContext,
    Message,
    contains_pattern,
    get_recent_messages,
    get_session_duration,
    get_user_message_count,
    is_first_message,
    is_student,
    is_teacher,
    redact_patterns,
)
from raptscallions.sdk._helpers import PatternSpec
from raptscallions.sdk.testing import mock_context

HISTORY = [
    Message("m1", "system", "You are a tutor."),
    Message("m2", "user", "Hi"),
    Message("m3", "assistant", "Hello!"),
    Message("m4", "user", "What is 2 + 2?"),
    Message("m5", "assistant", "4"),
    Message("m6", "user", "Thanks"),
]


def with_history(messages: list[Message] = HISTORY) -> HookContext:
    return mock_context(messages=messages)


@pytest.mark.parametrize(
    ("role", "student", "teacher"),
    [("student", True, False), ("teacher", False, True), ("admin", False, False)],
)
def test_is_student_and_is_teacher(role: str, student: bool, teacher: bool) -> None:
    ctx = mock_context(user={"role": role})
    assert is_student(ctx) is student
    assert is_teacher(ctx) is teacher


def test_get_user_message_count_counts_only_user_messages() -> None:
    assert get_user_message_count(with_history()) == 3
    assert get_user_message_count(with_history([])) == 0
    assert get_user_message_count(with_history([Message("a", "assistant", "x")])) == 0


@pytest.mark.parametrize(
    ("count", "expected_ids"),
    [
        (0, []),
        (-1, []),
        (-10, []),
        (1, ["m6"]),
        (2, ["m5", "m6"]),
        (6, ["m1", "m2", "m3", "m4", "m5", "m6"]),
        (100, ["m1", "m2", "m3", "m4", "m5", "m6"]),
    ],
)
def test_get_recent_messages(count: int, expected_ids: list[str]) -> None:
    recent = get_recent_messages(with_history(), count)
    assert [m.id for m in recent] == expected_ids


def test_get_recent_messages_without_history() -> None:
    assert get_recent_messages(with_history([]), 5) == ()


@pytest.mark.parametrize(("message_count", "first"), [(0, False), (1, True), (2, False)])
def test_is_first_message(message_count: int, first: bool) -> None:
    assert is_first_message(mock_context(session={"message_count": message_count})) is first


def test_is_first_message_without_a_session() -> None:
    assert is_first_message(mock_context(session=None)) is False


START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def test_get_session_duration_in_seconds() -> None:
    ctx = mock_context(session={"started_at": START})
    assert get_session_duration(ctx, now=START + timedelta(minutes=1, seconds=30)) == 90.0
    assert get_session_duration(ctx, now=START) == 0.0


def test_get_session_duration_is_never_negative() -> None:
    ctx = mock_context(session={"started_at": START})
    assert get_session_duration(ctx, now=START - timedelta(hours=1)) == 0.0


def test_get_session_duration_without_a_session_is_zero() -> None:
    assert get_session_duration(mock_context(session=None)) == 0.0
    assert get_session_duration(mock_context(session=None), now=START) == 0.0


def test_get_session_duration_defaults_to_the_clock() -> None:
    started = datetime.now(UTC) - timedelta(hours=1)
    duration = get_session_duration(mock_context(session={"started_at": started}))
    assert 3600.0 <= duration < 3600.0 + 600


def test_get_session_duration_takes_a_naive_now_as_utc() -> None:
    ctx = mock_context(session={"started_at": START})
    naive = (START + timedelta(seconds=5)).replace(tzinfo=None)
    assert get_session_duration(ctx, now=naive) == 5.0


@pytest.mark.parametrize(
    ("text", "patterns", "found"),
    [
        ("I am CONFUSED", ["confused"], True),
        ("I am confused", ["CONFUSED"], True),
        ("Straße", ["STRASSE"], True),
        ("nothing here", ["confused", "stuck"], False),
        ("I am stuck", ["confused", "stuck"], True),
        ("anything", [], False),
        ("", ["x"], False),
        ("", [""], True),
        ("Call 555-1234", [re.compile(r"\d{3}-\d{4}")], True),
        ("HELLO", [re.compile("hello")], False),
        ("HELLO", [re.compile("hello", re.IGNORECASE)], True),
        ("mixed stuck", [re.compile(r"\d+"), "STUCK"], True),
    ],
)
def test_contains_pattern(text: str, patterns: list[str | re.Pattern[str]], found: bool) -> None:
    assert contains_pattern(text, patterns) is found


def test_contains_pattern_takes_any_iterable() -> None:
    assert contains_pattern("abc", (p for p in ["zz", "B"]))


def test_redact_patterns_with_tuples_replaces_every_occurrence() -> None:
    text = "mail a@x.org or b@y.org, call 555-1234 or 555-9876"
    patterns: list[PatternSpec] = [
        (r"[\w.]+@[\w.]+\w", "[EMAIL]"),
        (re.compile(r"\d{3}-\d{4}"), "[PHONE]"),
    ]
    assert redact_patterns(text, patterns) == "mail [EMAIL] or [EMAIL], call [PHONE] or [PHONE]"


def test_redact_patterns_with_dicts() -> None:
    patterns: list[PatternSpec] = [
        {"pattern": r"\bsecret\b", "replacement": "[REDACTED]"},
        {"pattern": re.compile("hidden", re.IGNORECASE), "replacement": "***"},
    ]
    text = "secret and HIDDEN and secret and hidden"
    assert redact_patterns(text, patterns) == "[REDACTED] and *** and [REDACTED] and ***"


def test_redact_patterns_with_a_callable_replacement() -> None:
    def mask(match: re.Match[str]) -> str:
        return "#" * len(match.group())

    def upper(match: re.Match[str]) -> str:
        return match.group().upper()

    assert redact_patterns("pin 1234, code 56", [(r"\d+", mask)]) == "pin ####, code ##"
    assert redact_patterns("ab-ab", [{"pattern": "ab", "replacement": upper}]) == "AB-AB"


def test_redact_patterns_applies_patterns_in_order() -> None:
    patterns: list[PatternSpec] = [("cat", "dog"), ("dog", "bird")]
    assert redact_patterns("cat dog", patterns) == "bird bird"


def test_redact_patterns_supports_group_references() -> None:
    patterns: list[PatternSpec] = [(r"(\w+)@(\w+)\.org", r"\1 at \2")]
    assert redact_patterns("me@home.org", patterns) == "me at home"


def test_redact_patterns_leaves_text_without_matches_alone() -> None:
    assert redact_patterns("plain text", [(r"\d", "#")]) == "plain text"
    assert redact_patterns("plain text", []) == "plain text"


def test_redact_patterns_refuses_a_non_pattern() -> None:
    with pytest.raises(TypeError, match="is not a pattern"):
        redact_patterns("x", [(42, "y")])  # type: ignore[list-item]
