"""Fixtures for the pipeline tests: the built-in modules copied beside test modules, and the
store fixtures of the store suite (every `store_url` test runs on SQLite and PostgreSQL)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.store.conftest import pg as pg
from tests.store.conftest import store_url as store_url

BUILTINS = Path(__file__).resolve().parents[2] / "modules"
BUILTIN_NAMES = ("pii-filter", "safety-filter", "struggle-detector")


@pytest.fixture
def modules_dir(tmp_path: Path) -> Path:
    """A modules folder holding copies of the built-in modules (without their tests)."""
    path = tmp_path / "modules"
    path.mkdir()
    for name in BUILTIN_NAMES:
        shutil.copytree(BUILTINS / name, path / name, ignore=shutil.ignore_patterns("tests"))
    return path
