"""The suite's plot, drawn without dependencies: a few line charts on an RGB canvas, labelled
with a 5x7 bitmap font, written as a PNG (zlib and struct from the standard library).

`plot_results(results, path)` draws how the cost grows with the number of modules, the size
of the context and the number of sessions (from whichever of those figures were measured).
"""

from __future__ import annotations

import itertools
import math
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

RGB = tuple[int, int, int]
WHITE: RGB = (255, 255, 255)
BLACK: RGB = (30, 30, 30)
GREY: RGB = (200, 200, 200)
BLUE: RGB = (31, 119, 180)
ORANGE: RGB = (230, 120, 20)

_FONT_ROWS = {
    "A": "01110 10001 10001 11111 10001 10001 10001",
    "B": "11110 10001 10001 11110 10001 10001 11110",
    "C": "01110 10001 10000 10000 10000 10001 01110",
    "D": "11110 10001 10001 10001 10001 10001 11110",
    "E": "11111 10000 10000 11110 10000 10000 11111",
    "F": "11111 10000 10000 11110 10000 10000 10000",
    "G": "01110 10001 10000 10111 10001 10001 01111",
    "H": "10001 10001 10001 11111 10001 10001 10001",
    "I": "01110 00100 00100 00100 00100 00100 01110",
    "J": "00111 00010 00010 00010 00010 10010 01100",
    "K": "10001 10010 10100 11000 10100 10010 10001",
    "L": "10000 10000 10000 10000 10000 10000 11111",
    "M": "10001 11011 10101 10101 10001 10001 10001",
    "N": "10001 10001 11001 10101 10011 10001 10001",
    "O": "01110 10001 10001 10001 10001 10001 01110",
    "P": "11110 10001 10001 11110 10000 10000 10000",
    "Q": "01110 10001 10001 10001 10101 10010 01101",
    "R": "11110 10001 10001 11110 10100 10010 10001",
    "S": "01111 10000 10000 01110 00001 00001 11110",
    "T": "11111 00100 00100 00100 00100 00100 00100",
    "U": "10001 10001 10001 10001 10001 10001 01110",
    "V": "10001 10001 10001 10001 10001 01010 00100",
    "W": "10001 10001 10001 10101 10101 10101 01010",
    "X": "10001 10001 01010 00100 01010 10001 10001",
    "Y": "10001 10001 01010 00100 00100 00100 00100",
    "Z": "11111 00001 00010 00100 01000 10000 11111",
    "0": "01110 10001 10011 10101 11001 10001 01110",
    "1": "00100 01100 00100 00100 00100 00100 01110",
    "2": "01110 10001 00001 00010 00100 01000 11111",
    "3": "11111 00010 00100 00010 00001 10001 01110",
    "4": "00010 00110 01010 10010 11111 00010 00010",
    "5": "11111 10000 11110 00001 00001 10001 01110",
    "6": "00110 01000 10000 11110 10001 10001 01110",
    "7": "11111 00001 00010 00100 01000 01000 01000",
    "8": "01110 10001 10001 01110 10001 10001 01110",
    "9": "01110 10001 10001 01111 00001 00010 01100",
    " ": "00000 00000 00000 00000 00000 00000 00000",
    ".": "00000 00000 00000 00000 00000 01100 01100",
    ",": "00000 00000 00000 00000 01100 00100 01000",
    ":": "00000 01100 01100 00000 01100 01100 00000",
    "-": "00000 00000 00000 11111 00000 00000 00000",
    "+": "00000 00100 00100 11111 00100 00100 00000",
    "/": "00001 00010 00010 00100 01000 01000 10000",
    "(": "00010 00100 01000 01000 01000 00100 00010",
    ")": "01000 00100 00010 00010 00010 00100 01000",
    "%": "11001 11010 00010 00100 01000 01011 10011",
    "=": "00000 00000 11111 00000 11111 00000 00000",
    "<": "00010 00100 01000 10000 01000 00100 00010",
    ">": "01000 00100 00010 00001 00010 00100 01000",
    "_": "00000 00000 00000 00000 00000 00000 11111",
}
FONT = {ch: [int(r, 2) for r in rows.split()] for ch, rows in _FONT_ROWS.items()}


class Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(WHITE) * (width * height))

    def dot(self, x: int, y: int, color: RGB) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            i = 3 * (y * self.width + x)
            self.pixels[i : i + 3] = bytes(color)

    def rect(self, x0: int, y0: int, x1: int, y1: int, color: RGB) -> None:
        for y in range(max(0, y0), min(self.height, y1)):
            for x in range(max(0, x0), min(self.width, x1)):
                self.dot(x, y, color)

    def line(self, x0: int, y0: int, x1: int, y1: int, color: RGB, width: int = 1) -> None:
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        for s in range(steps + 1):
            x = round(x0 + (x1 - x0) * s / steps)
            y = round(y0 + (y1 - y0) * s / steps)
            for dx in range(width):
                for dy in range(width):
                    self.dot(x + dx - width // 2, y + dy - width // 2, color)

    def text(self, x: int, y: int, text: str, color: RGB = BLACK, scale: int = 2) -> None:
        for ch in text.upper().replace("µ", "U"):
            glyph = FONT.get(ch, FONT["_"])
            for row, bits in enumerate(glyph):
                for col in range(5):
                    if bits & (1 << (4 - col)):
                        self.rect(x + col * scale, y + row * scale,
                                  x + (col + 1) * scale, y + (row + 1) * scale, color)  # fmt: skip
            x += 6 * scale

    @staticmethod
    def text_width(text: str, scale: int = 2) -> int:
        return 6 * scale * len(text)

    def png(self) -> bytes:
        raw = b"".join(
            b"\x00" + bytes(self.pixels[3 * y * self.width : 3 * (y + 1) * self.width])
            for y in range(self.height)
        )

        def chunk(kind: bytes, data: bytes) -> bytes:
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))  # fmt: skip


