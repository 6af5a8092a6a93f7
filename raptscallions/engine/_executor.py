"""Hook execution: which modules run, in what order, and how their results combine.

Pure logic over `Participant`s (a worker-backed module in the engine, a fake in tests):
1. Order: the smallest topological order of the dependencies, by (priority, name).
2. Blocking participants run one after another, each seeing the earlier modifications;
   non-blocking ones are handed to `background` with the context as it stands at their place.
3. Merge: message/response replaced, input/output shallow-merged, system prompt additions
   appended, extractions accumulated (tagged with the module).
4. `Block` stops the chain; `Skip` stops it keeping the modifications so far, except that
   `required` modules still run (a module may not skip a module that has to run).
5. A failure (error, timeout, crash, not ready) is skipped under ``failure: open`` and blocks
   under ``closed``; either way the trace records it, never as a pass.
6. ``mode: shadow``: a Block becomes a ``would_block`` extraction, modifications are dropped.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, Literal, Protocol

import attrs
import trio

from ..sdk._context import HookContext, Message
from ..sdk._errors import HookTimeout
from ..sdk._fastctx import encode_context
from ..sdk._manifest import Manifest
from ..sdk._results import Block, Continue, Extraction, HookResult, Skip
from ._records import CallIdentity

SAFE_RESPONSE: Final = (
    "Sorry, I can't respond to that right now. Please try again in a moment, or ask your "
    "teacher for help."
)
FAILURE_REASON: Final = "module_failure"

TraceAction = Literal[
    "continue", "block", "skip", "error", "timeout", "not_ready", "shadow_block", "dispatched"
]


class ModuleNotReady(Exception):
    """The participant cannot take calls now (starting, restarting, disabled, failed)."""


@attrs.frozen
class OutcomeExtraction:
    module: str
    type: str
    data: dict[str, Any]


@attrs.frozen
class TraceEntry:
    """What one module did in a hook call. ``dispatched``: a non-blocking call handed off
    (its outcome is not awaited, so it is never recorded as a pass)."""

    module: str
    action: TraceAction
    duration_ms: float = 0.0
    error: str | None = None


@attrs.frozen
class Modifications:
    """The net change the chain made; each field None/empty when untouched. `input` and
    `output` hold only the keys modules set (merge them over the originals)."""

    message: str | None = None
    response: str | None = None
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    system_prompt_additions: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return self == _NO_MODIFICATIONS


_NO_MODIFICATIONS: Final = Modifications()


@attrs.frozen
class HookOutcome:
    action: Literal["continue", "block"]
    modifications: Modifications = _NO_MODIFICATIONS
    reason: str | None = None
    direct_response: str | None = None
    extractions: tuple[OutcomeExtraction, ...] = ()
    trace: tuple[TraceEntry, ...] = ()

    @property
    def blocked(self) -> bool:
        return self.action == "block"


class Payload:
    """A context on its way to modules, encoded at most once however many modules read it
    (`config` travels per module, beside it), and who the call is for."""

    __slots__ = ("_body", "_identity", "ctx")

    def __init__(self, ctx: HookContext) -> None:
        self.ctx = ctx
        self._body: bytes | None = None
        self._identity: CallIdentity | None = None

    @property
    def body(self) -> bytes:
        if self._body is None:
            self._body = encode_context(self.ctx)
        return self._body

    @property
    def identity(self) -> CallIdentity:
        if self._identity is None:
            self._identity = CallIdentity.of(self.ctx)
        return self._identity


@attrs.frozen
class Reply:
    """A participant's answer: its result and what it emitted during the call."""

    result: HookResult
    extractions: tuple[Extraction, ...] = ()


