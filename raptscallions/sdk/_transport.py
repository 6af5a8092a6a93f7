"""Frames onto a socket with as few wake-ups as possible (shared by host and worker).

A frame is written straight away, from the caller, when nothing is queued: no task switch on
the hot path. When the socket is full, or a write is in progress, frames queue up and one
writer task sends everything queued in a single write, so that many calls in flight share
wake-ups. Frames are never reordered.
"""

from __future__ import annotations

import socket

import trio


class FrameWriter:
    def __init__(self, sock: socket.socket, stream: trio.SocketStream) -> None:
        self._sock = sock  # the same socket as `stream`'s, already non-blocking
        self._stream = stream
        self._queue: list[bytes] = []
        self._wake = trio.Event()
        self._lock = trio.Lock()
        self.closed = False

    def write(self, frame: bytes) -> None:
        """Send or queue `frame`. Call from the trio thread only."""
        if self.closed:
            return
        if not self._queue and not self._lock.locked():
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
        """Send everything queued now."""
        async with self._lock:
            while self._queue and not self.closed:
                data = b"".join(self._queue)
                self._queue.clear()
                try:
                    await self._stream.send_all(data)
                except (trio.BrokenResourceError, trio.ClosedResourceError):
                    self.closed = True
