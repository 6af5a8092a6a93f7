"""`module.yaml` validation: a complete manifest loads field by field, and any single wrong
field is rejected with a message naming the file, the field path, what was expected and what
was found, before any of the module's code is imported."""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import pytest
import yaml

from raptscallions.sdk import Limits, Manifest, ManifestError, Scope, load_manifest
from raptscallions.sdk._loader import PACKAGE_ROOT, load_module_folder
from raptscallions.sdk._manifest import DEFAULT_MAX_MEMORY_MB, DEFAULT_PRIORITY, DEFAULT_TIMEOUT_MS

REPO: Final = Path(__file__).resolve().parents[2]
NAME: Final = "my-module"
MARKER: Final = "IMPORTED"
# Importing this entry file leaves a marker next to it, so a test can tell whether it ran.
ENTRY_CODE: Final = f"""\
from pathlib import Path

Path(__file__).with_name({MARKER!r}).write_text("imported")
raise RuntimeError("validation must reject the manifest before importing this file")
"""

CONFIG_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "enabled": {"type": "boolean", "default": True},
        "threshold": {"type": "integer", "minimum": 1, "default": 3},
        "words": {"type": "array", "items": {"type": "string"}, "default": ["stuck"]},
        "nested": {
            "type": "object",
            "properties": {
                "depth": {"type": "integer", "default": 1},
                "label": {"type": "string", "default": "x"},
            },
        },
    },
}

# Every field of the spec plus entry, failure, mode and required, none at its default.
FULL: Final[dict[str, Any]] = {
    "name": NAME,
    "version": "1.2.3-beta.1+build.5",
    "description": "Does one thing well.",
    "hooks": ["chat:before_ai", "chat:after_ai", "chat:on_message", "session:end"],
    "displayName": "My Module",
    "author": "Ada Lovelace",
    "license": "MIT",
    "repository": "https://example.com/my-module",
    "icon": "shield",
    "entry": "handler.py",
    "priorities": {"chat:before_ai": 10, "chat:on_message": 0},
    "blocking": {"chat:on_message": True, "chat:after_ai": False},
    "timeouts": {"chat:before_ai": 2000, "chat:on_message": 9000},
    "config": CONFIG_SCHEMA,
    "defaults": {"threshold": 5, "nested": {"depth": 2}},
    "scope": {"allowGlobal": False, "allowGroup": True, "allowClass": False, "allowTool": True},
    "permissions": ["extractions:write", "extractions:read", "events:emit", "sessions:read"],
    "limits": {"maxMemoryMB": 512, "maxExecutionMs": 4000},
    "dependencies": ["other-module"],
    "tags": ["privacy", "safety"],
    "failure": {"chat:before_ai": "closed", "chat:after_ai": "open"},
    "mode": "shadow",
    "required": False,
}

MINIMAL: Final[dict[str, Any]] = {
    "name": NAME,
    "version": "0.1.0",
    "description": "Minimal.",
    "hooks": ["chat:on_message"],
}

DELETE: Final = object()


