"""Frames onto a non-blocking socket with as few wake-ups and writes as possible.

A frame is written straight away, from the caller, when nothing is queued: no task switch on
the hot path. Under load (the caller says `batch`: other calls are in flight), when the
socket is full, or while a write is in progress, frames queue up instead, and the writer
task sends everything queued in one write when the scheduler next runs it, so that the
calls of one scheduler batch share a write (and the reader at the other end, a wake-up).
It waits with `wait_writable` only when the socket is full, never through a stream.
Frames are never reordered.
"""

from __future__ import annotations

import socket

import trio


class FrameWriter:
    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock  # non-blocking
        self._queue: list[bytes] = []
        self._wake = trio.Event()
        self._busy = False
        self.closed = False

    def write(self, frame: bytes, *, batch: bool = False) -> None:
        """Send `frame` now, or (`batch`, or when it cannot go now) queue it for the writer
        task. Call from the trio thread only."""
        if self.closed:
            return
        if not batch and not self._queue and not self._busy:
            try:
                sent = self._sock.send(frame)
            except BlockingIOError:
                sent = 0
            except OSError:
                self.closed = True
                return
            if sent == len(frame):
                return
            frame = frame[sent:]
        self._queue.append(frame)
        self._wake.set()

    async def run(self) -> None:
        """The writer task: sends queued frames until the socket closes."""
        while not self.closed:
            await self._wake.wait()
            self._wake = trio.Event()
            await self.flush()

    async def flush(self) -> None:
        """Send everything queued now (one caller at a time: the writer task, or a final
        flush once it is gone)."""
        self._busy = True
        try:
            while self._queue and not self.closed:
                queue = self._queue
                data = memoryview(queue[0] if len(queue) == 1 else b"".join(queue))
                queue.clear()
                while data and not self.closed:
                    try:
                        sent = self._sock.send(data)
                    except BlockingIOError:
                        try:
                            await trio.lowlevel.wait_writable(self._sock)
                        except trio.ClosedResourceError:
                            if self._sock.fileno() == -1:  # closed for real
                                self.closed = True
                                return
                        continue
                    except OSError:
                        self.closed = True
                        return
                    data = data[sent:]
        finally:
            self._busy = False
