"""safety-filter: block critical content with a supportive reply, and flag it.

The rules live in `rules.py` (a data table of explainable patterns, no SDK); this file maps a
classification onto hooks. The flag records the category, the rule and where it was found.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from raptscallions.sdk import Block, HookContext, define_module

from .rules import SUPPORTIVE_RESPONSES, classify, compile_extra_terms

module = define_module()


@lru_cache(maxsize=64)
def _extra(terms: tuple[str, ...]) -> Any:
    return compile_extra_terms(terms) if terms else None


@module.on_load
async def setup(config: dict[str, Any]) -> None:
    _extra(tuple(config.get("extraTerms", ())))  # a bad term fails the load, naming it


def _check(ctx: HookContext, text: str, location: str) -> Block | None:
    config = ctx.config
    flags = classify(
        text,
        sensitivity=config.get("sensitivity", "medium"),
        extra_terms=_extra(tuple(config.get("extraTerms", ()))),
    )
    if not flags:
        return None
    top = flags[0]
    ctx.emit(
        "safety_flag",
        {
            "category": top.category,
            "severity": top.severity,
            "rule": top.rule,
            "location": location,
            "categories": sorted({f.category for f in flags}),
        },
    )
    ctx.log.warning("blocked critical content", category=top.category, rule=top.rule)
    return Block(
        reason=f"safety:{top.category}",
        direct_response=SUPPORTIVE_RESPONSES[top.category],
    )


@module.hook("chat:before_ai")
async def check_message(ctx: HookContext) -> Block | None:
    if not ctx.config.get("enabled", True) or ctx.message is None:
        return None
    return _check(ctx, ctx.message.content, "user_message")


@module.hook("chat:after_ai")
async def check_response(ctx: HookContext) -> Block | None:
    config = ctx.config
    if not config.get("enabled", True) or not config.get("checkResponses", True):
        return None
    if not ctx.response:
        return None
    return _check(ctx, ctx.response, "ai_response")
