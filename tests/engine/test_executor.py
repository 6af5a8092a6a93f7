"""The executor's laws (architecture §5), checked with fake participants and no processes.

Order is the smallest topological order by (priority, name); `Block` stops the chain and keeps
earlier extractions; merging replaces message/response, shallow-merges input/output and
accumulates additions and extractions; failures map through ``failure: open/closed``; shadow
modules never enforce; non-blocking modules are dispatched, never awaited. Expected values come
from small independent models written here, never from the code under test.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest
import trio
import trio.testing
from hypothesis import given, settings
from hypothesis import strategies as st

from raptscallions.engine import _executor
from raptscallions.engine._executor import (
    FAILURE_REASON,
    SAFE_RESPONSE,
    HookOutcome,
    Modifications,
    ModuleNotReady,
    Participant,
    Payload,
    Reply,
    execute,
    execution_order,
)
from raptscallions.sdk._context import HookContext
from raptscallions.sdk._errors import HookTimeout
from raptscallions.sdk._fastctx import encode_context
from raptscallions.sdk._manifest import Manifest, build_manifest
from raptscallions.sdk._results import Block, Continue, Extraction, HookResult, Skip
from raptscallions.sdk.testing import mock_context
from raptscallions.sdk.testing import strategies as st_r

HOOK = "chat:before_ai"
OTHER_HOOK = "chat:after_ai"
ON_MESSAGE = "chat:on_message"

CHAIN = settings(max_examples=30, deadline=None)

# ------------------------------------------------------------------ fakes


def make_manifest(
    name: str,
    *,
    hooks: Sequence[str] = (HOOK,),
    priorities: dict[str, int] | None = None,
    dependencies: Sequence[str] = (),
    failure: str | dict[str, str] = "open",
    mode: Literal["enforce", "shadow"] = "enforce",
    required: bool = False,
    blocking: dict[str, bool] | None = None,
    timeouts: dict[str, int] | None = None,
) -> Manifest:
    data: dict[str, Any] = {
        "name": name,
        "version": "1.0.0",
        "description": "x",
        "hooks": list(hooks),
        "priorities": priorities or {},
        "dependencies": list(dependencies),
        "failure": failure,
        "mode": mode,
        "required": required,
        "blocking": blocking or {},
        "timeouts": timeouts or {},
    }
    return build_manifest(data, Path("/modules") / name)


class FakeModule:
    """A participant that answers from a script and records every call it gets.

    `calls` is shared by the modules of one chain, so it shows the order of invocation.
    """

    def __init__(
        self,
        manifest: Manifest,
        *,
        result: HookResult | None = None,
        emitted: Sequence[Extraction] = (),
        raises: Exception | None = None,
        sleep_s: float = 0.0,
        ready: bool = True,
        calls: list[str] | None = None,
    ) -> None:
        self.name = manifest.name
        self.manifest = manifest
        self.ready = ready
        self.result: HookResult = Continue() if result is None else result
        self.emitted = tuple(emitted)
        self.raises = raises
        self.sleep_s = sleep_s
        self.calls: list[str] = [] if calls is None else calls
        self.payloads: list[Payload] = []
        self.bodies: list[bytes] = []
        self.timeouts: list[float] = []

    @property
    def seen(self) -> list[HookContext]:
        return [p.ctx for p in self.payloads]

    async def invoke(self, hook: str, payload: Payload, timeout_s: float) -> Reply:
        self.calls.append(self.name)
        self.payloads.append(payload)
        self.bodies.append(payload.body)
        self.timeouts.append(timeout_s)
        # What a worker-backed participant does: give up at the deadline with HookTimeout.
        with trio.move_on_after(timeout_s) as scope:
            await trio.sleep(self.sleep_s)
        if scope.cancelled_caught:
            raise HookTimeout(self.name, hook, timeout_s * 1000)
        if self.raises is not None:
            raise self.raises
        # The worker reports a Continue's own extractions after those emitted during the call.
        own = self.result.extractions if isinstance(self.result, Continue) else ()
        return Reply(self.result, self.emitted + own)


@attrs.frozen
class Dispatch:
    module: str
    hook: str
    payload: Payload


@attrs.frozen
class ChainRun:
    outcome: HookOutcome
    dispatched: list[Dispatch]


async def run_chain(
    participants: Sequence[FakeModule], ctx: HookContext, hook: str = HOOK
) -> ChainRun:
    dispatched: list[Dispatch] = []

    def background(p: Participant, h: str, payload: Payload) -> None:
        dispatched.append(Dispatch(p.name, h, payload))

    def timeout_ms(p: Participant) -> float:
        return float(p.manifest.timeout_ms(hook))

    outcome = await execute(hook, ctx, participants, timeout_ms=timeout_ms, background=background)
    return ChainRun(outcome, dispatched)


def run_sync(participants: Sequence[FakeModule], ctx: HookContext, hook: str = HOOK) -> ChainRun:
    """Run a chain on trio's autojump clock (sleeps and timeouts take no real time)."""
    clock = trio.testing.MockClock(autojump_threshold=0)
    return trio.run(run_chain, participants, ctx, hook, clock=clock)


