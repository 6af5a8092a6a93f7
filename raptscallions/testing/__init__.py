"""Testing helpers that stand above both the SDK and the engine: nothing but tests imports them.

Module authors reach `run_module` as `raptscallions.sdk.testing.run_module`; it lives here
because it drives a real worker through the engine.
"""

from ._run_module import run_module as run_module

__all__ = ["run_module"]
