"""pii-filter: redact personal information before the AI sees it and before the student does.

Detection lives in `pii.py` (pure functions, no SDK); this file maps it onto hooks. Only the
kinds found are reported (`pii_detected`), never the values.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from raptscallions.sdk import Continue, HookContext, define_module

from .pii import DEFAULT_REGIONS, KINDS, check_regions, compile_custom_patterns, redact_pii

module = define_module()


@lru_cache(maxsize=64)
def _custom(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    return compile_custom_patterns(patterns)


@lru_cache(maxsize=64)
def _regions(regions: tuple[str, ...]) -> tuple[str, ...]:
    return check_regions(regions)


class _Settings(NamedTuple):
    kinds: tuple[str, ...]
    custom: list[re.Pattern[str]]
    regions: tuple[str, ...]


def _settings(config: dict[str, Any]) -> _Settings:
    kinds = tuple(config.get("kinds", KINDS))
    custom = _custom(tuple(config.get("customPatterns", ())))
    regions = _regions(tuple(config.get("regions", DEFAULT_REGIONS)))
    return _Settings(kinds, custom, regions)


def _redact(text: str, settings: _Settings) -> tuple[str, list[str]]:
    return redact_pii(text, kinds=settings.kinds, custom=settings.custom, regions=settings.regions)


@module.on_load
async def setup(config: dict[str, Any]) -> None:
    _settings(config)  # an invalid custom pattern or region fails the load, naming it


@module.hook("chat:before_ai")
async def redact_message(ctx: HookContext) -> Continue | None:
    if not ctx.config.get("enabled", True) or ctx.message is None:
        return None
    text, found = _redact(ctx.message.content, _settings(ctx.config))
    if not found:
        return None
    ctx.emit("pii_detected", {"location": "user_message", "kinds": found})
    return Continue(message=text)


@module.hook("chat:after_ai")
async def redact_response(ctx: HookContext) -> Continue | None:
    config = ctx.config
    if not config.get("enabled", True) or not config.get("redactResponses", True):
        return None
    if not ctx.response:
        return None
    text, found = _redact(ctx.response, _settings(config))
    if not found:
        return None
    ctx.emit("pii_detected", {"location": "ai_response", "kinds": found})
    return Continue(response=text)


def _redact_value(value: Any, settings: _Settings, found: set[str]) -> Any:
    """`value` with every string in it redacted (dicts and lists walked)."""
    if isinstance(value, str):
        text, kinds_found = _redact(value, settings)
        found.update(kinds_found)
        return text
    if isinstance(value, dict):
        return {k: _redact_value(v, settings, found) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_value(v, settings, found) for v in value]
    return value


def _redact_fields(
    fields: dict[str, Any] | None, config: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """The top-level keys of `fields` whose values changed, redacted; the kinds found."""
    settings = _settings(config)
    changed: dict[str, Any] = {}
    found: set[str] = set()
    for key, value in (fields or {}).items():
        redacted = _redact_value(value, settings, found)
        if redacted != value:
            changed[key] = redacted
    return changed, sorted(found)


@module.hook("product:before_ai")
async def redact_input(ctx: HookContext) -> Continue | None:
    if not ctx.config.get("enabled", True):
        return None
    changed, found = _redact_fields(ctx.input, ctx.config)
    if not changed:
        return None
    ctx.emit("pii_detected", {"location": "product_input", "kinds": found})
    return Continue(input=changed)


@module.hook("product:after_ai")
async def redact_output(ctx: HookContext) -> Continue | None:
    if not ctx.config.get("enabled", True) or not ctx.config.get("redactResponses", True):
        return None
    changed, found = _redact_fields(ctx.output, ctx.config)
    if not changed:
        return None
    ctx.emit("pii_detected", {"location": "product_output", "kinds": found})
    return Continue(output=changed)