# ------------------------------------------------------------------ independent models

Tagged = tuple[str, str, dict[str, Any]]
View = tuple[str | None, str | None, dict[str, Any] | None, dict[str, Any] | None]


def as_continue(result: HookResult) -> Continue:
    assert isinstance(result, Continue)
    return result


def merged(results: Sequence[Continue]) -> Modifications:
    """§5 merge: last message/response wins, input/output shallow-merged, additions in order."""
    message: str | None = None
    response: str | None = None
    input_: dict[str, Any] = {}
    output: dict[str, Any] = {}
    additions: list[str] = []
    for r in results:
        if r.message is not None:
            message = r.message
        if r.response is not None:
            response = r.response
        for key, value in (r.input or {}).items():
            input_[key] = value
        for key, value in (r.output or {}).items():
            output[key] = value
        additions += list(r.system_prompt_additions)
    return Modifications(message, response, input_ or None, output or None, tuple(additions))


def view(ctx: HookContext) -> View:
    content = ctx.message.content if ctx.message is not None else None
    return (content, ctx.response, ctx.input, ctx.output)


def expected_view(ctx0: HookContext, earlier: Sequence[Continue]) -> View:
    """What a module sees after `earlier` results were applied to `ctx0`."""
    content, response, input_, output = view(ctx0)
    for r in earlier:
        if r.message is not None:
            content = r.message
        if r.response is not None:
            response = r.response
        if r.input:
            input_ = {**(input_ or {}), **r.input}
        if r.output:
            output = {**(output or {}), **r.output}
    return (content, response, input_, output)


def assert_sees(seen: HookContext, ctx0: HookContext, earlier: Sequence[Continue]) -> None:
    assert view(seen) == expected_view(ctx0, earlier)
    # Everything else is the caller's context, untouched.
    restored = attrs.evolve(
        seen, message=ctx0.message, response=ctx0.response, input=ctx0.input, output=ctx0.output
    )
    assert restored == ctx0
    if ctx0.message is not None:
        assert seen.message is not None
        assert (seen.message.id, seen.message.role) == (ctx0.message.id, ctx0.message.role)


def reply_extractions(name: str, emitted: Sequence[Extraction], result: HookResult) -> list[Tagged]:
    own = result.extractions if isinstance(result, Continue) else ()
    return [(name, e.type, e.data) for e in (*emitted, *own)]


def tagged(outcome: HookOutcome) -> list[Tagged]:
    return [(x.module, x.type, x.data) for x in outcome.extractions]


def trace_of(outcome: HookOutcome) -> list[tuple[str, str]]:
    return [(t.module, t.action) for t in outcome.trace]


def names(n: int, start: int = 0) -> list[str]:
    return [f"m{i:02d}" for i in range(start, start + n)]


# ------------------------------------------------------------------ strategies

