"""Restart policy as pure functions of time: backoff, jitter, windows, quarantine, forgiveness."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from raptscallions.engine import RestartPolicy
from raptscallions.engine._backoff import Decision, RestartTracker, backoff_delay

EXACT = RestartPolicy(jitter=0.0)


def test_defaults_are_the_documented_ones() -> None:
    p = RestartPolicy()
    assert (p.initial, p.factor, p.cap, p.jitter) == (1.0, 2.0, 60.0, 0.1)
    assert (p.max_restarts, p.window, p.reset_after) == (3, 30.0, 600.0)


def test_backoff_doubles_from_one_second_and_caps_at_sixty() -> None:
    delays = [backoff_delay(RestartPolicy(), attempt) for attempt in range(1, 11)]
    assert delays == [1, 2, 4, 8, 16, 32, 60, 60, 60, 60]
    assert backoff_delay(RestartPolicy(), 0) == 1, "attempts count from 1; 0 is the first"


def test_backoff_follows_the_policy() -> None:
    p = RestartPolicy(initial=0.05, factor=3.0, cap=1.0, jitter=0.0)
    assert [backoff_delay(p, n) for n in range(1, 6)] == pytest.approx([0.05, 0.15, 0.45, 1, 1])


@given(attempt=st.integers(1, 40), rand=st.floats(0.0, 1.0, exclude_max=True))
def test_jitter_stays_within_ten_percent(attempt: int, rand: float) -> None:
    p = RestartPolicy()
    base = min(60.0, 2.0 ** (attempt - 1))
    delay = backoff_delay(p, attempt, rand)
    assert base * 0.9 - 1e-9 <= delay <= base * 1.1 + 1e-9
    assert backoff_delay(p, attempt, 0.0) == pytest.approx(base * 0.9)
    assert backoff_delay(p, attempt, 0.5) == base


@given(attempt=st.integers(1, 40), a=st.floats(0, 1, exclude_max=True), b=st.floats(0, 1))
def test_jitter_grows_with_rand(attempt: int, a: float, b: float) -> None:
    lo, hi = sorted((a, b))
    assert backoff_delay(RestartPolicy(), attempt, lo) <= backoff_delay(
        RestartPolicy(), attempt, hi
    )


def test_tracker_jitters_with_its_rng() -> None:
    tracker = RestartTracker(RestartPolicy(), rng=random.Random(7))
    delays = []
    for t in range(0, 400, 40):
        delays.append(tracker.crashed(float(t)).delay)
    assert len(set(delays)) == len(delays), "jittered, so not two the same"
    for attempt, delay in enumerate(delays, 1):
        base = min(60.0, 2.0 ** (attempt - 1))
        assert base * 0.9 <= delay <= base * 1.1


def crash_all(tracker: RestartTracker, times: list[float]) -> list[Decision]:
    """Crash at each time, restarting (`started`) once the decided delay has passed."""
    decisions = []
    for t in times:
        decision = tracker.crashed(t)
        decisions.append(decision)
        if decision.action == "restart":
            tracker.started(t + decision.delay)
    return decisions


def test_more_than_max_restarts_within_the_window_quarantines() -> None:
    decisions = crash_all(RestartTracker(EXACT), [0, 5, 12, 25])
    assert [d.action for d in decisions] == ["restart", "restart", "restart", "quarantine"]
    assert [d.delay for d in decisions[:3]] == [1, 2, 4]
    assert [d.crashes_in_window for d in decisions] == [1, 2, 3, 4]
    assert decisions[-1].attempt == 4


def test_the_window_includes_its_edge() -> None:
    decisions = crash_all(RestartTracker(EXACT), [0, 10, 20, 30])
    assert decisions[-1] == Decision("quarantine", 0.0, 4, 4)
    later = crash_all(RestartTracker(EXACT), [0, 10, 20, 30.001])
    assert later[-1].action == "restart" and later[-1].crashes_in_window == 3


def test_crashes_further_apart_than_the_window_never_quarantine() -> None:
    decisions = crash_all(RestartTracker(EXACT), [31.0 * n for n in range(12)])
    assert all(d.action == "restart" for d in decisions)
    assert all(d.crashes_in_window == 1 for d in decisions)
    # Still consecutive crashes (none ran 10 minutes), so the delay keeps growing to the cap.
    assert [d.delay for d in decisions] == [1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60, 60]


def test_ten_minutes_of_clean_running_forgives_every_crash() -> None:
    tracker = RestartTracker(EXACT)
    crash_all(tracker, [0, 2, 6])  # restarted at 1, 4, 10
    assert tracker.consecutive == 3
    almost = tracker.crashed(10 + 599.5)
    assert (almost.attempt, almost.delay) == (4, 8), "not quite ten minutes: not forgiven"
    tracker.started(10 + 599.5 + 8)
    forgiven = tracker.crashed(10 + 599.5 + 8 + 600)
    assert forgiven == Decision("restart", 1.0, 1, 1)


def test_forgiveness_counts_from_the_last_start_not_the_last_crash() -> None:
    tracker = RestartTracker(EXACT)
    tracker.crashed(0.0)
    # Never restarted (e.g. the restart's load kept failing): no clean running to forgive.
    decision = tracker.crashed(700.0)
    assert (decision.attempt, decision.delay) == (2, 2)


def test_reset_forgets_every_crash() -> None:
    tracker = RestartTracker(EXACT)
    decisions = crash_all(tracker, [0, 1, 2, 3])
    assert decisions[-1].action == "quarantine"
    tracker.reset()
    assert tracker.consecutive == 0
    assert tracker.crashed(4.0) == Decision("restart", 1.0, 1, 1)


# ------------------------------------------------------------------ property

Step = tuple[float, float | None]  # gap since the previous crash; when (in the gap) it started

steps = st.lists(
    st.tuples(
        st.floats(0.0, 120.0, allow_nan=False),
        st.one_of(st.none(), st.floats(0.0, 1.0)),
    ),
    max_size=40,
)


@given(
    steps=steps,
    policy=st.sampled_from(
        [
            RestartPolicy(),
            EXACT,
            RestartPolicy(max_restarts=1, window=5.0, reset_after=50.0, jitter=0.0),
        ]
    ),
    seed=st.integers(0, 2**32),
)
def test_restarts_within_any_window_never_exceed_the_limit(
    steps: list[Step], policy: RestartPolicy, seed: int
) -> None:
    """Over any crash history, restarts inside any window never exceed `max_restarts`, and
    each decision is the one a direct count of the recent crashes gives. A quarantined
    module stays down until an operator enables it (`reset`)."""
    tracker = RestartTracker(policy, rng=random.Random(seed))
    now = 0.0
    crashes: list[float] = []  # since the last reset or forgiveness
    restarts: list[float] = []  # since the last reset (forgiveness cannot fall in a window)
    started: float | None = None
    consecutive = 0
    for gap, start_at in steps:
        if start_at is not None:
            started = now + gap * start_at
            tracker.started(started)
        now += gap
        if started is not None and now - started >= policy.reset_after:
            crashes, consecutive = [], 0
        started = None
        crashes = [c for c in crashes if now - c <= policy.window] + [now]
        consecutive += 1
        decision = tracker.crashed(now)
        assert decision.attempt == consecutive
        assert decision.crashes_in_window == len(crashes)
        if len(crashes) > policy.max_restarts:
            assert decision.action == "quarantine"
            tracker.reset()
            crashes, restarts, consecutive = [], [], 0
            continue
        assert decision.action == "restart"
        base = min(policy.cap, policy.initial * policy.factor ** (consecutive - 1))
        assert base * (1 - policy.jitter) - 1e-9 <= decision.delay <= base * (1 + policy.jitter)
        restarts.append(now)
        in_window = [r for r in restarts if now - r <= policy.window]
        assert len(in_window) <= policy.max_restarts
