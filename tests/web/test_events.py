"""The event stream's framing and timing, on a real engine (with no modules, so no process
is started) and trio's MockClock: keep-alive comments come every `keepalive_s` of an idle
stream, and the stream ends when the engine closes."""

from __future__ import annotations

import json
from pathlib import Path

import trio
import trio.testing

from raptscallions.engine import EngineEvent, open_engine
from raptscallions.web._events import event_frames, frame


async def test_an_idle_stream_sends_a_keepalive_every_interval(
    autojump_clock: trio.testing.MockClock, tmp_path: Path
) -> None:
    async with open_engine(tmp_path) as engine:
        with engine.subscribe() as subscription:
            frames = event_frames(engine, subscription, keepalive_s=15.0)
            assert await anext(frames) == b": connected\n\n"
            started = trio.current_time()
            for n in range(1, 4):
                assert await anext(frames) == b": keepalive\n\n"
                assert trio.current_time() - started == 15.0 * n
            await frames.aclose()


async def test_the_stream_ends_when_the_engine_closes(
    autojump_clock: trio.testing.MockClock, tmp_path: Path
) -> None:
    received: list[bytes] = []
    done = trio.Event()
    async with trio.open_nursery() as nursery:
        async with open_engine(tmp_path) as engine:
            subscription = engine.subscribe()

            async def read() -> None:
                async for chunk in event_frames(engine, subscription, keepalive_s=15.0):
                    received.append(chunk)
                done.set()

            nursery.start_soon(read)
            await trio.sleep(20.0)
        # Leaving the engine closed the subscription: the reader returns on its own.
        with trio.fail_after(1.0):
            await done.wait()
    assert received[:2] == [b": connected\n\n", b": keepalive\n\n"]
    # The engine's last event reaches the stream before it ends.
    assert received[-1].startswith(b"event: supervisor:stopped\n")


def test_a_frame_is_one_sse_message() -> None:
    event = EngineEvent("module:log", {"module": "m", "message": "two\nlines", "x": float("nan")})
    chunk = frame(event.type, event.data)
    text = chunk.decode()
    assert text.endswith("\n\n") and text.count("\n") == 3
    kind, data = text.strip().split("\n")
    assert kind == "event: module:log"
    assert json.loads(data.removeprefix("data: ")) == {
        "type": "module:log", "module": "m", "message": "two\nlines", "x": None,
    }  # fmt: skip