# Full random contexts where the whole context matters; elsewhere a cheaper one that varies
# only what modules can modify (generation dominates these tests' running time).
FULL_CONTEXTS = st_r.contexts(hook=HOOK, max_history=2)
CONTEXTS = st.builds(
    lambda message, response, input_, output: mock_context(
        message=message, response=response, input=input_, output=output
    ),
    message=st_r.student_texts(max_words=4),
    response=st.none() | st.text(max_size=8),
    input_=st.none() | st.dictionaries(st.sampled_from("abcde"), st.integers(0, 3)),
    output=st.none() | st.dictionaries(st.sampled_from("abcde"), st.integers(0, 3)),
)
# The SDK's own strategies for the core laws (block, merge); elsewhere results of the same
# shape from cheaper parts, so the file runs in seconds.
SDK_CONTINUES = st_r.results(blocks=False, skips=False)
SDK_RESULTS = st_r.results()
SMALL_DATA = st.dictionaries(st.sampled_from("abcde"), st.integers(0, 3) | st.text(max_size=3))
EXTRACTIONS = st.builds(Extraction, type=st.sampled_from(["pii", "topic", "t"]), data=SMALL_DATA)
EMITTED = st.lists(EXTRACTIONS, max_size=2)
CONTINUES = st.builds(
    Continue,
    message=st.none() | st.text(max_size=6),
    response=st.none() | st.text(max_size=6),
    input=st.none() | SMALL_DATA,
    output=st.none() | SMALL_DATA,
    system_prompt_additions=st.lists(st.text(max_size=4), max_size=2),
    extractions=EMITTED,
)
BLOCKS = st.builds(
    Block, reason=st.text(max_size=10), direct_response=st.none() | st.text(max_size=20)
)
SKIPS = st.builds(Skip, reason=st.none() | st.text(max_size=10))
ANY_RESULT = st.one_of(CONTINUES, BLOCKS, SKIPS)
STEPS = st.lists(st.tuples(CONTINUES, EMITTED), max_size=5)
SDK_STEPS = st.lists(st.tuples(SDK_CONTINUES, EMITTED), max_size=5)

MODULE_NAMES = st.text("abcdef", min_size=1, max_size=3)
PRIORITIES = st.none() | st.sampled_from([10, 50, 90]) | st.integers(0, 100)
GHOSTS = ("ghost", "missing-module")  # never a generated name: dependencies outside the set


def chain_of(
    steps: Sequence[tuple[HookResult, Sequence[Extraction]]], calls: list[str], start: int = 0
) -> list[FakeModule]:
    return [
        FakeModule(make_manifest(name), result=result, emitted=emitted, calls=calls)
        for name, (result, emitted) in zip(names(len(steps), start), steps, strict=True)
    ]


# ------------------------------------------------------------------ 1. order


@st.composite
def dags(draw: st.DrawFn) -> list[Manifest]:
    """Acyclic: each module depends only on modules generated before it (plus absent ones)."""
    module_names = draw(st.lists(MODULE_NAMES, unique=True, max_size=9))
    manifests = []
    for i, name in enumerate(module_names):
        deps = (
            draw(st.lists(st.sampled_from(module_names[:i]), unique=True, max_size=3)) if i else []
        )
        ghosts = draw(st.lists(st.sampled_from(GHOSTS), unique=True, max_size=1))
        chosen = {HOOK: draw(PRIORITIES), OTHER_HOOK: draw(PRIORITIES)}
        manifests.append(
            make_manifest(
                name,
                hooks=(HOOK, OTHER_HOOK),
                priorities={h: p for h, p in chosen.items() if p is not None},
                dependencies=deps + ghosts,
            )
        )
    return manifests


def rank(m: Manifest, hook: str) -> tuple[int, str]:
    priority: int = m.raw["priorities"].get(hook, 50)
    return (priority, m.name)


@settings(max_examples=120, deadline=None)
@given(manifests=dags(), data=st.data())
def test_order_is_the_smallest_topological_order(manifests: list[Manifest], data: Any) -> None:
    participants = [FakeModule(m) for m in manifests]
    shuffled = data.draw(st.permutations(participants))
    present = {m.name for m in manifests}
    for hook in (HOOK, OTHER_HOOK):
        order = [p.name for p in execution_order(shuffled, hook)]
        assert sorted(order) == sorted(present) and len(order) == len(manifests)
        position = {name: i for i, name in enumerate(order)}
        for m in manifests:
            for dep in m.dependencies:
                if dep in present:
                    assert position[dep] < position[m.name], f"{dep} must run before {m.name}"
        # Replay: each step takes the lowest (priority, name) among modules whose
        # dependencies (absent ones ignored) have all been placed.
        placed: set[str] = set()
        by_name = {m.name: m for m in manifests}
        for name in order:
            available = [
                m
                for m in manifests
                if m.name not in placed
                and all(d in placed or d not in present for d in m.dependencies)
            ]
            assert available
            best = min(available, key=lambda m: rank(m, hook))
            assert rank(by_name[name], hook) == rank(best, hook)
            placed.add(name)
        assert [p.name for p in execution_order(participants, hook)] == order


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_order_with_cycles_neither_hangs_nor_drops(data: Any) -> None:
    module_names = data.draw(st.lists(MODULE_NAMES, unique=True, min_size=1, max_size=7))
    participants = [
        FakeModule(
            make_manifest(
                name,
                priorities={HOOK: data.draw(st.integers(0, 3))},
                dependencies=data.draw(
                    st.lists(st.sampled_from(module_names), unique=True, max_size=3)
                ),
            )
        )
        for name in module_names
    ]
    order = [p.name for p in execution_order(participants, HOOK)]
    assert sorted(order) == sorted(module_names)
    shuffled = data.draw(st.permutations(participants))
    assert [p.name for p in execution_order(shuffled, HOOK)] == order


