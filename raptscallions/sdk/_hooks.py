"""Hook names: the spec's built-in hooks as constants, and a registry a host can extend.

A hook name is ``<area>:<point>`` in lowercase snake case. Hooks named ``*:before_ai`` and
``*:after_ai`` block by default (the caller waits for them); all others are observers.
"""

from __future__ import annotations

import re
import threading
from typing import Final

from ._errors import RaptscallionsError

CHAT_BEFORE_AI: Final = "chat:before_ai"
CHAT_AFTER_AI: Final = "chat:after_ai"
CHAT_ON_MESSAGE: Final = "chat:on_message"
SESSION_START: Final = "session:start"
SESSION_END: Final = "session:end"
PRODUCT_BEFORE_AI: Final = "product:before_ai"
PRODUCT_AFTER_AI: Final = "product:after_ai"
RUN_COMPLETE: Final = "run:complete"

BUILTIN_HOOKS: Final[tuple[str, ...]] = (
    CHAT_BEFORE_AI,
    CHAT_AFTER_AI,
    CHAT_ON_MESSAGE,
    SESSION_START,
    SESSION_END,
    PRODUCT_BEFORE_AI,
    PRODUCT_AFTER_AI,
    RUN_COMPLETE,
)

HOOK_NAME_RE: Final = re.compile(r"^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$")

_lock = threading.Lock()
_extra_hooks: dict[str, bool] = {}


def register_hook(name: str, *, blocking: bool | None = None) -> None:
    """Make `name` a known hook, so that manifests may declare it.

    `blocking` sets its default; None means the naming rule (``*:before_ai``/``*:after_ai``
    block). Registering a built-in or an already registered name again is allowed when the
    default agrees.

    Raises:
        RaptscallionsError: the name is not ``area:point`` in lowercase snake case, or it is
            already registered with another blocking default.
    """
    if not HOOK_NAME_RE.match(name):
        raise RaptscallionsError(
            f"hook name {name!r} must look like 'area:point' in lowercase snake case "
            "(e.g. 'quiz:before_grade')"
        )
    resolved = _naming_rule(name) if blocking is None else blocking
    with _lock:
        if name in BUILTIN_HOOKS:
            if resolved != _naming_rule(name):
                raise RaptscallionsError(
                    f"{name} is a built-in hook; its blocking default is fixed"
                )
            return
        previous = _extra_hooks.get(name)
        if previous is not None and previous != resolved:
            raise RaptscallionsError(f"hook {name} is already registered with blocking={previous}")
        _extra_hooks[name] = resolved


def unregister_hook(name: str) -> None:
    """Forget a hook added with `register_hook` (built-in hooks stay)."""
    with _lock:
        _extra_hooks.pop(name, None)


def known_hooks() -> tuple[str, ...]:
    """Every hook a manifest may declare: the built-in ones, then registered ones."""
    with _lock:
        return BUILTIN_HOOKS + tuple(sorted(_extra_hooks))


def is_known_hook(name: str) -> bool:
    return name in BUILTIN_HOOKS or name in _extra_hooks


def default_blocking(name: str) -> bool:
    """Whether callers wait for `name` unless a manifest says otherwise."""
    registered = _extra_hooks.get(name)
    return _naming_rule(name) if registered is None else registered


def _naming_rule(name: str) -> bool:
    return name.endswith((":before_ai", ":after_ai"))
