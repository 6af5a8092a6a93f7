"""What a sandboxed module can see of its host: not the engine's environment or command line
(where a database URL or key may be), not other processes; its own /proc entry, yes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from raptscallions.engine import open_engine
from raptscallions.sdk.testing import mock_context

from .conftest import ModuleMaker

PROBE = """
import os
@module.hook("chat:before_ai")
async def probe(ctx):
    out = []
    host = os.getppid()
    for path in (f"/proc/{host}/environ", f"/proc/{host}/cmdline", "/proc/1/environ",
                 "/proc/self/status"):
        try:
            with open(path, "rb") as f:
                f.read(64)
            out.append("read")
        except OSError:
            out.append("denied")
    return Continue(system_prompt_additions=out)
"""


async def test_a_module_cannot_read_the_engines_proc_entries(
    make_module: ModuleMaker, modules_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RAPTSCALLIONS_DATABASE_URL", "postgresql://admin:secret@db/prod")
    make_module("probe", PROBE)
    async with open_engine(modules_dir) as engine:
        outcome = await engine.execute_hook("chat:before_ai", mock_context())
        protections = engine.status("probe").protections
    if not protections.get("landlock"):
        pytest.fail("Landlock is available on this kernel and must be active")
    assert outcome.modifications.system_prompt_additions == ("denied", "denied", "denied", "read")
    assert os.environ["RAPTSCALLIONS_DATABASE_URL"].endswith("prod")
