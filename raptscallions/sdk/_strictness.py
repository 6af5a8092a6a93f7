"""Strictness: settings of a module's config that scoped configuration may only make stricter.

A manifest's `strictness` maps a top-level setting to its rule:

- ``grow`` (a list): a narrower scope may add items, never remove one; effective = union.
- ``keep-true`` / ``keep-false`` (a boolean): once true (false), it stays so.
- ``at-least`` / ``at-most`` (a number): it may only rise (fall).
- ``{rank: [weakest, ..., strictest]}`` (an enum): it may only move towards the end.

The engine applies the rules twice: a write that would weaken a setting below its floor is
refused (`weakening`), and the effective config combines the levels with `stricter`, so that
whatever order rows were written in, a narrower scope never ends up weaker than a broader one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def _key(item: Any) -> str:
    return json.dumps(item, sort_keys=True, default=str)


def stricter(rule: Any, broader: Any, narrower: Any) -> Any:
    """The value a narrower level leaves under `rule` (values of the wrong type: broader's)."""
    if rule == "grow":
        if not isinstance(broader, list) or not isinstance(narrower, list):
            return narrower if not isinstance(broader, list) else broader
        seen = {_key(item) for item in broader}
        return [*broader, *(item for item in narrower if _key(item) not in seen)]
    if rule in ("keep-true", "keep-false"):
        if not isinstance(broader, bool) or not isinstance(narrower, bool):
            return broader if isinstance(broader, bool) else narrower
        return (broader or narrower) if rule == "keep-true" else (broader and narrower)
    if rule in ("at-least", "at-most"):
        numbers = all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in (broader, narrower)
        )
        if not numbers:
            return broader
        return max(broader, narrower) if rule == "at-least" else min(broader, narrower)
    if isinstance(rule, Mapping) and isinstance(rule.get("rank"), list):
        order = [_key(v) for v in rule["rank"]]
        b, n = _key(broader), _key(narrower)
        if b not in order or n not in order:
            return broader if b in order else narrower
        return narrower if order.index(n) > order.index(b) else broader
    return narrower


def weakening(rule: Any, floor: Any, value: Any) -> str | None:
    """Why `value` is weaker than `floor` under `rule`, or None when it is not."""
    if rule == "grow" and isinstance(floor, list) and isinstance(value, list):
        kept = {_key(item) for item in value}
        dropped = [item for item in floor if _key(item) not in kept]
        if not dropped:
            return None  # a list's order is not strictness
        return f"it would drop {', '.join(map(repr, dropped))} (items may be added, not removed)"
    if _key(stricter(rule, floor, value)) == _key(value):
        return None
    if rule == "keep-true":
        return "it would switch it off (it may only stay on)"
    if rule == "keep-false":
        return "it would switch it on (it may only stay off)"
    if rule == "at-least":
        return f"it would lower it below {floor!r} (it may only rise)"
    if rule == "at-most":
        return f"it would raise it above {floor!r} (it may only fall)"
    if isinstance(rule, Mapping):
        return f"it would lower it below {floor!r} (order, weakest first: {rule.get('rank')})"
    return f"it would weaken it from {floor!r}"


def combine(rules: Mapping[str, Any], broader: dict[str, Any], narrower: dict[str, Any]) -> None:
    """After `narrower` was merged into `broader`'s copy: put back, in place, what the
    strictness rules keep. `broader` is the config before the merge; `narrower` after it."""
    for key, rule in rules.items():
        if key in broader and key in narrower:
            narrower[key] = stricter(rule, broader[key], narrower[key])