def test_order_puts_a_cycle_last_by_priority_then_name() -> None:
    participants = [
        FakeModule(make_manifest("b", dependencies=["a"])),
        FakeModule(make_manifest("a", dependencies=["b"])),
        FakeModule(make_manifest("d", dependencies=["c"], priorities={HOOK: 1})),
        FakeModule(make_manifest("c", priorities={HOOK: 90})),
        FakeModule(make_manifest("e", priorities={HOOK: 60})),
    ]
    assert [p.name for p in execution_order(participants, HOOK)] == ["e", "c", "d", "a", "b"]


def test_order_ignores_absent_dependencies_and_uses_default_priority_50() -> None:
    participants = [
        FakeModule(make_manifest("zed", dependencies=["not-loaded"], priorities={HOOK: 49})),
        FakeModule(make_manifest("alpha")),
        FakeModule(make_manifest("beta", priorities={HOOK: 50, OTHER_HOOK: 1})),
        FakeModule(make_manifest("omega", priorities={HOOK: 51})),
    ]
    assert [p.name for p in execution_order(participants, HOOK)] == [
        "zed",
        "alpha",
        "beta",
        "omega",
    ]


# ------------------------------------------------------------------ 2. block


@CHAIN
@given(
    ctx=CONTEXTS,
    before=SDK_STEPS,
    block=BLOCKS,
    block_emitted=EMITTED,
    after=st.lists(st.tuples(SDK_RESULTS, st.booleans()), max_size=4),
)
def test_block_stops_every_later_module_and_keeps_earlier_extractions(
    ctx: HookContext,
    before: list[tuple[HookResult, list[Extraction]]],
    block: Block,
    block_emitted: list[Extraction],
    after: list[tuple[HookResult, bool]],
) -> None:
    calls: list[str] = []
    k = len(before)
    chain = chain_of([*before, (block, block_emitted)], calls)
    later = [
        FakeModule(
            make_manifest(name, blocking=None if is_blocking else {HOOK: False}),
            result=result,
            calls=calls,
        )
        for name, (result, is_blocking) in zip(names(len(after), k + 1), after, strict=True)
    ]
    run = run_sync([*chain, *later], ctx)
    out = run.outcome

    assert calls == names(k + 1)
    assert run.dispatched == []
    assert out.action == "block" and out.blocked
    assert (out.reason, out.direct_response) == (block.reason, block.direct_response)
    expected: list[Tagged] = []
    for p in chain:
        expected += reply_extractions(p.name, p.emitted, p.result)
    assert tagged(out) == expected
    assert out.modifications == merged([as_continue(r) for r, _ in before])
    assert trace_of(out) == [(n, "continue") for n in names(k)] + [(names(k + 1)[k], "block")]


# ------------------------------------------------------------------ 3. merge


@CHAIN
@given(ctx=FULL_CONTEXTS, steps=st.lists(st.tuples(SDK_CONTINUES, EMITTED), max_size=7))
def test_merge_follows_section_5_for_any_sequence(
    ctx: HookContext, steps: list[tuple[HookResult, list[Extraction]]]
) -> None:
    calls: list[str] = []
    chain = chain_of(steps, calls)
    results = [as_continue(r) for r, _ in steps]
    out = run_sync(chain, ctx).outcome

    assert out.action == "continue" and not out.blocked
    assert (out.reason, out.direct_response) == (None, None)
    assert out.modifications == merged(results)
    assert out.modifications.empty == (merged(results) == Modifications())
    expected: list[Tagged] = []
    for p in chain:
        expected += reply_extractions(p.name, p.emitted, p.result)
    assert tagged(out) == expected
    assert calls == names(len(steps))
    for i, p in enumerate(chain):
        assert len(p.seen) == 1
        assert_sees(p.seen[0], ctx, results[:i])
    assert trace_of(out) == [(n, "continue") for n in names(len(steps))]


