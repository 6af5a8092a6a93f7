"""A hit rate, as the filter scorers (`benchmarks/pii`, `benchmarks/safety`) count them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Tally:
    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.total += 1
        self.hits += hit

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"hits": self.hits, "total": self.total, "rate": round(self.rate, 4)}
