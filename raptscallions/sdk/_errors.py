"""The error hierarchy. Every error the project raises on purpose derives from one root.

Messages name the module, the file or hook, what was expected and, where there is one, the fix.
"""

from __future__ import annotations


class RaptscallionsError(Exception):
    """Root of every error raised by raptscallions on purpose."""


class ManifestError(RaptscallionsError):
    """A `module.yaml` is missing, unreadable or invalid.

    `problems` lists each finding as ``(field_path, message)``; `str()` joins them, each
    prefixed with the file.
    """

    def __init__(self, file: str, problems: list[tuple[str, str]]) -> None:
        self.file = file
        self.problems = problems
        lines = [f"{file}: {path}: {msg}" if path else f"{file}: {msg}" for path, msg in problems]
        super().__init__("\n".join(lines))


class ModuleLoadError(RaptscallionsError):
    """A module's code could not be imported or initialised (import error, no `Module`,
    handlers that do not match the manifest, `on_load` raising)."""


class HookTimeout(RaptscallionsError):
    """A module did not answer a hook call within its timeout."""

    def __init__(self, module: str, hook: str, timeout_ms: float) -> None:
        self.module = module
        self.hook = hook
        self.timeout_ms = timeout_ms
        super().__init__(f"module {module!r} did not answer {hook} within {timeout_ms:g} ms")


class ProtocolError(RaptscallionsError):
    """A frame on the wire between host and worker is malformed, oversized or unexpected."""


class PermissionDenied(RaptscallionsError):
    """A module used a capability its manifest does not grant, or asked for data outside the
    request it is serving."""


class ConfigError(RaptscallionsError):
    """A configuration value is invalid; the message names the field path."""


class HookError(RaptscallionsError):
    """A module's hook handler raised or returned something that is not a result."""