def test_merge_example() -> None:
    ctx = mock_context(message="Hello", input={"a": 1, "b": 1}, response=None)
    calls: list[str] = []
    chain = chain_of(
        [
            (Continue(message="Hi", input={"b": 2}, system_prompt_additions=["one"]), ()),
            (Continue(response="R", output={"x": 1}, extractions=[Extraction("t", {})]), ()),
            (Continue(input={"c": 3}, output={"x": 2}, system_prompt_additions=["two"]), ()),
        ],
        calls,
    )
    out = run_sync(chain, ctx).outcome
    assert out.modifications == Modifications(
        message="Hi",
        response="R",
        input={"b": 2, "c": 3},
        output={"x": 2},
        system_prompt_additions=("one", "two"),
    )
    last = chain[2].seen[0]
    assert last.message is not None and last.message.content == "Hi"
    assert last.input == {"a": 1, "b": 2} and last.output == {"x": 1} and last.response == "R"
    assert tagged(out) == [("m01", "t", {})]


# ------------------------------------------------------------------ 4. skip


@CHAIN
@given(
    ctx=CONTEXTS,
    before=STEPS,
    skip=SKIPS,
    skip_emitted=EMITTED,
    after=st.lists(st.tuples(ANY_RESULT, EMITTED), max_size=3),
)
def test_skip_stops_the_chain_keeping_modifications(
    ctx: HookContext,
    before: list[tuple[HookResult, list[Extraction]]],
    skip: Skip,
    skip_emitted: list[Extraction],
    after: list[tuple[HookResult, list[Extraction]]],
) -> None:
    calls: list[str] = []
    k = len(before)
    chain = chain_of([*before, (skip, skip_emitted), *after], calls)
    out = run_sync(chain, ctx).outcome

    assert calls == names(k + 1)
    assert out.action == "continue"
    assert (out.reason, out.direct_response) == (None, None)
    assert out.modifications == merged([as_continue(r) for r, _ in before])
    expected: list[Tagged] = []
    for p in chain[: k + 1]:
        expected += reply_extractions(p.name, p.emitted, p.result)
    assert tagged(out) == expected
    assert trace_of(out) == [(n, "continue") for n in names(k)] + [(names(k + 1)[k], "skip")]


# ------------------------------------------------------------------ 5. failure open/closed

FailureKind = Literal["error", "timeout", "not_ready", "unready"]
Policy = Literal["open", "closed", "required", "closed_for_hook", "closed_for_other_hook"]
TRACE_ACTION: dict[FailureKind, str] = {
    "error": "error",
    "timeout": "timeout",
    "not_ready": "not_ready",
    "unready": "not_ready",
}


def failing_module(name: str, kind: FailureKind, policy: Policy, calls: list[str]) -> FakeModule:
    policies: dict[Policy, str | dict[str, str]] = {
        "open": "open",
        "closed": "closed",
        "required": "open",
        "closed_for_hook": {HOOK: "closed"},
        "closed_for_other_hook": {OTHER_HOOK: "closed"},
    }
    failure = policies[policy]
    manifest = make_manifest(
        name,
        hooks=(HOOK, OTHER_HOOK),
        failure=failure,
        required=policy == "required",
        timeouts={HOOK: 200},
    )
    # A result that would visibly change the outcome if the failure were taken as a pass.
    result = Continue(message="from the failed module", system_prompt_additions=["failed"])
    if kind == "error":
        return FakeModule(manifest, result=result, raises=RuntimeError("boom"), calls=calls)
    if kind == "timeout":
        return FakeModule(manifest, result=result, sleep_s=30.0, calls=calls)
    if kind == "not_ready":
        return FakeModule(manifest, result=result, raises=ModuleNotReady("restarting"), calls=calls)
    return FakeModule(manifest, result=result, ready=False, calls=calls)


