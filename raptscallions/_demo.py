"""A short demonstration: a chat session through the modules, on the offline echo model.

`raptscallions demo` (and `serve`, until the HTTP server exists). Every module runs in its
own worker process, and every message goes through the chat pipeline exactly as it will behind the
server: on_message, before_ai, the AI (the echo model answers with what reached it, so what
the modules let through is visible), after_ai, both messages stored.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, AsyncExitStack, nullcontext
from pathlib import Path

import trio

from .chat import ChatService, EchoModel
from .engine import open_engine
from .sdk import Class, Tool, ToolDefinition, User
from .store import open_store
from .store._sql import redact

SAMPLES = (
    "Hi! Can you help me with fractions? My email is sam.lee@example.com",
    "Call me at (555) 123-4567 or +44 161 496 0018 if the answer is 3.14159",
    "My card is 4111 1111 1111 1111, is that safe to share?",
    "I want to kill myself",
    "I don't get it",
    "I still don't understand, I'm confused",
    "I'm stuck, this makes no sense",
    "What year did WWII end? I think 1945",
)

STUDENT = User(id="demo-student", role="student", name="Sam")
TUTOR = Tool(
    id="demo-tutor",
    name="Math tutor",
    type="chat",
    definition=ToolDefinition(behavior="You are a patient math tutor.", model="echo"),
)


def _indent(text: str, prefix: str = "             ") -> str:
    return "\n".join(prefix + line for line in text.splitlines())


Progress = Callable[[str], AbstractContextManager[object]]


def _no_progress(_text: str) -> AbstractContextManager[object]:
    return nullcontext()


async def _demo(modules_dir: Path, database: str, progress: Progress) -> int:
    shown = redact(database)
    print(f"raptscallions: store {shown}; starting the modules in {modules_dir} ...")
    start = trio.current_time()
    async with AsyncExitStack() as stack:
        # The engine stops (flushing what the modules recorded) before the store is read.
        engine_stack = AsyncExitStack()
        with progress(f"starting the modules in {modules_dir} ..."):
            store = await stack.enter_async_context(open_store(database))
            stack.push_async_exit(engine_stack)
            engine = await engine_stack.enter_async_context(open_engine(modules_dir, store=store))
        async with engine_stack:
            took = trio.current_time() - start
            for s in engine.statuses():
                mark = "✓" if s.status == "ready" else "✗"
                detail = f"pid {s.pid}" if s.pid else (s.last_error or "")
                print(f"  {mark} {s.name:<18} {s.version or '-':<8} {s.status:<9} {detail}")
            print(f"  ({took:.2f} s to start)\n")
            chat = ChatService(engine, store, EchoModel())
            session = await chat.start_session(STUDENT, TUTOR, class_=Class("demo-7b", "7B"))
            print(f"A chat session ({session.id}) through the modules, on the offline echo")
            print("model (it answers with what reached it):")
            for text in SAMPLES:
                reply = await chat.send_message(session.id, text, STUDENT)
                print(f"\n  student:   {text}")
                for step in reply.trace:
                    if step.action != "dispatched":
                        print(
                            f"    {step.hook:<15} {step.module:<17} {step.action:<9} "
                            f"{step.duration_ms:6.2f} ms"
                        )
                if reply.blocked:
                    print(f"  blocked ({reply.reason}); the AI was not called. Reply:")
                else:
                    print("  the AI received, and echoed:")
                print(_indent(reply.response))
            await chat.end_session(session.id)
        rows = await store.get_messages(session.id)
        print(f"\nStored in {shown}: {len(rows)} messages (seq 1-{rows[-1].seq if rows else 0})")
        for row in rows[:6:2]:
            print(f"  #{row.seq} {row.role}: {row.content}")
        stored = await store.list_extractions(session_id=session.id, limit=1000)
    print(f"{len(stored)} extraction(s) for the session (newest first):")
    for ext in stored[:8]:
        print(f"  {ext.created_at:%H:%M:%S} {ext.module}:{ext.type} {ext.data}")
    return 0


def run_demo(modules_dir: Path, database: str, progress: Progress = _no_progress) -> int:
    """Run the demonstration; its exit status.

    Raises: StoreError, ModuleLoadError (a required module could not load)."""
    return trio.run(_demo, modules_dir, database, progress)
