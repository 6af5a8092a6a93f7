"""A cheap blocking module for benchmarks: reads the history, adds a system prompt line."""

from __future__ import annotations

from raptscallions.sdk import Continue, HookContext, define_module, get_user_message_count

module = define_module()


@module.hook("chat:before_ai")
async def tag(ctx: HookContext) -> Continue:
    return Continue(system_prompt_additions=[f"user messages: {get_user_message_count(ctx)}"])
