"""Recall and false-positive rate of the pii-filter on its labelled corpus (benchmarks/pii).

Scores ``modules/pii-filter/pii.py`` as the module runs it; arguments go to the scorer
(``raptscallions bench pii --extra --show``; see ``python -m benchmarks.pii.score --help``).
"""

from __future__ import annotations

from .pii import score


def main(argv: list[str] | None = None) -> None:
    score.main(argv or [])
