"""Reading and validating `module.yaml`, before any of the module's code is imported.

Validation runs in two passes: the JSON Schema shipped with the package (shape and types),
then the rules a schema cannot state (known hooks, hook maps naming declared hooks, the
folder name, `config` being a valid JSON Schema that `defaults` satisfy, the entry file
existing). Every problem is reported at once, each with the file, the field path (``$.a.b``),
what was expected and what was found.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

if TYPE_CHECKING:  # jsonschema and yaml load on first validation: workers never need them
    import jsonschema
    from jsonschema.exceptions import ValidationError

from ._errors import ManifestError
from ._hooks import default_blocking, is_known_hook, known_hooks

MANIFEST_FILE: Final = "module.yaml"
DEFAULT_PRIORITY: Final = 50
DEFAULT_TIMEOUT_MS: Final = 5000
DEFAULT_MAX_MEMORY_MB: Final = 256
# Environment variables a module may not declare under `secrets`: those the engine sets in
# every worker (a granted TMPDIR would take the worker out of its private, sandboxed
# temporary folder), those that steer the interpreter or the dynamic loader, and the
# engine's own settings.
RESERVED_SECRETS: Final = frozenset(
    {"PATH", "LANG", "LANGUAGE", "TZ", "TMPDIR", "VIRTUAL_ENV", "SYSTEMROOT"}
)
RESERVED_SECRET_PREFIXES: Final = ("LC_", "LD_", "PYTHON", "MALLOC_", "RAPTSCALLIONS_")

FailureMode = Literal["open", "closed"]


def _close_match(word: str, options: Iterable[str]) -> list[str]:
    """The option closest to a misspelt word, if any (difflib, imported only then)."""
    import difflib

    return difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)


@cache
def manifest_schema() -> dict[str, Any]:
    """The JSON Schema for `module.yaml` (shipped as raptscallions/sdk/manifest.schema.json)."""
    # read beside this file: importlib.resources, imported for nothing else, took half a
    # megabyte of every worker (whose fork server imports this module)
    text = Path(__file__).with_name("manifest.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> jsonschema.protocols.Validator:
    from jsonschema.validators import validator_for

    schema = manifest_schema()
    cls = validator_for(schema)
    return cls(schema)


@attrs.frozen
class Scope:
    allow_global: bool = True
    allow_group: bool = True
    allow_class: bool = True
    allow_tool: bool = True


@attrs.frozen
class Limits:
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    max_execution_ms: int | None = None


@attrs.frozen
class Manifest:
    """A validated `module.yaml`. Field names are snake case; `raw` keeps the file's data."""

    name: str
    version: str
    description: str
    hooks: tuple[str, ...]
    folder: Path
    display_name: str | None = None
    author: str | None = None
    license: str | None = None
    repository: str | None = None
    icon: str | None = None
    entry: str = "module.py"
    priorities: Mapping[str, int] = attrs.field(factory=dict)
    blocking: Mapping[str, bool] = attrs.field(factory=dict)
    timeouts: Mapping[str, int] = attrs.field(factory=dict)
    config_schema: dict[str, Any] | None = None
    defaults: dict[str, Any] = attrs.field(factory=dict)
    scope: Scope = attrs.field(factory=Scope)
    permissions: tuple[str, ...] = ()
    limits: Limits = attrs.field(factory=Limits)
    dependencies: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    failure: Mapping[str, FailureMode] = attrs.field(factory=dict)
    default_failure: FailureMode = "open"
    mode: Literal["enforce", "shadow"] = "enforce"
    required: bool = False
    strictness: Mapping[str, Any] = attrs.field(factory=dict)
    secrets: tuple[str, ...] = ()
    raw: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def file(self) -> Path:
        return self.folder / MANIFEST_FILE

    def priority(self, hook: str) -> int:
        return self.priorities.get(hook, DEFAULT_PRIORITY)

    def is_blocking(self, hook: str) -> bool:
        return self.blocking.get(hook, default_blocking(hook))

    def timeout_ms(self, hook: str, default: int = DEFAULT_TIMEOUT_MS) -> int:
        """The hook's timeout, capped by `limits.maxExecutionMs`."""
        timeout = self.timeouts.get(hook, default)
        if self.limits.max_execution_ms is not None:
            timeout = min(timeout, self.limits.max_execution_ms)
        return timeout

    def failure_for(self, hook: str) -> FailureMode:
        """How a failure of this module at `hook` counts: `required` modules fail closed."""
        if self.required:
            return "closed"
        return self.failure.get(hook, self.default_failure)

    def default_config(self) -> dict[str, Any]:
        """The configuration before any scoped override: the schema's property defaults,
        then `defaults` deep-merged over them."""
        return deep_merge(schema_defaults(self.config_schema or {}), self.defaults)


