"""Test utilities for module authors: build contexts and run handlers in-process.

`run_module` (a module through a real worker process) needs the engine, so it lives in
`raptscallions.testing` and is imported from there on first use: importing this package
loads the SDK and nothing of the engine.
"""

from typing import TYPE_CHECKING, Any

from .._config_schema import validate_config as validate_config
from .._db import StoredExtraction as StoredExtraction
from .._loader import load_module_folder as load_module_folder
from ._fakes import FakeDatabase as FakeDatabase
from ._fakes import LogRecord as LogRecord
from ._fakes import RecordingRuntime as RecordingRuntime
from ._run import HookRun as HookRun
from ._run import mock_context as mock_context
from ._run import run_hook as run_hook

if TYPE_CHECKING:
    from ...testing import run_module as run_module

__all__ = [
    "FakeDatabase",
    "HookRun",
    "LogRecord",
    "RecordingRuntime",
    "StoredExtraction",
    "load_module_folder",
    "mock_context",
    "run_hook",
    "run_module",
    "validate_config",
]


def __getattr__(name: str) -> Any:
    if name == "run_module":
        from ...testing import run_module

        globals()["run_module"] = run_module
        return run_module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
