"""Test utilities for module authors: build contexts and run handlers in-process."""

from .._db import StoredExtraction as StoredExtraction
from .._loader import load_module_folder as load_module_folder
from ._fakes import FakeDatabase as FakeDatabase
from ._fakes import LogRecord as LogRecord
from ._fakes import RecordingRuntime as RecordingRuntime
from ._process import run_module as run_module
from ._run import HookRun as HookRun
from ._run import mock_context as mock_context
from ._run import run_hook as run_hook
from ._run import validate_config as validate_config

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