def write_module(folder: Path, data: Any, *, entry: str = "handler.py") -> Path:
    """`folder` with `data` as its module.yaml and an entry file that marks its import."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / entry).write_text(ENTRY_CODE)
    (folder / "module.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return folder


def edited(path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    """A copy of FULL with the field at `path` set to `value` (or removed, for DELETE)."""
    data = copy.deepcopy(FULL)
    parent: Any = data
    for part in path[:-1]:
        parent = parent[part]
    if value is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = copy.deepcopy(value)
    return data


def problem_line(error: ManifestError, field: str) -> str:
    """The line of `str(error)` reporting `field`."""
    lines = [line for line in str(error).splitlines() if f": {field}: " in line]
    assert lines, f"no problem reported at {field}:\n{error}"
    return lines[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / NAME


@pytest.fixture
def clean_module_namespace() -> Iterator[None]:
    """Forget the synthetic packages the loader adds to sys.modules."""
    before = set(sys.modules)
    yield
    for key in set(sys.modules) - before:
        if key.startswith(PACKAGE_ROOT):
            del sys.modules[key]


# --- a complete, valid manifest ----------------------------------------------------------


def test_full_manifest_loads_every_field(folder: Path) -> None:
    write_module(folder, FULL)
    m = load_manifest(folder)

    assert isinstance(m, Manifest)
    assert m.name == NAME
    assert m.version == "1.2.3-beta.1+build.5"
    assert m.description == "Does one thing well."
    assert m.hooks == ("chat:before_ai", "chat:after_ai", "chat:on_message", "session:end")
    assert m.folder == folder
    assert m.file == folder / "module.yaml"
    assert m.display_name == "My Module"
    assert m.author == "Ada Lovelace"
    assert m.license == "MIT"
    assert m.repository == "https://example.com/my-module"
    assert m.icon == "shield"
    assert m.entry == "handler.py"
    assert m.priorities == {"chat:before_ai": 10, "chat:on_message": 0}
    assert m.blocking == {"chat:on_message": True, "chat:after_ai": False}
    assert m.timeouts == {"chat:before_ai": 2000, "chat:on_message": 9000}
    assert m.config_schema == CONFIG_SCHEMA
    assert m.defaults == {"threshold": 5, "nested": {"depth": 2}}
    assert m.scope == Scope(
        allow_global=False, allow_group=True, allow_class=False, allow_tool=True
    )
    assert m.scope.allow_global is False
    assert m.scope.allow_group is True
    assert m.scope.allow_class is False
    assert m.scope.allow_tool is True
    assert m.permissions == (
        "extractions:write",
        "extractions:read",
        "events:emit",
        "sessions:read",
    )
    assert m.limits == Limits(max_memory_mb=512, max_execution_ms=4000)
    assert m.limits.max_memory_mb == 512
    assert m.limits.max_execution_ms == 4000
    assert m.dependencies == ("other-module",)
    assert m.tags == ("privacy", "safety")
    assert m.failure == {"chat:before_ai": "closed", "chat:after_ai": "open"}
    assert m.default_failure == "open"
    assert m.mode == "shadow"
    assert m.required is False
    assert m.raw == FULL


def test_full_manifest_derived_values(folder: Path) -> None:
    write_module(folder, FULL)
    m = load_manifest(folder)

    assert m.priority("chat:before_ai") == 10
    assert m.priority("chat:on_message") == 0
    assert m.priority("chat:after_ai") == DEFAULT_PRIORITY == 50

    # limits.maxExecutionMs (4000) caps every hook's timeout, declared or default.
    assert m.timeout_ms("chat:before_ai") == 2000
    assert m.timeout_ms("chat:on_message") == 4000
    assert m.timeout_ms("chat:after_ai") == 4000
    assert m.timeout_ms("session:end", default=1000) == 1000

    # Explicit values win; otherwise *:before_ai / *:after_ai block and others observe.
    assert m.is_blocking("chat:on_message") is True
    assert m.is_blocking("chat:after_ai") is False
    assert m.is_blocking("chat:before_ai") is True
    assert m.is_blocking("session:end") is False

    assert m.failure_for("chat:before_ai") == "closed"
    assert m.failure_for("chat:after_ai") == "open"
    assert m.failure_for("chat:on_message") == "open"

    # Schema property defaults (nested objects too), with `defaults` deep-merged over them.
    assert m.default_config() == {
        "enabled": True,
        "threshold": 5,
        "words": ["stuck"],
        "nested": {"depth": 2, "label": "x"},
    }


def test_default_config_is_a_fresh_copy(folder: Path) -> None:
    write_module(folder, FULL)
    m = load_manifest(folder)
    first = m.default_config()
    first["words"].append("mutated")
    first["nested"]["depth"] = 99
    assert m.default_config()["words"] == ["stuck"]
    assert m.default_config()["nested"]["depth"] == 2
    assert m.defaults == {"threshold": 5, "nested": {"depth": 2}}


def test_minimal_manifest_gets_the_documented_defaults(folder: Path) -> None:
    write_module(folder, MINIMAL, entry="module.py")
    m = load_manifest(folder)

    assert m.entry == "module.py"
    assert (m.display_name, m.author, m.license, m.repository, m.icon) == (None,) * 5
    assert m.priorities == {} and m.blocking == {} and m.timeouts == {} and m.failure == {}
    assert m.config_schema is None and m.defaults == {} and m.default_config() == {}
    assert m.scope == Scope(allow_global=True, allow_group=True, allow_class=True, allow_tool=True)
    assert m.limits == Limits(max_memory_mb=DEFAULT_MAX_MEMORY_MB, max_execution_ms=None)
    assert m.limits.max_memory_mb == 256
    assert m.permissions == () and m.dependencies == () and m.tags == ()
    assert m.mode == "enforce"
    assert m.required is False
    assert m.default_failure == "open"
    assert m.failure_for("chat:on_message") == "open"
    assert m.priority("chat:on_message") == 50
    assert m.timeout_ms("chat:on_message") == DEFAULT_TIMEOUT_MS == 5000
    assert m.timeout_ms("chat:on_message", default=123) == 123
    assert m.is_blocking("chat:on_message") is False


def test_failure_closed_applies_to_every_hook(folder: Path) -> None:
    data = {**MINIMAL, "hooks": ["chat:before_ai", "session:end"], "failure": "closed"}
    write_module(folder, data, entry="module.py")
    m = load_manifest(folder)
    assert m.default_failure == "closed"
    assert m.failure == {}
    assert m.failure_for("chat:before_ai") == "closed"
    assert m.failure_for("session:end") == "closed"


def test_required_module_fails_closed_whatever_failure_says(folder: Path) -> None:
    data = {**FULL, "required": True, "failure": {"chat:after_ai": "open"}}
    write_module(folder, data)
    m = load_manifest(folder)
    assert m.required is True
    assert {m.failure_for(h) for h in m.hooks} == {"closed"}


def test_timeout_without_execution_limit_is_the_declared_one(folder: Path) -> None:
    write_module(folder, edited(("limits",), {"maxMemoryMB": 64}))
    m = load_manifest(folder)
    assert m.limits == Limits(max_memory_mb=64, max_execution_ms=None)
    assert m.timeout_ms("chat:on_message") == 9000
    assert m.timeout_ms("chat:after_ai") == DEFAULT_TIMEOUT_MS


def test_entry_may_live_in_a_subfolder(folder: Path) -> None:
    write_module(folder, edited(("entry",), "src/main_handler.py"))
    (folder / "src").mkdir()
    (folder / "src" / "main_handler.py").write_text("")
    assert load_manifest(folder).entry == "src/main_handler.py"


def test_name_check_can_be_turned_off(folder: Path) -> None:
    write_module(folder, edited(("name",), "another-name"))
    with pytest.raises(ManifestError, match=r"\$\.name: must equal the folder name"):
        load_manifest(folder)
    assert load_manifest(folder, check_name=False).name == "another-name"


@pytest.mark.parametrize(
    "module", sorted(p.name for p in (REPO / "modules").iterdir() if (p / "module.yaml").is_file())
)
def test_the_repositorys_own_modules_are_valid(module: str) -> None:
    m = load_manifest(REPO / "modules" / module)
    assert m.name == module
    assert m.hooks


# --- one wrong field at a time ----------------------------------------------------------


def bad(
    case: str,
    path: tuple[str | int, ...],
    value: object,
    field: str,
    received: str | None,
    expected: str,
) -> Any:
    """One case: FULL with `path` set to `value` must be rejected at `field`, the message
    showing `expected` and (where there is one) the `received` value."""
    return pytest.param(path, value, field, received, expected, id=case)


WRONG_FIELDS: Final = [
    # name
    bad("name-type", ("name",), 5, "$.name", "(got 5)", "a module name"),
    bad("name-pattern-case", ("name",), "My_Module", "$.name", '"My_Module"', "lowercase"),
    bad("name-pattern-digit", ("name",), "1module", "$.name", '"1module"', "starting with"),
    bad("name-too-long", ("name",), "a" * 65, "$.name", "aaaa", "a module name"),
    bad("name-not-folder", ("name",), "some-module", "$.name", "'some-module'", NAME),
    bad("name-missing", ("name",), DELETE, "$.name", None, "is required"),
    # version
    bad("version-yaml-float", ("version",), 1.0, "$.version", "(got 1.0)", "quote it"),
    bad("version-int", ("version",), 2, "$.version", "(got 2)", "semantic version"),
    bad("version-two-parts", ("version",), "1.0", "$.version", '"1.0"', "semantic version"),
    bad("version-prefix", ("version",), "v1.2.3", "$.version", '"v1.2.3"', "semantic version"),
    bad("version-leading-0", ("version",), "01.2.3", "$.version", '"01.2.3"', "semantic"),
    bad("version-missing", ("version",), DELETE, "$.version", None, "is required"),
    # description
    bad("description-empty", ("description",), "", "$.description", '(got "")', "non-empty"),
    bad("description-type", ("description",), ["x"], "$.description", '["x"]', "a non-empty"),
    bad("description-missing", ("description",), DELETE, "$.description", None, "required"),
    # hooks
    bad("hooks-empty", ("hooks",), [], "$.hooks", "(got [])", "non-empty list"),
    bad(
        "hooks-duplicate",
        ("hooks",),
        ["chat:before_ai", "chat:before_ai"],
        "$.hooks",
        '["chat:before_ai", "chat:before_ai"]',
        "duplicates",
    ),
    bad("hooks-string", ("hooks",), "chat:before_ai", "$.hooks", '"chat:before_ai"', "list of"),
    bad("hooks-pattern", ("hooks", 3), "Session:End", "$.hooks[3]", '"Session:End"', "like"),
    bad("hooks-no-colon", ("hooks", 3), "session_end", "$.hooks[3]", '"session_end"', "like"),
    bad(
        "hooks-unknown",
        ("hooks", 3),
        "sesion:end",
        "$.hooks[3]",
        "'sesion:end'",
        "did you mean 'session:end'?",
    ),
    bad("hooks-missing", ("hooks",), DELETE, "$.hooks", None, "is required"),
    # plain text fields
    bad("displayName-type", ("displayName",), 123, "$.displayName", "(got 123)", "a string"),
    bad("author-type", ("author",), ["a", "b"], "$.author", '["a", "b"]', "a string"),
    bad("license-type", ("license",), True, "$.license", "(got true)", "a string"),
    bad("repository-type", ("repository",), {"url": "x"}, "$.repository", '"url"', "a string"),
    bad("icon-type", ("icon",), 7, "$.icon", "(got 7)", "a string"),
    # entry
    bad("entry-missing-file", ("entry",), "missing.py", "$.entry", "'missing.py'", "not found"),
    bad("entry-dotdot", ("entry",), "../outside.py", "$.entry", '"../outside.py"', "inside"),
    bad("entry-dotdot-inner", ("entry",), "a/../b.py", "$.entry", '"a/../b.py"', "inside"),
    bad("entry-absolute", ("entry",), "/etc/x.py", "$.entry", '"/etc/x.py"', "relative path"),
    bad("entry-not-py", ("entry",), "handler.txt", "$.entry", '"handler.txt"', ".py file"),
    bad("entry-type", ("entry",), 5, "$.entry", "(got 5)", ".py file"),
    # priorities
    bad(
        "priorities-negative",
        ("priorities", "chat:before_ai"),
        -1,
        "$.priorities.chat:before_ai",
        "(got -1)",
        "from 0 to 1000",
    ),
    bad(
        "priorities-too-big",
        ("priorities", "chat:before_ai"),
        1001,
        "$.priorities.chat:before_ai",
        "(got 1001)",
        "from 0 to 1000",
    ),
    bad(
        "priorities-type",
        ("priorities", "chat:before_ai"),
        "high",
        "$.priorities.chat:before_ai",
        '"high"',
        "an integer",
    ),
    bad(
        "priorities-undeclared-hook",
        ("priorities", "session:start"),
        10,
        "$.priorities.session:start",
        "'session:start'",
        "not listed under hooks",
    ),
    bad(
        "priorities-bad-key",
        ("priorities", "BeforeAI"),
        10,
        "$.priorities",
        '"BeforeAI"',
        "a hook name",
    ),
    bad("priorities-list", ("priorities",), [10], "$.priorities", "(got [10])", "a map"),
    # blocking
    bad(
        "blocking-type",
        ("blocking", "chat:on_message"),
        "yes",
        "$.blocking.chat:on_message",
        '"yes"',
        "true or false",
    ),
    bad(
        "blocking-undeclared-hook",
        ("blocking", "run:complete"),
        True,
        "$.blocking.run:complete",
        "'run:complete'",
        "not listed under hooks",
    ),
    bad("blocking-not-map", ("blocking",), True, "$.blocking", "(got true)", "a map"),
    # timeouts
    bad(
        "timeouts-string",
        ("timeouts", "chat:before_ai"),
        "3s",
        "$.timeouts.chat:before_ai",
        '(got "3s")',
        "a positive integer",
    ),
    bad(
        "timeouts-zero",
        ("timeouts", "chat:before_ai"),
        0,
        "$.timeouts.chat:before_ai",
        "(got 0)",
        "a positive integer",
    ),
    bad(
        "timeouts-too-long",
        ("timeouts", "chat:before_ai"),
        600_001,
        "$.timeouts.chat:before_ai",
        "(got 600001)",
        "at most 600000",
    ),
    bad(
        "timeouts-undeclared-hook",
        ("timeouts", "product:before_ai"),
        100,
        "$.timeouts.product:before_ai",
        "'product:before_ai'",
        "not listed under hooks",
    ),
    # config
    bad("config-string", ("config",), "a schema", "$.config", '"a schema"', "a JSON Schema"),
    bad("config-bad-type", ("config", "type"), 12, "$.config.type", "12", "not a valid JSON"),
    bad(
        "config-bad-keyword",
        ("config", "properties", "threshold", "minimum"),
        "one",
        "$.config.properties.threshold.minimum",
        "'one'",
        "not a valid JSON Schema",
    ),
    bad(
        "config-dangling-ref",
        ("config", "properties", "words"),
        {"$ref": "#/$defs/missing", "default": ["x"]},
        "$.config",
        "/$defs/missing",
        "not a valid JSON Schema",
    ),
    # defaults
    bad(
        "defaults-wrong-type",
        ("defaults", "threshold"),
        "many",
        "$.defaults.threshold",
        "'many'",
        "config schema",
    ),
    bad(
        "defaults-out-of-range",
        ("defaults", "threshold"),
        0,
        "$.defaults.threshold",
        "0 is less than the minimum of 1",
        "config schema",
    ),
    bad(
        "defaults-nested",
        ("defaults", "nested", "depth"),
        "deep",
        "$.defaults.nested.depth",
        "'deep'",
        "config schema",
    ),
    bad(
        "defaults-unknown-key",
        ("defaults", "threshhold"),
        4,
        "$.defaults",
        "'threshhold'",
        "config schema",
    ),
    bad("defaults-not-map", ("defaults",), [1], "$.defaults", "(got [1])", "a map"),
    # scope
    bad(
        "scope-unknown-key",
        ("scope", "allowGlobl"),
        True,
        "$.scope.allowGlobl",
        "'allowGlobl'",
        "did you mean 'allowGlobal'?",
    ),
    bad(
        "scope-type",
        ("scope", "allowGroup"),
        "no",
        "$.scope.allowGroup",
        '(got "no")',
        "true or false",
    ),
    bad("scope-not-map", ("scope",), "everywhere", "$.scope", '"everywhere"', "allowGlobal"),
    # permissions
    bad(
        "permissions-unknown",
        ("permissions", 1),
        "network:access",
        "$.permissions[1]",
        '"network:access"',
        "one of extractions:write",
    ),
    bad(
        "permissions-duplicate",
        ("permissions",),
        ["events:emit", "events:emit"],
        "$.permissions",
        '["events:emit", "events:emit"]',
        "duplicates",
    ),
    bad(
        "permissions-string",
        ("permissions",),
        "events:emit",
        "$.permissions",
        '"events:emit"',
        "a list",
    ),
    # limits
    bad(
        "limits-memory-too-small",
        ("limits", "maxMemoryMB"),
        8,
        "$.limits.maxMemoryMB",
        "(got 8)",
        "from 16 to 65536",
    ),
    bad(
        "limits-memory-too-big",
        ("limits", "maxMemoryMB"),
        100_000,
        "$.limits.maxMemoryMB",
        "(got 100000)",
        "from 16 to 65536",
    ),
    bad(
        "limits-memory-string",
        ("limits", "maxMemoryMB"),
        "512MB",
        "$.limits.maxMemoryMB",
        '"512MB"',
        "an integer",
    ),
    bad(
        "limits-execution-zero",
        ("limits", "maxExecutionMs"),
        0,
        "$.limits.maxExecutionMs",
        "(got 0)",
        "a positive integer",
    ),
    bad(
        "limits-unknown-key",
        ("limits", "maxMemory"),
        512,
        "$.limits.maxMemory",
        "'maxMemory'",
        "did you mean 'maxMemoryMB'?",
    ),
    # dependencies
    bad("dependencies-self", ("dependencies",), [NAME], "$.dependencies", f"'{NAME}'", "itself"),
    bad(
        "dependencies-bad-name",
        ("dependencies", 0),
        "Other_Module",
        "$.dependencies[0]",
        '"Other_Module"',
        "a module name",
    ),
    bad(
        "dependencies-string",
        ("dependencies",),
        "other-module",
        "$.dependencies",
        '"other-module"',
        "a list",
    ),
    bad(
        "dependencies-duplicate",
        ("dependencies",),
        ["a", "a"],
        "$.dependencies",
        '["a", "a"]',
        "duplicates",
    ),
    # tags
    bad("tags-item-type", ("tags", 1), 3, "$.tags[1]", "(got 3)", "a string"),
    bad("tags-string", ("tags",), "privacy", "$.tags", '"privacy"', "a list of strings"),
    # failure
    bad("failure-bad-value", ("failure",), "maybe", "$.failure", '"maybe"', "'open', 'closed'"),
    bad(
        "failure-map-bad-value",
        ("failure", "chat:before_ai"),
        "sometimes",
        "$.failure",
        '"sometimes"',
        "'open', 'closed'",
    ),
    bad(
        "failure-map-undeclared-hook",
        ("failure", "session:start"),
        "closed",
        "$.failure.session:start",
        "'session:start'",
        "not listed under hooks",
    ),
    # mode
    bad("mode-bad", ("mode",), "audit", "$.mode", '(got "audit")', "'enforce' or 'shadow'"),
    bad("mode-type", ("mode",), 1, "$.mode", "(got 1)", "'enforce' or 'shadow'"),
    # required
    bad("required-string", ("required",), "yes", "$.required", '(got "yes")', "true or false"),
    bad("required-int", ("required",), 1, "$.required", "(got 1)", "true or false"),
    # unknown top-level fields
    bad(
        "unknown-hook-field",
        ("hook",),
        ["chat:before_ai"],
        "$.hook",
        "'hook'",
        "did you mean 'hooks'?",
    ),
    bad(
        "unknown-display-name",
        ("displayname",),
        "X",
        "$.displayname",
        "'displayname'",
        "did you mean 'displayName'?",
    ),
    bad(
        "unknown-permisions",
        ("permisions",),
        [],
        "$.permisions",
        "'permisions'",
        "did you mean 'permissions'?",
    ),
    bad("unknown-unrelated", ("color",), "red", "$.color", "'color'", "allowed: name, version"),
]


@pytest.mark.parametrize(("path", "value", "field", "received", "expected"), WRONG_FIELDS)
def test_a_single_wrong_field_is_rejected_naming_it(
    folder: Path,
    path: tuple[str | int, ...],
    value: object,
    field: str,
    received: str | None,
    expected: str,
) -> None:
    write_module(folder, edited(path, value))
    file = str(folder / "module.yaml")

    with pytest.raises(ManifestError) as info:
        load_manifest(folder)

    error = info.value
    assert error.file == file
    assert field in [p for p, _ in error.problems]
    line = problem_line(error, field)
    assert line.startswith(f"{file}: {field}: ")
    assert expected in line
    if received is not None:
        assert received in line
    # Every line names the file, and nothing is reported twice.
    assert all(line.startswith(f"{file}: ") for line in str(error).splitlines())
    assert len(set(error.problems)) == len(error.problems)


@pytest.mark.parametrize(("path", "value", "field", "received", "expected"), WRONG_FIELDS)
def test_a_broken_manifest_is_rejected_before_any_code_is_imported(
    folder: Path,
    clean_module_namespace: None,
    path: tuple[str | int, ...],
    value: object,
    field: str,
    received: str | None,
    expected: str,
) -> None:
    write_module(folder, edited(path, value))
    with pytest.raises(ManifestError):
        load_module_folder(folder)
    assert not (folder / MARKER).exists()


def test_the_import_marker_works(folder: Path, clean_module_namespace: None) -> None:
    """The control for the test above: with a valid manifest the entry file does run."""
    from raptscallions.sdk import ModuleLoadError

    write_module(folder, FULL)
    with pytest.raises(ModuleLoadError, match="RuntimeError"):
        load_module_folder(folder)
    assert (folder / MARKER).exists()


def test_unknown_non_string_top_level_key(folder: Path) -> None:
    # YAML keys need not be strings; `1:` and `2024-01-01:` must not crash the validator.
    write_module(folder, {**FULL, 1: "one"})
    with pytest.raises(ManifestError) as info:
        load_manifest(folder)
    assert "unknown field 1" in problem_line(info.value, "$.1")

    (folder / "module.yaml").write_text(yaml.safe_dump(FULL) + "2024-01-01: x\n")
    with pytest.raises(ManifestError) as info:
        load_manifest(folder)
    assert "unknown field" in problem_line(info.value, "$.2024-01-01")


def test_several_unknown_keys_in_one_mapping_are_all_named(folder: Path) -> None:
    write_module(folder, {**FULL, "colour": "red", "hook": []})
    with pytest.raises(ManifestError) as info:
        load_manifest(folder)
    line = problem_line(info.value, "$.colour")
    assert "also unknown: 'hook'" in line


def test_config_with_unknown_dialect_still_validates_defaults(folder: Path) -> None:
    config = {**CONFIG_SCHEMA, "$schema": "http://json-schema.org/draft-07/schema#"}
    write_module(folder, {**FULL, "config": config})
    assert load_manifest(folder).config_schema == config
    write_module(folder, {**FULL, "config": config, "defaults": {"threshold": "x"}})
    with pytest.raises(ManifestError, match=r"\$\.defaults\.threshold"):
        load_manifest(folder)


def test_schema_defaults_that_violate_the_schema_are_reported(folder: Path) -> None:
    config = {"type": "object", "properties": {"level": {"type": "integer", "default": "high"}}}
    write_module(folder, {**MINIMAL, "config": config}, entry="module.py")
    with pytest.raises(ManifestError) as info:
        load_manifest(folder)
    assert "'high' is not of type 'integer'" in problem_line(info.value, "$.defaults.level")


# --- several problems at once --------------------------------------------------------------


def test_every_problem_is_reported_at_once(folder: Path) -> None:
    data = copy.deepcopy(FULL)
    data["version"] = 1.0
    data["hooks"][3] = "sesion:end"
    data["priorities"]["chat:before_ai"] = 5000
    data["scope"]["allowGlobl"] = True
    data["limits"]["maxMemoryMB"] = 1
    data["mode"] = "audit"
    data["permissions"] = ["network"]
    data["defaults"]["threshold"] = "many"
    data["entry"] = "gone.py"
    del data["description"]
    data["colour"] = "red"
    write_module(folder, data)

    with pytest.raises(ManifestError) as info:
        load_manifest(folder)

    fields = [
        "$.version",
        "$.hooks[3]",
        "$.priorities.chat:before_ai",
        "$.scope.allowGlobl",
        "$.limits.maxMemoryMB",
        "$.mode",
        "$.permissions[0]",
        "$.defaults.threshold",
        "$.entry",
        "$.description",
        "$.colour",
    ]
    reported = [p for p, _ in info.value.problems]
    assert sorted(reported) == sorted(fields)
    assert len(str(info.value).splitlines()) == len(fields)
    for field in fields:
        problem_line(info.value, field)


# --- files that are not a manifest -------------------------------------------------------


def test_not_yaml_reports_the_line(folder: Path) -> None:
    write_module(folder, FULL)
    text = "name: my-module\nversion: 1.0.0\nhooks: [chat:before_ai\ndescription: x\n"
    (folder / "module.yaml").write_text(text)
    with pytest.raises(ManifestError) as info:
        load_manifest(folder)
    message = str(info.value)
    assert message.startswith(f"{folder / 'module.yaml'}: ")
    assert "is not valid YAML at line 4" in message


def test_bad_indentation_reports_the_line(folder: Path) -> None:
    write_module(folder, FULL)
    (folder / "module.yaml").write_text("name: my-module\n  version: 1.0.0\n")
    with pytest.raises(ManifestError, match=r"module\.yaml: is not valid YAML at line 2"):
        load_manifest(folder)


def test_two_yaml_documents_are_rejected(folder: Path) -> None:
    write_module(folder, FULL)
    (folder / "module.yaml").write_text(yaml.safe_dump(FULL) + "---\n" + yaml.safe_dump(FULL))
    with pytest.raises(ManifestError, match="is not valid YAML"):
        load_manifest(folder)


@pytest.mark.parametrize("text", ["", "\n\n", "# nothing yet\n", "---\n"])
def test_empty_file(folder: Path, text: str) -> None:
    write_module(folder, FULL)
    (folder / "module.yaml").write_text(text)
    with pytest.raises(ManifestError) as info:
        load_manifest(folder)
    assert str(info.value).startswith(f"{folder / 'module.yaml'}: is empty")
    assert "name, version, description, hooks" in str(info.value)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("- name: my-module\n- version: 1.0.0\n", "list"), ("just a string\n", "str"), ("3\n", "int")],
)
def test_top_level_must_be_a_mapping(folder: Path, text: str, kind: str) -> None:
    write_module(folder, FULL)
    (folder / "module.yaml").write_text(text)
    with pytest.raises(ManifestError) as info:
        load_manifest(folder)
    assert info.value.problems == [("$", f"must be a mapping of fields (got {kind})")]
    assert str(info.value).startswith(f"{folder / 'module.yaml'}: $: ")


def test_missing_file(tmp_path: Path) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    with pytest.raises(ManifestError) as info:
        load_manifest(folder)
    assert info.value.file == str(folder / "module.yaml")
    assert "file not found" in str(info.value)
    assert str(folder / "module.yaml") in str(info.value)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="file not found"):
        load_manifest(tmp_path / "nowhere")


def test_unreadable_file(folder: Path) -> None:
    folder.mkdir()
    (folder / "module.yaml").mkdir()
    with pytest.raises(ManifestError, match="cannot be read"):
        load_manifest(folder)


def test_not_utf8(folder: Path) -> None:
    write_module(folder, FULL)
    (folder / "module.yaml").write_bytes(b"name: \xff\xfe\n")
    with pytest.raises(ManifestError, match="cannot be read"):
        load_manifest(folder)
