"""Running the `raptscallions` command for real: `python -m raptscallions` in a subprocess,
in a temporary working directory (so that no default `raptscallions.db` lands in the
repository), with an environment that configures no AI and no database."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final

import pytest

REPO: Final = Path(__file__).resolve().parents[2]
REPO_MODULES: Final = REPO / "modules"
CLEARED: Final = (
    "RAPTSCALLIONS_AI_BASE_URL",
    "RAPTSCALLIONS_AI_API_KEY",
    "RAPTSCALLIONS_AI_MODEL",
    "RAPTSCALLIONS_DATABASE_URL",
    "RAPTSCALLIONS_GRANT_SECRETS",
    "RAPTSCALLIONS_TRACEBACK",
    "FORCE_COLOR",
    "NO_COLOR",
)

Run = Callable[..., subprocess.CompletedProcess[str]]


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env.update(extra)
    return env


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """`run("chat", "--trace", input="hi\\n")`: the command's completed process."""

    def run_cli(
        *args: str | Path,
        input: str | None = None,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        timeout: float = 90,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "raptscallions", *map(str, args)],
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            cwd=cwd or tmp_path,
            env=dict(env) if env is not None else cli_env(),
            timeout=timeout,
            check=False,
        )

    return run_cli


def assert_clean_error(result: subprocess.CompletedProcess[str], code: int, *parts: str) -> str:
    """The command failed with `code` and one `error: ...` line naming `parts`, no
    traceback; that line."""
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    for part in parts:
        assert part in line, line
    return line
