"""The host compiles a module's large sources once; its workers import the bytecode.

Real workers throughout. The proof that a worker reads what the host compiled: a large
source is replaced by one of the same size and modification time (the two things Python
checks a .pyc against), so only a worker that imports the host's bytecode still answers
with the old value.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from raptscallions.engine import open_engine
from raptscallions.engine._bytecode import LARGE_SOURCE, stale_sources
from raptscallions.sdk.testing import mock_context

from .conftest import ModuleMaker

HOOK = "chat:before_ai"

USES_TABLE = """
from . import table

@module.hook("chat:before_ai")
async def answer(ctx):
    return Continue(system_prompt_additions=[table.VALUE])
"""


def write_table(folder: Path, value: str) -> Path:
    """A source of more than LARGE_SOURCE bytes whose VALUE is `value` (same size for
    values of the same length)."""
    rows = ",\n".join(f'    "row {i:05d} of a table a module might ship"' for i in range(900))
    path = folder / "table.py"
    path.write_text(f'VALUE = "{value}"\nROWS = (\n{rows},\n)\n')
    assert path.stat().st_size >= LARGE_SOURCE
    return path


def pycache(folder: Path) -> list[str]:
    """The bytecode files beside the module's sources."""
    return [str(p) for p in (folder / "__pycache__").glob("*.pyc")]


async def answer(engine: object) -> list[str]:
    outcome = await engine.execute_hook(HOOK, mock_context(message="hi"))  # type: ignore[attr-defined]
    return list(outcome.modifications.system_prompt_additions)


async def test_workers_import_the_bytecode_the_host_compiled(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    folder = make_module("tabled", USES_TABLE)
    table = write_table(folder, "first")
    cached = importlib.util.cache_from_source(str(table))
    async with open_engine(modules_dir) as engine:
        assert await answer(engine) == ["first"]
        assert cached in pycache(folder) and stale_sources(folder) == []
        assert importlib.util.cache_from_source(str(folder / "module.py")) not in pycache(folder)

        # same size, same modification time: Python takes the .pyc as current
        st = table.stat()
        write_table(folder, "other")
        os.utime(table, ns=(st.st_atime_ns, st.st_mtime_ns))
        await engine.reload("tabled")
        assert await answer(engine) == ["first"]  # from the host's bytecode

        # an edit the import can see: compiled again before the new worker starts
        write_table(folder, "second value")
        await engine.reload("tabled")
        assert await answer(engine) == ["second value"]
        assert stale_sources(folder) == []


async def test_a_large_source_that_does_not_compile_fails_as_before(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    folder = make_module("broken-table", USES_TABLE)
    table = write_table(folder, "fine")
    table.write_text(table.read_text() + "def oops(:\n")
    make_module("healthy", 'module.hook("chat:before_ai")(lambda ctx: None)\n')
    async with open_engine(modules_dir) as engine:
        status = engine.status("broken-table")
        assert status.last_error is not None and "SyntaxError" in status.last_error
        assert "table.py" in status.last_error
        assert engine.status("healthy").last_error is None
        assert engine.status("healthy").status == "ready"
        assert stale_sources(folder) == [table]


async def test_a_folder_where_bytecode_cannot_be_written_still_loads(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    folder = make_module("unwritable", USES_TABLE)
    write_table(folder, "from source")
    (folder / "__pycache__").write_text("not a directory")  # even root cannot write into it
    async with open_engine(modules_dir) as engine:
        assert await answer(engine) == ["from source"]
        for _ in range(2):
            await engine.reload("unwritable")
            assert await answer(engine) == ["from source"]
