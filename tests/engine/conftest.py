"""Helpers for engine tests: module folders written on the fly."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ModuleMaker = Callable[..., Path]


def write_module(
    root: Path, name: str, code: str, *, hooks: list[str] | None = None, **fields: Any
) -> Path:
    """A module folder `root/name` with a manifest (defaults plus `fields`) and `code`."""
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {
        "name": name,
        "version": "1.0.0",
        "description": f"test module {name}",
        "hooks": hooks or ["chat:before_ai"],
        "permissions": ["extractions:write", "extractions:read", "sessions:read"],
    }
    manifest.update(fields)
    (folder / "module.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    header = "from raptscallions.sdk import *\nmodule = define_module()\n"
    (folder / "module.py").write_text(header + textwrap.dedent(code))
    return folder


@pytest.fixture
def modules_dir(tmp_path: Path) -> Path:
    path = tmp_path / "modules"
    path.mkdir()
    return path


@pytest.fixture
def make_module(modules_dir: Path) -> ModuleMaker:
    def make(name: str, code: str, **fields: Any) -> Path:
        return write_module(modules_dir, name, code, **fields)

    return make


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it is not running.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
