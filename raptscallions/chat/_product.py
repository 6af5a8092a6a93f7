"""The product-tool pipeline: one input, one AI call, one output, each run stored.

``product:before_ai`` (may modify `input` or block) → the AI, with the tool's behavior and
the modules' system prompt additions → ``product:after_ai`` (may modify `output`, or block)
→ the run stored with its state → ``run:complete`` (observers, not awaited), fired for every
finished run with `run.state` saying how it ended: complete, blocked or failed.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import trio

from ..engine import Engine, HookOutcome, OutcomeExtraction
from ..sdk._context import Assignment, Class, Group, HookContext, Run, Tool, User
from ..store import RunRow, RunState, Store
from ._ai import AIError, AIMessage, AIModel, AIRequest, EchoModel
from ._context import DEFAULT_BLOCK_RESPONSE, HookStep, check_user, new_id, steps, system_prompt
from ._errors import ChatError

MAX_INPUT_BYTES = 1_000_000


@attrs.frozen
class ProductRun:
    """A finished run. `output` is the AI's answer (``{"content": ...}``) as
    ``product:after_ai`` left it, or ``{"content": <direct response>}`` when blocked."""

    id: str
    state: RunState
    input: dict[str, Any]
    output: dict[str, Any] | None
    blocked: bool
    reason: str | None
    extractions: tuple[OutcomeExtraction, ...]
    trace: tuple[HookStep, ...]
    model: str | None = None


def prompt_of(input: dict[str, Any]) -> str:
    """The user message for the AI: `input["prompt"]` when it is the only text, else the
    input as JSON (keys sorted, so the same input always reads the same)."""
    prompt = input.get("prompt")
    if isinstance(prompt, str) and len(input) == 1:
        return prompt
    return json.dumps(input, sort_keys=True, ensure_ascii=False, default=str)


class ProductService:
    """Runs of product tools through the modules: ``ProductService(engine, store, ai)``."""

    def __init__(self, engine: Engine, store: Store, ai: AIModel | None = None) -> None:
        self.engine = engine
        self.store = store
        self.ai: AIModel = ai if ai is not None else EchoModel()

    async def run(
        self,
        user: User,
        tool: Tool,
        input: dict[str, Any],
        *,
        group: Group | None = None,
        class_: Class | None = None,
        assignment: Assignment | None = None,
    ) -> ProductRun:
        """Run `tool` once on `input` for `user`.

        Raises:
            ChatError: `tool` is not a product tool, or `input` is not a JSON object.
            AIError: the AI failed (the run is stored as failed, ``run:complete`` fired).
            StoreError: the database failed.
        """
        check_user(user)
        if not isinstance(tool, Tool):
            raise TypeError(f"tool must be a raptscallions.sdk.Tool (got {type(tool).__name__})")
        if tool.type != "product":
            raise ChatError(
                f"tool {tool.id!r} is a {tool.type} tool: ProductService runs product tools "
                "(chat tools go through ChatService)"
            )
        if not isinstance(input, dict):
            raise ChatError(
                f"a product run's input must be a JSON object (got {type(input).__name__})"
            )
        try:
            size = len(json.dumps(input, allow_nan=False))
        except (TypeError, ValueError) as exc:
            raise ChatError(f"a product run's input must be JSON: {exc}") from None
        if size > MAX_INPUT_BYTES:
            raise ChatError(
                f"a product run's input may be at most {MAX_INPUT_BYTES} bytes (got {size})"
            )

        row = await self.store.create_run(
            RunRow(
                id=new_id(),
                tool_id=tool.id,
                user_id=user.id,
                input=input,
                class_id=None if class_ is None else class_.id,
                group_id=None if group is None else group.id,
            )
        )
        ctx = HookContext(
            request_id=new_id(),
            hook="product:before_ai",
            user=user,
            tool=tool,
            group=group,
            class_=class_,
            assignment=assignment,
            run=Run(id=row.id, state="pending", created_at=row.created_at),
            input=dict(input),
        )
        trace: list[HookStep] = []
        before = await self.engine.execute_hook("product:before_ai", ctx)
        trace += steps("product:before_ai", before)
        extractions = list(before.extractions)
        effective_input = {**input, **(before.modifications.input or {})}
        ctx = attrs.evolve(ctx, input=effective_input)
        if before.blocked:
            return await self._finish(
                ctx,
                "blocked",
                before,
                extractions,
                trace,
                output={"content": before.direct_response or DEFAULT_BLOCK_RESPONSE},
            )

        request = AIRequest(
            messages=(
                AIMessage(
                    "system",
                    system_prompt(
                        tool.definition.behavior, before.modifications.system_prompt_additions
                    ),
                ),
                AIMessage("user", prompt_of(effective_input)),
            ),
            model=tool.definition.model,
            user_id=user.id,
            kind="product",
        )
        try:
            answer = await self.ai.complete(request)
        except Exception as exc:
            error = (
                exc
                if isinstance(exc, AIError)
                else AIError(self.ai.name, f"{type(exc).__name__}: {exc}")
            )
            with trio.CancelScope(shield=True):
                await self._finish(ctx, "failed", before, extractions, trace, error=str(error))
            if error is exc:
                raise
            raise error from exc

        output: dict[str, Any] = {"content": answer.content}
        after = await self.engine.execute_hook(
            "product:after_ai", attrs.evolve(ctx, hook="product:after_ai", output=output)
        )
        trace += steps("product:after_ai", after)
        extractions += after.extractions
        if after.blocked:
            return await self._finish(
                ctx,
                "blocked",
                after,
                extractions,
                trace,
                output={"content": after.direct_response or DEFAULT_BLOCK_RESPONSE},
                model=answer.model,
            )
        output = {**output, **(after.modifications.output or {})}
        return await self._finish(
            ctx, "complete", after, extractions, trace, output=output, model=answer.model
        )

    async def _finish(
        self,
        ctx: HookContext,
        state: RunState,
        outcome: HookOutcome,
        extractions: list[OutcomeExtraction],
        trace: list[HookStep],
        *,
        output: dict[str, Any] | None = None,
        error: str | None = None,
        model: str | None = None,
    ) -> ProductRun:
        assert ctx.run is not None
        reason = outcome.reason if state == "blocked" else None
        stored = await self.store.finish_run(
            ctx.run.id, state, output=output, reason=reason, error=error
        )
        done = attrs.evolve(
            ctx,
            hook="run:complete",
            run=attrs.evolve(ctx.run, state=state),
            output=output,
        )
        observed = await self.engine.execute_hook("run:complete", done)
        trace.extend(steps("run:complete", observed))
        return ProductRun(
            id=stored.id,
            state=state,
            input=stored.input,
            output=stored.output,
            blocked=state == "blocked",
            reason=reason,
            extractions=tuple(extractions),
            trace=tuple(trace),
            model=model or None,
        )