@settings(max_examples=50, deadline=None)
@given(
    ctx=CONTEXTS,
    before=STEPS,
    after=STEPS,
    kind=st.sampled_from(["error", "timeout", "not_ready", "unready"]),
    policy=st.sampled_from(
        ["open", "closed", "required", "closed_for_hook", "closed_for_other_hook"]
    ),
)
def test_failure_open_skips_and_closed_blocks(
    ctx: HookContext,
    before: list[tuple[HookResult, list[Extraction]]],
    after: list[tuple[HookResult, list[Extraction]]],
    kind: FailureKind,
    policy: Policy,
) -> None:
    calls: list[str] = []
    k = len(before)
    first = chain_of(before, calls)
    failing = failing_module(names(1, k)[0], kind, policy, calls)
    rest = chain_of(after, calls, start=k + 1)
    out = run_sync([*first, failing, *rest], ctx).outcome

    closed = policy in ("closed", "required", "closed_for_hook")
    invoked_failing = [] if kind == "unready" else [failing.name]
    entry = out.trace[k]
    assert (entry.module, entry.action) == (failing.name, TRACE_ACTION[kind])
    assert entry.action != "continue" and entry.error
    if kind == "error":
        assert "boom" in entry.error
    if kind == "timeout":
        assert failing.name in entry.error
        assert entry.duration_ms == pytest.approx(200)
    before_results = [as_continue(r) for r, _ in before]
    expected: list[Tagged] = []
    for p in first:
        expected += reply_extractions(p.name, p.emitted, p.result)
    if closed:
        assert calls == [p.name for p in first] + invoked_failing
        assert out.action == "block"
        assert (out.reason, out.direct_response) == (FAILURE_REASON, SAFE_RESPONSE)
        assert out.modifications == merged(before_results)
        assert tagged(out) == expected
        assert len(out.trace) == k + 1
    else:
        assert calls == [p.name for p in first] + invoked_failing + [p.name for p in rest]
        assert out.action == "continue"
        assert (out.reason, out.direct_response) == (None, None)
        after_results = [as_continue(r) for r, _ in after]
        assert out.modifications == merged(before_results + after_results)
        for p in rest:
            expected += reply_extractions(p.name, p.emitted, p.result)
        assert tagged(out) == expected
        assert [t.action for t in out.trace] == (
            ["continue"] * k + [TRACE_ACTION[kind]] + ["continue"] * len(after)
        )
        for i, p in enumerate(rest):
            assert_sees(p.seen[0], ctx, before_results + after_results[:i])


# ------------------------------------------------------------------ 6. shadow


@CHAIN
@given(
    ctx=CONTEXTS,
    before=STEPS,
    shadow=ANY_RESULT,
    shadow_emitted=EMITTED,
    after=STEPS,
)
def test_shadow_module_never_enforces(
    ctx: HookContext,
    before: list[tuple[HookResult, list[Extraction]]],
    shadow: HookResult,
    shadow_emitted: list[Extraction],
    after: list[tuple[HookResult, list[Extraction]]],
) -> None:
    calls: list[str] = []
    k = len(before)
    first = chain_of(before, calls)
    shadow_module = FakeModule(
        make_manifest("shadow", mode="shadow"), result=shadow, emitted=shadow_emitted, calls=calls
    )
    rest = chain_of(after, calls, start=k + 1)
    observer = FakeModule(make_manifest("zz-observer"), calls=calls)
    out = run_sync([*first, shadow_module, *rest, observer], ctx).outcome

    assert calls == [*names(k), "shadow", *names(len(after), k + 1), "zz-observer"]
    assert out.action == "continue"
    assert (out.reason, out.direct_response) == (None, None)
    # The shadow module's modifications are dropped: nobody sees them, the outcome lacks them.
    before_results = [as_continue(r) for r, _ in before]
    after_results = [as_continue(r) for r, _ in after]
    assert out.modifications == merged(before_results + after_results)
    for i, p in enumerate(rest):
        assert_sees(p.seen[0], ctx, before_results + after_results[:i])
    assert_sees(observer.seen[0], ctx, before_results + after_results)

    expected: list[Tagged] = []
    for p in first:
        expected += reply_extractions(p.name, p.emitted, p.result)
    expected += reply_extractions("shadow", shadow_emitted, shadow)
    if isinstance(shadow, Block):
        data = {"reason": shadow.reason, "direct_response": shadow.direct_response}
        expected.append(("shadow", "would_block", data))
    for p in rest:
        expected += reply_extractions(p.name, p.emitted, p.result)
    assert tagged(out) == expected

    shadow_entry = out.trace[k]
    assert shadow_entry.module == "shadow"
    if isinstance(shadow, Block):
        assert shadow_entry.action == "shadow_block"
    else:
        assert shadow_entry.action in ("continue", "skip")
    assert [t.module for t in out.trace] == calls


# ------------------------------------------------------------------ 7. non-blocking


