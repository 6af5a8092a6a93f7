"""A short in-process demonstration: load the modules, pass a few messages through them.

Stands in for `serve` until the engine and server exist; it uses the SDK's in-process runner,
ordering by priority and applying each module's modifications in turn.
"""

from __future__ import annotations

from pathlib import Path

import trio

from ._discovery import discover
from .sdk import Block, Continue, Skip
from .sdk._loader import import_module_folder
from .sdk._module import Module
from .sdk.testing import mock_context, run_hook

SAMPLES = (
    "Hi! Can you help me with fractions? My email is sam.lee@example.com",
    "Call me at (555) 123-4567 if the answer is 3.14159",
    "I don't understand this at all, I'm stuck",
    "I want to kill myself",
)


async def _chain(modules: list[Module], hook: str, text: str) -> str:
    chain = sorted(
        (m for m in modules if hook in m.handlers and m.manifest is not None),
        key=lambda m: (m.manifest.priority(hook) if m.manifest else 50, m.name or ""),
    )
    ctx = mock_context(hook=hook, message=text)
    for m in chain:
        run = await run_hook(m, hook, ctx)
        kinds = ", ".join(e.type for e in run.extractions)
        note = f"  (emitted {kinds})" if kinds else ""
        if isinstance(run.result, Block):
            print(f"    {m.name}: BLOCK {run.result.reason}{note}")
            return f"[blocked] {run.result.direct_response or ''}"
        if isinstance(run.result, Skip):
            print(f"    {m.name}: skip{note}")
            break
        if isinstance(run.result, Continue) and run.result.message is not None:
            print(f"    {m.name}: modified the message{note}")
            ctx = mock_context(hook=hook, message=run.result.message)
        else:
            print(f"    {m.name}: continue{note}")
    assert ctx.message is not None
    return ctx.message.content


def run_demo(modules_dir: Path) -> int:
    found = discover(modules_dir)
    print(f"raptscallions: {len(found)} module folder(s) in {modules_dir}")
    modules: list[Module] = []
    for d in found:
        if d.manifest is None or d.error is not None:
            print(f"  ✗ {d.name}: {d.error}")
            continue
        try:
            modules.append(import_module_folder(d.manifest))
            print(f"  ✓ {d.manifest.name} {d.manifest.version}: {', '.join(d.manifest.hooks)}")
        except Exception as exc:
            print(f"  ✗ {d.name}: {exc}")
    print("\nThe HTTP server is not built yet; passing sample messages through the modules:")

    async def main() -> None:
        for text in SAMPLES:
            print(f"\n  student: {text}")
            result = await _chain(modules, "chat:before_ai", text)
            print(f"  sent to the AI: {result}")

    trio.run(main)
    return 0
