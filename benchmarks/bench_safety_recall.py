"""Recall and benign-block rate of the safety-filter on its evaluation corpus (benchmarks/safety).

Runs the module's ``chat:before_ai`` handler as the engine would, at each sensitivity;
arguments go to the scorer (``raptscallions bench safety --extra --show medium``; see
``python -m benchmarks.safety.score --help``).
"""

from __future__ import annotations

from .safety import score


def main(argv: list[str] | None = None) -> None:
    score.main(argv or [])