@CHAIN
@given(
    ctx=CONTEXTS,
    hook=st.sampled_from([HOOK, ON_MESSAGE]),
    steps=st.lists(st.tuples(st.booleans(), CONTINUES), max_size=7),
)
def test_non_blocking_modules_are_dispatched_with_the_context_at_their_place(
    ctx: HookContext, hook: str, steps: list[tuple[bool, HookResult]]
) -> None:
    ctx = attrs.evolve(ctx, hook=hook)
    calls: list[str] = []
    chain: list[FakeModule] = []
    for name, (is_blocking, result) in zip(names(len(steps)), steps, strict=True):
        if hook == HOOK:  # blocking by default: opt out per hook
            blocking = None if is_blocking else {HOOK: False}
        else:  # chat:on_message is non-blocking by default: opt in per hook
            blocking = {ON_MESSAGE: True} if is_blocking else None
        manifest = make_manifest(name, hooks=(hook,), blocking=blocking)
        chain.append(FakeModule(manifest, result=result, calls=calls))
    run = run_sync(chain, ctx, hook)
    out = run.outcome

    blocking_names = [p.name for (b, _), p in zip(steps, chain, strict=True) if b]
    background_names = [p.name for (b, _), p in zip(steps, chain, strict=True) if not b]
    assert calls == blocking_names, "non-blocking modules are never invoked (awaited) inline"
    assert [d.module for d in run.dispatched] == background_names
    assert all(d.hook == hook for d in run.dispatched)
    by_module = {d.module: d for d in run.dispatched}
    applied: list[Continue] = []
    for (is_blocking, result), p in zip(steps, chain, strict=True):
        if is_blocking:
            assert_sees(p.seen[0], ctx, applied)
            applied.append(as_continue(result))
        else:
            assert_sees(by_module[p.name].payload.ctx, ctx, applied)
    assert out.action == "continue"
    assert out.modifications == merged(applied)
    assert trace_of(out) == [
        (p.name, "continue" if b else "dispatched") for (b, _), p in zip(steps, chain, strict=True)
    ]


# ------------------------------------------------------------------ 8. trace


@CHAIN
@given(
    steps=st.lists(
        st.tuples(
            st.one_of(CONTINUES, BLOCKS, SKIPS, st.sampled_from(["error", "timeout", "unready"])),
            st.sampled_from([0.0, 0.001, 0.05, 1.5]),
            st.booleans(),
        ),
        max_size=6,
    )
)
def test_trace_has_one_entry_per_module_considered_in_order(
    steps: list[tuple[HookResult | str, float, bool]],
) -> None:
    calls: list[str] = []
    chain: list[FakeModule] = []
    for name, (behaviour, sleep_s, is_blocking) in zip(names(len(steps)), steps, strict=True):
        manifest = make_manifest(
            name, blocking=None if is_blocking else {HOOK: False}, timeouts={HOOK: 1000}
        )
        if isinstance(behaviour, str):
            raises = RuntimeError("boom") if behaviour == "error" else None
            sleep = 5.0 if behaviour == "timeout" else sleep_s
            ready = behaviour != "unready"
            module = FakeModule(manifest, raises=raises, sleep_s=sleep, ready=ready, calls=calls)
        else:
            module = FakeModule(manifest, result=behaviour, sleep_s=sleep_s, calls=calls)
        chain.append(module)
    out = run_sync(chain, mock_context()).outcome

    considered = len(out.trace)
    assert [t.module for t in out.trace] == names(considered)
    stopped = considered < len(chain)
    if stopped:
        assert out.trace[-1].action in ("block", "skip")
    for entry, module in zip(out.trace, chain, strict=False):
        assert entry.duration_ms >= 0
        if entry.action in ("continue", "block", "skip", "error"):
            assert entry.duration_ms == pytest.approx(module.sleep_s * 1000)
            assert module.timeouts == [1.0]
        elif entry.action == "timeout":
            assert entry.duration_ms == pytest.approx(1000)
        else:
            assert entry.action in ("dispatched", "not_ready")
            assert module.calls.count(module.name) == 0
        assert (entry.error is not None) == (entry.action in ("error", "timeout", "not_ready"))


# ------------------------------------------------------------------ 9. payload


def changes(r: Continue) -> bool:
    return r.message is not None or r.response is not None or bool(r.input) or bool(r.output)