def is_reserved_secret(name: str) -> bool:
    """Whether `name` is an environment variable no module may declare under `secrets`."""
    return name in RESERVED_SECRETS or name.startswith(RESERVED_SECRET_PREFIXES)


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """`override` over `base`: nested mappings merge, anything else is replaced (copied)."""
    result = copy.deepcopy(dict(base))
    for key, value in override.items():
        current = result.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            result[key] = deep_merge(current, value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def schema_defaults(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The ``default`` of each top-level property of an object schema (nested objects too)."""
    result: dict[str, Any] = {}
    properties = schema.get("properties")
    if not isinstance(properties, Mapping):
        return result
    for key, sub in properties.items():
        if not isinstance(sub, Mapping):
            continue
        if "default" in sub:
            result[key] = copy.deepcopy(sub["default"])
        elif sub.get("type") == "object":
            nested = schema_defaults(sub)
            if nested:
                result[key] = nested
    return result


def load_manifest(folder: str | Path, *, check_name: bool = True) -> Manifest:
    """Read and validate ``folder/module.yaml``.

    Raises:
        ManifestError: the file is missing, not YAML, or invalid; it lists every problem.
    """
    folder = Path(folder)
    file = folder / MANIFEST_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ManifestError(
            str(file), [("", "file not found (every module folder needs one)")]
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(str(file), [("", f"cannot be read: {exc}")]) from None
    return parse_manifest(text, folder, check_name=check_name)


def parse_manifest(text: str, folder: str | Path, *, check_name: bool = True) -> Manifest:
    """Validate manifest `text` as the manifest of `folder` (see `load_manifest`)."""
    import yaml

    folder = Path(folder)
    file = str(folder / MANIFEST_FILE)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or str(exc)
        raise ManifestError(file, [("", f"is not valid YAML{where}: {problem}")]) from None
    if data is None:
        raise ManifestError(file, [("", "is empty; it needs name, version, description, hooks")])
    if not isinstance(data, dict):
        raise ManifestError(
            file, [("$", f"must be a mapping of fields (got {type(data).__name__})")]
        )
    problems = validate_manifest_data(data, folder, check_name=check_name)
    if problems:
        raise ManifestError(file, problems)
    return _build(data, folder)


def build_manifest(data: dict[str, Any], folder: str | Path) -> Manifest:
    """A `Manifest` from data a host has already validated (a worker's copy of it)."""
    return _build(data, Path(folder))


def validate_manifest_data(
    data: dict[str, Any], folder: Path, *, check_name: bool = True
) -> list[tuple[str, str]]:
    """Every problem with manifest `data`, as ``(field path, message)`` pairs."""
    problems = [_describe(err) for err in _schema_errors(data)]
    bad_paths = {path for path, _ in problems}

    def ok(*path: str) -> bool:
        prefix = _path(path)
        return not any(p == prefix or p.startswith(prefix + ".") for p in bad_paths)

    name = data.get("name")
    if check_name and ok("name") and isinstance(name, str) and name != folder.name:
        problems.append(("$.name", f"must equal the folder name {folder.name!r} (got {name!r})"))
    hooks = data.get("hooks") if ok("hooks") else None
    declared = set(hooks) if isinstance(hooks, list) else None
    if isinstance(hooks, list):
        for i, hook in enumerate(hooks):
            if not is_known_hook(hook):
                problems.append((f"$.hooks[{i}]", _unknown_hook(hook)))
    for field in ("priorities", "blocking", "timeouts", "failure"):
        mapping = data.get(field)
        if declared is None or not ok(field) or not isinstance(mapping, dict):
            continue
        for hook in mapping:
            if hook not in declared:
                problems.append(
                    (
                        _path((field, hook)),
                        f"names hook {hook!r}, which is not listed under hooks "
                        f"(declared: {', '.join(sorted(declared))})",
                    )
                )
    deps = data.get("dependencies")
    if ok("dependencies") and isinstance(deps, list) and name in deps:
        problems.append(("$.dependencies", f"a module cannot depend on itself ({name!r})"))
    entry = data.get("entry", "module.py")
    if ok("entry") and isinstance(entry, str) and not (folder / entry).is_file():
        problems.append(("$.entry", f"file {entry!r} not found in {folder}"))
    problems.extend(_config_problems(data, ok))
    problems.extend(_strictness_problems(data, ok))
    problems.extend(_secrets_problems(data, ok))
    return problems


def _secrets_problems(data: dict[str, Any], ok: Any) -> list[tuple[str, str]]:
    """No declared secret may be a variable the engine sets or reserves for itself."""
    names = data.get("secrets")
    if not isinstance(names, list) or not ok("secrets"):
        return []
    return [
        (
            f"$.secrets[{i}]",
            f"{name!r} is reserved (the engine sets it for every worker, or it steers the "
            "interpreter or the engine): declare a name of your own, like OPENAI_API_KEY",
        )
        for i, name in enumerate(names)
        if isinstance(name, str) and is_reserved_secret(name)
    ]


def _strictness_problems(data: dict[str, Any], ok: Any) -> list[tuple[str, str]]:
    """Each `strictness` key must name a top-level setting of the config schema, of a type
    its rule can order."""
    rules = data.get("strictness")
    if not isinstance(rules, dict) or not ok("strictness"):
        return []
    schema = data.get("config") if ok("config") else None
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(properties, dict):
        return [("$.strictness", "needs a config schema with properties to apply to")]
    problems: list[tuple[str, str]] = []
    wanted = {
        "grow": "array",
        "keep-true": "boolean",
        "keep-false": "boolean",
        "at-least": "number",
        "at-most": "number",
    }
    for key, rule in rules.items():
        where = _path(("strictness", str(key)))
        prop = properties.get(key)
        if not isinstance(prop, dict):
            problems.append(
                (
                    where,
                    f"names {key!r}, which is not a setting of the config schema "
                    f"(settings: {', '.join(sorted(map(str, properties)))})",
                )
            )
            continue
        kind = prop.get("type")
        need = wanted.get(rule) if isinstance(rule, str) else None
        if need == "number" and kind in ("number", "integer"):
            continue
        if need is not None and kind is not None and kind != need:
            problems.append((where, f"rule {rule!r} needs a setting of type {need} (got {kind})"))
    return problems


def _config_problems(data: dict[str, Any], ok: Any) -> list[tuple[str, str]]:
    import jsonschema
    from jsonschema.validators import validator_for
    from referencing.exceptions import Unresolvable

    problems: list[tuple[str, str]] = []
    schema = data.get("config")
    if schema is not None and ok("config"):
        cls = validator_for(schema)
        try:
            cls.check_schema(schema)
        except jsonschema.SchemaError as exc:
            where = _path(("config", *exc.absolute_path))
            return [(where, f"is not a valid JSON Schema: {exc.message}")]
    defaults = data.get("defaults", {})
    if schema is not None and ok("config") and ok("defaults") and isinstance(defaults, dict):
        merged = deep_merge(schema_defaults(schema), defaults)
        validator = validator_for(schema)(schema)
        try:
            errors = list(validator.iter_errors(merged))
        except Unresolvable as exc:
            # check_schema does not follow `$ref`s; a dangling one only shows when used.
            return [("$.config", f"is not a valid JSON Schema: cannot resolve a $ref ({exc})")]
        for err in sorted(errors, key=lambda e: list(e.absolute_path)):
            where = _path(("defaults", *err.absolute_path))
            problems.append((where, f"does not satisfy the config schema: {err.message}"))
    return problems


def _schema_errors(data: dict[str, Any]) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for err in _validator().iter_errors(data):
        # A oneOf/anyOf failure is clearer reported once at its own path.
        errors.append(err)
    errors.sort(key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    return errors


def _describe(err: ValidationError) -> tuple[str, str]:
    path = _path(err.absolute_path)
    instance = err.instance
    schema = err.schema if isinstance(err.schema, Mapping) else {}
    expected = schema.get("x-expected")
    if err.validator == "additionalProperties" and isinstance(instance, dict):
        allowed = list(schema.get("properties", {}))
        # YAML keys need not be strings (`1:`, `2024-01-01:`); compare and show them as text.
        extra = sorted((k for k in instance if k not in allowed), key=str)
        if allowed and extra:
            # One problem per unknown key, each at its own path, with a suggestion.
            key = extra[0]
            hint = _close_match(str(key), allowed)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            others = f"; also unknown: {', '.join(map(repr, extra[1:]))}" if extra[1:] else ""
            return (
                _path((*err.absolute_path, str(key))),
                f"unknown field {key!r}{suggestion}{others}; allowed: {', '.join(allowed)}",
            )
    if err.validator == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        return (
            _path((*err.absolute_path, missing)),
            f"is required but missing ({_expected_of(missing)})",
        )
    if err.validator == "propertyNames":
        return (path, f"has a key that is not a hook name like 'chat:before_ai': {err.message}")
    if err.validator == "uniqueItems":
        return (path, f"must not contain duplicates (got {_show(instance)})")
    what = expected or err.message
    return (path or "$", f"must be {what} (got {_show(instance)})")


def _expected_of(field: str) -> str:
    schema = manifest_schema()["properties"].get(field, {})
    if "$ref" in schema:
        schema = manifest_schema()["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    return str(schema.get("x-expected", "see the manifest reference"))


def _unknown_hook(hook: str) -> str:
    options = known_hooks()
    hint = _close_match(hook, options)
    suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
    return (
        f"unknown hook {hook!r}{suggestion}; known hooks: {', '.join(options)} "
        "(a host application adds hooks with raptscallions.sdk.register_hook)"
    )


def _show(value: Any) -> str:
    text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _path(parts: Iterable[str | int]) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _build(data: dict[str, Any], folder: Path) -> Manifest:
    scope = data.get("scope", {})
    limits = data.get("limits", {})
    failure = data.get("failure", "open")
    return Manifest(
        name=data["name"],
        version=data["version"],
        description=data["description"],
        hooks=tuple(data["hooks"]),
        folder=folder,
        display_name=data.get("displayName"),
        author=data.get("author"),
        license=data.get("license"),
        repository=data.get("repository"),
        icon=data.get("icon"),
        entry=data.get("entry", "module.py"),
        priorities=dict(data.get("priorities", {})),
        blocking=dict(data.get("blocking", {})),
        timeouts=dict(data.get("timeouts", {})),
        config_schema=data.get("config"),
        defaults=dict(data.get("defaults", {})),
        scope=Scope(
            allow_global=scope.get("allowGlobal", True),
            allow_group=scope.get("allowGroup", True),
            allow_class=scope.get("allowClass", True),
            allow_tool=scope.get("allowTool", True),
        ),
        permissions=tuple(data.get("permissions", ())),
        limits=Limits(
            max_memory_mb=limits.get("maxMemoryMB", DEFAULT_MAX_MEMORY_MB),
            max_execution_ms=limits.get("maxExecutionMs"),
        ),
        dependencies=tuple(data.get("dependencies", ())),
        tags=tuple(data.get("tags", ())),
        failure=dict(failure) if isinstance(failure, dict) else {},
        default_failure="closed" if failure == "closed" else "open",
        mode=data.get("mode", "enforce"),
        required=data.get("required", False),
        strictness=dict(data.get("strictness", {})),
        secrets=tuple(data.get("secrets", ())),
        raw=data,
    )