class Participant(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def manifest(self) -> Manifest: ...

    @property
    def ready(self) -> bool: ...

    async def invoke(self, hook: str, payload: Payload, timeout_s: float) -> Reply:
        """Raises ModuleNotReady, HookTimeout, or any error for a failed call."""
        ...


Background = Callable[[Participant, str, Payload], None]


def execution_order(participants: Iterable[Participant], hook: str) -> list[Participant]:
    """The smallest topological order by (priority, name): repeatedly take, among those whose
    dependencies (within `participants`) have all been taken, the lowest (priority, name).
    Members of a dependency cycle (rejected at load) come last, by (priority, name)."""
    by_name = {p.name: p for p in participants}
    waiting: dict[str, set[str]] = {
        name: {d for d in p.manifest.dependencies if d in by_name and d != name}
        for name, p in by_name.items()
    }
    dependents: dict[str, list[str]] = {name: [] for name in by_name}
    for name, deps in waiting.items():
        for dep in deps:
            dependents[dep].append(name)

    def key(name: str) -> tuple[int, str]:
        return (by_name[name].manifest.priority(hook), name)

    heap = [key(name) for name, deps in waiting.items() if not deps]
    heapq.heapify(heap)
    order: list[Participant] = []
    while heap:
        _, name = heapq.heappop(heap)
        order.append(by_name[name])
        for dependent in dependents[name]:
            deps = waiting[dependent]
            deps.discard(name)
            if not deps:
                heapq.heappush(heap, key(dependent))
    if len(order) < len(by_name):
        taken = {p.name for p in order}
        order.extend(by_name[n] for n in sorted((n for n in by_name if n not in taken), key=key))
    return order


def fails_closed(manifest: Manifest, hook: str) -> bool:
    """Whether a failure of this module blocks the call. A shadow module only observes: its
    failures are traced, never enforced, unless it is `required` (which always wins)."""
    if manifest.required:
        return True
    return manifest.mode != "shadow" and manifest.failure_for(hook) == "closed"


def apply_result(ctx: HookContext, result: Continue) -> HookContext:
    """`ctx` with `result`'s modifications applied (what the next module sees)."""
    changes: dict[str, Any] = {}
    if result.message is not None:
        if ctx.message is not None:
            changes["message"] = attrs.evolve(ctx.message, content=result.message)
        else:
            changes["message"] = Message(id=ctx.request_id, role="user", content=result.message)
    if result.response is not None:
        changes["response"] = result.response
    if result.input:
        changes["input"] = {**(ctx.input or {}), **result.input}
    if result.output:
        changes["output"] = {**(ctx.output or {}), **result.output}
    return attrs.evolve(ctx, **changes) if changes else ctx


async def execute(
    hook: str,
    ctx: HookContext,
    participants: Sequence[Participant],
    *,
    timeout_ms: Callable[[Participant], float],
    background: Background,
) -> HookOutcome:
    """Run `hook` through `participants` (already in execution order) and merge the results.

    Cancellation: cancelling the caller cancels the module call in flight (the participant
    tells its worker); nothing already merged is reported.
    """
    payload = Payload(ctx)
    message: str | None = None
    response: str | None = None
    input_: dict[str, Any] = {}
    output: dict[str, Any] = {}
    additions: list[str] = []
    extractions: list[OutcomeExtraction] = []
    trace: list[TraceEntry] = []

    def outcome(
        action: Literal["continue", "block"],
        reason: str | None = None,
        direct: str | None = None,
    ) -> HookOutcome:
        mods = (
            Modifications(
                message=message,
                response=response,
                input=input_ or None,
                output=output or None,
                system_prompt_additions=tuple(additions),
            )
            if message is not None or response is not None or input_ or output or additions
            else _NO_MODIFICATIONS
        )
        return HookOutcome(
            action=action,
            modifications=mods,
            reason=reason,
            direct_response=direct,
            extractions=tuple(extractions),
            trace=tuple(trace),
        )

    skipping = False
    for p in participants:
        manifest = p.manifest
        if skipping and not manifest.required:
            continue
        name = p.name
        if not p.ready:
            trace.append(TraceEntry(name, "not_ready", 0.0, f"module {name!r} is not ready"))
            if fails_closed(manifest, hook):
                return outcome("block", FAILURE_REASON, SAFE_RESPONSE)
            continue
        if not manifest.is_blocking(hook):
            background(p, hook, payload)
            trace.append(TraceEntry(name, "dispatched"))
            continue
        started = trio.current_time()
        try:
            reply = await p.invoke(hook, payload, timeout_ms(p) / 1000)
        except HookTimeout as exc:
            failed: tuple[TraceAction, str] | None = ("timeout", str(exc))
        except ModuleNotReady as exc:
            failed = ("not_ready", str(exc) or f"module {name!r} is not ready")
        except Exception as exc:
            failed = ("error", f"{type(exc).__name__}: {exc}")
        else:
            failed = None
        elapsed = (trio.current_time() - started) * 1000
        if failed is not None:
            trace.append(TraceEntry(name, failed[0], elapsed, failed[1]))
            if fails_closed(manifest, hook):
                return outcome("block", FAILURE_REASON, SAFE_RESPONSE)
            continue

        result = reply.result
        if reply.extractions:
            extractions.extend(OutcomeExtraction(name, e.type, e.data) for e in reply.extractions)
        if manifest.mode == "shadow":
            if isinstance(result, Block):
                extractions.append(
                    OutcomeExtraction(
                        name,
                        "would_block",
                        {"reason": result.reason, "direct_response": result.direct_response},
                    )
                )
                trace.append(TraceEntry(name, "shadow_block", elapsed))
            else:
                trace.append(TraceEntry(name, "continue", elapsed))
            continue
        if isinstance(result, Block):
            trace.append(TraceEntry(name, "block", elapsed))
            return outcome("block", result.reason, result.direct_response)
        if isinstance(result, Skip):
            trace.append(TraceEntry(name, "skip", elapsed))
            skipping = True  # the rest is skipped, but required modules still run
            continue
        trace.append(TraceEntry(name, "continue", elapsed))
        if result.message is not None:
            message = result.message
        if result.response is not None:
            response = result.response
        if result.input:
            input_.update(result.input)
        if result.output:
            output.update(result.output)
        if result.system_prompt_additions:
            additions.extend(result.system_prompt_additions)
        if result.modifies:
            identity = payload.identity
            payload = Payload(apply_result(payload.ctx, result))
            payload._identity = identity  # who the call is for does not change
    return outcome("continue")