@CHAIN
@given(ctx=CONTEXTS, results=st.lists(CONTINUES, min_size=1, max_size=7))
def test_payload_is_shared_until_a_module_modifies_the_context(
    ctx: HookContext, results: list[HookResult]
) -> None:
    calls: list[str] = []
    chain = chain_of([(r, ()) for r in results], calls)
    run_sync(chain, ctx)

    payloads = [p.payloads[0] for p in chain]
    bodies = [p.bodies[0] for p in chain]
    assert payloads[0].ctx is ctx
    for i in range(1, len(chain)):
        previous = as_continue(results[i - 1])
        if changes(previous):
            assert payloads[i] is not payloads[i - 1]
        else:
            assert payloads[i] is payloads[i - 1]
            assert bodies[i] is bodies[i - 1], "the body is encoded once and cached"
    for payload, body in zip(payloads, bodies, strict=True):
        assert payload.body is body
        decoded = json.loads(body)
        assert "config" not in decoded
        assert decoded["request_id"] == payload.ctx.request_id
        content = payload.ctx.message.content if payload.ctx.message is not None else None
        assert decoded["message"]["content"] == content


def test_payload_encodes_once_per_distinct_context(monkeypatch: pytest.MonkeyPatch) -> None:
    encoded: list[bytes] = []
    real = encode_context

    def counting(ctx: HookContext) -> bytes:
        body = real(ctx)
        encoded.append(body)
        return body

    monkeypatch.setattr(_executor, "encode_context", counting)
    calls: list[str] = []
    chain = chain_of(
        [
            (Continue(), ()),
            (Continue(system_prompt_additions=["not a context change"]), ()),
            (Continue(message="changed"), ()),
            (Continue(), ()),
            (Continue(output={"k": 1}), ()),
            (Continue(), ()),
        ],
        calls,
    )
    run_sync(chain, mock_context(config={"secret": "per module"}))
    assert len(encoded) == 3
    assert len({id(p.payloads[0]) for p in chain}) == 3
    assert all(b"per module" not in body for body in encoded)


# ------------------------------------------------------------------ examples


async def test_cancelling_the_caller_cancels_the_call_in_flight(
    autojump_clock: trio.testing.MockClock,
) -> None:
    calls: list[str] = []
    slow = FakeModule(make_manifest("slow", timeouts={HOOK: 60_000}), sleep_s=30.0, calls=calls)
    never = FakeModule(make_manifest("zz-never"), calls=calls)
    with trio.move_on_after(1) as scope:
        await run_chain([slow, never], mock_context())
    assert scope.cancelled_caught
    assert calls == ["slow"]


async def test_not_ready_module_is_not_invoked_and_closed_blocks() -> None:
    calls: list[str] = []
    first = FakeModule(make_manifest("a"), result=Continue(message="x"), calls=calls)
    down = FakeModule(make_manifest("b", failure="closed"), ready=False, calls=calls)
    last = FakeModule(make_manifest("c"), calls=calls)
    run = await run_chain([first, down, last], mock_context())
    assert calls == ["a"]
    assert run.outcome.blocked
    assert run.outcome.direct_response == SAFE_RESPONSE
    assert run.outcome.modifications == Modifications(message="x")
    assert trace_of(run.outcome) == [("a", "continue"), ("b", "not_ready")]


async def test_a_failing_shadow_module_is_traced_but_never_blocks() -> None:
    calls: list[str] = []
    shadow = FakeModule(
        make_manifest("observer", failure="closed", mode="shadow"),
        raises=RuntimeError("boom"),
        calls=calls,
    )
    after = FakeModule(make_manifest("after"), result=Continue(message="ok"), calls=calls)
    outcome = await execute(
        HOOK,
        mock_context(),
        [shadow, after],
        timeout_ms=lambda p: 1000,
        background=lambda *a: None,
    )
    assert outcome.action == "continue"
    assert outcome.modifications.message == "ok"
    assert [(t.module, t.action) for t in outcome.trace] == [
        ("observer", "error"),
        ("after", "continue"),
    ]


async def test_skip_does_not_bypass_a_required_module() -> None:
    calls: list[str] = []
    skipper = FakeModule(
        make_manifest("a-skipper", priorities={HOOK: 1}), result=Skip(), calls=calls
    )
    optional = FakeModule(make_manifest("b-optional"), result=Continue(message="x"), calls=calls)
    guard = FakeModule(
        make_manifest("c-guard", required=True), result=Block("pii", "no"), calls=calls
    )
    outcome = await execute(
        HOOK,
        mock_context(),
        [skipper, optional, guard],
        timeout_ms=lambda p: 1000,
        background=lambda *a: None,
    )
    assert calls == ["a-skipper", "c-guard"]
    assert outcome.action == "block" and outcome.reason == "pii"
    assert [(t.module, t.action) for t in outcome.trace] == [
        ("a-skipper", "skip"),
        ("c-guard", "block"),
    ]