def _nice(value: float) -> str:
    if value >= 10_000:
        return f"{value / 1000:.0f}K"
    if value >= 100:
        return f"{value:.0f}"
    return f"{value:.3g}"


def panel(
    canvas: Canvas,
    box: tuple[int, int, int, int],
    title: str,
    xlabel: str,
    series: Sequence[tuple[str, RGB, Sequence[tuple[float, float]]]],
    *,
    log_x: bool = False,
) -> None:
    """A line chart in `box` (x, y, width, height): y from 0, x linear or logarithmic."""
    x0, y0, w, h = box
    left, bottom = x0 + 90, y0 + h - 50
    right, top = x0 + w - 20, y0 + 40
    canvas.text(x0 + 10, y0 + 8, title)
    points = [p for _, _, pts in series for p in pts]
    if not points:
        canvas.text(left, (top + bottom) // 2, "not measured")
        return
    fx = (lambda v: math.log10(v)) if log_x else (lambda v: v)
    xs = [fx(x) for x, _ in points]
    xmin, xmax = min(xs), max(xs)
    ymax = max(y for _, y in points) * 1.15 or 1.0
    if xmax == xmin:
        xmax = xmin + 1

    def at(x: float, y: float) -> tuple[int, int]:
        px = left + (fx(x) - xmin) / (xmax - xmin) * (right - left)
        py = bottom - y / ymax * (bottom - top)
        return round(px), round(py)

    for i in range(5):
        value = ymax * i / 4
        _, py = at(points[0][0], value)
        canvas.line(left, py, right, py, GREY)
        label = _nice(value)
        canvas.text(left - 10 - Canvas.text_width(label), py - 7, label)
    for x in sorted({x for x, _ in points}):
        px, _ = at(x, 0)
        canvas.line(px, bottom, px, bottom + 5, BLACK)
        label = _nice(x)
        canvas.text(px - Canvas.text_width(label) // 2, bottom + 10, label)
    canvas.line(left, bottom, right, bottom, BLACK)
    canvas.line(left, top, left, bottom, BLACK)
    canvas.text((left + right - Canvas.text_width(xlabel)) // 2, bottom + 32, xlabel)
    legend_y = top - 2
    for name, color, pts in series:
        ordered = sorted(pts)
        for (ax, ay), (bx, by) in itertools.pairwise(ordered):
            canvas.line(*at(ax, ay), *at(bx, by), color, width=3)
        for x, y in ordered:
            px, py = at(x, y)
            canvas.rect(px - 4, py - 4, px + 5, py + 5, color)
        canvas.rect(right - 260, legend_y, right - 240, legend_y + 12, color)
        canvas.text(right - 232, legend_y, name, scale=2)
        legend_y += 20


def plot_results(results: Sequence[dict[str, Any]], path: Path) -> bool:
    """Draw the scaling figures found in `results` to `path`; False when there are none."""
    by_name = {r["name"]: r for r in results}

    def pts(prefix: str, key: str) -> list[tuple[float, float]]:
        return [
            (float(r[key]), float(r["median"]))
            for r in results
            if r["name"].startswith(prefix) and r.get(key) and r.get("median") is not None
        ]

    modules = pts("scale_modules_", "modules")
    context = [(b / 1024, v) for b, v in pts("scale_context_", "context_bytes")]
    sessions = [
        (float(name.removeprefix("throughput_c")), float(r["median"]))
        for name, r in by_name.items()
        if name.startswith("throughput_c") and r.get("median") is not None
    ]
    if not (modules or context or sessions):
        return False
    floor = by_name.get("floor_pingpong", {}).get("median")
    canvas = Canvas(1500, 560)
    floor_line = [(float(m), float(floor) * m) for m, _ in modules] if floor else []
    panel(canvas, (0, 0, 500, 560), "chain p50, microseconds", "no-op modules in the chain",
          [("engine", BLUE, modules), ("floor x modules", ORANGE, floor_line)])  # fmt: skip
    panel(canvas, (500, 0, 500, 560), "one call p50, microseconds", "context size (KB)",
          [("engine", BLUE, context)], log_x=True)  # fmt: skip
    panel(canvas, (1000, 0, 500, 560), "chains of 3 no-ops per second", "concurrent sessions",
          [("engine", BLUE, sessions)], log_x=True)  # fmt: skip
    path.write_bytes(canvas.png())
    return True
