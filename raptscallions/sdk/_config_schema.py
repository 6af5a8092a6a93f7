"""Checking a module's configuration against the JSON Schema its manifest declares.

Production code needs it (the engine refuses an invalid `set_config`) as much as the testing
kit does (`run_hook`, `run_module`), so it lives in the SDK proper. Workers never validate
configuration: nothing a module's process imports loads this file (nor jsonschema).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema.validators import validator_for

from ._errors import ConfigError


def validate_config(module: str, schema: Mapping[str, Any], config: Mapping[str, Any]) -> None:
    """Raises ConfigError, naming the field path, when `config` does not satisfy `schema`."""
    cls = validator_for(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(config), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        lines = []
        for err in errors:
            path = "$" + "".join(
                f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.absolute_path
            )
            lines.append(f"{path}: {err.message}")
        raise ConfigError(f"invalid config for module {module!r}: " + "; ".join(lines))
