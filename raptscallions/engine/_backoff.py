"""Restart policy as pure functions of time: when to restart a crashed module, when to give up.

- Backoff: `initial` seconds, times `factor` per consecutive crash, capped at `cap`, with
  ±`jitter` (a fraction) so that modules that crashed together do not restart together.
- Quarantine: more than `max_restarts` crashes within `window` seconds disables the module.
- Forgiveness: `reset_after` seconds of clean running since the last start clears the record.
"""

from __future__ import annotations

import random
from collections import deque
from typing import Literal

import attrs


@attrs.frozen
class RestartPolicy:
    initial: float = 1.0
    factor: float = 2.0
    cap: float = 60.0
    jitter: float = 0.1
    max_restarts: int = 3
    window: float = 30.0
    reset_after: float = 600.0


def backoff_delay(policy: RestartPolicy, attempt: int, rand: float = 0.5) -> float:
    """The delay before restart number `attempt` (1-based); `rand` in [0, 1) picks the
    jitter (0.5: none)."""
    base = min(policy.cap, policy.initial * policy.factor ** max(0, attempt - 1))
    return base * (1 + policy.jitter * (2 * rand - 1))


@attrs.frozen
class Decision:
    action: Literal["restart", "quarantine"]
    delay: float = 0.0
    attempt: int = 0
    crashes_in_window: int = 0


class RestartTracker:
    """The crash record of one module. Feed it `started(now)` and `crashed(now)`."""

    def __init__(self, policy: RestartPolicy, *, rng: random.Random | None = None) -> None:
        self.policy = policy
        self._rng = rng or random.Random()
        self._crashes: deque[float] = deque()
        self._consecutive = 0
        self._started_at: float | None = None

    @property
    def consecutive(self) -> int:
        return self._consecutive

    def started(self, now: float) -> None:
        self._started_at = now

    def reset(self) -> None:
        """Forget every crash (an operator re-enabled the module)."""
        self._crashes.clear()
        self._consecutive = 0

    def crashed(self, now: float) -> Decision:
        p = self.policy
        if self._started_at is not None and now - self._started_at >= p.reset_after:
            self.reset()
        self._started_at = None
        while self._crashes and now - self._crashes[0] > p.window:
            self._crashes.popleft()
        self._crashes.append(now)
        self._consecutive += 1
        if len(self._crashes) > p.max_restarts:
            return Decision("quarantine", 0.0, self._consecutive, len(self._crashes))
        delay = backoff_delay(p, self._consecutive, self._rng.random())
        return Decision("restart", delay, self._consecutive, len(self._crashes))
